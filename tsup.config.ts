import { readFileSync } from 'node:fs';
import path from 'node:path';

import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const src = path.resolve('src');

type OwnFile = { readonly name: string; readonly owns: (file: string) => boolean };

/**
 * Modules that are built once, into their own file, and imported by the other
 * entries instead of being copied into them: the shipped data and the Zod
 * schemas. A bundler that meets `import { filterByDate } from 'ru-tj-news'`
 * can then drop both files whole (the package has `"sideEffects": false`),
 * so a dashboard that uses three helpers does not pay for the data or for Zod.
 */
const ownFiles: readonly OwnFile[] = [
  { name: 'data', owns: (file) => file.startsWith(path.join(src, 'data') + path.sep) },
  { name: 'schema', owns: (file) => file === path.join(src, 'schema.ts') },
  // The command line imports the library's own build rather than a copy of it.
  { name: 'index', owns: (file) => file === path.join(src, 'index.ts') },
  // The error classes, which every entry throws: one copy, so that `instanceof` holds across
  // them (a usage error of the command line, an InvalidRecordError of `ru-tj-news/parquet`).
  // The Parquet subpath imports them from here, not from the main entry: a module that a
  // dynamically imported one imports is wrapped by bundlers in a lazy initializer, which
  // would keep the whole main entry, Zod included, in every bundle of three helpers.
  { name: 'errors', owns: (file) => file === path.join(src, 'errors.ts') },
  // The Parquet subpath, with the writer bundled in: the main entry's `corpus.toParquet()` loads
  // it with a dynamic import('./parquet.js') on first use, so the main entry never carries the writer.
  { name: 'parquet', owns: (file) => file === path.join(src, 'parquet.ts') },
];

function sourceFile(resolveDir: string, specifier: string): string {
  return path.resolve(resolveDir, specifier).replace(/\.js$/, '.ts');
}

const linkOwnFiles = (files: readonly OwnFile[]): Plugin => ({
  name: 'link-own-files',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') {
        return undefined;
      }
      const target = sourceFile(args.resolveDir, args.path);
      const owner = files.find((file) => file.owns(target));
      // A module inside the file's own folder is bundled into that file.
      if (owner === undefined || owner.owns(args.importer)) {
        return undefined;
      }
      return { path: `./${owner.name}${extension}`, external: true };
    });
  },
});

/**
 * src/data/version.ts imports package.json for the package version, so that
 * no checked-in file repeats it. esbuild would inline the whole file (scripts,
 * devDependencies) into dist/data.js; this plugin gives the bundle only the
 * fields the source reads. A field read from package.json must be listed here.
 */
const packageFields = (fields: readonly string[]): Plugin => ({
  name: 'package-fields',
  setup(build) {
    const manifest = path.resolve('package.json');
    build.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (args.path !== manifest) {
        return undefined;
      }
      const all = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      const kept = fields.map((field) => {
        if (all[field] === undefined) {
          throw new Error(`package.json has no "${field}" field`);
        }
        return [field, all[field]] as const;
      });
      return { contents: JSON.stringify(Object.fromEntries(kept)), loader: 'json' };
    });
  },
});

/** A comment with the licence of each bundled package, read from the installed package. */
function bundledLicences(names: readonly string[]): string {
  const notices = names.map((name) => {
    const licence = readFileSync(path.resolve('node_modules', name, 'LICENSE'), 'utf8').trim();
    return `${name}:\n\n${licence}`;
  });
  return `/*! This file bundles ${names.join(' and ')}.\n\n${notices.join('\n\n')}\n*/`;
}

const shared = {
  // Node 20 is the oldest supported runtime, so no syntax needs lowering below ES2022.
  target: 'es2022',
  // Each entry is one file; the plugin links them, so no shared chunks are needed.
  splitting: false,
  esbuildPlugins: [linkOwnFiles(ownFiles), packageFields(['version'])],
  // Readable output: the package is small, and users debug into it.
  minify: false,
  sourcemap: true,
  // Runtime dependencies stay external, so users dedupe them.
  external: ['zod', /^date-fns(\/|$)/],
} as const satisfies Options;

export default defineConfig([
  {
    ...shared,
    // The main entry, the data alone for users who only want the dataset, and
    // the schemas and the error classes, which the main entry imports from their own files.
    entry: { index: 'src/index.ts', data: 'src/data/index.ts', schema: 'src/schema.ts', errors: 'src/errors.ts' },
    // ESM for bundlers and modern Node, CJS for require() users.
    format: ['esm', 'cjs'],
    // Emits .d.ts next to the ESM build and .d.cts next to the CJS build. The Parquet subpath's
    // types are built here too, so that they share the schema's declarations instead of copying them.
    dts: {
      entry: { index: 'src/index.ts', data: 'src/data/index.ts', schema: 'src/schema.ts', parquet: 'src/parquet.ts' },
    },
  },
  {
    ...shared,
    // `ru-tj-news/parquet`: its types come from the build above.
    entry: { parquet: 'src/parquet.ts' },
    format: ['esm', 'cjs'],
    esbuildPlugins: [linkOwnFiles(ownFiles), packageFields(['version'])],
    // hyparquet-writer is bundled in, so that `import { toParquet } from 'ru-tj-news/parquet'` works
    // after a plain `npm i ru-tj-news`, and the library's dependencies stay zod and date-fns.
    noExternal: ['hyparquet-writer', 'hyparquet'],
    // The MIT License asks that its notice be included in copies of the code: the bundle carries it.
    banner: { js: bundledLicences(['hyparquet-writer', 'hyparquet']) },
  },
  {
    ...shared,
    // The `ru-tj-news` bin. ESM only: it is run, never imported. Its export command imports dist/parquet.js.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    // Start-up is a command line's speed: each command, and the reader of --data, is a dynamic import
    // (src/cli/main.ts), split into its own chunk so that a run loads only what it uses; without
    // splitting, esbuild inlines them and hoists their imports (Zod, dist/schema.js) to the top.
    splitting: true,
    // The chunks are named after the bin (dist/cli-stats-<hash>.js, dist/cli-chunk-<hash>.js), so that the
    // package's file allowlist (test/package/packedFiles.test.ts) tells them from strays. They stay next to the
    // other entries: the plugin's links (./data.js, ./errors.js) are relative to dist/.
    esbuildOptions(options) {
      options.chunkNames = 'cli-[name]-[hash]';
    },
    esbuildPlugins: [linkOwnFiles(ownFiles), packageFields(['version'])],
  },
]);
