import * as vscode from 'vscode';
import { describeBasis, formatFigureValue, type Actor, type AnnotationRef, type DocumentModel, type Figure, type Hit } from '../../core';
import { Commands } from '../../host/ids';
import { lineOf } from '../../host/ranges';
import { revealCommandUri } from '../commands/revealRange';

/** Escapes document text so that it shows as text in a Markdown hover (no links, HTML or emphasis). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const KIND_LABEL: Record<Actor['kind'], string> = {
  country: 'country', person: 'person', organisation: 'organisation', group: 'group of sources', other: 'actor',
};

/** "Ana, Bo": the distinct authors of the annotations behind a model item. */
function byline(refs: readonly AnnotationRef[]): string {
  return [...new Set(refs.map((r) => r.author))].map((a) => `*${escapeMarkdown(a)}*`).join(', ');
}

/** Builds the hover for whatever stands at the cursor. */
export function hoverContent(document: vscode.TextDocument, model: DocumentModel, hit: Hit): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [Commands.revealRange] };
  md.supportHtml = false;
  const name = (id: string | null) => (id === null ? 'the article' : model.actors.find((a) => a.id === id)?.name ?? id);
  const link = (label: string, start: number, end: number) =>
    `[${escapeMarkdown(label)}](${revealCommandUri(Commands.revealRange, document.uri, start, end).toString()} "Go to line ${lineOf(document, start)}")`;

  if (hit.kind === 'actor') {
    const a = hit.actor;
    md.appendMarkdown(`$(person) **${escapeMarkdown(a.name)}** — ${KIND_LABEL[a.kind]}\n\n`);
    if (a.aliases.length > 0) md.appendMarkdown(`Also called: ${a.aliases.map((x) => `*${escapeMarkdown(x)}*`).join(', ')}\n\n`);
    md.appendMarkdown(`Mentioned ${a.mentions.length} time${a.mentions.length === 1 ? '' : 's'}\n\n`);
    if (a.annotatedBy?.length) md.appendMarkdown(`$(account) Annotated by ${byline(a.annotatedBy)}\n\n`);
    const claims = model.figures.filter((f) => f.claimant === a.id);
    if (claims.length > 0) {
      md.appendMarkdown(`**Figures claimed**\n\n`);
      for (const f of claims) md.appendMarkdown(`- ${link(f.text, f.start, f.end)} — ${escapeMarkdown(formatFigureValue(f))}${f.subject ? ` ${escapeMarkdown(f.subject)}` : ''}\n`);
      md.appendMarkdown('\n');
    }
    const interests = model.interests.filter((i) => i.actor === a.id);
    if (interests.length > 0) {
      md.appendMarkdown(`**Claimed interests**\n\n`);
      for (const i of interests) {
        const added = i.annotatedBy?.length ? ` · $(account) added by ${byline(i.annotatedBy)}` : '';
        const basis = describeBasis(i.attribution, i.claimBasis);
        md.appendMarkdown(`- ${link(i.interest, i.evidence.start, i.evidence.end)} — claimed by ${escapeMarkdown(name(i.claimedBy))}${basis ? ` (${escapeMarkdown(basis)})` : ''}${i.cue ? `; read from “${escapeMarkdown(i.cue)}”` : ''}${added}\n`);
      }
    }
    return md;
  }

  const f: Figure = hit.figure;
  md.appendMarkdown(`$(symbol-number) **${escapeMarkdown(formatFigureValue(f))}**${f.subject ? ` ${escapeMarkdown(f.subject)}` : ''}\n\n`);
  if (f.qualifier) md.appendMarkdown(`Qualified as *${escapeMarkdown(f.qualifier)}*\n\n`);
  if (f.annotatedBy?.length) md.appendMarkdown(`$(account) Corrected by ${byline(f.annotatedBy)}\n\n`);
  const basis = describeBasis(f.attribution, f.claimBasis);
  md.appendMarkdown(`Claimed by **${escapeMarkdown(name(f.claimant))}**${basis ? ` — basis: ${escapeMarkdown(basis)}` : f.claimant === null && !f.annotatedBy?.length ? ' — no source named for it' : ''}\n\n`);
  if (f.change) md.appendMarkdown(`${f.change === 'previous' ? 'An earlier value' : 'A change in the quantity'}, not compared with other sources\n\n`);
  if (f.partOf) {
    const whole = model.figures.find((g) => g.id === f.partOf);
    if (whole) md.appendMarkdown(`Part of ${link(whole.text, whole.start, whole.end)} (${escapeMarkdown(name(whole.claimant))})\n\n`);
  }
  const dispute = model.disputes.find((d) => d.figures.includes(f.id));
  if (dispute) {
    const review = dispute.review
      ? ` — ${dispute.review.status === 'resolved' ? '$(pass) resolved' : '$(check) confirmed'} by *${escapeMarkdown(dispute.review.author)}*${dispute.review.comment ? `: “${escapeMarkdown(dispute.review.comment)}”` : ''}`
      : '';
    md.appendMarkdown(`$(warning) **Disputed**${review} — rival claims:\n\n`);
    for (const id of dispute.figures) {
      if (id === f.id) continue;
      const g = model.figures.find((x) => x.id === id);
      if (g) md.appendMarkdown(`- ${escapeMarkdown(name(g.claimant))}: ${link(formatFigureValue(g), g.start, g.end)}\n`);
    }
  }
  return md;
}
