// The integration suite in desktop VS Code, for machines with the internet: `npx vscode-test`
// (after `npm run build && node scripts/build-tests.mjs`). On these machines `npm test` runs the same
// files in code-server instead (scripts/run-integration.mjs).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: './samples',
  mocha: { ui: 'bdd', timeout: 60000 },
});
