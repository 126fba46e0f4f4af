// `npm start`: opens the sample workspace in a real VS Code with the extension loaded from this folder.
// Desktop VS Code when `code` is on PATH; otherwise a local code-server on 127.0.0.1 whose URL is printed.
// Ctrl-C stops it and everything it started.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, startCodeServer } from './lib/codeServer.mjs';

const SAMPLES = path.join(ROOT, 'samples');
const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.MARGINALIA_USE_CODE_SERVER) {
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, SAMPLES, path.join(SAMPLES, 'north-korean-troops.md')], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Starting a local VS Code (code-server); the first run installs it, which takes a few minutes…');
  const server = await startCodeServer({ smokeDriver: true });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(ROOT)], ['openFile', remote(path.join(SAMPLES, 'north-korean-troops.md'))]];
  const url = `${server.url}/?folder=${encodeURIComponent(SAMPLES)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`\nMarginalia is running in VS Code at:\n\n  ${url}\n\nOpen it in a browser on this machine. Press Ctrl-C to stop.`);
  const stop = () => {
    server.stop();
    setTimeout(() => process.exit(0), 500);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
