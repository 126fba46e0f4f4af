// The integration suite in desktop VS Code, for machines with the internet: `npx vscode-test`
// (after `npm run build && node scripts/build-tests.mjs`). On these machines `npm test` runs the same
// files in code-server instead (scripts/run-integration.mjs). The tests write files into their
// workspace, so they get a temporary copy of samples/, as in code-server.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'marginalia-ws-'));
cpSync(path.join(import.meta.dirname, 'samples'), workspace, { recursive: true });

export default defineConfig({
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: workspace,
  mocha: { ui: 'bdd', timeout: 60000 },
});
