import type { Actor, DocumentModel, Figure, Interest, Severity } from '../model';
import { CLAIMANT_GROUPS, REPORTING_VERBS } from '../data/lexicon';
import { BATCH, splitChunks } from '../parse/chunks';
import { extractProseBlocks, parseMarkdown, type ProseBlock } from '../parse/parseMarkdown';
import { splitSentences, tokenize, type Sentence, type Token } from '../parse/tokenize';
import { ActorRegistry, sliceTokens, type MentionRef, type SentenceView } from './actorRegistry';
import { findActors } from './actors';
import { linkActors } from './actorLinks';
import { findFrames, frameFor, type PronounResolver } from './attribution';
import { findDisputes, findParts } from './disputes';
import { findFigures, type RawFigure } from './figures';
import { NUMBER_TRIGGERS } from './numberGrammar';
import { sentenceTriggers } from './triggers';
import { buildFindings, makeSays } from './findings';
import { findInterests, sectionTopics } from './interests';
import { affiliations } from './affiliation';
import { CITIES, CITY_FIRST_WORDS } from '../data/places';
import { AnalysisCancelled, CHECK_EVERY, checkpoint } from './cancel';

/** Options of {@link analyzeDocument}. */
export interface AnalyzeOptions {
  /** Severity of disputed-figure findings; default `warning`. */
  readonly disputeSeverity?: Severity;
  /**
   * Asked between chunks and between the layers: true stops the analysis with {@link AnalysisCancelled}
   * (a newer version of the document is waiting, so this one's result would be thrown away).
   */
  readonly cancelled?: () => boolean;
}

export { AnalysisCancelled };

/**
 * What a sentence-local layer found in one sentence of a chunk, with offsets relative to the chunk, and the
 * key of what else it read (see {@link figuresOf}). One slot per sentence of the chunk's text, kept with
 * the chunk's parse, so it lives and dies with it: a chunk not in the document is evicted with its memos.
 */
interface SentenceMemo {
  /** The trigger bits of its words (a function of its tokens alone). */
  triggers?: number;
  figures?: { readonly key: string; readonly raws: readonly KeptFigure[] };
  /** Its first large city (a function of its tokens alone; see {@link placeOf}). */
  place?: string | null;
}

/** The parse of one chunk: its prose blocks and their tokens, with offsets relative to the chunk. */
interface ChunkParse {
  readonly blocks: ReadonlyArray<{ readonly block: ProseBlock; readonly tokens: readonly Token[] }>;
  /** Memos of the chunk's sentences, in order (made on first use). */
  memos?: SentenceMemo[];
}

/** Where the sentences of the analysed document came from: by sentence, its chunk's memo slot and the chunk's start. */
interface Origins {
  readonly memos: SentenceMemo[];
  readonly bases: number[];
}

/**
 * Keeps the parse of each chunk of a document between analyses, keyed by the chunk's text, so that an
 * edit re-parses only the chunks it touched. One cache per document; entries not used by the latest
 * analysis are dropped, so it holds about one document's worth. With each chunk's parse it keeps the
 * results of the sentence-local layers of its sentences ({@link SentenceMemo}). (The chunks' tokens with
 * document offsets are not kept: for the chunks before an edit they would save little time, and double
 * the tokens the cache holds, about 50 MB more on 3 MB.)
 */
export class AnalysisCache {
  private entries = new Map<string, ChunkParse>();
  /** Chunks parsed (not reused) by the latest analysis, for tests and the bench. */
  parsedChunks = 0;
  /** Sentences whose figures the latest analysis reused (not re-read), for tests. */
  reusedFigures = 0;

  /** @internal */
  take(key: string, make: () => ChunkParse, next: Map<string, ChunkParse>): ChunkParse {
    let entry = this.entries.get(key) ?? next.get(key);
    if (!entry) {
      entry = make();
      this.parsedChunks++;
    }
    next.set(key, entry);
    return entry;
  }

  /** @internal */
  replace(next: Map<string, ChunkParse>): void {
    this.entries = next;
  }

  /** @internal An analysis stopped part way: what it parsed is kept beside what was there, for the next one. */
  keep(next: Map<string, ChunkParse>): void {
    for (const [k, v] of next) this.entries.set(k, v);
  }
}

function parseChunk(text: string, first: boolean): ChunkParse {
  const tree = parseMarkdown(text, first);
  return { blocks: extractProseBlocks(text, tree).map((block) => ({ block, tokens: tokenize(block) })) };
}

const shift = (t: Token, by: number): Token => ({ text: t.text, lower: t.lower, kind: t.kind, start: t.start + by, end: t.end + by, capitalised: t.capitalised });

/** The sentences of a chunk's parse placed at `start`, their blocks numbered from `blockBase`. */
function place(parsed: ChunkParse, start: number, blockBase: number): Sentence[] {
  const out: Sentence[] = [];
  let blockIndex = blockBase;
  for (const { block, tokens } of parsed.blocks) {
    const absolute = start === 0 ? tokens : tokens.map((t) => shift(t, start));
    for (const s of splitSentences(absolute, blockIndex++, block.kind === 'heading')) out.push(s);
  }
  return out;
}


/**
 * Splits a Markdown document into the sentences of its prose (paragraphs, headings, table cells). Without
 * a cache, consecutive chunks (see {@link splitChunks}: each parses alone as it does in the whole) are
 * parsed in batches of about {@link BATCH} characters: the same tree, but each part's tree dies young,
 * which saves the garbage collector copying one large tree (about 15% of the parse time on 300 KB).
 * With a cache kept between analyses, unchanged chunks are not parsed or tokenized again.
 */
export function proseSentences(text: string, cache?: AnalysisCache, batch = BATCH, cancelled?: () => boolean): Sentence[] {
  if (!cache) {
    const sentences: Sentence[] = [];
    const chunks = splitChunks(text);
    let blockIndex = 0;
    let from = 0;
    for (let i = 0; i < chunks.length; i++) {
      const end = chunks[i].end;
      if (end - from < batch && i < chunks.length - 1) continue;
      const part = from === 0 && end === text.length ? text : text.slice(from, end);
      for (const block of extractProseBlocks(part, parseMarkdown(part, from === 0))) {
        for (const s of splitSentences(tokenize(block, from), blockIndex++, block.kind === 'heading')) sentences.push(s);
      }
      from = end;
    }
    return sentences;
  }
  return cachedSentences(text, cache, cancelled).sentences;
}

/** {@link proseSentences} with a cache, and where each sentence came from (for the sentence-local memos). */
function cachedSentences(text: string, cache: AnalysisCache, cancelled?: () => boolean): { sentences: Sentence[]; origins: Origins } {
  cache.parsedChunks = 0;
  const next = new Map<string, ChunkParse>();
  const sentences: Sentence[] = [];
  const origins: Origins = { memos: [], bases: [] };
  let blockIndex = 0;
  for (const chunk of splitChunks(text)) {
    if (cancelled?.()) {
      cache.keep(next);
      throw new AnalysisCancelled();
    }
    const chunkText = text.slice(chunk.start, chunk.end);
    // The first chunk may hold front matter; the key says so, as it parses differently elsewhere.
    const first = chunk.start === 0;
    const parsed = cache.take(`${first ? 'F' : 'B'}${chunkText}`, () => parseChunk(chunkText, first), next);
    const placed = place(parsed, chunk.start, blockIndex);
    blockIndex += parsed.blocks.length;
    const memos = (parsed.memos ??= []);
    for (let k = 0; k < placed.length; k++) {
      sentences.push(placed[k]);
      origins.memos.push((memos[k] ??= {}));
      origins.bases.push(chunk.start);
    }
  }
  cache.replace(next);
  return { sentences, origins };
}

/** The sentences from one parse of the whole document: what {@link proseSentences} must equal (tests). */
export function proseSentencesWhole(text: string): Sentence[] {
  const blocks = extractProseBlocks(text, parseMarkdown(text));
  return blocks.flatMap((block, i) => splitSentences(tokenize(block), i, block.kind === 'heading'));
}

/**
 * Analyses a Markdown document: actors and their mentions, figures and who claims them, disputes between
 * sources, and claimed interests. Pure and deterministic; positions are UTF-16 offsets into `text`.
 */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}, cache?: AnalysisCache): DocumentModel {
  const stop = options.cancelled;
  const cached = cache ? cachedSentences(text, cache, stop) : null;
  const sentences = cached ? cached.sentences : proseSentences(text, undefined, BATCH, stop);
  checkpoint(stop);
  const registry = new ActorRegistry(text);
  const memos = cached?.origins.memos;
  const views = findActors(sentences, registry, stop, memos ? (i, tokens) => (memos[i].triggers ??= sentenceTriggers(tokens)) : undefined);
  const origins = cached !== null && cached.origins.memos.length === views.length ? cached.origins : null;
  if (cache) cache.reusedFigures = 0;
  checkpoint(stop);
  const resolve = pronounResolver(views, registry);
  const frames = findFrames(views, registry, resolve, stop);
  checkpoint(stop);

  const draft: Array<Figure & { sentence: number; block: number }> = [];
  const lastSubject = new Map<string, RawFigure>();
  views.forEach((view, i) => {
    if (i % CHECK_EVERY === 0) checkpoint(stop);
    const raws = origins !== null && cache ? figuresOf(view, origins.memos[i], origins.bases[i], cache) : findFigures(view);
    if (raws.length === 0) return;
    const slot = origins?.memos[i];
    if (slot !== undefined && slot.place === undefined) slot.place = placeOf(view);
    const place = slot !== undefined ? (slot.place as string | null) : placeOf(view);
    for (const raw of inheritSubjects(raws, lastSubject, view.sentence.block)) {
      const frame = frameFor(frames[i], raw.from);
      draft.push({
        id: `f${draft.length + 1}`,
        text: text.slice(raw.start, raw.end),
        start: raw.start,
        end: raw.end,
        low: raw.low,
        high: raw.high,
        approximate: raw.approximate,
        qualifier: raw.qualifier,
        unit: raw.unit,
        subject: raw.subject,
        subjectGroup: raw.subjectGroup,
        claimant: frame ? frame.speaker : null,
        attribution: frame ? frame.excerpt : null,
        claimBasis: frame ? frame.basis : null,
        partOf: null,
        change: raw.change,
        place,
        sentence: i,
        block: view.sentence.block,
      });
    }
  });
  checkpoint(stop);
  const parts = findParts(draft);
  // Built field by field: object rest and spread take V8's slow path, and there is one object per figure.
  const figures: Figure[] = draft.map((f) => ({
    id: f.id, text: f.text, start: f.start, end: f.end, low: f.low, high: f.high, approximate: f.approximate,
    qualifier: f.qualifier, unit: f.unit, subject: f.subject, subjectGroup: f.subjectGroup, claimant: f.claimant,
    attribution: f.attribution, claimBasis: f.claimBasis, partOf: parts.get(f.id) ?? null, change: f.change, place: f.place,
  }));

  const interests: Interest[] = [];
  const affiliation = affiliations(views, registry);
  const topics = sectionTopics(views);
  views.forEach((view, i) => {
    if (i % CHECK_EVERY === 0) checkpoint(stop);
    interests.push(...findInterests(view, frames[i], resolve, registry, affiliation, topics[i]));
  });

  checkpoint(stop);
  // Other names for one actor, found once every actor is known, are merged; claims follow the merge.
  linkActors(registry);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.claimant !== null && registry.resolve(f.claimant) !== f.claimant) figures[i] = { ...f, claimant: registry.resolve(f.claimant) };
  }
  for (let i = 0; i < interests.length; i++) {
    const x = interests[i];
    const actor = registry.resolve(x.actor);
    const claimedBy = x.claimedBy === null ? null : registry.resolve(x.claimedBy);
    if (actor !== x.actor || claimedBy !== x.claimedBy) interests[i] = { ...x, actor, claimedBy };
  }

  const says = makeSays((id) => registry.get(id));
  const disputes = findDisputes(figures, says, text);

  const acting = new Set<string>();
  for (const f of figures) if (f.claimant !== null) acting.add(f.claimant);
  for (const x of interests) {
    acting.add(x.actor);
    if (x.claimedBy !== null) acting.add(x.claimedBy);
  }
  registry.dropPlaceOnlyCountries(acting);

  const findings = buildFindings(disputes, figures, options.disputeSeverity ?? 'warning', says);
  const actors: Actor[] = registry.finish();
  return { actors, figures, disputes, interests, findings };
}

/** A raw figure without its sentence, offsets relative to its chunk: what a {@link SentenceMemo} keeps. */
type KeptFigure = Omit<RawFigure, 'view'>;

/**
 * What {@link findFigures} may read of a sentence beyond its tokens: it reads the spans of its mentions and
 * where its demonyms are; the key also holds the mentions' actors, the demonyms' countries and whether the
 * block is in title case, so that a rule reading those later cannot be served a stale memo.
 */
function figureKey(view: SentenceView): string {
  let key = view.titleCase ? 'T' : '';
  for (const m of view.mentions) key += `${m.from}-${m.to}=${m.actorId},`;
  key += '|';
  for (const [k, id] of view.adjectives) key += `${k}=${id},`;
  return key;
}

/** `r` moved by `by` characters, without its sentence (field by field: a spread with overrides is slow in V8). */
function keptFigure(r: RawFigure, by: number): KeptFigure {
  return {
    from: r.from, to: r.to, low: r.low, high: r.high, approximate: r.approximate, qualifier: r.qualifier, unit: r.unit,
    start: r.start + by, end: r.end + by, subject: r.subject, subjectGroup: r.subjectGroup, weakSubject: r.weakSubject, change: r.change,
  };
}
/** A kept figure moved by `by` characters, in `view`. */
function rawFigure(r: KeptFigure, view: SentenceView, by: number): RawFigure {
  return {
    from: r.from, to: r.to, low: r.low, high: r.high, approximate: r.approximate, qualifier: r.qualifier, unit: r.unit, view,
    start: r.start + by, end: r.end + by, subject: r.subject, subjectGroup: r.subjectGroup, weakSubject: r.weakSubject, change: r.change,
  };
}

/**
 * {@link findFigures} of a sentence, from its memo when the sentence (the same tokens: the same sentence of
 * a chunk of the same text) has the same mention spans and demonyms as when it was read: the number grammar
 * reads nothing else, so the figures are the same, moved with the chunk.
 */
function figuresOf(view: SentenceView, slot: SentenceMemo, base: number, cache: AnalysisCache): RawFigure[] {
  if ((view.triggers & NUMBER_TRIGGERS) === 0) return findFigures(view);
  const key = figureKey(view);
  const memo = slot.figures;
  if (memo !== undefined && memo.key === key) {
    cache.reusedFigures++;
    return memo.raws.map((r) => rawFigure(r, view, base));
  }
  const raws = findFigures(view);
  slot.figures = { key, raws: raws.map((r) => keptFigure(r, -base)) };
  return raws;
}

/** The first large city a sentence names (see `data/places.ts`): where its figures were counted. */
function placeOf(view: SentenceView): string | null {
  let place: string | null = null;
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length && place === null; i++) {
    if (!tokens[i].capitalised || !CITY_FIRST_WORDS.has(tokens[i].text)) continue;
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const name = sliceTokens(tokens, i, i + n);
      if (CITIES.has(name)) {
        place = name;
        break;
      }
    }
  }
  return place;
}

/** A copy of a raw figure with another subject, built field by field (a spread with overrides is slow in V8). */
function withSubject(r: RawFigure, subject: string | null, subjectGroup: string | null): RawFigure {
  return {
    from: r.from, to: r.to, low: r.low, high: r.high, approximate: r.approximate, qualifier: r.qualifier, unit: r.unit,
    view: r.view, start: r.start, end: r.end, subject, subjectGroup, weakSubject: r.weakSubject, change: r.change,
  };
}

/**
 * "Police counted 10,000 people; organisers said 50,000": a figure with no counted noun of its own counts
 * the same thing as the figure before it in the paragraph, when both are plain counts or share a unit.
 */
function inheritSubjects(raws: RawFigure[], last: Map<string, RawFigure>, block: number): RawFigure[] {
  return raws.map((raw) => {
    const key = `${block}\u0000${raw.unit ?? ''}`;
    const previous = last.get(key);
    if (raw.subject !== null && !(raw.weakSubject && previous)) {
      last.set(key, raw);
      return raw;
    }
    return previous ? withSubject(raw, previous.subject, previous.subjectGroup) : raw;
  });
}

/** How far back, in characters, a pronoun may find its antecedent: about three sentences of news copy. */
const PRONOUN_REACH = 450;

/** Words that open a clause, after which a name is the clause's subject: "…, and it is trying …". */
const SUBJECT_OPENERS = new Set([',', ';', ':', '“', '"', '(', '—', '–', 'and', 'but', 'while', 'whereas', 'as', 'because', 'although', 'though', 'so', 'yet', 'then', 'when', 'after', 'before', 'if']);

/**
 * True when a mention stands where a clause's subject stands: at the start of its sentence or clause, after
 * nothing but determiners, demonyms and capitalised title words ("Polish Defence Minister Mariusz Blaszczak"),
 * or right after a reporting verb ("said Oxfam"). "met Oleg Petrov", "aid to Ukraine" are objects.
 */
function subjectLike(view: SentenceView, m: MentionRef): boolean {
  const tokens = view.tokens;
  let k = m.from - 1;
  while (k >= 0 && (tokens[k].lower === 'the' || view.adjectives.has(k) || (tokens[k].capitalised && tokens[k].kind === 'word'))) k--;
  if (k < 0) return true;
  const t = tokens[k];
  // "Researchers at the University of California call that …": the organisation of a subject group speaks.
  if ((t.lower === 'at' || t.lower === 'from' || t.lower === 'of') && k >= 1 && CLAIMANT_GROUPS.has(tokens[k - 1].lower) && (k === 1 || SUBJECT_OPENERS.has(tokens[k - 2].text) || tokens[k - 2].lower === 'the')) return true;
  // "workers from India, Nepal and Sri Lanka": an item of a list stands where the list stands.
  if (t.text === ',' || t.lower === 'and' || t.lower === 'or') {
    const item = view.mentions.find((x) => x.to === k);
    if (item && item !== m) return subjectLike(view, item);
  }
  return SUBJECT_OPENERS.has(t.lower) || SUBJECT_OPENERS.has(t.text) || (t.kind === 'word' && REPORTING_VERBS.has(t.lower));
}

/**
 * "he"/"she" at an offset → the person who was last the subject of a clause (or a speaker) before it; "it",
 * "they" → likewise the collective ("company": an organisation, "country": a state); the one mentioned last when none stood as a subject. So "Jane Smith met
 * Oleg Petrov. “We counted 12,000,” she said." is Jane Smith's claim, not Oleg Petrov's.
 */
/** Names of a police force: "Devon and Cornwall Police", "Kent Constabulary", "the Gendarmerie". */
const POLICE_NAME = /\b(?:police|constabulary|gendarmerie)\b/i;

function pronounResolver(views: readonly SentenceView[], registry: ActorRegistry): PronounResolver {
  const lists = { person: [] as MentionRef[], collective: [] as MentionRef[], company: [] as MentionRef[], country: [] as MentionRef[], police: [] as MentionRef[] };
  const subjects = { person: [] as MentionRef[], collective: [] as MentionRef[], company: [] as MentionRef[], country: [] as MentionRef[], police: [] as MentionRef[] };
  for (const v of views) {
    for (const m of v.mentions) {
      const kind = registry.get(m.actorId)?.kind;
      const subject = subjectLike(v, m);
      const into = (key: 'person' | 'collective' | 'company' | 'country' | 'police') => {
        lists[key].push(m);
        if (subject) subjects[key].push(m);
      };
      if (kind === 'person') into('person');
      else into('collective');
      if (kind === 'organisation' || kind === 'other') into('company');
      // "the kingdom", "the landlocked country": a state named before.
      if (kind === 'country') into('country');
      // "the force": a police force named before ("Devon and Cornwall Police … the force said").
      if ((kind === 'organisation' || kind === 'group') && POLICE_NAME.test(registry.get(m.actorId)?.name ?? '')) into('police');
    }
  }
  for (const list of [...Object.values(lists), ...Object.values(subjects)]) list.sort((a, b) => a.start - b.start);
  /** The actor of the last mention in `list` before `offset`, if it is near enough to be what a pronoun refers to. */
  const latest = (list: readonly MentionRef[], offset: number, reach: number): string | null => {
    let lo = 0;
    let hi = list.length - 1;
    let found: MentionRef | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < offset) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Beyond a few sentences a pronoun's antecedent is a guess: abstain rather than name the wrong source.
    return found !== null && offset - found.start <= reach ? found.actorId : null;
  };
  return (offset, wanted = 'person', reach = PRONOUN_REACH) => latest(subjects[wanted], offset, reach) ?? latest(lists[wanted], offset, reach);
}
