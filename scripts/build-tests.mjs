// Bundles the integration tests for the extension host (CommonJS; `vscode` and `mocha` stay external).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/codeServer.mjs';

const dir = path.join(ROOT, 'test', 'integration');
const entryPoints = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
await build({
  entryPoints,
  outdir: path.join(ROOT, 'out', 'test', 'integration'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  // ESM entry points first, as esbuild.js does: jsonc-parser's UMD build cannot be bundled.
  mainFields: ['module', 'main'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
