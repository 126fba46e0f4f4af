// `npm test`: static checks, unit tests (plain mocha over src/core), integration tests inside a real
// VS Code extension host, end-to-end tests in the workbench UI with the packaged .vsix, and the web
// build end to end in the browser workbench's Web Worker extension host.
// Ends with one line `N passed, N failed` totalling every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_VERSION, ROOT } from './lib/codeServer.mjs';

// CI proves the newcomer's cold path on every run: the real VS Code is installed by this very command,
// under npm, into an empty folder of the clone (git-ignored), not taken from a machine-wide cache.
if (process.env.CI && !process.env.MARGINALIA_VSCODE_HOME) process.env.MARGINALIA_VSCODE_HOME = path.join(ROOT, '.marginalia-vscode');
const vscodeHome = process.env.MARGINALIA_VSCODE_HOME ?? path.join(os.homedir(), '.cache', 'marginalia', 'vscode');
console.log(`real VS Code install root: ${vscodeHome} (${existsSync(path.join(vscodeHome, `code-server-${CODE_SERVER_VERSION}`, '.installed')) ? 'installed' : 'empty: installing it now, a few minutes'})`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'marginalia-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** A step that is one check: passes when the command exits 0. */
function check(name, cmd, args) {
  console.log(`\n=== ${name} ===`);
  const ok = run(cmd, args) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

/** A mocha suite that writes its counts to a results file through the counting reporter. */
function suite(name, cmd, args) {
  console.log(`\n=== ${name} ===`);
  const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  const status = run(cmd, args, { MARGINALIA_RESULTS: file });
  if (!existsSync(file)) {
    totals.failed += 1;
    summary.push(`${name}: did not report results (exit ${status})`);
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const failed = r.failed + (status !== 0 && r.failed === 0 ? 1 : 0);
  totals.passed += r.passed;
  totals.failed += failed;
  totals.skipped += r.skipped;
  summary.push(`${name}: ${r.passed} passed, ${failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
}

const npx = (bin, ...args) => ['npx', ['--no-install', bin, ...args]];

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
suite('unit', ...npx('mocha'));
const built = check('build', 'npm', ['run', '--silent', 'build']) && check('build tests', 'node', ['scripts/build-tests.mjs']);
if (built) {
  suite('integration', 'node', ['scripts/run-integration.mjs']);
  suite('integration (multi-root, two git clones)', 'node', ['scripts/run-integration.mjs', 'multiroot']);
  suite('integration (Restricted Mode)', 'node', ['scripts/run-integration.mjs', 'restricted']);
}
const packaged = built && check('package', 'npm', ['run', '--silent', 'package']);
const e2e = (glob) => npx('mocha', '--no-config', '--ui', 'bdd', '--timeout', '300000', '--reporter', './test/support/countingReporter.cjs', glob);
if (packaged) suite('e2e', ...e2e('test/e2e/*.test.mjs'));
// The `browser` entry in the browser workbench's Web Worker extension host (from dist/, no .vsix needed).
if (built) suite('e2e (web extension host)', ...e2e('test/e2e/web/*.test.mjs'));

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
