import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { describeBasis, formatFigureValue, TextIndex, type Anchor, type Annotation, type DocumentModel, type Finding, type Severity } from '../core';

/** One analysed file, with the team's annotations applied to its model. */
export interface FileResult {
  readonly file: string;
  readonly text: string;
  readonly model: DocumentModel;
  /** The document's annotations and where each landed (orphans included). */
  readonly anchored: ReadonlyArray<{ readonly annotation: Annotation; readonly anchor: Anchor }>;
}

/** What `check` reports: disputed figures, and annotations that lost their text or need a look. */
export interface Problem {
  readonly code: Finding['code'] | 'orphaned-annotation' | 'annotation-needs-review';
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly related?: Finding['related'];
}

const quoteOf = (a: Annotation) => a.target.selector[0].exact.replace(/\s+/g, ' ').slice(0, 60);
/** A field from an annotation on one line of text output: a line break in an author's name must not start a line of its own. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** The findings of a file in document order, then its annotations' problems (as the editor's Information diagnostics). */
export function problemsOf(r: FileResult): Problem[] {
  const out: Problem[] = r.model.findings.map(({ code, severity, message, start, end, related }) => ({ code, severity, message, start, end, related }));
  for (const { annotation: a, anchor } of r.anchored) {
    if (anchor.status === 'orphan') {
      out.push({ code: 'orphaned-annotation', severity: 'information', start: 0, end: 0,
        message: `Orphaned annotation (${a.body.kind} by ${a.creator.name}): “${quoteOf(a)}” — ${anchor.reason}. It is kept in its file; re-attach or delete it.` });
    } else if (anchor.needsReview) {
      out.push({ code: 'annotation-needs-review', severity: 'information', start: anchor.start, end: anchor.end,
        message: `Annotation needs review (${a.body.kind} by ${a.creator.name}): its words or context changed, or a similar passage stands elsewhere; please check it still belongs here.` });
    }
  }
  return out;
}

/** The model as JSON: the fields the issue tracker documents, positions as UTF-16 offsets. */
export function toJson(r: FileResult): object {
  const { model } = r;
  return {
    file: r.file,
    actors: model.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, mentions: a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })) })),
    figures: model.figures.map((f) => ({
      id: f.id, text: f.text, start: f.start, end: f.end, low: f.low, high: f.high, approximate: f.approximate,
      qualifier: f.qualifier, unit: f.unit, subject: f.subject, subjectGroup: f.subjectGroup, claimant: f.claimant, attribution: f.attribution, claimBasis: f.claimBasis, partOf: f.partOf, change: f.change, place: f.place,
    })),
    disputes: model.disputes.map((d) => ({ id: d.id, subject: d.subject, figures: d.figures, message: d.message, ...(d.review ? { review: d.review } : {}) })),
    interests: model.interests.map((i) => ({ actor: i.actor, interest: i.interest, claimedBy: i.claimedBy, attribution: i.attribution, claimBasis: i.claimBasis, cue: i.cue, evidence: i.evidence, ...(i.annotatedBy ? { annotatedBy: i.annotatedBy } : {}) })),
    annotations: r.anchored.map(({ annotation: a, anchor }) => ({
      id: a.id, kind: a.body.kind, value: a.body.value, author: a.creator.name, ...(a.body.fields ? { fields: a.body.fields } : {}),
      ...(anchor.status === 'anchored'
        ? { status: anchor.needsReview ? 'needs-review' : 'anchored', start: anchor.start, end: anchor.end }
        : { status: 'orphan', reason: anchor.reason }),
    })),
  };
}

/** A readable summary of the model. */
export function toText(r: FileResult): string {
  const { model } = r;
  const name = (id: string | null) => (id === null ? 'the article' : model.actors.find((a) => a.id === id)?.name ?? id);
  const index = new TextIndex(r.text);
  const at = (offset: number) => {
    const p = index.toLineColumn(offset);
    return `${p.line}:${p.column}`;
  };
  const lines: string[] = [`${r.file}`, '', `Actors (${model.actors.length})`];
  for (const a of [...model.actors].sort((x, y) => y.mentions.length - x.mentions.length)) {
    lines.push(`  ${a.name} [${a.kind}] ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}${a.aliases.length ? `; also ${a.aliases.join(', ')}` : ''}`);
    for (const i of model.interests.filter((x) => x.actor === a.id)) lines.push(`    wants/gets: ${i.interest} (claimed by ${name(i.claimedBy)}, ${at(i.evidence.start)})`);
  }
  lines.push('', `Figures (${model.figures.length})`);
  for (const f of model.figures) {
    lines.push(`  ${at(f.start)} ${f.text} = ${formatFigureValue(f)}${f.subject ? ` ${f.subject}` : ''}; claimed by ${name(f.claimant)}${f.claimBasis ? ` (${describeBasis(f.attribution, f.claimBasis)})` : ''}${f.partOf ? `; part of ${f.partOf}` : ''}${f.change ? `; ${f.change === 'previous' ? 'an earlier value' : 'a change'}` : ''}`);
  }
  lines.push('', `Disputes (${model.disputes.length})`);
  for (const d of model.disputes) lines.push(`  ${d.subject}: ${oneLine(d.message)}${d.review ? ` [${d.review.status} by ${oneLine(d.review.author)}]` : ''}`);
  if (r.anchored.length > 0) {
    lines.push('', `Annotations (${r.anchored.length})`);
    for (const { annotation: a, anchor } of r.anchored) {
      const where = anchor.status === 'anchored' ? at(anchor.start) : 'orphan';
      lines.push(`  ${where} ${a.body.kind}${a.body.fields?.status ? ` (${oneLine(a.body.fields.status)})` : ''} by ${oneLine(a.creator.name)}: ${oneLine(a.body.value)}`);
    }
  }
  return lines.join('\n');
}

/** A finding as a linter line: `file:line:col severity code message`. */
export function findingLine(r: FileResult, f: Problem): string {
  const p = new TextIndex(r.text).toLineColumn(f.start);
  return `${r.file}:${p.line}:${p.column} ${f.severity} ${f.code} ${oneLine(f.message)}`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** The base that relative artifact URIs are resolved against: the folder the CLI ran in. */
export const SRCROOT = '%SRCROOT%';

/**
 * Where a file is, as SARIF wants it (a URI, never a raw path): a relative reference against {@link SRCROOT}
 * for a file under `root`, each path segment percent-encoded; otherwise an absolute `file:` URI.
 */
export function artifactLocation(file: string, root: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(root, file);
  const relative = path.relative(root, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** Plain SARIF message text: braces are doubled, as placeholders ("{0}") would otherwise be read in them (SARIF 3.11.5). */
const sarifText = (s: string): Sarif.Message => ({ text: s.replace(/[{}]/g, '$&$&') });

/** Findings as a SARIF 2.1.0 log, for code-scanning tools; a dispute's rival claims are its related locations. */
export function toSarif(results: readonly FileResult[], version: string, root = process.cwd()): Sarif.Log {
  const base = pathToFileURL(root).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'marginalia', version, rules: [
        { id: 'disputed-figure', shortDescription: { text: 'Sources give values that do not agree for the same quantity' } },
        { id: 'orphaned-annotation', shortDescription: { text: 'An annotation whose text is no longer in the document' } },
        { id: 'annotation-needs-review', shortDescription: { text: 'An annotation whose place needs review' } },
      ] } },
      originalUriBaseIds: { [SRCROOT]: { uri: base.endsWith('/') ? base : `${base}/` } },
      // TextIndex columns count UTF-16 code units, SARIF's default; said outright for readers that assume code points.
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => {
        const index = new TextIndex(r.text);
        const artifact = artifactLocation(r.file, root);
        const at = (start: number, end: number): Sarif.PhysicalLocation => {
          const s = index.toLineColumn(start);
          const e = index.toLineColumn(end);
          return { artifactLocation: artifact, region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column } };
        };
        return problemsOf(r).map((f): Sarif.Result => ({
          ruleId: f.code,
          level: SARIF_LEVEL[f.severity],
          message: sarifText(f.message),
          locations: [{ physicalLocation: at(f.start, f.end) }],
          ...(f.related?.length ? { relatedLocations: f.related.map((x, i) => ({ id: i + 1, physicalLocation: at(x.start, x.end), message: sarifText(x.message) })) } : {}),
        }));
      }),
    }],
  };
}
