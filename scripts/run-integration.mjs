// Runs test/integration inside the extension host of a real VS Code (code-server), as
// ../shared/REAL-VSCODE.md describes: the web client's `payload` parameter names the extension under
// development and the test runner module; the page's codeAutomationExit reports the result.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { launchChromium, ROOT, startCodeServer } from './lib/codeServer.mjs';

const TIMEOUT_MS = 6 * 60_000;

/**
 * The multi-root workspace of the `multiroot` suite: `alpha` and `beta`, two git clones of one repository
 * (the sample article and its team annotations), and `linked`, whose `.marginalia` is a symbolic link to a
 * folder outside the workspace. Returns the workspace file to open.
 */
function makeMultiRoot(root) {
  const git = (cwd, ...args) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const origin = path.join(root, 'origin');
  cpSync(path.join(ROOT, 'samples'), origin, { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, '-c', 'user.name=Origin', '-c', 'user.email=o@example.invalid', 'commit', '-qm', 'The article and its annotations');
  git(origin, 'config', 'receive.denyCurrentBranch', 'updateInstead');
  for (const [name, author] of [['alpha', 'Ada'], ['beta', 'Grace']]) {
    git(root, 'clone', '-q', origin, name);
    git(path.join(root, name), 'config', 'user.name', author);
    git(path.join(root, name), 'config', 'user.email', `${author.toLowerCase()}@example.invalid`);
  }
  const linked = path.join(root, 'linked');
  const outside = path.join(root, 'outside');
  mkdirSync(linked);
  mkdirSync(outside);
  cpSync(path.join(ROOT, 'samples', 'north-korean-troops.md'), path.join(linked, 'north-korean-troops.md'));
  symlinkSync(outside, path.join(linked, '.marginalia'), 'dir');
  const file = path.join(root, 'team.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'alpha' }, { path: 'beta' }, { path: 'linked' }] }, null, 2));
  return file;
}

export async function runIntegration({ resultsFile, suite = 'default' }) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'marginalia-ws-'));
  const open = suite === 'multiroot' ? `workspace=${encodeURIComponent(makeMultiRoot(workspace))}` : `folder=${encodeURIComponent(workspace)}`;
  if (suite !== 'multiroot') cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  const serverLog = [];
  const server = await startCodeServer({ smokeDriver: true, trust: suite === 'restricted', log: (s) => serverLog.push(s) });
  const browser = await launchChromium(server.tools.chromium);
  try {
    const page = await browser.newPage();
    let finish;
    const exited = new Promise((resolve) => { finish = resolve; });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      // Blocked-network noise (gallery, telemetry, auth) is harmless here: see ../shared/REAL-VSCODE.md.
      if (!/ENOTFOUND|open-vsx|extension gallery|telemetry|AgentHost|GitHub|AccountPolicyGate|Service Worker|connection token|Creating a socket|grace time|builtin extensions cache/i.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'out', 'test', 'integration', 'index.js'))],
      ['extensionEnvironment', JSON.stringify({ MARGINALIA_RESULTS: resultsFile, MARGINALIA_WORKSPACE: workspace, MARGINALIA_SUITE: suite })],
    ];
    const url = `${server.url}/?${open}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    const code = await Promise.race([exited, timer]);
    if (code === 'timeout') {
      console.error(`integration: no result within ${TIMEOUT_MS / 1000} s`);
      console.error(serverLog.join('').slice(-4000));
      return 1;
    }
    return code;
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const resultsFile = process.env.MARGINALIA_RESULTS ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'marginalia-res-')), 'integration.json');
  const code = await runIntegration({ resultsFile, suite: process.argv[2] ?? 'default' });
  if (existsSync(resultsFile)) console.log(readFileSync(resultsFile, 'utf8'));
  process.exit(code);
}
