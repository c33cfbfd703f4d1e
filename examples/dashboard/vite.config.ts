import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

// The page imports 'ru-tj-news' and gets the package's built ESM output (run `npm run build` first),
// as a bundler user of the published package does.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [{ find: /^ru-tj-news$/, replacement: fileURLToPath(new URL('../../dist/index.js', import.meta.url)) }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      onwarn(warning, warn) {
        // Zod's sources carry comments next to its /* @__PURE__ */ marks that Rollup reports and drops; harmless.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/') === true) {
          return;
        }
        warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
