import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { TextIndex, type DocumentModel } from '../../core';

/** A span of the document the preview highlights, with what its tooltip says. */
export interface PreviewMark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'dispute' | 'note';
  /** Plain text: the claim and its rivals, or the note and its author. */
  readonly label: string;
}

/** What the preview needs of a document: its text and the marks on it, when they are known. */
export interface PreviewSource {
  marksFor(documentUri: string): { readonly text: string; readonly marks: readonly PreviewMark[] } | undefined;
}

/** The marks of a model: every disputed figure (with its claim and rivals) and every annotated note span. */
export function marksOf(model: DocumentModel, notes: ReadonlyArray<{ start: number; end: number; text: string; author: string }>): PreviewMark[] {
  const byId = new Map(model.figures.map((f) => [f.id, f]));
  const names = new Map(model.actors.map((a) => [a.id, a.name]));
  const says = (id: string | null) => (id === null ? 'the article' : names.get(id) ?? id);
  const marks: PreviewMark[] = [];
  for (const d of model.disputes) {
    for (const id of d.figures) {
      const f = byId.get(id);
      if (!f) continue;
      const rivals = d.figures.filter((r) => r !== id).slice(0, 5).map((r) => byId.get(r)).filter((r) => r !== undefined)
        .map((r) => `${says(r.claimant)}: ${r.text}`);
      marks.push({ start: f.start, end: f.end, kind: 'dispute', label: `Disputed: ${says(f.claimant)} says ${f.text}. Rival claims: ${rivals.join('; ')}.` });
    }
  }
  for (const n of notes) marks.push({ start: n.start, end: n.end, kind: 'note', label: `Note by ${n.author}: ${n.text}` });
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A markdown-it plugin for VS Code's Markdown preview: wraps each marked span's text in a `<mark>` with its
 * label as a tooltip and an accessible name, reachable with the keyboard. It acts when the preview renders
 * (the render env names the document; the tokenizing pass does not), matching the marks of each paragraph
 * or heading by its source lines, in order. Everything from the document or an annotation goes through
 * markdown-it's escaping: nothing reaches the preview as markup.
 */
export function previewPlugin(source: PreviewSource): (md: MarkdownIt) => void {
  return (md) => {
    const escape = md.utils.escapeHtml;
    const render = md.renderer.render.bind(md.renderer);
    md.renderer.render = (tokens, options, env: { currentDocument?: { toString(): string } } | undefined) => {
      const uri = env?.currentDocument?.toString();
      const known = uri ? source.marksFor(uri) : undefined;
      if (known && known.marks.length > 0) assign(tokens, known.text, known.marks);
      return render(tokens, options, env);
    };
    const text = md.renderer.rules.text ?? ((tokens: Token[], idx: number) => escape(tokens[idx].content));
    md.renderer.rules.text = (tokens, idx, options, env, self) => {
      const token = tokens[idx];
      const cuts = (token.meta as { marginalia?: Array<{ from: number; to: number; mark: PreviewMark }> } | null)?.marginalia;
      if (!cuts || cuts.length === 0) return text(tokens, idx, options, env, self);
      let out = '';
      let at = 0;
      for (const { from, to, mark } of cuts) {
        out += escape(token.content.slice(at, from));
        const label = escape(mark.label);
        out += `<mark class="marginalia-${mark.kind}" tabindex="0" title="${label}" aria-label="${label}">${escape(token.content.slice(from, to))}</mark>`;
        at = to;
      }
      return out + escape(token.content.slice(at));
    };
  };
}

/**
 * Puts each mark on the text token of its block that holds its text: the mark's text occurs k times in the
 * block's source before it, so it is the (k+1)th occurrence in the block's text tokens, in order (the
 * tokens drop markup, not words).
 */
function assign(tokens: Token[], text: string, marks: readonly PreviewMark[]): void {
  const index = new TextIndex(text);
  const lineOf = (offset: number) => index.toLineColumn(offset).line - 1;
  const lineStart = (line: number) => index.toOffset(line + 1, 1);
  let next = 0;
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.map || !block.children) continue;
    const [first, last] = block.map;
    while (next < marks.length && lineOf(marks[next].start) < first) next++;
    const from = lineStart(first);
    for (let i = next; i < marks.length && lineOf(marks[i].start) < last; i++) {
      const mark = marks[i];
      const wanted = text.slice(mark.start, mark.end);
      if (wanted.length === 0) continue;
      let k = occurrences(text.slice(from, mark.start), wanted);
      for (const t of block.children) {
        if (t.type !== 'text') continue;
        let at = t.content.indexOf(wanted);
        while (at >= 0 && k > 0) {
          k--;
          at = t.content.indexOf(wanted, at + wanted.length);
        }
        if (at < 0) continue;
        const cuts = ((t.meta ??= {}) as { marginalia?: Array<{ from: number; to: number; mark: PreviewMark }> }).marginalia ??= [];
        // Overlapping marks (a note on a disputed figure) keep the first: nested marks would not read well.
        if (!cuts.some((x) => at < x.to && x.from < at + wanted.length)) {
          cuts.push({ from: at, to: at + wanted.length, mark });
          cuts.sort((x, y) => x.from - y.from);
        }
        break;
      }
    }
  }
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}
