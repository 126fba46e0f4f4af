import { describeBasis } from '../analyze/claimBasis';
import { formatFigureValue } from '../analyze/formatValue';
import type { Annotation, Reply } from '../annotations/annotation';
import type { Anchor } from '../annotations/anchoring';
import type { DocumentModel } from '../model';
import { TextIndex } from '../parse/textIndex';

/** A document's annotations with where each stands now. */
export type ReportAnnotations = ReadonlyArray<{ readonly annotation: Annotation; readonly anchor: Anchor; readonly replies?: readonly Reply[] }>;

/** Text for a Markdown table cell: one line, pipes and markup characters escaped, so nothing becomes markup. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`);
}

/** Text for a Markdown paragraph (the same escaping). */
const inline = cell;

/**
 * A report a person can hand on, as Markdown: the document's actors, its figures with who claims each and
 * on what basis, the disputes with their rivals, the claimed interests with their evidence, and the team's
 * annotations. Document and annotation text is escaped: the report shows it, never renders it as markup.
 */
export function reportMarkdown(title: string, text: string, model: DocumentModel, annotations: ReportAnnotations = []): string {
  const index = new TextIndex(text);
  const line = (offset: number) => index.toLineColumn(offset).line;
  const names = new Map(model.actors.map((a) => [a.id, a.name]));
  const says = (id: string | null) => (id === null ? 'the article' : names.get(id) ?? id);
  const out: string[] = [`# Marginalia report: ${inline(title)}`, ''];
  out.push(`${model.actors.length} actors, ${model.figures.length} figures, ${model.disputes.length} disputes, ${model.interests.length} claimed interests, ${annotations.length} annotations.`, '');

  out.push('## Actors', '', '| Actor | Kind | Also called | Mentions |', '| --- | --- | --- | ---: |');
  for (const a of model.actors) out.push(`| ${cell(a.name)} | ${a.kind} | ${cell(a.aliases.join(', '))} | ${a.mentions.length} |`);

  out.push('', '## Figures', '', '| Line | Figure | Value | Counts | Claimed by | Basis |', '| ---: | --- | --- | --- | --- | --- |');
  for (const f of model.figures) {
    out.push(`| ${line(f.start)} | ${cell(f.text)} | ${cell(formatFigureValue(f))} | ${cell(f.subject ?? '')} | ${cell(says(f.claimant))} | ${cell(describeBasis(f.attribution, f.claimBasis) ?? '')} |`);
  }

  out.push('', '## Disputes', '');
  if (model.disputes.length === 0) out.push('No figure is disputed between sources.');
  const figures = new Map(model.figures.map((f) => [f.id, f]));
  for (const d of model.disputes) {
    out.push(`- **${inline(d.subject)}**${d.review ? ` (${d.review.status} by ${inline(d.review.author)})` : ''}`);
    for (const id of d.figures) {
      const f = figures.get(id);
      if (f) out.push(`  - ${inline(says(f.claimant))}: ${inline(f.text)} (line ${line(f.start)})`);
    }
  }

  out.push('', '## Claimed interests', '');
  if (model.interests.length === 0) out.push('None found.');
  for (const i of model.interests) {
    out.push(`- **${inline(says(i.actor))}**: ${inline(i.interest)}, claimed by ${inline(says(i.claimedBy))} (line ${line(i.evidence.start)}: “${inline(i.evidence.text)}”)`);
  }

  out.push('', '## Annotations', '');
  if (annotations.length === 0) out.push('None.');
  for (const { annotation: a, anchor, replies } of annotations) {
    const where = anchor.status === 'anchored' ? `line ${line(anchor.start)}` : 'orphan';
    const status = a.body.fields?.status ? ` (${a.body.fields.status})` : '';
    out.push(`- ${a.body.kind}${status} by ${inline(a.creator.name)}, ${where}, on “${inline(a.target.selector[0].exact)}”: ${inline(a.body.value)}`);
    for (const r of replies ?? []) out.push(`  - reply by ${inline(r.creator.name)}: ${inline(r.body.value)}`);
  }
  return `${out.join('\n')}\n`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
function field(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The figures as CSV, one row per figure: line, column, figure, low, high, unit, approximate, counts,
 * claimed by, basis, disputed (the rivals' values), and the team's notes on it.
 */
export function reportCsv(text: string, model: DocumentModel, annotations: ReportAnnotations = []): string {
  const index = new TextIndex(text);
  const names = new Map(model.actors.map((a) => [a.id, a.name]));
  const says = (id: string | null) => (id === null ? 'the article' : names.get(id) ?? id);
  const figures = new Map(model.figures.map((f) => [f.id, f]));
  const rivals = new Map<string, string[]>();
  for (const d of model.disputes) {
    for (const id of d.figures) rivals.set(id, d.figures.filter((r) => r !== id).map((r) => figures.get(r)).filter((r) => r !== undefined).map((r) => `${says(r.claimant)}: ${r.text}`));
  }
  const rows = [['line', 'column', 'figure', 'low', 'high', 'unit', 'approximate', 'counts', 'claimed_by', 'basis', 'disputed_with', 'notes']];
  for (const f of model.figures) {
    const at = index.toLineColumn(f.start);
    const notes = annotations.filter(({ anchor }) => anchor.status === 'anchored' && anchor.start < f.end && f.start < anchor.end)
      .map(({ annotation: a }) => `${a.body.kind} by ${a.creator.name}: ${a.body.value}`);
    rows.push([String(at.line), String(at.column), f.text, f.low === null ? '' : String(f.low), f.high === null ? '' : String(f.high), f.unit ?? '',
      f.approximate ? 'yes' : 'no', f.subject ?? '', says(f.claimant), describeBasis(f.attribution, f.claimBasis) ?? '', (rivals.get(f.id) ?? []).join('; '), notes.join('; ')]);
  }
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
