import { defineConfig } from 'tsup';

export default defineConfig({
  // The main entry, and the data alone for users who only want the dataset.
  entry: { index: 'src/index.ts', data: 'src/data/index.ts' },
  // ESM for bundlers and modern Node, CJS for require() users.
  format: ['esm', 'cjs'],
  // Emits .d.ts next to the ESM build and .d.cts next to the CJS build.
  dts: true,
  // Node 20 is the oldest supported runtime, so no syntax needs lowering below ES2022.
  target: 'es2022',
  // Shared chunks keep the data in one place when both entries are imported.
  splitting: true,
  // Readable output: the package is small, and users debug into it.
  minify: false,
  sourcemap: true,
  clean: true,
  // Runtime dependencies stay external, so users dedupe them.
  external: ['zod', 'date-fns'],
});
