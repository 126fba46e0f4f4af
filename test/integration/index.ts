// Test runner module loaded by VS Code's extension host (`extensionTestsPath`): runs every
// *.test.js beside it with mocha (bdd) and the counting reporter.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const reporter = require(path.join(root, 'test', 'support', 'countingReporter.cjs'));
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter });
  // `x.multiroot.test.js` and `x.restricted.test.js` run in workspaces of their own (a multi-root one, one in
  // Restricted Mode: see scripts/run-integration.mjs); the rest in the default one.
  const suite = process.env.MARGINALIA_SUITE ?? 'default';
  const suiteOf = (f: string) => /\.(multiroot|restricted)\.test\.js$/.exec(f)?.[1] ?? 'default';
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && suiteOf(f) === suite);
  for (const file of files.sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
