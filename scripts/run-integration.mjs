// Runs test/integration inside the extension host of a real VS Code (code-server), as
// ../shared/REAL-VSCODE.md describes: the web client's `payload` parameter names the extension under
// development and the test runner module; the page's codeAutomationExit reports the result.
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { launchChromium, ROOT, startCodeServer } from './lib/codeServer.mjs';

const TIMEOUT_MS = 6 * 60_000;

export async function runIntegration({ resultsFile }) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'marginalia-ws-'));
  cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  const serverLog = [];
  const server = await startCodeServer({ smokeDriver: true, log: (s) => serverLog.push(s) });
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
      ['extensionEnvironment', JSON.stringify({ MARGINALIA_RESULTS: resultsFile, MARGINALIA_WORKSPACE: workspace })],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
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
  const code = await runIntegration({ resultsFile });
  if (existsSync(resultsFile)) console.log(readFileSync(resultsFile, 'utf8'));
  process.exit(code);
}
