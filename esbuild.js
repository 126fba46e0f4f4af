// Bundles the extension (Node, CommonJS, `vscode` external), its web build (package.json `browser`), the
// command-line tool and the sidebar webview script (browser). `--watch` rebuilds on change; `--production` minifies.
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

/**
 * The web bundle may not reach a Node built-in (the web extension host has none, and a package's `browser`
 * field could quietly map one to an empty module): any import of one fails the build, naming the importer.
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const builtins = new Set(require('node:module').builtinModules);
    build.onResolve({ filter: /.*/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!args.path.startsWith('node:') && !builtins.has(name.split('/')[0])) return undefined;
      return { errors: [{ text: `the web bundle cannot use the Node built-in "${args.path}" (imported by ${path.relative(__dirname, args.importer)}): put the Node-only code behind src/host/platform.ts and give it a .web.ts counterpart` }] };
    });
  },
};

/**
 * Evaluates the web bundle as the web extension host does (CommonJS, `require` only for `vscode`) in a context
 * with no Node globals and no DOM (the host is a Web Worker), so that code which touches `process`, `Buffer` or
 * `document` when it loads fails the build, not the first user on vscode.dev.
 */
function checkWebBundle(file) {
  const vm = require('node:vm');
  const code = fs.readFileSync(file, 'utf8');
  const module = { exports: {} };
  // Each top-level name of the real API (from @types/vscode) as a stand-in that can be read, called, constructed and extended.
  const anything = () => new Proxy(function () {}, { get: (_t, key) => (key === 'prototype' ? {} : anything()), construct: () => ({}), apply: () => undefined });
  const api = fs.readFileSync(path.join(__dirname, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const vscodeStub = Object.fromEntries([...api.matchAll(/^\texport (?:namespace|class|enum|function|const|let|var) (\w+)/gm)].map((m) => [m[1], anything()]));
  const sandbox = {
    module, exports: module.exports, console,
    require: (id) => { if (id === 'vscode') return vscodeStub; throw new Error(`the web bundle requires "${id}" at load time; only "vscode" exists in the web extension host`); },
    TextEncoder, TextDecoder, URL, setTimeout, clearTimeout, queueMicrotask, crypto: globalThis.crypto,
  };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  try {
    vm.runInNewContext(`(function (module, exports, require) {${code}\n})(module, exports, require)`, sandbox, { filename: file });
  } catch (error) {
    throw new Error(`${file} does not load in a worker-like context (no Node globals, no DOM): ${error.message}`);
  }
  if (typeof module.exports.activate !== 'function') throw new Error(`${file} exports no activate()`);
  const kb = (fs.statSync(file).size / 1024).toFixed(0);
  console.log(`[esbuild] ${path.relative(__dirname, file)}: ${kb} KB, loads without Node globals or a DOM`);
}

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none' };
// ESM entry points first: jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow
// (microsoft/node-jsonc-parser#57), and the bundle would fail at run time with "Cannot find module './impl/format'".
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'] };
// The `browser` entry for the web extension host (vscode.dev, github.dev, a browser workbench): the same
// composition root, with each Node-only module replaced by its `.web.ts` counterpart beside it, and the core
// bundled in (the host loads one file). `worker` before `browser` in package exports: the host is a Web Worker,
// and `browser` builds may need a DOM (decode-named-character-reference's does, at load).
const web = {
  ...common, platform: 'browser', format: 'cjs', target: 'es2022', conditions: ['worker'], external: ['vscode'],
  resolveExtensions: ['.web.ts', '.ts', '.tsx', '.mjs', '.js', '.json'], plugins: [noNodeBuiltins],
};
const WEB_EXTENSION = 'dist/web/extension.js';
const builds = [
  { ...node, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [sharedCore] },
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [sharedCore] },
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { ...node, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/worker.js', plugins: [sharedCore] },
  { ...web, entryPoints: ['src/extension.ts'], outfile: WEB_EXTENSION },
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
  checkWebBundle(path.join(__dirname, WEB_EXTENSION));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
