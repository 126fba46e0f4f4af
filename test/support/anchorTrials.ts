// Random edit trials for re-anchoring, on real articles. A trial picks a quote a researcher might annotate
// (a figure, a name, a phrase or a whole sentence, from the prose), records its selectors as the extension
// does, edits the document at random while tracking where the quote's characters go, and says what the
// right answer is. Shared by the property suite (test/unit/annotations/anchoringProperties.test.ts).
import search from 'approx-string-match';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { anchor, CONTEXT_LENGTH, makeSelectors, type Anchor, type TextPositionSelector, type TextQuoteSelector } from '../../src/core';
import { ContextScorer, sideLengths } from '../../src/core/annotations/contextErrors';

/** The three cases of the audit. */
export type TrialCase = 'intact' | 'deleted' | 'damaged';

/** What one trial hands to `anchor`, and where the quote's characters are now (null when deleted). */
export interface Trial {
  readonly text: string;
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  /** The tracked span of the quote's characters; for `damaged`, of the damaged span. */
  readonly now: { start: number; end: number } | null;
  /** Characters inserted or deleted inside the quote (damaged case): how far a right anchor's ends may move. */
  readonly damage: number;
  /** No edit came within `CONTEXT_LENGTH` characters of the quote and no copy of it or of its sentence was made. */
  readonly untouched: boolean;
  /** The edits made, for a failure message. */
  readonly log: readonly string[];
}

/** How one anchor is judged against its trial. */
export type Verdict = 'confident-right' | 'flagged' | 'orphan' | 'confident-wrong';

/**
 * The right answer, per case. A confident anchor (status anchored, needsReview false) is right only when
 * it is on the tracked span: exactly (intact), or with each end within `damage` characters (damaged); a
 * deleted quote has no right place, so any confident anchor of it is wrong. A flagged anchor or an orphan
 * is never wrong (the note is kept and a person is asked); they are counted apart.
 */
export function judge(trial: Trial, a: Anchor, which: TrialCase): Verdict {
  if (a.status === 'orphan') return 'orphan';
  if (a.needsReview) return 'flagged';
  const now = trial.now;
  if (which === 'deleted' || !now) return 'confident-wrong';
  const slack = which === 'damaged' ? trial.damage : 0;
  return Math.abs(a.start - now.start) <= slack && Math.abs(a.end - now.end) <= slack ? 'confident-right' : 'confident-wrong';
}

/** The articles: test/fixtures/articles/*.md and test/corpus/batch-*\/*.md. */
export function loadArticles(root: string): string[] {
  const dirs = [path.join(root, 'test', 'fixtures', 'articles')];
  for (const b of readdirSync(path.join(root, 'test', 'corpus')).sort()) if (b.startsWith('batch-')) dirs.push(path.join(root, 'test', 'corpus', b));
  return dirs.flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.md')).sort().map((n) => readFileSync(path.join(d, n), 'utf8')));
}

type Span = [number, number];

/** Sentences (and headings, list items) of the prose: [start, end) with the trailing space or newlines. */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]*?(?:[.!?]["”’)]?(?=\s)|\n|$)\s*/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const line = text.lastIndexOf('\n', m.index) + 1;
    if (!text.startsWith('<!--', line) && m[0].trim().length > 0) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const KINDS: ReadonlyArray<[string, RegExp]> = [
  ['figure', /(?<![\w,.$])\$?\d[\d,.]*\d%?(?![\w])|(?<![\w,.$])\d(?![\w,.])/g],
  ['name', /\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b/g],
  ['phrase', /\b\w+(?:[ ,'-]+\w+){1,6}\b/g],
];

/** An article's quotes by kind (sentence, figure, name, phrase), each also narrowed to those whose words repeat. */
interface Quotes {
  readonly all: readonly Span[];
  readonly repeated: readonly Span[];
}
const quoteCache = new Map<string, Quotes[]>();

function quotesOf(text: string): Quotes[] {
  const hit = quoteCache.get(text);
  if (hit) return hit;
  const prose = sentences(text);
  const kinds: Span[][] = [prose.map(([s, e]) => [s, s + text.slice(s, e).trimEnd().length] as Span).filter(([s, e]) => e - s > 20)];
  for (const [, re] of KINDS) {
    const spans: Span[] = [];
    for (const [s, e] of prose) for (const m of text.slice(s, e).matchAll(re)) spans.push([s + m.index, s + m.index + m[0].length]);
    kinds.push(spans);
  }
  const out = kinds.map((all) => ({ all, repeated: all.filter(([s, e]) => text.indexOf(text.slice(s, e)) !== text.lastIndexOf(text.slice(s, e))) }));
  quoteCache.set(text, out);
  return out;
}

/**
 * A quote a researcher might annotate: a whole sentence (15%), a figure (30%), a name (30%) or a phrase
 * (25%) of the prose; half the time one whose words occur more than once, as those are the hard cases.
 */
function pickQuote(text: string, r: () => number): Span | null {
  const kind = r();
  const quotes = quotesOf(text)[kind < 0.15 ? 0 : kind < 0.45 ? 1 : kind < 0.75 ? 2 : 3];
  const spans = r() < 0.5 && quotes.repeated.length > 0 ? quotes.repeated : quotes.all;
  return spans.length === 0 ? null : spans[Math.floor(r() * spans.length)];
}

/** How near the quote (or its old place) no copy of its words is made, nor may they stand again when deleted. */
const REAPPEAR = 64;

const WORDS = ['the', 'officials', 'said', 'on', 'Friday', 'more', 'than', 'troops', 'police', 'report', 'about', 'people', 'Russia', 'of', 'and', 'a', '6,000', 'in'];

/**
 * A document being edited. `span` is the quote's characters, carried through every edit as an editor moves a
 * decoration (an edit may not touch it); `site` is where a deleted quote was (edits may cross it).
 */
class Edited {
  log: string[] = [];
  site: Span | null = null;
  /** An edit came within `CONTEXT_LENGTH` of the quote, or a copy of it or of its sentence was made. */
  touched = false;
  constructor(public text: string, public span: Span | null) {}

  /** Replaces [from, to) with `insert`. */
  splice(from: number, to: number, insert: string, what: string): void {
    this.text = this.text.slice(0, from) + insert + this.text.slice(to);
    const d = insert.length - (to - from);
    if (this.span) {
      const [s, e] = this.span;
      if (from < e && to > s) throw new Error('an edit outside the quote touched it');
      if (from <= e + CONTEXT_LENGTH && to >= s - CONTEXT_LENGTH) this.touched = true;
      // An edit ending at or before the quote's start (an insertion right before it included) moves it.
      if (to <= s) this.span = [s + d, e + d];
    }
    // A point of the site inside a deleted range goes to its start; one at the edit's start stays before it.
    const moved = (x: number) => (x <= from ? x : x >= to ? x + d : from);
    if (this.site) this.site = [moved(this.site[0]), moved(this.site[1])];
    this.log.push(`${what} at ${from}..${to}: ${JSON.stringify(insert.slice(0, 40))}`);
  }

  /** Replaces part of the quote itself (`damage`) or all of it (`delete`), moving its span or leaving its site. */
  spliceQuote(from: number, to: number, insert: string, what: 'damage' | 'delete'): void {
    const [s, e] = this.span!;
    this.span = null;
    this.splice(from, to, insert, `${what} the quote`);
    if (what === 'delete') this.site = [from, from + insert.length];
    else this.span = [s, e + insert.length - (to - from)];
  }

  /** True when [from, to) is clear of the quote (touching its ends counts as touching, except for a pure insertion). */
  clear(from: number, to: number): boolean {
    if (!this.span) return true;
    const [s, e] = this.span;
    return from === to ? from <= s || from >= e : to <= s || from >= e;
  }
}

const words = (r: () => number, n: number) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');

/**
 * One random edit away from the quote: words inserted (30%), characters deleted (20%) or replaced by a word
 * (20%), a sentence deleted (10%) or copied (10%), or a copy of the quote's words inserted at a sentence
 * start or at the start of the document (10%). `protectSentence`: the quote's sentence is not copied.
 */
function editElsewhere(doc: Edited, r: () => number, exact: string, protectSentence: boolean): void {
  const n = doc.text.length;
  const kind = r();
  const at = Math.floor(r() * (n + 1));
  if (kind < 0.3) {
    const insert = ` ${words(r, 1 + Math.floor(r() * 3))}`;
    if (doc.clear(at, at)) doc.splice(at, at, insert, 'insert');
  } else if (kind < 0.5) {
    const to = Math.min(n, at + 1 + Math.floor(r() * 12));
    if (doc.clear(at, to)) doc.splice(at, to, '', 'delete');
  } else if (kind < 0.7) {
    const to = Math.min(n, at + 1 + Math.floor(r() * 6));
    if (doc.clear(at, to)) doc.splice(at, to, words(r, 1), 'replace');
  } else {
    const all = sentences(doc.text);
    if (all.length === 0) return;
    const [s, e] = all[Math.floor(r() * all.length)];
    const protect = protectSentence ? sentenceOf(doc.span, all) : null;
    if (kind < 0.8) {
      if (doc.clear(s, e)) doc.splice(s, e, '', 'delete sentence');
    } else if (kind < 0.9) {
      // A copy goes after the original (right after, or at a later sentence start), so the original stays the first.
      // In the deleted and damaged cases no copy is made of the quote's sentence: a copy of the quote with its
      // context is the annotated text itself, so no answer there could be called wrong.
      if (protect && !(e <= protect[0] || s >= protect[1])) return;
      const later = all.filter(([b]) => b >= e);
      const to = r() < 0.5 || later.length === 0 ? e : later[Math.floor(r() * later.length)][0];
      if (!farFrom(doc, to, protect)) return;
      if (doc.span && s <= doc.span[0] && doc.span[1] <= e) doc.touched = true;
      doc.splice(to, to, doc.text.slice(s, e), 'duplicate sentence');
    } else {
      const to = r() < 0.3 ? 0 : s;
      if (!farFrom(doc, to, protect)) return;
      doc.touched = true;
      doc.splice(to, to, `${exact}. `, 'insert a copy of the quote');
    }
  }
}

/**
 * Where a copy may be inserted: not within `REAPPEAR` characters of the quote (or of its sentence, in the
 * deleted and damaged cases). A copy beside the quote makes two stories equally simple ("Q. " inserted
 * before Q, or ". Q" after it; a sentence copied before itself or after), each with a different answer.
 */
function farFrom(doc: Edited, at: number, protect: Span | null): boolean {
  const near = protect ?? doc.span;
  return !near || at < near[0] - REAPPEAR || at > near[1] + REAPPEAR;
}

/** The sentence holding the span, or the span itself when it crosses sentences; null without a span. */
function sentenceOf(span: Span | null, all: readonly Span[]): Span | null {
  if (!span) return null;
  const [s, e] = span;
  return all.find(([a, b]) => a <= s && e <= b) ?? span;
}

/**
 * One trial of `which`, or null when it is undecidable (see below) or the article offers no quote. An
 * article and a quote are drawn, the selectors made as the extension makes them, then 0 to 6 random edits
 * away from the quote (`editElsewhere`), with, at a random point among them, the case's own edit: for
 * `deleted` the quote's sentence (or the quote alone) is deleted or replaced by two words; for `damaged`
 * one to three of its characters are inserted, deleted or replaced.
 */
export function makeTrial(articles: readonly string[], r: () => number, which: TrialCase): Trial | null {
  const original = articles[Math.floor(r() * articles.length)];
  const picked = pickQuote(original, r);
  if (!picked) return null;
  const [quote, position] = makeSelectors(original, picked[0], picked[1]);
  const doc = new Edited(original, picked);

  const edits = Math.floor(r() * 7);
  const main = Math.floor(r() * (edits + 1));
  let damage = 0;
  for (let i = 0; i <= edits; i++) {
    if (i === main && which === 'deleted') {
      // The quote's sentence deleted (60%), or the quote alone; either replaced by nothing or by two words.
      const [s, e] = (r() < 0.6 ? sentenceOf(doc.span, sentences(doc.text)) : null) ?? doc.span!;
      doc.spliceQuote(s, e, r() < 0.5 ? '' : words(r, 2), 'delete');
    }
    if (i === main && which === 'damaged') damage = damageQuote(doc, r);
    if (i < edits) editElsewhere(doc, r, quote.exact, which !== 'intact');
  }
  // A deleted quote whose words (or nearly: within a fifth of their length in edits) stand again beside their
  // old place (a copy inserted next to its sentence, the random words around it) is not deleted by anything
  // the annotation recorded; nor is a damaged one with the undamaged words beside it (the simplest story is
  // then an insertion next to an intact quote). Such trials are redrawn: no answer to them is right or wrong.
  const near = doc.site ?? (which === 'damaged' ? doc.span : null);
  const m = quote.exact.length;
  if (near) {
    const around = doc.text.slice(Math.max(0, near[0] - REAPPEAR - m), near[1] + REAPPEAR + m);
    const again = which === 'deleted' ? search(around, quote.exact, Math.floor(m / 5)).length > 0 : around.replace(doc.text.slice(near[0], near[1]), '').includes(quote.exact);
    if (again) return null;
  }
  // Nor may the edits make, anywhere, a new copy of the words with more than half of their recorded context
  // (a copy of the quote put after a copy of the sentence before it, say): that is the quote moved, not
  // deleted or damaged. Copies the article already had stay in: they are what these cases test.
  if (which !== 'intact') {
    // The original counts the quote itself, so only a final count of one or more can exceed it less one.
    const copies = copiesInContext(doc.text, quote, doc.span);
    if (copies > 0 && copies > copiesInContext(original, quote, null) - 1) return null;
  }
  const now = doc.span ? { start: doc.span[0], end: doc.span[1] } : null;
  return { text: doc.text, quote, position, now, damage, untouched: !doc.touched, log: doc.log };
}

/**
 * Places where the quote's words stand with at most half of their recorded context edited (context as the
 * anchoring measures it: its bit-parallel distance is checked against the plain programme in
 * contextErrors.test.ts): exactly, or, for a quote of 32 characters or more (the only length an approximate
 * match may be certain at), within a fifth of its length in edits. Places overlapping `besides` (the
 * damaged quote) are not counted.
 */
function copiesInContext(text: string, quote: TextQuoteSelector, besides: Span | null): number {
  const exact = quote.exact;
  const places: Span[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) places.push([at, at + exact.length]);
  if (exact.length >= 32) {
    const masked = text.split(exact).join('\uffff'.repeat(exact.length));
    for (const f of search(masked, exact, Math.floor(exact.length / 5))) places.push([f.start, f.end]);
  }
  const context = new ContextScorer(quote);
  const [p, s] = sideLengths(quote);
  return places.filter(([start, end]) => !(besides && start < besides[1] && besides[0] < end)
    && context.prefixErrors(text, start) + context.suffixErrors(text, end) <= (p + s) / 2).length;
}

/** One to three characters of the quote (one per five) inserted, deleted or replaced; returns how many. */
function damageQuote(doc: Edited, r: () => number): number {
  const n = Math.max(1, Math.min(3, Math.floor((doc.span![1] - doc.span![0]) / 5)));
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const [s, e] = doc.span!;
    const at = s + Math.floor(r() * (e - s));
    const kind = r();
    const letter = String.fromCharCode(97 + Math.floor(r() * 26));
    const cut = kind < 0.33 || e - s === 1 ? 0 : 1;
    const insert = kind < 0.66 ? letter : '';
    if (cut === 0 && insert === '') continue;
    if (cut === 1 && doc.text[at] === letter) continue;
    doc.spliceQuote(at, at + cut, insert, 'damage');
    changed += Math.max(cut, insert.length);
  }
  return changed;
}

/** The verdicts of one case's trials, and the first few wrong ones with their trials, for the failure message. */
export interface TrialCounts {
  readonly counts: Record<Verdict, number>;
  /** Trials whose quote no edit came near and that made no copy (see `Trial.untouched`), and how many of those were flagged. */
  readonly untouched: number;
  readonly untouchedFlagged: number;
  /** Trials drawn but set aside as undecidable (see `makeTrial`), and articles that offered no quote. */
  readonly redrawn: number;
  readonly wrong: ReadonlyArray<{ trial: Trial; anchor: Anchor }>;
}

/** Runs `trials` trials of one case from the generator `r` and counts the verdicts. */
export function runTrials(articles: readonly string[], r: () => number, which: TrialCase, trials: number): TrialCounts {
  const counts: Record<Verdict, number> = { 'confident-right': 0, flagged: 0, orphan: 0, 'confident-wrong': 0 };
  const wrong: Array<{ trial: Trial; anchor: Anchor }> = [];
  let [untouched, untouchedFlagged, redrawn] = [0, 0, 0];
  for (let done = 0; done < trials;) {
    const trial = makeTrial(articles, r, which);
    if (!trial) {
      redrawn++;
      continue;
    }
    done++;
    const a = anchor(trial.text, trial.quote, trial.position);
    const v = judge(trial, a, which);
    counts[v]++;
    if (trial.untouched) {
      untouched++;
      if (v === 'flagged') untouchedFlagged++;
    }
    if (v === 'confident-wrong' && wrong.length < 3) wrong.push({ trial, anchor: a });
  }
  return { counts, untouched, untouchedFlagged, redrawn, wrong };
}
