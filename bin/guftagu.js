#!/usr/bin/env node
'use strict';
// The `guftagu` command. Runs the TypeScript sources through tsx, so `npx guftagu …` works in a
// checkout right after `npm ci`, with no build step.
require('tsx/cjs/api').register();
require('../electron/cli/index.ts');
