#!/usr/bin/env node
/**
 * `npx stride`: runs the TypeScript command line (src-main/cli/stride.ts) through tsx's
 * CommonJS hooks, so there is no build step. Paths are resolved from this file, so it works
 * from any current directory; the user's relative file names still start from where they are.
 */
'use strict';
const path = require('node:path');

const root = path.join(__dirname, '..');

// tsx reads the tsconfig of the current directory unless told otherwise: pin Stride's own, so a
// tsconfig wherever the coach happens to be cannot change how Stride's sources compile.
const previousTsconfig = process.env.TSX_TSCONFIG_PATH;
process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.json');
require('tsx/cjs/api').register();
if (previousTsconfig === undefined) delete process.env.TSX_TSCONFIG_PATH;
else process.env.TSX_TSCONFIG_PATH = previousTsconfig;

// `stride rules plan.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { runStride } = require(path.join(root, 'src-main', 'cli', 'stride.ts'));

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
