import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { anchor, analyzeDocument, applyAnnotations, formatFigureValue, parseStoredAnnotation, reportCsv, reportMarkdown, TextIndex, type Annotation, type Reply } from '../../../src/core';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');
const TEXT = readFileSync(path.join(SAMPLES, 'north-korean-troops.md'), 'utf8');
const STORED = readdirSync(path.join(SAMPLES, '.marginalia')).sort().map((f) => {
  const parsed = parseStoredAnnotation(readFileSync(path.join(SAMPLES, '.marginalia', f), 'utf8'));
  assert.ok(!('error' in parsed), f);
  return parsed;
});
const ANNOTATIONS: Annotation[] = STORED.flatMap((p) => ('annotation' in p ? [p.annotation] : []));
const REPLIES: Reply[] = STORED.flatMap((p) => ('reply' in p ? [p.reply] : []));

/** An RFC 4180 reader, for the test: fields, quotes, doubled quotes, CRLF rows. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { fieldText += '"'; i++; } else if (c === '"') quoted = false;
      else fieldText += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(fieldText); fieldText = ''; } else if (c === '\r' && csv[i + 1] === '\n') { row.push(fieldText); rows.push(row); row = []; fieldText = ''; i++; } else fieldText += c;
  }
  return rows;
}

describe('the report', () => {
  const anchored = ANNOTATIONS.map((a) => ({ annotation: a, anchor: anchor(TEXT, a.target.selector[0], a.target.selector[1]), replies: REPLIES.filter((r) => r.target === a.id) }));
  const placed = anchored.flatMap(({ annotation, anchor: x }) => (x.status === 'anchored' ? [{ annotation, start: x.start, end: x.end }] : []));
  const model = applyAnnotations(analyzeDocument(TEXT), TEXT, placed, {});
  const names = new Map(model.actors.map((a) => [a.id, a.name]));
  const says = (id: string | null) => (id === null ? 'the article' : names.get(id) ?? id);

  it('lists the sample\'s actors, figures, disputes, interests and annotations as the model has them', () => {
    const md = reportMarkdown('north-korean-troops.md', TEXT, model, anchored);
    const lines = md.split('\n');
    assert.equal(lines[0], '# Marginalia report: north-korean-troops.md');
    assert.equal(lines[2], `${model.actors.length} actors, ${model.figures.length} figures, ${model.disputes.length} disputes, ${model.interests.length} claimed interests, 7 annotations.`);
    const section = (title: string) => {
      const from = lines.indexOf(`## ${title}`);
      const to = lines.findIndex((l, i) => i > from && l.startsWith('## '));
      return lines.slice(from + 1, to < 0 ? undefined : to).filter((l) => l !== '');
    };
    const actorRows = section('Actors').slice(2);
    assert.deepEqual(actorRows.map((r) => r.split(' | ')[0].slice(2)), model.actors.map((a) => a.name.replace(/[()]/g, (c) => `\\${c}`)));
    const russia = model.actors.find((a) => a.name === 'Russia');
    assert.ok(russia);
    assert.equal(actorRows.find((r) => r.startsWith('| Russia |')), `| Russia | country | ${russia.aliases.join(', ')} | ${russia.mentions.length} |`);
    const index = new TextIndex(TEXT);
    const figureRows = section('Figures').slice(2);
    assert.equal(figureRows.length, model.figures.length);
    const six = model.figures.find((f) => f.text === '6,000');
    assert.ok(six);
    assert.ok(figureRows.includes(`| ${index.toLineColumn(six.start).line} | 6,000 | ${formatFigureValue(six)} | ${six.subject ?? ''} | Russia | “Russia says” — source, then a reporting verb |`), figureRows.join('\n'));
    const disputes = section('Disputes');
    assert.equal(disputes.filter((l) => l.startsWith('- **')).length, model.disputes.length);
    assert.ok(disputes.includes(`  - Russia: 6,000 (line ${index.toLineColumn(six.start).line})`));
    assert.equal(section('Claimed interests').length, model.interests.length);
    const notes = section('Annotations');
    // Seven annotations, and the one reply in the dispute review's thread, under it.
    assert.equal(REPLIES.length, 1);
    assert.equal(notes.length, 8);
    const review = notes.findIndex((n) => n.startsWith('- dispute-review (confirmed) by Fact-check team'));
    assert.equal(notes[review + 1], '  - reply by Desk editor: Agreed. Keep both figures in the copy, each with its source.');
    assert.ok(notes.some((n) => /^- note by Research desk, line \d+, on “oil and food”: Which reports\? /.test(n)), notes.join('\n'));
  });

  it('writes one CSV row per figure, which a spreadsheet reads as a table', () => {
    const rows = readCsv(reportCsv(TEXT, model, anchored));
    assert.deepEqual(rows[0], ['line', 'column', 'figure', 'low', 'high', 'unit', 'approximate', 'counts', 'claimed_by', 'basis', 'disputed_with', 'notes']);
    assert.equal(rows.length, model.figures.length + 1);
    assert.ok(rows.every((r) => r.length === 12), 'every row has every column');
    const index = new TextIndex(TEXT);
    rows.slice(1).forEach((r, i) => {
      const f = model.figures[i];
      const at = index.toLineColumn(f.start);
      assert.deepEqual([r[0], r[1], r[2], r[3], r[8]], [String(at.line), String(at.column), f.text, f.low === null ? '' : String(f.low), says(f.claimant)]);
    });
    const six = rows.find((r) => r[2] === '6,000');
    assert.match(six?.[10] ?? '', /^Ukraine: /);
  });

  it('escapes text that would be markup or a spreadsheet formula', () => {
    const text = 'Police said 10 people came to the <img src=x onerror=alert(1)> [x](command:quit) rally.\n';
    const m = analyzeDocument(text);
    const a: Annotation = { ...ANNOTATIONS[0], body: { ...ANNOTATIONS[0].body, value: '=HYPERLINK("http://evil") | *bold*' }, target: { source: 'x.md', selector: [{ type: 'TextQuoteSelector', exact: '10', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 12, end: 14 }] } };
    const list = [{ annotation: a, anchor: anchor(text, a.target.selector[0], a.target.selector[1]) }];
    const md = reportMarkdown('<script>.md', text, m, list);
    assert.ok(!/<img|<script>|\]\(command/.test(md), md);
    assert.ok(md.includes('\\=HYPERLINK\\("http://evil"\\) \\| \\*bold\\*') || md.includes('=HYPERLINK\\("http://evil"\\) \\| \\*bold\\*'), md);
    const csv = readCsv(reportCsv(text, m, list));
    assert.equal(csv[1][11], 'note by Research desk: =HYPERLINK("http://evil") | *bold*');
    assert.ok(!csv.slice(1).some((r) => r.some((f) => /^[=+@]/.test(f))), 'no field starts a formula');
  });
});
