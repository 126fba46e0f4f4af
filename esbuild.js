// Bundles the extension (Node, CommonJS, `vscode` external), the command-line tool and the
// sidebar webview script (browser). `--watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Copies the codicon font and stylesheet into media/ so the packaged webview can load them. */
function copyCodicons() {
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(__dirname, 'dist', 'codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

/**
 * The analysis core (src/core, with unified and remark) is bundled once, as dist/core.js, and the extension,
 * its worker and the CLI load it from there instead of each carrying a copy: imports of `…/core` from outside
 * src/core become `require('./core.js')`, which resolves beside each bundle in dist/.
 */
const sharedCore = {
  name: 'shared-core',
  setup(build) {
    const coreDir = path.join(__dirname, 'src', 'core');
    build.onResolve({ filter: /(^|\/)core$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (target !== coreDir || args.importer.startsWith(coreDir + path.sep)) return undefined;
      return { path: './core.js', external: true };
    });
  },
};

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none' };
// ESM entry points first: jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow
// (microsoft/node-jsonc-parser#57), and the bundle would fail at run time with "Cannot find module './impl/format'".
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'] };
const builds = [
  { ...node, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [sharedCore] },
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [sharedCore] },
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { ...node, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/worker.js', plugins: [sharedCore] },
];

async function main() {
  copyCodicons();
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching for changes');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
