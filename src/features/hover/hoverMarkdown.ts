import { describeBasis, formatFigureValue, type Actor, type Annotation, type AnnotationRef, type Reply, type DocumentModel, type Figure, type Hit } from '../../core';
import { Commands } from '../../host/ids';
import type { RevealArgs } from '../commands/revealRange';

/** A theme icon as VS Code reads it in a hover with `supportThemeIcons`: `$(name)` or `$(name~modifier)`. */
const THEME_ICON = /\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g;

/**
 * Escapes document or annotation text so that it shows as text in a Markdown hover: no links (`[`, `]`, and `:`
 * so that no `https://` or `javascript:` is autolinked), no HTML or entities, no emphasis, no theme icons. An
 * icon gets a backslash first, as VS Code's own `appendText` does: the renderer drops the Markdown escapes and then
 * reads `\$(name)` as the literal text `$(name)`.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(THEME_ICON, '\\$&').replace(/[\\`*_{}[\]()#+\-.!|<>~&":]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, ' ');
}

/**
 * A `command:` link target with its arguments as JSON, percent-encoded whole: encodeURIComponent leaves
 * `( ) ! ' *` as they are, and a `)` in an argument (an annotation id, say) would end the Markdown link there.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${query}`;
}

/** The document a hover is for: its URI (as a string) and the 1-based line of an offset. */
export interface HoverDocument {
  readonly uri: string;
  lineOf(offset: number): number;
}

const KIND_LABEL: Record<Actor['kind'], string> = {
  country: 'country', person: 'person', organisation: 'organisation', group: 'group of sources', other: 'actor',
};

/** "Ana, Bo": the distinct authors of the annotations behind a model item. */
function byline(refs: readonly AnnotationRef[]): string {
  return [...new Set(refs.map((r) => r.author))].map((a) => `*${escapeMarkdown(a)}*`).join(', ');
}

/** The hover's Markdown for whatever stands at the cursor; links reveal places with {@link Commands.revealRange}. */
export function hitMarkdown(document: HoverDocument, model: DocumentModel, hit: Hit): string {
  const out: string[] = [];
  const name = (id: string | null) => (id === null ? 'the article' : model.actors.find((a) => a.id === id)?.name ?? id);
  const link = (label: string, start: number, end: number) => {
    const args: RevealArgs = [document.uri, start, end];
    return `[${escapeMarkdown(label)}](${commandUri(Commands.revealRange, args)} "Go to line ${document.lineOf(start)}")`;
  };

  if (hit.kind === 'actor') {
    const a = hit.actor;
    out.push(`$(person) **${escapeMarkdown(a.name)}** — ${KIND_LABEL[a.kind]}\n\n`);
    if (a.aliases.length > 0) out.push(`Also called: ${a.aliases.map((x) => `*${escapeMarkdown(x)}*`).join(', ')}\n\n`);
    out.push(`Mentioned ${a.mentions.length} time${a.mentions.length === 1 ? '' : 's'}\n\n`);
    if (a.annotatedBy?.length) out.push(`$(account) Annotated by ${byline(a.annotatedBy)}\n\n`);
    const claims = model.figures.filter((f) => f.claimant === a.id);
    if (claims.length > 0) {
      out.push(`**Figures claimed**\n\n`);
      for (const f of claims) out.push(`- ${link(f.text, f.start, f.end)} — ${escapeMarkdown(formatFigureValue(f))}${f.subject ? ` ${escapeMarkdown(f.subject)}` : ''}\n`);
      out.push('\n');
    }
    const interests = model.interests.filter((i) => i.actor === a.id);
    if (interests.length > 0) {
      out.push(`**Claimed interests**\n\n`);
      for (const i of interests) {
        const added = i.annotatedBy?.length ? ` · $(account) added by ${byline(i.annotatedBy)}` : '';
        const basis = describeBasis(i.attribution, i.claimBasis);
        out.push(`- ${link(i.interest, i.evidence.start, i.evidence.end)} — claimed by ${escapeMarkdown(name(i.claimedBy))}${basis ? ` (${escapeMarkdown(basis)})` : ''}${i.cue ? `; read from “${escapeMarkdown(i.cue)}”` : ''}${added}\n`);
      }
    }
    return out.join('');
  }

  const f: Figure = hit.figure;
  out.push(`$(symbol-number) **${escapeMarkdown(formatFigureValue(f))}**${f.subject ? ` ${escapeMarkdown(f.subject)}` : ''}\n\n`);
  if (f.qualifier) out.push(`Qualified as *${escapeMarkdown(f.qualifier)}*\n\n`);
  if (f.annotatedBy?.length) out.push(`$(account) Corrected by ${byline(f.annotatedBy)}\n\n`);
  const basis = describeBasis(f.attribution, f.claimBasis);
  out.push(`Claimed by **${escapeMarkdown(name(f.claimant))}**${basis ? ` — basis: ${escapeMarkdown(basis)}` : f.claimant === null && !f.annotatedBy?.length ? ' — no source named for it' : ''}\n\n`);
  if (f.change) out.push(`${f.change === 'previous' ? 'An earlier value' : 'A change in the quantity'}, not compared with other sources\n\n`);
  if (f.partOf) {
    const whole = model.figures.find((g) => g.id === f.partOf);
    if (whole) out.push(`Part of ${link(whole.text, whole.start, whole.end)} (${escapeMarkdown(name(whole.claimant))})\n\n`);
  }
  const dispute = model.disputes.find((d) => d.figures.includes(f.id));
  if (dispute) {
    const review = dispute.review
      ? ` — ${dispute.review.status === 'resolved' ? '$(pass) resolved' : '$(check) confirmed'} by *${escapeMarkdown(dispute.review.author)}*${dispute.review.comment ? `: “${escapeMarkdown(dispute.review.comment)}”` : ''}`
      : '';
    out.push(`$(warning) **Disputed**${review} — rival claims:\n\n`);
    for (const id of dispute.figures) {
      if (id === f.id) continue;
      const g = model.figures.find((x) => x.id === id);
      if (g) out.push(`- ${escapeMarkdown(name(g.claimant))}: ${link(formatFigureValue(g), g.start, g.end)}\n`);
    }
  }
  return out.join('');
}

/** The annotations under the cursor, each with Edit and Delete links that carry its id. */
export function annotationsMarkdown(notes: ReadonlyArray<{ readonly annotation: Annotation; readonly needsReview: boolean; readonly replies?: readonly Reply[] }>): string {
  const out = ['$(note) **Annotations**\n\n'];
  for (const { annotation: a, needsReview, replies } of notes) {
    const status = a.body.fields?.status ? ` (${escapeMarkdown(a.body.fields.status)})` : '';
    const review = needsReview ? ' — *its place needs review, please check*' : '';
    const actions = `[$(edit) Edit](${commandUri(Commands.editAnnotation, [a.id])} "Edit this annotation") · [$(trash) Delete](${commandUri(Commands.deleteAnnotation, [a.id])} "Delete this annotation (asks first)")`;
    out.push(`- ${escapeMarkdown(a.body.kind)}${status}: ${escapeMarkdown(a.body.value)} — *${escapeMarkdown(a.creator.name)}*${review} ${actions}\n`);
    // The thread, oldest reply first.
    for (const r of replies ?? []) out.push(`  - $(reply) ${escapeMarkdown(r.body.value)} — *${escapeMarkdown(r.creator.name)}*\n`);
  }
  return out.join('');
}
