import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { USAGE } from '../../../src/cli/args';
import { run } from '../../../src/cli/main';
import { rng } from '../../support/rng';

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
    const r = cli('check', SAMPLE, '--no-annotations');
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
    const r = cli('analyze', SAMPLE, '--format', 'json', '--no-annotations');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.equal(json.file, SAMPLE);
    assert.deepEqual(json.figures[2], {
      id: 'f3', text: '1,000', start: json.figures[2].start, end: json.figures[2].start + 5, low: 1000, high: 1000, approximate: false,
      qualifier: null, unit: null, subject: 'combat engineers', subjectGroup: 'troops', claimant: 'sergei-shoigu',
      attribution: { text: 'Sergei Shoigu, announced', start: 736, end: 760 }, claimBasis: 'source-before',
      partOf: 'f1', change: null, place: null,
    });
    assert.deepEqual(json.disputes, [{ id: 'd1', subject: 'troops', figures: ['f1', 'f2', 'f5'], message: 'Disputed: Russia says 6,000; Ukraine says 25,000–30,000' }]);
  });

  it('applies the workspace annotations the extension reads, from the nearest .marginalia/ folder', () => {
    const r = cli('analyze', SAMPLE, '--format', 'json');
    const json = JSON.parse(r.out);
    assert.deepEqual(json.disputes[0].review, { id: '20261126T093000-review', author: 'Fact-check team', status: 'confirmed', comment: 'Confirmed: Kyiv and Moscow give these figures for the same deployment.' });
    assert.deepEqual(json.actors.find((a: { id: string }) => a.id === 'olga-lyubimova').aliases, ['a Russian minister']);
    assert.equal(json.actors.find((a: { id: string }) => a.id === 'north-korean-state-media').kind, 'organisation');
    const kursk = json.interests.find((i: { interest: string }) => i.interest === 'mine clearing and rebuilding in Kursk');
    assert.deepEqual([kursk.actor, kursk.claimedBy, kursk.evidence.text], ['russia', 'russia', 'clearing mines and restoring damaged infrastructure in Kursk']);
    assert.equal(json.figures.find((f: { text: string }) => f.text === 'about 10,000-15,000').subjectGroup, 'troops already deployed');
    assert.deepEqual(json.annotations.map((a: { kind: string; status: string }) => `${a.kind}:${a.status}`).sort(), [
      'actor:anchored', 'actor:anchored', 'claim:anchored', 'dispute-review:anchored', 'interest:anchored', 'note:anchored', 'note:anchored']);
    const check = cli('check', SAMPLE);
    assert.equal(check.code, 1);
    assert.match(check.out.split('\n')[0], /9:41 warning disputed-figure Disputed: Russia says 6,000; Ukraine says 25,000–30,000 \(confirmed by Fact-check team\)$/);
  });

  it('takes --annotations DIR, silences a "not a dispute", reports orphans and broken files without failing', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-ws-'));
    const doc = path.join(ws, 'docs', 'march.md');
    mkdirSync(path.dirname(doc), { recursive: true });
    const text = 'Police said 10,000 people marched. Organisers counted 50,000 people.\n';
    writeFileSync(doc, text);
    const notes = path.join(ws, 'notes');
    mkdirSync(notes);
    const at = text.indexOf('50,000');
    const base = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', creator: { type: 'Person', name: 'Bo' }, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
    writeFileSync(path.join(notes, 'r.json'), JSON.stringify({ ...base, id: 'r', body: { type: 'TextualBody', purpose: 'assessing', kind: 'dispute-review', value: 'Different routes', fields: { status: 'not-a-dispute' } },
      target: { source: 'docs/march.md', selector: [{ type: 'TextQuoteSelector', exact: '50,000', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: at, end: at + 6 }] } }));
    writeFileSync(path.join(notes, 'o.json'), JSON.stringify({ ...base, id: 'o', body: { type: 'TextualBody', purpose: 'commenting', kind: 'note', value: 'gone' },
      target: { source: 'docs/march.md', selector: [{ type: 'TextQuoteSelector', exact: 'a sentence that was deleted', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 27 }] } }));
    writeFileSync(path.join(notes, 'broken.json'), '{"id": ');
    assert.equal(cli('check', doc).code, 1, 'without the folder the dispute stands');
    const r = cli('check', doc, '--annotations', notes);
    assert.equal(r.code, 0);
    assert.equal(r.out, `${doc}:1:1 information orphaned-annotation Orphaned annotation (note by Bo): “a sentence that was deleted” — the quoted text is no longer in the document. It is kept in its file; re-attach or delete it.\n`);
    assert.equal(r.err, `marginalia: warning: annotation file does not load: ${path.join(notes, 'broken.json')}:1:8: Not valid JSON: a value is expected.\n`);
    assert.deepEqual(cli('check', doc, '--annotations', path.join(ws, 'nope')), { code: 2, out: '', err: `marginalia: ${path.join(ws, 'nope')}: --annotations must name a folder of annotation files\n` });
  });

  it('applies the extension\'s file rules: a BOM file loads, a renamed file and two files with one id are reported and not used', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-rules-'));
    const doc = path.join(ws, 'march.md');
    const text = 'Police said 10,000 people marched. Organisers counted 50,000 people.\n';
    writeFileSync(doc, text);
    const notes = path.join(ws, '.marginalia');
    mkdirSync(path.join(notes, 'sub'), { recursive: true });
    const at = text.indexOf('50,000');
    const review = (id: string) => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', creator: { type: 'Person', name: 'Bo' },
      created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
      body: { type: 'TextualBody', purpose: 'assessing', kind: 'dispute-review', value: '', fields: { status: 'not-a-dispute' } },
      target: { source: 'march.md', selector: [{ type: 'TextQuoteSelector', exact: '50,000', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: at, end: at + 6 }] } });
    // Named after another id: reported, not used, so the dispute stands.
    writeFileSync(path.join(notes, 'renamed.json'), review('original'));
    let r = cli('check', doc);
    assert.equal(r.code, 1, 'the dispute stands');
    assert.equal(r.err, `marginalia: warning: annotation file does not load: ${path.join(notes, 'renamed.json')}:1:48: its id "original" does not match its file name renamed.json; an annotation's file is named after its id (original.json), so rename the file or change the id.\n`);
    // Two files with one id: both reported, neither used.
    writeFileSync(path.join(notes, 'twin.json'), review('twin'));
    writeFileSync(path.join(notes, 'sub', 'twin.json'), review('twin'));
    r = cli('check', doc);
    assert.equal(r.code, 1, 'still disputed: neither twin is picked');
    assert.match(r.err, new RegExp(`${path.join(notes, 'sub', 'twin.json').replace(/[.\\/]/g, '\\$&')}:1:48: its id "twin" is also the id of ${path.join(notes, 'twin.json').replace(/[.\\/]/g, '\\$&')}; neither is used`));
    // One well-named file, with a byte order mark, settles it.
    rmSync(path.join(notes, 'sub'), { recursive: true });
    rmSync(path.join(notes, 'renamed.json'));
    writeFileSync(path.join(notes, 'twin.json'), `\uFEFF${review('twin')}`);
    r = cli('check', doc);
    assert.deepEqual([r.code, r.err], [0, '']);
  });

  it('applies the team vocabulary (rules with source "*") to every document', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-vocab-'));
    const doc = path.join(ws, 'report.md');
    writeFileSync(doc, 'Russia says 6,000 soldiers were sent. Team Ivanov later said 7,000 soldiers were sent.\n');
    mkdirSync(path.join(ws, '.marginalia'));
    writeFileSync(path.join(ws, '.marginalia', 'rule-1.json'), JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'rule-1', type: 'Annotation',
      creator: { type: 'Person', name: 'Ada' }, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
      body: { type: 'TextualBody', purpose: 'describing', kind: 'actor', value: 'Another name for Russia', fields: { action: 'alias', actor: 'russia' } },
      target: { source: '*', selector: [{ type: 'TextQuoteSelector', exact: 'Team Ivanov', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 11 }] } }));
    const r = cli('analyze', doc, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const model = JSON.parse(r.out);
    assert.ok(model.actors.find((a: { id: string }) => a.id === 'russia').aliases.includes('Team Ivanov'));
    assert.equal(model.figures.find((f: { text: string }) => f.text === '7,000').claimant, 'russia');
  });

  it('loads annotation files that start with a byte order mark, with columns as the editor shows them', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-bom-'));
    const doc = path.join(ws, 'march.md');
    const text = 'Police said 10,000 people marched. Organisers counted 50,000 people.\n';
    writeFileSync(doc, text);
    mkdirSync(path.join(ws, '.marginalia'));
    const at = text.indexOf('50,000');
    const review = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'r', type: 'Annotation', creator: { type: 'Person', name: 'Bo' }, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
      body: { type: 'TextualBody', purpose: 'assessing', kind: 'dispute-review', value: 'Different routes', fields: { status: 'not-a-dispute' } },
      target: { source: 'march.md', selector: [{ type: 'TextQuoteSelector', exact: '50,000', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: at, end: at + 6 }] } };
    writeFileSync(path.join(ws, '.marginalia', 'r.json'), `\ufeff${JSON.stringify(review, null, 2)}\n`);
    writeFileSync(path.join(ws, '.marginalia', 'broken.json'), '\ufeff{"id": ');
    // The review loads (the dispute is silenced), and the broken file's column does not count the mark.
    assert.deepEqual(cli('check', doc), { code: 0, out: '', err: `marginalia: warning: annotation file does not load: ${path.join(ws, '.marginalia', 'broken.json')}:1:8: Not valid JSON: a value is expected.\n` });
  });

  it('analyze --format markdown prints the report, and --format csv one row per figure with its file', () => {
    const md = cli('analyze', SAMPLE, '--format', 'markdown');
    assert.equal(md.code, 0, md.err);
    assert.equal(md.out.split('\n')[0], '# Marginalia report: north-korean-troops.md');
    assert.match(md.out, /\n## Disputes\n\n- \*\*/);
    const csv = cli('analyze', SAMPLE, SAMPLE, '--format', 'csv');
    const lines = csv.out.trimEnd().split('\n');
    const figures = (JSON.parse(cli('analyze', SAMPLE, '--format', 'json').out) as { figures: unknown[] }).figures.length;
    assert.equal(lines[0], 'file,line,column,figure,low,high,unit,approximate,counts,claimed_by,basis,disputed_with,notes');
    assert.equal(lines.length, 1 + 2 * figures, 'the header once, then every figure of both files');
    assert.ok(lines.slice(1).every((l) => l.startsWith(`${SAMPLE},`)));
    assert.ok(!csv.out.includes('\r'), 'LF line ends on a terminal');
  });

  it('check --format sarif writes a SARIF 2.1.0 log', () => {
    const r = cli('check', SAMPLE, '--format=sarif');
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 9, startColumn: 41, endLine: 9, endColumn: 46 });
    // mocha runs in the repository root, the %SRCROOT% of the log.
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'samples/north-korean-troops.md', uriBaseId: '%SRCROOT%' });
    // Its rivals: the other two findings of the dispute (9:161 and 13:207 in the linter output).
    assert.deepEqual(sarif.runs[0].results[0].relatedLocations.map((l: { id: number; message: { text: string }; physicalLocation: { region: { startLine: number; startColumn: number } } }) =>
      [l.id, l.message.text, l.physicalLocation.region.startLine, l.physicalLocation.region.startColumn]), [[1, 'Ukraine says 25,000–30,000', 9, 161], [2, 'Ukraine says 25,000–30,000', 13, 207]]);
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
    assert.equal(cli('analyze', SAMPLE, '--format', 'sarif').err, 'marginalia: --format must be one of text, json, markdown, csv for analyze\n');
  });

  it('reads its options with parseArgs, keeping each flag and its messages', () => {
    const usageError = (message: string) => ({ code: 2, out: '', err: `marginalia: ${message}\n\n${USAGE}\n` });
    assert.deepEqual(cli(), { code: 2, out: '', err: `${USAGE}\n` });
    assert.deepEqual(cli('--help'), { code: 0, out: `${USAGE}\n`, err: '' });
    assert.deepEqual(cli('check', SAMPLE, '-h'), { code: 0, out: `${USAGE}\n`, err: '' });
    assert.deepEqual(cli('--version'), { code: 0, out: '0.1.0\n', err: '' });
    assert.deepEqual(cli('frobnicate', SAMPLE), usageError("unknown command 'frobnicate'"));
    assert.deepEqual(cli('check', SAMPLE, '--frobnicate'), usageError("unknown option '--frobnicate'"));
    assert.deepEqual(cli('check', '-x', SAMPLE), usageError("unknown option '-x'"));
    assert.deepEqual(cli('check', SAMPLE, '--annotations'), usageError('--annotations needs a folder'));
    assert.deepEqual(cli('check', SAMPLE, '--annotations='), usageError('--annotations needs a folder'));
    assert.deepEqual(cli('check', SAMPLE, '--no-annotations=yes'), usageError('--no-annotations takes no value'));
    for (const size of [['--max-size'], ['--max-size', '0'], ['--max-size=12.5'], ['--max-size', 'lots']]) {
      assert.deepEqual(cli('check', SAMPLE, ...size), usageError('--max-size needs a number of bytes'), size.join(' '));
    }
    assert.deepEqual(cli('check', SAMPLE, '--format'), { code: 2, out: '', err: 'marginalia: --format must be one of text, json, sarif for check\n' });
    assert.deepEqual(cli('analyze', '--no-annotations'), usageError('no file given'));
    // After `--` a name that starts with a dash is a file.
    assert.deepEqual(cli('check', '--', '-notes.md'), { code: 2, out: '', err: 'marginalia: -notes.md: no such file\n' });
    // --format=json and --format json alike; the later of --annotations DIR and --no-annotations counts.
    const annotationCount = (...args: string[]) => JSON.parse(cli('analyze', SAMPLE, ...args).out).annotations.length;
    const folder = path.join(path.dirname(SAMPLE), '.marginalia');
    assert.deepEqual([
      annotationCount('--format=json'), annotationCount('--format', 'json', '--no-annotations'),
      annotationCount('--format', 'json', '--no-annotations', '--annotations', folder), annotationCount('--annotations', folder, '--no-annotations', '--format=json'),
    ], [7, 0, 7, 0]);
  });

  it('refuses at once what is not a regular file or is over the size limit, and prints no JSON for a file it cannot read', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-'));
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const piped = cli('analyze', fifo);
    assert.equal(piped.code, 2);
    assert.match(piped.err, /pipe\.md: is not a regular file/);
    const zero = cli('analyze', '/dev/zero', '--format', 'json');
    assert.deepEqual([zero.code, zero.out], [2, '']);
    assert.match(zero.err, /\/dev\/zero: is not a regular file/);
    const big = path.join(dir, 'big.md');
    writeFileSync(big, 'Police said 10 people came.\n'.repeat(10));
    assert.match(cli('analyze', big, '--max-size', '100').err, /big\.md: is 280 bytes, over the limit of 100; raise it with --max-size BYTES/);
    assert.equal(cli('analyze', big, '--max-size', '1000').code, 0);
  });

  it('shows control characters from annotations inert: U+FFFD in text, \\u escapes in JSON, one line per record', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-ctl-'));
    const doc = path.join(ws, 'march.md');
    const text = 'Police said 10,000 people marched. Organisers counted 50,000 people.\n';
    writeFileSync(doc, text);
    const notes = path.join(ws, '.marginalia');
    mkdirSync(notes);
    const at = text.indexOf('50,000');
    const evil = 'Eve\u001b[2J\nfake.md:1:1 error forged';
    const annotation = (id: string, exact: string, start: number, body: object) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', creator: { type: 'Person', name: evil },
      created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', body: { type: 'TextualBody', purpose: 'commenting', ...body },
      target: { source: 'march.md', selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + exact.length }] } });
    writeFileSync(path.join(notes, 'n.json'), JSON.stringify(annotation('n', '50,000', at, { kind: 'note', value: 'see \u009b31m red\u0007 text' })));
    // An id that is no safe file name is refused, and the warning quoting it is inert too.
    writeFileSync(path.join(notes, 'bad.json'), JSON.stringify(annotation('bad\u001b]0;title\u0007', '50,000', at, { kind: 'note', value: 'x' })));
    writeFileSync(path.join(notes, 'r.json'), JSON.stringify(annotation('r', '50,000', at, { kind: 'dispute-review', value: 'ok', fields: { status: 'confirmed' } })));
    writeFileSync(path.join(notes, 'o.json'), JSON.stringify(annotation('o', 'gone \u001b[1m', 0, { kind: 'note', value: 'x' })));
    writeFileSync(path.join(notes, 'twice.json'), '{"\\u001b]0;k\\u0007": 1, "\\u001b]0;k\\u0007": 2}');
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    const analyzed = cli('analyze', doc);
    assert.ok(!control.test(analyzed.out) && !control.test(analyzed.err), JSON.stringify(analyzed));
    assert.deepEqual(analyzed.out.split('\n').slice(-5), [
      'Annotations (3)',
      '  1:55 note by Eve\ufffd[2J fake.md:1:1 error forged: see \ufffd31m red\ufffd text',
      '  orphan note by Eve\ufffd[2J fake.md:1:1 error forged: x',
      '  1:55 dispute-review (confirmed) by Eve\ufffd[2J fake.md:1:1 error forged: ok',
      '',
    ]);
    assert.equal(analyzed.err, [
      `marginalia: warning: annotation file does not load: ${path.join(notes, 'bad.json')}:1:48: the id "bad\ufffd]0;title\ufffd" is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit).`,
      `marginalia: warning: annotation file does not load: ${path.join(notes, 'twice.json')}:1:25: "\ufffd]0;k\ufffd" appears twice in one object; keep one.`,
      '',
    ].join('\n'));
    const checked = cli('check', doc);
    assert.deepEqual(checked.out.split('\n'), [
      `${doc}:1:13 warning disputed-figure Disputed: Police say 10,000; Organisers say 50,000 (confirmed by Eve\ufffd[2J fake.md:1:1 error forged)`,
      `${doc}:1:55 warning disputed-figure Disputed: Police say 10,000; Organisers say 50,000 (confirmed by Eve\ufffd[2J fake.md:1:1 error forged)`,
      `${doc}:1:1 information orphaned-annotation Orphaned annotation (note by Eve\ufffd[2J fake.md:1:1 error forged): “gone \ufffd[1m” — the quoted text is no longer in the document. It is kept in its file; re-attach or delete it.`,
      '',
    ]);
    // JSON keeps the data exactly, with every control character escaped.
    const json = cli('analyze', doc, '--format', 'json');
    assert.ok(!control.test(json.out) && json.out.includes('see \\u009b31m red\\u0007 text'));
    assert.deepEqual(JSON.parse(json.out).annotations.map((a: { id: string; value: string; author: string }) => [a.id, a.value, a.author]), [
      ['n', 'see \u009b31m red\u0007 text', evil], ['o', 'x', evil], ['r', 'ok', evil]]);
  });

  describe('hostile shapes (issue 13)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-'));
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const tail = 'Police said 10 people came.';

    const deep = [['quotes', 'quotes', '> '.repeat(10_000)], ['lists', 'list markers', '- '.repeat(4_000)], ['mixed', 'quotes and list markers', '> - '.repeat(3_000)]] as const;
    for (const [name, label, prefix] of deep) {
      it(`analyses ${prefix.length.toLocaleString('en')} characters of nested ${label} and finds the figure after them`, () => {
        const r = cli('analyze', write(`${name}.md`, `${prefix}${tail}`), '--format', 'json', '--no-annotations');
        assert.deepEqual([r.code, r.err], [0, '']);
        const json = JSON.parse(r.out);
        assert.deepEqual(json.figures.map((f: { text: string; start: number; claimant: string }) => [f.text, f.start, f.claimant]), [['10', prefix.length + 12, 'police']]);
      });
    }

    it('declines a paragraph dense with emphasis at once, with the reason on stderr and no JSON', () => {
      const file = write('dense.md', `${tail}\n\n${'*a'.repeat(32_000)}\n`);
      const reason = `marginalia: ${file}: not analysed: it is too dense in emphasis and link delimiters (*, _, [, ]) to parse in reasonable time: ` +
        "the paragraph at line 3 has 32,000, and the Markdown parser's time grows with the square of that number\n";
      assert.deepEqual(cli('analyze', file, '--format', 'json'), { code: 2, out: '', err: reason });
      assert.deepEqual(cli('check', file), { code: 2, out: '', err: reason });
      // With another file, the JSON holds the one analysed; the exit code still says one failed.
      const calm = write('calm.md', `${tail}\n`);
      const both = cli('analyze', calm, file, '--format', 'json', '--no-annotations');
      assert.deepEqual([both.code, both.err, JSON.parse(both.out).map((r: { file: string }) => r.file)], [2, reason, [calm]]);
    });

    it('declines random printable junk of 1 MB, which has no paragraph breaks, instead of parsing it for minutes', () => {
      const next = rng(13);
      const junk = Array.from({ length: 1_000_000 }, () => String.fromCharCode(32 + Math.floor(next() * 95))).join('');
      const r = cli('analyze', write('junk.md', junk), '--no-annotations');
      assert.deepEqual([r.code, r.out], [2, '']);
      assert.match(r.err, /junk\.md: not analysed: it is too dense in emphasis and link delimiters \(\*, _, \[, \]\) to parse in reasonable time: the paragraph at line 1 has [\d,]+, /);
    });
  });

  it('shows control characters from the document as U+FFFD on a terminal', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-'));
    // A file name (like an annotation's text or author) is printed as it is: here it holds ESC and BEL.
    const file = path.join(dir, 'e\u001b[31msc\u0007.md');
    writeFileSync(file, 'Police said 10 people came. Organisers said 50 people came.\n');
    const r = cli('analyze', file, '--no-annotations');
    assert.ok(!/[\u0007\u001b]/.test(r.out));
    assert.match(r.out, /\ufffd/);
  });
});
