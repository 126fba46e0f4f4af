import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../../src/cli/main';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'north-korean-troops.md');

function cli(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, (s) => (out += `${s}\n`), (s) => (err += `${s}\n`));
  return { code, out, err };
}

describe('command line', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-'));

  it('check prints findings like a linter and exits 1 when a figure is disputed', () => {
    const r = cli('check', SAMPLE);
    assert.equal(r.code, 1);
    assert.deepEqual(r.out.trim().split('\n').map((l) => l.slice(l.indexOf('.md:') + 3)), [
      ':9:41 warning disputed-figure Disputed: Russia says 6,000; Ukraine says 25,000–30,000',
      ':9:161 warning disputed-figure Disputed: Russia says 6,000; Ukraine says 25,000–30,000',
      ':13:207 warning disputed-figure Disputed: Russia says 6,000; Ukraine says 25,000–30,000',
    ]);
  });

  it('check exits 0 on a document without disputes', () => {
    const file = path.join(dir, 'calm.md');
    writeFileSync(file, 'Police say 100 people came.\n');
    assert.deepEqual(cli('check', file), { code: 0, out: '', err: '' });
  });

  it('analyze --format json prints the model with offsets', () => {
    const r = cli('analyze', SAMPLE, '--format', 'json');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.equal(json.file, SAMPLE);
    assert.deepEqual(json.figures[2], {
      id: 'f3', text: '1,000', start: json.figures[2].start, end: json.figures[2].start + 5, low: 1000, high: 1000, approximate: false,
      qualifier: null, unit: null, subject: 'combat engineers', subjectGroup: 'troops', claimant: 'sergei-shoigu', partOf: 'f1',
    });
    assert.deepEqual(json.disputes, [{ id: 'd1', subject: 'troops', figures: ['f1', 'f2', 'f5'], message: 'Disputed: Russia says 6,000; Ukraine says 25,000–30,000' }]);
  });

  it('check --format sarif writes a SARIF 2.1.0 log', () => {
    const r = cli('check', SAMPLE, '--format=sarif');
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 9, startColumn: 41, endLine: 9, endColumn: 46 });
  });

  it('gives clear errors, exit 2 and no stack trace for user errors', () => {
    const binary = path.join(dir, 'junk.md');
    writeFileSync(binary, Buffer.from([0x50, 0x00, 0x51]));
    const latin1 = path.join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    assert.deepEqual(cli('check', path.join(dir, 'missing.md')), { code: 2, out: '', err: `marginalia: ${path.join(dir, 'missing.md')}: no such file\n` });
    assert.deepEqual(cli('check', dir), { code: 2, out: '', err: `marginalia: ${dir}: is a directory, not a Markdown file\n` });
    assert.equal(cli('check', binary).err, `marginalia: ${binary}: looks like a binary file (it contains NUL bytes)\n`);
    assert.equal(cli('check', latin1).err, `marginalia: ${latin1}: is not valid UTF-8 text\n`);
    assert.equal(cli('frobnicate').code, 2);
    assert.equal(cli('analyze', SAMPLE, '--format', 'sarif').err, 'marginalia: --format must be one of text, json for analyze\n');
  });
});
