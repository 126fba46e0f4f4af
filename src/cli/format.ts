import { formatFigureValue, TextIndex, type DocumentModel, type Finding } from '../core';

/** One analysed file. */
export interface FileResult {
  readonly file: string;
  readonly text: string;
  readonly model: DocumentModel;
}

/** The model as JSON: the fields the issue tracker documents, positions as UTF-16 offsets. */
export function toJson(r: FileResult): object {
  const { model } = r;
  return {
    file: r.file,
    actors: model.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, mentions: a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })) })),
    figures: model.figures.map((f) => ({
      id: f.id, text: f.text, start: f.start, end: f.end, low: f.low, high: f.high, approximate: f.approximate,
      qualifier: f.qualifier, unit: f.unit, subject: f.subject, subjectGroup: f.subjectGroup, claimant: f.claimant, partOf: f.partOf,
    })),
    disputes: model.disputes.map((d) => ({ id: d.id, subject: d.subject, figures: d.figures, message: d.message })),
    interests: model.interests.map((i) => ({ actor: i.actor, interest: i.interest, claimedBy: i.claimedBy, evidence: i.evidence })),
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
    lines.push(`  ${at(f.start)} ${f.text} = ${formatFigureValue(f)}${f.subject ? ` ${f.subject}` : ''}; claimed by ${name(f.claimant)}${f.partOf ? `; part of ${f.partOf}` : ''}`);
  }
  lines.push('', `Disputes (${model.disputes.length})`);
  for (const d of model.disputes) lines.push(`  ${d.subject}: ${d.message}`);
  return lines.join('\n');
}

/** A finding as a linter line: `file:line:col severity code message`. */
export function findingLine(r: FileResult, f: Finding): string {
  const p = new TextIndex(r.text).toLineColumn(f.start);
  return `${r.file}:${p.line}:${p.column} ${f.severity} ${f.code} ${f.message}`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** Findings as a SARIF 2.1.0 log, for code-scanning tools. */
export function toSarif(results: readonly FileResult[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'marginalia', version, informationUri: 'https://example.invalid/marginalia', rules: [{
        id: 'disputed-figure',
        shortDescription: { text: 'Sources give values that do not agree for the same quantity' },
      }] } },
      results: results.flatMap((r) => {
        const index = new TextIndex(r.text);
        return r.model.findings.map((f) => {
          const s = index.toLineColumn(f.start);
          const e = index.toLineColumn(f.end);
          return {
            ruleId: f.code,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column } } }],
          };
        });
      }),
    }],
  };
}
