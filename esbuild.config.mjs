// Builds the extension host bundle, the CLI, the webview bundles and the test bundles.
// Flags: --watch rebuilds on change; --production minifies and drops source maps.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Every *.ts below dir whose name passes the filter. */
function findTs(dir, filter) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : findTs(path, filter);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') && filter(path) ? [path] : [];
  });
}

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

/** Webview entries: webview/<name>/main.ts -> dist/webview/<name>.js */
const webviewEntries = existsSync('webview')
  ? readdirSync('webview')
      .filter((name) => existsSync(join('webview', name, 'main.ts')))
      .map((name) => ({ in: join('webview', name, 'main.ts'), out: name }))
  : [];

const builds = [
  {
    ...nodeCommon,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    external: ['vscode'],
  },
  {
    // Runs in the child process that executes a user's TS/JS solution.
    ...nodeCommon,
    entryPoints: { jsHarness: 'src/core/runner/harness/jsHarness.ts' },
    outdir: 'dist/harness',
  },
  {
    // The critique core with Mermaid: loaded lazily by the extension and the CLI.
    ...nodeCommon,
    entryPoints: { critic: 'src/core/critique/index.ts' },
    outdir: 'dist',
  },
  {
    ...nodeCommon,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
  webviewEntries.length && {
    entryPoints: webviewEntries,
    outdir: 'dist/webview',
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
  },
  // Tests and benchmarks: each file its own bundle; packages stay external so that
  // mocha, vscode and playwright are the installed ones.
  !production && {
    ...nodeCommon,
    entryPoints: findTs('test', () => true),
    outbase: 'test',
    outdir: 'out-test',
    packages: 'external',
    sourcemap: 'inline',
  },
].filter(Boolean);

if (!watch) {
  rmSync('dist', { recursive: true, force: true });
  rmSync('out-test', { recursive: true, force: true });
}

// The Python harness ships as source beside the JS one; the codicon font and its stylesheet
// go beside the webview bundles, where vscode-elements' icons look for them by a link's id.
const copyAssets = () => {
  mkdirSync('dist/harness', { recursive: true });
  copyFileSync('src/core/runner/harness/pyHarness.py', 'dist/harness/pyHarness.py');
  mkdirSync('dist/webview/codicons', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf'])
    copyFileSync(join('node_modules/@vscode/codicons/dist', file), join('dist/webview/codicons', file));
};

/** Marks each rebuild for the watch task's problem matcher in .vscode/tasks.json. */
const watchMarkers = {
  name: 'watch-markers',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => console.log(`[watch] build finished with ${result.errors.length} error(s)`));
  },
};

if (watch) {
  copyAssets();
  const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, plugins: [watchMarkers] })));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching for changes');
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  copyAssets();
  console.log(`esbuild: built ${builds.length} bundles in ${Date.now() - started} ms`);
}
