#!/usr/bin/env node
/**
 * Electron's fuses for a packaged Stride (@electron/fuses): flipped in the Electron binary itself,
 * so no environment variable or command-line argument can turn Node back on in a shipped app.
 *   - electron-builder: `"afterPack": "scripts/electron-fuses.cjs"` (exports.default below)
 *   - by hand:          node scripts/electron-fuses.cjs <path to the packaged Electron binary>
 * Never for `npm start` (the development binary stays as it is).
 */
'use strict';
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** Each fuse and its state (SECURITY.md, item 20 of Electron's checklist). */
const STRIDE_FUSES = {
  version: FuseVersion.V1,
  // No ELECTRON_RUN_AS_NODE: the app binary cannot be used as a plain Node.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other local storage encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS is ignored: no code can be injected through the environment.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends are ignored: no debugger can be attached to main.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against its hash (macOS and Windows builds that record it).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the app.asar is loaded, never a loose app folder put beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // file:// gets no extra privileges: the app is served from app:// (app-protocol.ts).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Flips the fuses of the Electron binary at `binary` (resetting its ad-hoc signature on macOS). */
async function applyFuses(binary) {
  await flipFuses(binary, { ...STRIDE_FUSES, resetAdHocDarwinSignature: process.platform === 'darwin' });
}

/** The packaged binary inside electron-builder's output folder. */
function packagedBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName ?? name.toLowerCase());
  }
}

/** electron-builder's afterPack hook. */
async function afterPack(context) {
  await applyFuses(packagedBinary(context));
}

module.exports = { default: afterPack, afterPack, applyFuses, STRIDE_FUSES };

if (require.main === module) {
  const binary = process.argv[2];
  if (!binary) {
    console.error('usage: node scripts/electron-fuses.cjs <path to the packaged Electron binary>');
    process.exit(2);
  }
  applyFuses(path.resolve(binary)).then(
    () => console.log(`Stride: fuses set in ${binary}`),
    (error) => {
      console.error(`Stride: could not set the fuses in ${binary}: ${error.message}`);
      process.exit(1);
    },
  );
}
