#!/usr/bin/env node
/**
 * `npx stride`: runs the command line built to JavaScript (out/cli, made by `npm run build` and
 * `npm test` through scripts/build-cli.mjs), which starts about as fast as Node itself. While
 * developing, when that build is missing or older than any source it was made from (or
 * STRIDE_CLI_FROM_SOURCE=1), it runs the TypeScript sources through tsx's CommonJS hooks instead.
 * Paths are resolved from this file, so it works from any current directory; the user's
 * relative file names still start from where they are.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

/** The built CLI's entry, or null when there is none or a source changed since it was built. */
function builtEntry() {
  if (process.env.STRIDE_CLI_FROM_SOURCE) return null;
  const entry = path.join(root, 'out', 'cli', 'stride.js');
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(root, 'out', 'cli', 'sources.json'), 'utf8'));
  } catch {
    return null;
  }
  for (const file of manifest.watched) {
    try {
      if (fs.statSync(path.join(root, file)).mtimeMs > manifest.builtAt) return null;
    } catch {
      return null; // a source was removed or renamed
    }
  }
  return fs.existsSync(entry) ? entry : null;
}

/**
 * Loads the built bundles through V8's code cache (a `.jscache` file beside each, written on the
 * first run): compiling the half-megabyte command bundles is most of a command's start-up
 * otherwise. Node 20 has no built-in compile cache for CommonJS (22 does: module.enableCompileCache).
 */
function useCodeCache(folder) {
  const Module = require('node:module');
  const vm = require('node:vm');
  const plain = Module._extensions['.js'];
  Module._extensions['.js'] = function loadWithCache(module, filename) {
    if (!filename.startsWith(folder)) return plain(module, filename);
    const source = fs.readFileSync(filename, 'utf8');
    const cacheFile = `${filename}.jscache`;
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(source), { filename, cachedData });
    const localRequire = (id) => module.require(id);
    localRequire.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
    localRequire.cache = Module._cache;
    script.runInThisContext().call(module.exports, module.exports, localRequire, module, filename, path.dirname(filename));
    if (!cachedData || script.cachedDataRejected) {
      try {
        fs.writeFileSync(cacheFile, script.createCachedData());
      } catch {
        /* a read-only install: run without the cache */
      }
    }
  };
}

function sourceEntry() {
  // tsx reads the tsconfig of the current directory unless told otherwise: pin Stride's own, so a
  // tsconfig wherever the coach happens to be cannot change how Stride's sources compile.
  const previousTsconfig = process.env.TSX_TSCONFIG_PATH;
  process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.json');
  require('tsx/cjs/api').register();
  if (previousTsconfig === undefined) delete process.env.TSX_TSCONFIG_PATH;
  else process.env.TSX_TSCONFIG_PATH = previousTsconfig;
  return path.join(root, 'src-main', 'cli', 'stride.ts');
}

// `stride rules plan.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(0);
  throw error;
});

const built = builtEntry();
if (built) useCodeCache(path.dirname(built) + path.sep);
const { runStride } = require(built ?? sourceEntry());

runStride(process.argv.slice(2)).then(
  (status) => {
    // exitCode rather than exit(): a long plan written to a pipe is flushed before Node quits.
    process.exitCode = status;
  },
  (error) => {
    // A bug, not something the coach can fix (those are sentences with exit 2): one line, and the
    // stack only when asked for (STRIDE_DEBUG=1), for a bug report.
    const message = error && error.message ? error.message : String(error);
    process.stderr.write(`stride: internal error: ${message.split('\n')[0].slice(0, 300)}\n`);
    if (process.env.STRIDE_DEBUG && error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
