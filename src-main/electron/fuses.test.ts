/** The fuses a packaged Stride gets (scripts/electron-fuses.cjs, electron-builder's afterPack hook). */
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { expect, it } from 'vitest';

const fuses = createRequire(__filename)(path.resolve(__dirname, '../../scripts/electron-fuses.cjs')) as {
  STRIDE_FUSES: Record<string, unknown>;
  afterPack: unknown;
  default: unknown;
};

it('turns Node off (run-as-node, NODE_OPTIONS, --inspect) and turns integrity and encryption on', () => {
  expect(fuses.STRIDE_FUSES).toMatchObject({
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
  expect(typeof fuses.default).toBe('function');
  expect(fuses.default).toBe(fuses.afterPack);
});
