import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp';

/**
 * A page loaded from file:// gets no response headers, so its CSP must be a <meta> tag. If index.html
 * does not carry one, write the desktop policy in at build time.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'guftagu:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (/http-equiv=["']Content-Security-Policy["']/i.test(html)) return html;
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve('out/main'),
      // Runtime dependencies stay in node_modules (shipped by electron-builder).
      externalizeDeps: true,
      // cli.js: the `guftagu` command as plain JavaScript, for an installed or packaged Guftagu (bin/guftagu.js
      // runs it where the TypeScript sources are absent). It shares main's chunks of electron/engine.
      rolldownOptions: {
        input: { index: resolve('electron/main/index.ts'), cli: resolve('electron/cli/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve('out/preload'),
      // A sandboxed preload can require only 'electron': bundle everything else (zod, shared/) into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
