// `npm run bench`: bundles bench/run.ts with esbuild as the extension is bundled (no tsx helpers in the
// measured code), then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'bench', 'run.js');
await build({ entryPoints: [path.join(root, 'bench', 'run.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], minify: true, logLevel: 'warning', define: { 'process.env.BENCH_ROOT': JSON.stringify(root) } });
const r = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
process.exit(r.status ?? 1);
