// Starts and stops a local code-server (a real VS Code served to a browser) for `npm start` and the tests.
// See ../shared/REAL-VSCODE.md: Node 24 from npm, code-server from npm, Debian's chromium.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Keep equal to CODE_SERVER_VERSION in ensure-vscode.sh. */
export const CODE_SERVER_VERSION = '4.139.1';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Installs what is missing (idempotent) and returns the paths of node 24, code-server and chromium. */
export function ensureVsCode() {
  const line = execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-vscode.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const env = Object.fromEntries(line.trim().split(/\s+/).map((kv) => kv.split('=')));
  return { node: env.NODE24, codeServer: env.CODE_SERVER, chromium: env.CHROMIUM };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'editor.hover.delay': 150,
  'files.autoSave': 'off',
};

/**
 * Starts code-server on 127.0.0.1 with its own data folder. Returns { port, url, dataDir, stop() }.
 * `vsix` installs a packaged extension first; `smokeDriver` allows the `payload` URL parameter (tests);
 * `trust` turns workspace trust on (the folder opens in Restricted Mode).
 */
export async function startCodeServer({ vsix, smokeDriver = false, settings = {}, trust = false, log = () => {} } = {}) {
  const tools = ensureVsCode();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'marginalia-vscode-'));
  const port = await freePort();
  const ud = path.join(dataDir, 'ud');
  const ext = path.join(dataDir, 'ext');
  mkdirSync(path.join(ud, 'User'), { recursive: true });
  mkdirSync(ext, { recursive: true });
  // `trust`: workspace trust is on, so a folder opened for the first time is in Restricted Mode.
  const trustSettings = trust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' } : {};
  writeFileSync(path.join(ud, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...trustSettings, ...settings }, null, 2));
  writeFileSync(path.join(dataDir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = { ...process.env, TMPDIR: dataDir, PATH: `${path.dirname(tools.node)}:${process.env.PATH}` };
  const base = [tools.codeServer, '--config', path.join(dataDir, 'config.yaml'), '--user-data-dir', ud, '--extensions-dir', ext];
  if (vsix) execFileSync(tools.node, [...base, '--install-extension', vsix], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const args = [...base, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--reconnection-grace-time', '5'];
  if (smokeDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const child = spawn(tools.node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }, 3000).unref();
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error('code-server exited during start-up');
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) { stop(); throw new Error('code-server did not answer /healthz within 60 s'); }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, url, dataDir, tools, stop };
}

/** Launches Debian's chromium headless through playwright-core (never a downloaded browser). */
export async function launchChromium(executablePath) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
