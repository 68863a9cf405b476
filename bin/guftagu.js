#!/usr/bin/env node
'use strict';
// The `guftagu` command. In a checkout (the TypeScript sources are here) it runs them through tsx, so
// `npx guftagu …` works right after `npm ci` with no build step and never runs a stale build. Where the
// sources are absent (an installed Guftagu), it runs the JavaScript `npm run build` made: out/main/cli.js.
const { existsSync } = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, '..', 'electron', 'cli', 'index.ts');
if (existsSync(source)) {
  require('tsx/cjs/api').register();
  require(source);
} else {
  require(path.join(__dirname, '..', 'out', 'main', 'cli.js'));
}
