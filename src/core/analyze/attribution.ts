import { CAPITALISED_STOPWORDS, CLAIMANT_GROUPS, CLAUSE_OPENERS, COMPANY_NOUNS, MONTHS, PASSIVE_SOURCE_VERBS, WEEKDAYS, REPORTING_VERBS, SOURCE_NOUNS, STATE_ORGANS, VERB_ADVERBS } from '../data/lexicon';
import type { Token } from '../parse/tokenize';
import { CITIES, CITY_FIRST_WORDS } from '../data/places';
import type { ClaimBasis, Excerpt } from '../model';
import { sliceTokens, type ActorRegistry, type MentionRef, type SentenceView } from './actorRegistry';
import { nameActor } from './actors';
import { checkpoint, CHECK_EVERY, type Cancelled } from './cancel';
import { slug } from './gazetteer';
import { POSSESSIVE_TOKEN, QUOTE_TOKEN, triggerWords } from './triggers';

/** Who a stretch of a sentence is attributed to: "Kyiv says …", "…, he said", "according to X". */
export interface Frame {
  readonly speaker: string;
  /** Token span of the attributing words. */
  readonly from: number;
  readonly to: number;
  /** Token span the attribution covers. */
  readonly scopeFrom: number;
  readonly scopeTo: number;
  readonly excerpt: Excerpt;
  /** Which rule found it, so a reader can judge the claim (see {@link ClaimBasis}). */
  readonly basis: ClaimBasis;
}

const PRONOUNS = new Set(['he', 'she']);
/** Lower-case words that name which institution: "the interior ministry", "the health department". */
const INSTITUTION_MODIFIERS = new Set(['interior', 'health', 'defence', 'defense', 'foreign', 'finance', 'justice', 'education',
  'emergency', 'emergencies', 'environment', 'energy', 'trade', 'economy', 'labour', 'labor', 'transport', 'culture', 'home', 'war',
  'city', 'state', 'federal', 'local', 'regional', 'national', 'provincial', 'military', 'police', 'fire', 'border', 'civil', 'statistics']);
/** Levels of government that name which officials speak: "local officials", "regional authorities". */
const LEVEL_MODIFIERS = new Set(['local', 'regional', 'provincial', 'federal', 'municipal', 'district', 'county', 'state', 'city']);
/** Nouns that name whose sources or officials speak: "union sources", "party officials", "security sources". */
const NOUN_MODIFIERS = new Set(['union', 'party', 'government', 'security', 'military', 'diplomatic', 'intelligence', 'industry', 'company',
  'hospital', 'opposition', 'rebel', 'police', 'health', 'army', 'palace', 'court', 'campaign', 'election', 'airport', 'rescue', 'aid', 'un']);
const HEDGES = new Set(['supposedly', 'reportedly', 'allegedly', 'apparently', 'purportedly']);
/** Marks that can open a source phrase closing a clause ("…, the ministry said"): clause openers, commas, closing quotes. */
const OPENERS = new Set([...CLAUSE_OPENERS, ',', '”', '’', ';']);
/** A sentence can hold a frame only with one of these: a reporting verb, "according", a source noun, a possessive. */
/** Verbs of a relative clause that name a figure's source: "the 10,000 that the UN has been using". */
const RELATIVE_SOURCE_VERBS = new Set(['using', 'uses', 'used', 'use', 'cites', 'cited', 'cite', 'gives', 'gave', 'give', 'quotes', 'quoted', 'publishes', 'published', 'puts', 'put', 'uses', 'logged', 'recorded', 'reported', 'estimated', 'counted', 'claimed', 'claims']);
/** Verbs that set a count when "the toll", "the figure" … follows them. */
const COUNT_SETTING_VERBS = new Set(['fixed', 'fixes', 'fix', 'placed', 'places', 'set', 'sets', 'raised', 'raises', 'revised', 'revises', 'lowered', 'lowers', 'pegged', 'pegs', 'updated', 'updates',
  // "The ministry gives a toll of 38,195", "the agency quotes a figure of …", "it released a tally of …": giving a count.
  'gives', 'gave', 'give', 'quotes', 'listed', 'lists', 'offered', 'offers', 'released', 'releases', 'issued', 'issues', 'published', 'publishes',
  // "He stood by a figure of 19", "the ministry stuck to its count of 412": keeping to a count is giving it.
  'stood', 'stands', 'stuck', 'sticks']);
const FRAME_TRIGGERS = triggerWords([...REPORTING_VERBS, ...SOURCE_NOUNS, ...PASSIVE_SOURCE_VERBS, ...RELATIVE_SOURCE_VERBS, ...COUNT_SETTING_VERBS, 'according']) | POSSESSIVE_TOKEN;
/** Words that end a noun phrase when walking back from a participle: "16,000 against the 280,000 put forward by …". */
const NP_BREAKS = new Set(['against', 'than', 'while', 'whereas', 'versus', 'but', 'and', 'or', 'with', 'compared', 'unlike', 'not']);
/** How far back a possessive pronoun owning a figure ("its findings") may find its owner: about a sentence. */
const POSSESSIVE_REACH = 250;
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'person' | 'collective'> = new Map([['its', 'collective'], ['their', 'collective'], ['his', 'person'], ['her', 'person']]);
const HEDGE_TRIGGERS = triggerWords(HEDGES);

/**
 * Resolves a reference to the nearest preceding mention of a fitting actor: "he"/"she" to a person,
 * "they" to a group, organisation or country, "the company" to an organisation, "the force" to an organisation
 * named as a police force ("Kent Police", "Essex Constabulary").
 */
export type PronounResolver = (offset: number, wanted?: 'person' | 'collective' | 'company' | 'country' | 'police', reach?: number) => string | null;

/** Finds the attribution frames of each sentence; sentences hedged with "reportedly" inherit the previous frame. */
export function findFrames(views: readonly SentenceView[], registry: ActorRegistry, resolve: PronounResolver, cancelled?: Cancelled): Frame[][] {
  const all: Frame[][] = [];
  let previous: { block: number; heading: boolean; speaker: string; excerpt: Excerpt } | null = null;
  /** The owner last given to a document frame ("the report said": its author) and its paragraph. */
  let lastDocument: { speaker: string; block: number } | null = null;
  /** The person who last spoke in a frame (see {@link lastSpeakerFirst}). */
  let speakerOf: LastSpeaker | null = null;
  for (const view of views) {
    if (all.length % CHECK_EVERY === 0) checkpoint(cancelled);
    const prior = all.length > 0 && views[all.length - 1].sentence.block === view.sentence.block ? views[all.length - 1] : null;
    const here = speakerOf ? lastSpeakerFirst(views, all.length, speakerOf, registry, resolve) : resolve;
    const found = (view.triggers & FRAME_TRIGGERS) !== 0 ? framesOf(view, registry, here, prior) : [];
    // A bare document's source ("the statement said") may be the one named last in its paragraph or in the
    // paragraph just before, not across a heading.
    const near = previous && (previous.block === view.sentence.block || (previous.block === view.sentence.block - 1 && !previous.heading));
    // "…, the report said. [another paragraph] According to the report, …": the document named again is the
    // one whose owner was found last, a few paragraphs back at most.
    const documentNear = lastDocument && view.sentence.block - lastDocument.block <= DOCUMENT_REACH_BLOCKS ? lastDocument : null;
    const frames = ownDocuments(found, registry, near ? previous : documentNear);
    const document = found.find((f) => isDocumentActor(registry.get(f.speaker)?.name ?? ''));
    const owned = document ? frames.find((f) => f.from === document.from && f.to === document.to) : undefined;
    if (owned) lastDocument = { speaker: owned.speaker, block: view.sentence.block };
    else if (view.sentence.heading) lastDocument = null;
    const n = view.tokens.length;
    if (frames.length === 0 && previous && previous.block === view.sentence.block && (view.triggers & HEDGE_TRIGGERS) !== 0) {
      frames.push({ speaker: previous.speaker, from: 0, to: 0, scopeFrom: 0, scopeTo: n, excerpt: previous.excerpt, basis: 'carried' });
    }
    const last = frames[frames.length - 1];
    previous = last ? { block: view.sentence.block, heading: view.sentence.heading, speaker: last.speaker, excerpt: last.excerpt } : previous;
    const spoke = [...frames].reverse().find((f) => f.basis === 'source-before' || f.basis === 'source-after');
    const kind = spoke ? registry.get(spoke.speaker)?.kind : undefined;
    if (spoke && (kind === 'person' || kind === 'organisation')) {
      speakerOf = { id: spoke.speaker, person: kind === 'person', sentence: all.length, end: view.tokens[Math.max(0, spoke.to - 1)]?.end ?? 0 };
    }
    all.push(frames);
  }
  quotedRuns(views, all);
  return all;
}

/** How many paragraphs back a document's owner found last may still own "the report" named again. */
const DOCUMENT_REACH_BLOCKS = 4;

/** A person who spoke in a frame: its sentence and where its attributing words end. */
interface LastSpeaker {
  readonly id: string;
  /** False for an organisation: "he said" just after it speaks is someone else, named or not. */
  readonly person: boolean;
  readonly sentence: number;
  readonly end: number;
}
/** How many sentences back "he said" may reach for the last person who spoke. */
const LAST_SPEAKER_SENTENCES = 2;

/**
 * "Jane Okoro, head of emergency response, said 1,500 buildings were hit. Of those, she said, 891 were
 * destroyed": "he"/"she" in a sentence just after a person spoke is that speaker, when no other person is
 * named in between, in this paragraph or the one before (names first met as speakers are not in the
 * resolver's lists). Just after an organisation spoke, the resolver answers only with a person named since;
 * otherwise the pronoun is left unresolved: the last person named before the organisation is a guess.
 */
function lastSpeakerFirst(views: readonly SentenceView[], s: number, last: LastSpeaker, registry: ActorRegistry, resolve: PronounResolver): PronounResolver {
  const block = views[s].sentence.block;
  if (s - last.sentence > LAST_SPEAKER_SENTENCES || block - views[last.sentence].sentence.block > 1) return resolve;
  return (offset, wanted = 'person', reach) => {
    if (wanted !== 'person' || offset < last.end) return resolve(offset, wanted, reach);
    const named = new Set<string>();
    for (let q = last.sentence; q <= s; q++) {
      for (const m of views[q].mentions) {
        if (m.start >= last.end && m.start < offset && m.actorId !== last.id && registry.get(m.actorId)?.kind === 'person') named.add(m.actorId);
      }
    }
    if (named.size > 0) {
      const id = resolve(offset, wanted, reach);
      return last.person || (id !== null && named.has(id)) ? id : null;
    }
    return last.person ? last.id : null;
  };
}

/**
 * Nouns for a document that carries figures ("the study", "the poll"): its author, not the paper, is the source.
 * Not "reports": "Reports say …" stands for the press, a source of its own.
 */
const DOCUMENT_NOUNS = new Set(['study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'census', 'assessment', 'report',
  'research', 'estimate', 'estimates', 'analysis', 'data', 'figures', 'findings', 'results', 'review', 'audit', 'model', 'paper']);

/** True when the actor is only a document's name: "Study", "the same survey" read as the group "Survey". */
export function isDocumentActor(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length <= 2 && DOCUMENT_NOUNS.has(words[words.length - 1]);
}

/**
 * "…, according to an opinion poll conducted by Nezopont. …, the poll indicated …": a frame whose source is
 * a bare document ("the poll", "the study says") takes the source named for the paragraph just before, and
 * is dropped when there is none: the paper is not who claims.
 */
function ownDocuments(frames: Frame[], registry: ActorRegistry, previous: { speaker: string } | null): Frame[] {
  if (!frames.some((f) => isDocumentActor(registry.get(f.speaker)?.name ?? ''))) return frames;
  const out: Frame[] = [];
  let owner = previous && !isDocumentActor(registry.get(previous.speaker)?.name ?? '') ? previous.speaker : null;
  for (const f of frames) {
    // The owner is named before the document's sentence, or in it as owning a document ("X released its
    // survey, which showed …"): another name in it ("more than the EPA had estimated, according to the study")
    // is what the document is compared with.
    if (!isDocumentActor(registry.get(f.speaker)?.name ?? '')) {
      out.push(f);
      if (f.basis === 'source-noun') owner = f.speaker;
    } else if (owner) {
      out.push({ speaker: owner, from: f.from, to: f.to, scopeFrom: f.scopeFrom, scopeTo: f.scopeTo, excerpt: f.excerpt, basis: f.basis });
    }
  }
  return out;
}

/**
 * '“This sounds better. But now we know that 3,245 employees are redundant,” Korver told De Telegraaf.':
 * the sentences of a quotation that spans several sentences take the source named after it closes, when
 * they have none of their own. A quotation opens with “ (or an odd number of straight quotes) and stays
 * open across sentences of the same paragraph until one closes it.
 */
function quotedRuns(views: readonly SentenceView[], all: Frame[][]): void {
  let openedAt = -1;
  /** The opening mark's token in the sentence `openedAt`. */
  let openMark = -1;
  for (let s = 0; s < views.length; s++) {
    const view = views[s];
    if (openedAt >= 0 && views[openedAt].sentence.block !== view.sentence.block) openedAt = -1;
    // A sentence with no quotation mark leaves an open quotation open and opens none.
    if ((view.triggers & QUOTE_TOKEN) === 0) continue;
    let depth = openedAt >= 0 ? 1 : 0;
    let closedAt = -1;
    let lastOpen = -1;
    for (let k = 0; k < view.tokens.length; k++) {
      const text = view.tokens[k].text;
      if (text === '“') {
        depth = 1;
        lastOpen = k;
      } else if (text === '”' || (text === '"' && depth === 1)) {
        if (depth === 1 && closedAt < 0) closedAt = k;
        depth = 0;
      } else if (text === '"') {
        depth = 1;
        lastOpen = k;
      }
    }
    if (openedAt >= 0 && closedAt >= 0) {
      // The source after the closing mark: a frame whose words follow it and whose scope runs back over the quote.
      const source = all[s].find((f) => f.from > closedAt && f.scopeFrom === 0);
      if (source) {
        // The quoted words are the speaker's: a source they name ('“Industry estimates put it at 85 mt.') yields.
        all[s] = all[s].filter((f) => f.from > closedAt);
        for (let q = openedAt; q < s; q++) {
          const mark = q === openedAt ? openMark : -1;
          all[q] = all[q].filter((f) => f.to <= mark);
          all[q].push({ speaker: source.speaker, from: mark + 1, to: mark + 1, scopeFrom: mark + 1, scopeTo: views[q].tokens.length, excerpt: source.excerpt, basis: 'quotation' });
        }
      }
    }
    if (depth === 1 && openedAt < 0) {
      openedAt = s;
      openMark = lastOpen;
    } else if (depth === 0) openedAt = -1;
  }
}

/** The frame that covers token `index`, nearest first; `null` for the article's own voice. */
export function frameFor(frames: readonly Frame[], index: number): Frame | null {
  let best: Frame | null = null;
  let bestDistance = Infinity;
  for (const f of frames) {
    if (index < f.scopeFrom || index >= f.scopeTo) continue;
    const d = index >= f.to ? index - f.to : f.from - index;
    if (d < bestDistance) {
      best = f;
      bestDistance = d;
    }
  }
  return best;
}

function framesOf(view: SentenceView, registry: ActorRegistry, resolve: PronounResolver, prior: SentenceView | null): Frame[] {
  const tokens = view.tokens;
  const n = tokens.length;
  const frames: Frame[] = [];
  /** Reporting words followed by "that" (see the end). */
  const claimsOfOthers: number[] = [];
  const excerpt = (from: number, to: number): Excerpt => ({ text: registry.slice(tokens[from].start, tokens[to - 1].end), start: tokens[from].start, end: tokens[to - 1].end });
  const mentionEndingAt = (j: number): MentionRef | undefined => view.mentions.find((m) => m.to - 1 === j);
  const mentionStartingAt = (j: number): MentionRef | undefined => view.mentions.find((m) => m.from === j || (m.from === j + 1 && tokens[j]?.lower === 'the'));

  for (let v = 0; v < n; v++) {
    const t = tokens[v];
    // "according to X"
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const speaker = speakerStartingAt(view, v + 2, registry, mentionStartingAt, resolve);
      if (speaker) frames.push({ speaker: speaker.id, from: v, to: speaker.to, scopeFrom: 0, scopeTo: n, excerpt: excerpt(v, speaker.to), basis: 'according-to' });
      continue;
    }
    // "Russia's figures", "the ministry's estimate", "by the union's own count", "the CGT union's figures",
    // "the government's much-criticised estimate"
    if (t.kind === 'possessive') {
      const noun = sourceNounAfter(tokens, v + 1);
      if (noun < 0) continue;
      const m = mentionEndingAt(v - 1);
      let owner = m ? { id: m.actorId, from: m.from } : groupEndingAt(view, v - 1, registry);
      // "by the CGT's count": a name owning a count is a source, whether or not it was named acting before.
      if (!owner && tokens[v - 1]?.capitalised && !view.titleCase) {
        let from = v - 1;
        while (from > 0 && tokens[from - 1].capitalised && (tokens[from - 1].kind === 'word' || tokens[from - 1].kind === 'acronym')) from--;
        const id = nameActor(view, from, v, registry);
        if (id) owner = { id, from: view.mentions.find((x) => x.actorId === id && x.to === v)?.from ?? from };
      }
      if (owner) {
        const [a, b] = ownedScope(tokens, owner.from, noun);
        frames.push({ speaker: owner.id, from: owner.from, to: noun + 1, scopeFrom: a, scopeTo: b, excerpt: excerpt(owner.from, noun + 1), basis: 'source-noun' });
      }
      continue;
    }
    // "By its reckoning …", "by their own count": the owner is the one the pronoun refers to.
    const pronoun = t.kind === 'word' ? POSSESSIVE_PRONOUNS.get(t.lower) : undefined;
    if (pronoun) {
      const noun = sourceNounAfter(tokens, v + 1);
      // "The Government has trimmed its estimate": the clause's own subject group owns it; otherwise a near antecedent.
      const subjectGroup = noun >= 0 && pronoun === 'collective' && tokens[0]?.lower === 'the' && v > 2 && CLAIMANT_GROUPS.has(tokens[1]?.lower ?? '') &&
        tokens[2]?.kind === 'word' && !tokens[2].capitalised && !CLAIMANT_GROUPS.has(tokens[2].lower) ? groupEndingAt(view, 1, registry) : null;
      // "Podemos says its parallel count gives it 138 seats": the speaker of the clause just opened owns the count.
      const said = noun >= 0 ? [...frames].reverse().find((f) => (f.basis === 'source-before' || f.basis === 'source-after') && f.to <= v && f.to >= v - 3 &&
        (registry.get(f.speaker)?.kind === 'person') === (pronoun === 'person')) : undefined;
      // "The Herald-DigiPoll survey told a different story. By its reckoning …": the subject of the sentence before.
      const opening = noun >= 0 && !said && !subjectGroup && v <= 2 && prior && pronoun === 'collective' ? ownerOfPrior(prior, t.lower === 'its' ? 'it' : 'they', registry) : null;
      // "Finance also said its findings showed …", "The Herald-DigiPoll survey told a different story. By its
      // reckoning …": the owner is a subject that names no known actor; the last one named is a guess.
      const unknownOwner = noun >= 0 && !said && !subjectGroup && !opening &&
        ((v <= 2 && prior !== null && pronoun === 'collective' && documentSubject(prior) >= 0) || (v >= 1 && REPORTING_VERBS.has(tokens[v - 1].lower)));
      const id = subjectGroup ? subjectGroup.id : said ? said.speaker : opening ? opening.id : noun >= 0 && !unknownOwner ? resolve(t.start, pronoun, POSSESSIVE_REACH) : null;
      if (id) {
        const [a, b] = ownedScope(tokens, v, noun);
        frames.push({ speaker: id, from: v, to: noun + 1, scopeFrom: a, scopeTo: b, excerpt: excerpt(v, noun + 1), basis: 'source-noun' });
      }
      continue;
    }
    // "In the One News-Colmar Brunton figures, …", "Home Office figures show …": a name used as the modifier of a
    // source noun owns it, as a possessive does.
    if (t.kind === 'word' && !t.capitalised && ATTRIBUTIVE_SOURCE_NOUNS.has(t.lower) && tokens[v - 1]?.capitalised) {
      const m = mentionEndingAt(v - 1);
      const kind = m ? registry.get(m.actorId)?.kind : undefined;
      // Only where the noun speaks ("figures show") or stands in an adjunct of source ("In the X figures,", "on X
      // data"): "The AP survey covered only 15 of 180 countries" describes the survey.
      const lead = tokens[m ? m.from - 1 : -1]?.lower === 'the' ? tokens[m!.from - 2] : tokens[m ? m.from - 1 : -1];
      const speaks = (lead !== undefined && SOURCE_ADJUNCTS.has(lead.lower)) || speakingVerbAfter(tokens, v + 1);
      if (m && speaks && kind !== undefined && kind !== 'person' && !frames.some((f) => f.from <= m.from && m.from < f.to)) {
        const [a, b] = clauseOf(tokens, m.from, v + 1);
        frames.push({ speaker: m.actorId, from: m.from, to: v + 1, scopeFrom: a, scopeTo: b, excerpt: excerpt(m.from, v + 1), basis: 'source-noun' });
        continue;
      }
    }
    // "claims by the Sunni minister that dozens …", "60,223, by the reckoning of ACLED", "estimates from the UN".
    // "A statement from the agency listed 89,000 dead": a statement's figures are its maker's (not "a statement of intent").
    const statement = (t.lower === 'statement' || t.lower === 'statements') && tokens[v + 1]?.lower !== 'of';
    if (t.kind === 'word' && !t.capitalised && (SOURCE_NOUNS.has(t.lower) || t.lower === 'claims' || t.lower === 'claim' || statement) &&
      ['by', 'from', 'of'].includes(tokens[v + 1]?.lower ?? '') && (tokens[v + 1].lower !== 'of' || tokens[v - 1]?.lower === 'the')) {
      const s = speakerStartingAt(view, v + 2, registry, mentionStartingAt, resolve);
      if (s) {
        frames.push({ speaker: s.id, from: v, to: s.to, scopeFrom: 0, scopeTo: n, excerpt: excerpt(v, s.to), basis: 'source-noun' });
        v = s.to - 1;
        continue;
      }
    }
    // "The figure of 10,000 that the United Nations has been using": a relative clause names the figure's source.
    if ((t.lower === 'that' || t.lower === 'which') && v > 0 && tokens[v - 1].kind !== 'punct') {
      const m = mentionStartingAt(v + 1);
      let k = m ? m.to : -1;
      while (k > 0 && k < n && VERB_ADVERBS.has(tokens[k].lower)) k++;
      if (m && k > 0 && RELATIVE_SOURCE_VERBS.has(tokens[k]?.lower ?? '')) {
        let from = v;
        while (from > 0 && from > v - 8 && !(tokens[from - 1].kind === 'punct' && tokens[from - 1].text !== '-' && tokens[from - 1].text !== '%') && !NP_BREAKS.has(tokens[from - 1].lower)) from--;
        frames.push({ speaker: m.actorId, from: v + 1, to: k + 1, scopeFrom: from, scopeTo: v, excerpt: excerpt(m.from, k + 1), basis: 'source-after' });
        continue;
      }
    }
    // "the 280,000 put forward by the CGT", "a toll given by the ministry": the source of the phrase just before.
    if (t.kind === 'word' && !t.capitalised && PASSIVE_SOURCE_VERBS.has(t.lower)) {
      let by = v + 1;
      if (['forward', 'out', 'together', 'up'].includes(tokens[by]?.lower ?? '')) by++;
      const s = tokens[by]?.lower === 'by' ? speakerStartingAt(view, by + 1, registry, mentionStartingAt, resolve) : null;
      if (s) {
        let from = v;
        while (from > 0 && from > v - 8 && !(tokens[from - 1].kind === 'punct' && tokens[from - 1].text !== '-' && tokens[from - 1].text !== '%') && !NP_BREAKS.has(tokens[from - 1].lower)) from--;
        frames.push({ speaker: s.id, from: v, to: s.to, scopeFrom: from, scopeTo: v, excerpt: excerpt(v, s.to), basis: 'source-after' });
        v = s.to - 1;
        continue;
      }
    }
    if ((tokens[v - 1]?.text === '’' || tokens[v - 1]?.text === "'") && SOURCE_NOUNS.has(t.lower) && /s$/.test(tokens[v - 2]?.lower ?? '') &&
      tokens[v - 1].start === tokens[v - 2].end) {
      const m = mentionEndingAt(v - 2);
      const g = m ? { id: m.actorId, from: m.from } : groupEndingAt(view, v - 2, registry);
      if (g) {
        const [a, b] = clauseOf(tokens, g.from, v + 1);
        frames.push({ speaker: g.id, from: g.from, to: v + 1, scopeFrom: a, scopeTo: b, excerpt: excerpt(g.from, v + 1), basis: 'source-noun' });
      }
      continue;
    }
    // A capitalised "States" in "the United States" is a name, not a verb.
    // "Authorities in Assam on Wednesday fixed the death toll at 63": a verb of setting a count reports it.
    const setsCount = t.kind === 'word' && COUNT_SETTING_VERBS.has(t.lower) && countNounAfter(tokens, v + 1);
    if (t.kind !== 'word' || !(REPORTING_VERBS.has(t.lower) || setsCount) || (t.capitalised && v > 0)) continue;
    // "the claim that 10,000 marched", "supporting claims that …": someone else's claim starts here.
    if (tokens[v + 1]?.lower === 'that') claimsOfOthers.push(v);
    // "an estimated", "the report", "Russia's estimate"; but "Moody's said" is a name and its verb.
    if (tokens[v - 1]?.lower === 'an' || tokens[v - 1]?.lower === 'the' || (tokens[v - 1]?.kind === 'possessive' && !ONLY_VERBS.has(t.lower))) continue;
    if (CLAIMANT_GROUPS.has(t.lower) && REPORTING_VERBS.has(tokens[v + 1]?.lower ?? '')) continue; // "Reports say": a noun
    // "after spending in Britain is counted": a passive, not a claim; "CNN are saying" is a claim.
    if (PASSIVE.has(tokens[v - 1]?.lower ?? '') && !t.lower.endsWith('ing') && !quotedAsSaying(tokens, v)) continue;
    // "Maduro has not said which projects …", "the ministry declined to say": a claim not made.
    if (NEGATIONS.has(tokens[v - 1]?.lower ?? '') || (tokens[v - 1]?.lower === 'to' && REFUSALS.has(tokens[v - 2]?.lower ?? ''))) continue;
    // "The EU later added $245 million", "could add up to $6 billion": a sum added, not words.
    if (ADDING.has(t.lower) && (tokens[v + 1]?.kind === 'number' || (tokens[v + 1]?.kind === 'punct' && tokens[v + 1].text !== ',' && tokens[v + 2]?.kind === 'number') || ADDED_OBJECTS.has(tokens[v + 1]?.lower ?? ''))) continue;
    // "the number of workers reported missing": a participle of the state counted, not a claim.
    if (t.lower === 'reported' && REPORTED_STATES.has(tokens[v + 1]?.lower ?? '')) continue;
    // "…, Morawiecki said, arguing that the cost had reached €8.4bn": the same source goes on.
    if (t.lower.endsWith('ing') && tokens[v - 1]?.text === ',') {
      // A source noun ("claims from its unions") is no clause's subject: only a speaking frame goes on.
      const last = frames.filter((f) => f.basis === 'source-before' || f.basis === 'source-after').at(-1);
      if (last) frames.push({ speaker: last.speaker, from: v, to: v + 1, scopeFrom: v + 1, scopeTo: n, excerpt: last.excerpt, basis: 'participle' });
      else {
        // "It later withdrew this report, saying …": the one saying is the clause's subject, not the noun before the comma.
        const first = view.mentions[0];
        const subject = PRONOUNS.has(tokens[0].lower) || tokens[0].lower === 'they' || tokens[0].lower === 'it'
          ? speakerEndingAt(view, 0, registry, resolve, mentionEndingAt)
          : first && first.from <= 1 ? { id: first.actorId, from: first.from } : null;
        if (subject) frames.push({ speaker: subject.id, from: v, to: v + 1, scopeFrom: v + 1, scopeTo: n, excerpt: excerpt(subject.from, v + 1), basis: 'participle' });
      }
      continue;
    }
    // "the official count and …", "a government estimate of": a noun after a singular group noun, not its verb.
    if (BASE_FORMS.has(t.lower) && CLAIMANT_GROUPS.has(tokens[v - 1]?.lower ?? '') && !tokens[v - 1].capitalised && !PLURAL_GROUPS.test(tokens[v - 1].lower)) continue;

    // Speaker before the verb: "Police say", "Jane Smith, the mayor, announced", "Ukraine also believes".
    let j = v - 1;
    for (;;) {
      while (j >= 0 && tokens[j].kind === 'word' && !tokens[j].capitalised && (VERB_ADVERBS.has(tokens[j].lower) || /.ly$/.test(tokens[j].lower))) j--;
      // "Pakistani authorities on Thursday put …", "the ministry last week said …": a time between subject and verb.
      if (j >= 1 && (WEEKDAYS.has(tokens[j].lower) || ['week', 'month', 'year', 'night', 'morning', 'evening', 'weekend'].includes(tokens[j].lower)) &&
        ['on', 'last', 'this', 'late', 'early'].includes(tokens[j - 1].lower)) j -= 2;
      else if (j >= 0 && ['yesterday', 'today', 'tonight'].includes(tokens[j].lower)) j -= 1;
      else break;
    }
    // "President Aquino, who said …", "the council (NDRRMC), which said …": the speaker is the one the clause is about.
    if (j >= 2 && (tokens[j].lower === 'who' || tokens[j].lower === 'which') && tokens[j - 1].text === ',') j -= 2;
    // "Mark Costello of Auckland University and his colleagues put …": the one named before "and his colleagues".
    if (j >= 3 && tokens[j - 2].lower === 'and' && ['his', 'her', 'their'].includes(tokens[j - 1].lower) && tokens[j].kind === 'word' && !tokens[j].capitalised) {
      const m = mentionEndingAt(j - 3);
      const person = m && tokens[m.from - 1]?.lower === 'of' ? mentionEndingAt(m.from - 2) : undefined;
      j = person ? person.to - 1 : j - 3;
    }
    // "The union hit back. It said …": a sentence opening with "It"/"They" continues the subject of the one before.
    let speaker = j === 0 && prior && (tokens[0].lower === 'it' || tokens[0].lower === 'they') ? priorSubject(prior, tokens[0].lower, registry) : null;
    // "Ministers dispute that, and put the number closer to 1.2 million": a verb coordinated with the clause
    // before shares its subject, the speaker that opens the sentence.
    if (!speaker && j >= 2 && tokens[j].lower === 'and') {
      const subject = sentenceSubject(view, j, registry, mentionEndingAt);
      // Its words run from "and": the clause before keeps what it said ("reported that four died, and said 17 …").
      // The words shown: the clause's own attribution when it has one ("the government said"), else its subject.
      const own = subject ? frames.find((f) => f.speaker === subject.id && f.to <= j) : undefined;
      if (subject) frames.push({ speaker: subject.id, from: j, to: v + 1, scopeFrom: v + 1, scopeTo: n, excerpt: own ? own.excerpt : excerpt(subject.from, subject.to), basis: 'source-before' });
      continue;
    }
    if (!speaker && j >= 1) speaker = possessiveName(view, j, registry);
    if (!speaker && j >= 0) speaker = speakerEndingAt(view, j, registry, resolve, mentionEndingAt);
    if (!speaker && j >= 1 && tokens[j].text === ',') speaker = speakerEndingAt(view, j - 1, registry, resolve, mentionEndingAt);
    if (j >= 0 && tokens[j].text === ',') speaker = appositiveHead(view, j, speaker, registry, resolve, mentionEndingAt);
    // "The civic groups that organised the protest in Seoul said": a name inside a restrictive relative clause
    // is not the subject; the noun the clause restricts is, or no one when it names none.
    if (speaker && tokens[speaker.from]?.lower !== 'that') {
      for (let r = speaker.from - 1; r > 0 && r >= speaker.from - 12; r--) {
        const w = tokens[r];
        if (w.kind === 'punct' || (w.kind === 'word' && !w.capitalised && REPORTING_VERBS.has(w.lower))) break;
        const head = tokens[r - 1];
        if ((w.lower === 'that' || w.lower === 'who') && head.kind === 'word' && (CLAIMANT_GROUPS.has(head.lower) || STATE_ORGANS.has(head.lower) || mentionEndingAt(r - 1)) &&
          opensClause(tokens, r - 1)) {
          speaker = speakerEndingAt(view, r - 1, registry, resolve, mentionEndingAt);
          break;
        }
      }
    }
    if (speaker) {
      const from = speaker.from;
      const opener = postposedOpener(tokens, from, v);
      // "The true toll, Ibrahim said, was less than 10 percent": a parenthetical source covers its whole sentence.
      const parenthetical = opener >= 0 && tokens[opener].text === ',' && tokens[v + 1]?.text === ',' && v + 3 < n &&
        (!PRONOUNS.has(tokens[from].lower) || opener > 0) && tokens[from].lower !== 'it' && tokens[from].lower !== 'they';
      // "was quoted as saying": the frame's words run to "saying".
      const end = quotedAsSaying(tokens, v) ? v + 3 : v + 1;
      frames.push(opener >= 0
        ? { speaker: speaker.id, from: opener + 1, to: end, scopeFrom: 0, scopeTo: parenthetical ? n : opener, excerpt: excerpt(opener + 1, end), basis: 'source-after' }
        : { speaker: speaker.id, from, to: end, scopeFrom: end, scopeTo: n, excerpt: excerpt(from, end), basis: 'source-before' });
      continue;
    }
    // Speaker after the verb: "…, said Oxfam", "…, says the ministry".
    const prev = tokens[v - 1];
    if (prev && OPENERS.has(prev.text)) {
      const s = speakerStartingAt(view, v + 1, registry, mentionStartingAt, resolve);
      if (s) frames.push({ speaker: s.id, from: v, to: s.to, scopeFrom: 0, scopeTo: v - 1, excerpt: excerpt(v, s.to), basis: 'source-after' });
    }
  }
  // "…, while the disaster centre gives 30,920": the subject of a clause of contrast gives its own figure.
  for (const m of view.mentions) {
    const verb = tokens[m.to];
    if (!verb || verb.kind !== 'word' || !COUNT_SETTING_VERBS.has(verb.lower) || frames.some((f) => f.from <= m.from && m.from < f.to)) continue;
    if (contrastAt(tokens, m.from) < 0 || !frames.some((f) => f.to <= m.from)) continue;
    frames.push({ speaker: m.actorId, from: m.from, to: m.to + 1, scopeFrom: m.to + 1, scopeTo: n, excerpt: excerpt(m.from, m.to + 1), basis: 'source-before' });
  }
  // A frame's forward scope ends where the next forward frame begins, or where a claim of no named source
  // does ("…has found no evidence supporting claims that the deficit was cut by 27%": not the finder's 27%).
  frames.sort((a, b) => a.from - b.from);
  if ((view.triggers & QUOTE_TOKEN) !== 0) dropQuotedFrames(tokens, frames);
  // "Its spokesman, John Mrema, said independent observers had counted fewer than 30%": an unnamed group inside
  // what another reports speaks through the reporter, who is the one making the claim in this text.
  for (let i = frames.length - 1; i > 0; i--) {
    const f = frames[i];
    // "Officials said the Chinese say 5,000 died": a named source inside the report keeps its claim; an unnamed
    // group ("observers", "experts") is the reporter's to vouch for.
    // "The WHO's figures suggest that India recorded roughly 830,000 excess deaths": a verb of recording inside
    // what another reports tells what happened, and the reporter is the one making the claim.
    if (f.basis !== 'source-before' || (registry.get(f.speaker)?.kind !== 'group' && !RECORDING_VERBS.has(tokens[f.to - 1]?.lower ?? ''))) continue;
    // The reporter's verb, then "that" and the inner subject's modifiers: "said (that) independent observers".
    let at = f.from;
    while (at > 0 && at > f.from - 3 && tokens[at - 1].kind === 'word' && !tokens[at - 1].capitalised && !REPORTING_VERBS.has(tokens[at - 1].lower)) at--;
    // The reporter: a speaker and its verb ("said"), or a source noun and the verb after it ("X's figures suggest").
    if (frames.some((g) => g !== f && ((g.basis === 'source-before' && g.to === at && g.scopeFrom === g.to) ||
      (g.basis === 'source-noun' && g.to === at - 1 && at - 1 < f.from && REPORTING_VERBS.has(tokens[at - 1].lower))))) frames.splice(i, 1);
  }
  return frames.map((f, i) => {
    if (f.scopeTo !== n || f.scopeFrom === 0) return f;
    const next = frames.slice(i + 1).find((g) => g.scopeFrom > f.scopeFrom && g.scopeFrom >= f.to);
    const other = claimsOfOthers.find((v) => v >= f.to && !frames.some((g) => g.from <= v && v < g.to));
    const contrast = contrastedSubject(view, f.to, f.speaker);
    const end = Math.min(next ? next.from : n, other ?? n, contrast);
    return end < n ? { speaker: f.speaker, from: f.from, to: f.to, scopeFrom: f.scopeFrom, scopeTo: end, excerpt: f.excerpt, basis: f.basis } : f;
  });
}

/** Conjunctions that open a clause set against the one before: "X gives 38,195, while Y gives 30,920". */
const CONTRAST_CONJUNCTIONS = new Set(['while', 'whereas', 'but']);

/**
 * "The ministry gives a toll of 38,195, while the disaster centre gives 30,920": a clause of contrast whose
 * subject is another named actor ends what the speaker before it covers. The index of its conjunction, or
 * the sentence's length when there is none.
 */
function contrastedSubject(view: SentenceView, from: number, speaker: string): number {
  const tokens = view.tokens;
  for (const m of view.mentions) {
    if (m.from <= from || m.actorId === speaker) continue;
    const k = contrastAt(tokens, m.from);
    const next = tokens[m.to];
    if (k > from && next?.kind === 'word' && !next.capitalised) return k;
  }
  return tokens.length;
}

/** The index of ", while" (", whereas", ", but") opening a clause whose subject starts at `from` ("the" aside), or -1. */
function contrastAt(tokens: readonly Token[], from: number): number {
  const k = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  return k > 0 && CONTRAST_CONJUNCTIONS.has(tokens[k].lower) && tokens[k - 1].text === ',' ? k : -1;
}

/**
 * The subject opening a sentence, before token `limit`: a name or group at its start or just after a leading
 * adjunct closed by a comma ("On Monday, the authorities …"), followed by a lower-case word (its verb). Null
 * when the sentence opens otherwise or with a pronoun.
 */
function sentenceSubject(
  view: SentenceView,
  limit: number,
  registry: ActorRegistry,
  mentionEndingAt: (j: number) => MentionRef | undefined,
): { id: string; from: number; to: number } | null {
  const tokens = view.tokens;
  let start = 0;
  // "On Monday (Nov 27), …": a leading adjunct of a preposition and a few words, closed by a comma.
  if (ADJUNCT_PREPOSITIONS.has(tokens[0]?.lower ?? '')) {
    let k = 1;
    while (k < tokens.length && k < 8 && tokens[k].text !== ',') k++;
    if (tokens[k]?.text !== ',') return null;
    start = k + 1;
  }
  const first = tokens[start]?.lower === 'the' ? start + 1 : start;
  for (let end = first; end < limit && end < first + 4; end++) {
    const t = tokens[end];
    if (t.kind !== 'word' && t.kind !== 'acronym') return null;
    const next = tokens[end + 1];
    if (!next || next.kind !== 'word' || next.capitalised || next.lower === 'of' || next.lower === 'and') continue;
    // "The report points to …, and notes": a document speaks for its author, named elsewhere.
    if (PRONOUNS.has(t.lower) || t.lower === 'it' || t.lower === 'they' || DOCUMENT_NOUNS.has(t.lower) || t.lower === 'reports') return null;
    const m = mentionEndingAt(end);
    if (m) return m.from <= first ? { id: m.actorId, from: m.from, to: end + 1 } : null;
    const g = groupEndingAt(view, end, registry);
    if (g) return g.from <= first + 2 ? { id: g.id, from: g.from, to: end + 1 } : null;
  }
  return null;
}

/**
 * '“Industry estimates put output below 85 mt,” said a trade source': the words inside a quotation are the
 * speaker's, so a source they name ("industry estimates") yields to the one who speaks them, named outside the
 * marks. Frames wholly inside a quotation are dropped when a speaking frame outside it covers it.
 */
function dropQuotedFrames(tokens: readonly Token[], frames: Frame[]): void {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k].text;
    if (text === '“' || (text === '"' && open < 0)) open = k;
    else if ((text === '”' || text === '"') && open >= 0) {
      spans.push([open, k]);
      open = -1;
    }
  }
  if (spans.length === 0) return;
  const inside = (f: Frame) => spans.find(([a, b]) => f.from > a && f.to <= b);
  for (let i = frames.length - 1; i >= 0; i--) {
    const span = inside(frames[i]);
    if (!span) continue;
    const speaks = frames.some((g) => !inside(g) && (g.basis === 'source-before' || g.basis === 'source-after') && g.scopeFrom <= span[0] + 1 && g.scopeTo >= span[1] - 1);
    if (speaks) frames.splice(i, 1);
  }
}

/**
 * The subject opening sentence `prior`, when "it" or "they" opening the next can only mean it: a named
 * organisation or country ("NHS England went further. It said …"), or "the" and a group noun ("The union hit
 * back. It said …"); "it" wants a singular group. Null for a person or anything else.
 */
function priorSubject(prior: SentenceView, pronoun: string, registry: ActorRegistry): { id: string; from: number } | null {
  const tokens = prior.tokens;
  const start = tokens[0]?.lower === 'the' ? 1 : 0;
  const m = prior.mentions.find((x) => x.from === start);
  if (m) {
    const kind = registry.get(m.actorId)?.kind;
    const next = tokens[m.to];
    // "Russia and Ukraine …", "Russia's army …": not one subject.
    if (kind === 'person' || !next || next.kind !== 'word' || next.lower === 'and' || next.lower === 'or') return null;
    return { id: m.actorId, from: 0 };
  }
  const known = knownNameAt(prior, start, registry);
  if (known) return known;
  const noun = tokens[start];
  if (start !== 1 || !noun || noun.kind !== 'word' || noun.capitalised || !(CLAIMANT_GROUPS.has(noun.lower) || COMPANY_NOUNS.has(noun.lower))) return null;
  const next = tokens[start + 1];
  if (!next || next.kind !== 'word' || next.lower === 'of' || next.lower === 'and' || CLAIMANT_GROUPS.has(next.lower)) return null;
  if (pronoun === 'it' && PLURAL_GROUPS.test(noun.lower)) return null;
  if (COMPANY_NOUNS.has(noun.lower) && !CLAIMANT_GROUPS.has(noun.lower)) return null;
  const g = groupEndingAt(prior, start, registry);
  return g ? { id: g.id, from: 0 } : null;
}

/** The subject of sentence `prior` that "its"/"their" opening the next refers to; for a survey, its named pollster. */
function ownerOfPrior(prior: SentenceView, pronoun: string, registry: ActorRegistry): { id: string; from: number } | null {
  const subject = priorSubject(prior, pronoun, registry);
  return subject && !isDocumentActor(registry.get(subject.id)?.name ?? '') ? subject : documentOwner(prior, registry);
}

/**
 * "The Herald-DigiPoll survey published last Friday told …": the index of the document noun ("survey",
 * "poll", "report") heading the subject that opens sentence `view`, or -1.
 */
function documentSubject(view: SentenceView): number {
  const tokens = view.tokens;
  for (let k = tokens[0]?.lower === 'the' ? 1 : 0; k < tokens.length && k < 6; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.capitalised && DOCUMENT_NOUNS.has(t.lower)) return k;
    if (!(t.kind === 'word' || t.kind === 'acronym' || t.text === '-')) return -1;
    if (t.kind === 'word' && !t.capitalised && !ATTRIBUTIVE_SOURCE_NOUNS.has(t.lower) && k > 0 && !/(?:al|ed)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** The named owner of a document opening sentence `view` ("The Herald-DigiPoll survey …": Herald-DigiPoll), or null. */
function documentOwner(view: SentenceView, registry: ActorRegistry): { id: string; from: number } | null {
  const noun = documentSubject(view);
  if (noun < 1 || view.titleCase) return null;
  const m = view.mentions.find((x) => x.to === noun);
  const kind = m ? registry.get(m.actorId)?.kind : undefined;
  if (m) return kind !== 'person' && kind !== undefined ? { id: m.actorId, from: m.from } : null;
  const tokens = view.tokens;
  let from = noun;
  // "Herald-DigiPoll": a hyphen joins the words of one name.
  const nameWord = (t: Token) => t.capitalised && (t.kind === 'word' || t.kind === 'acronym');
  const start = tokens[0].lower === 'the' ? 1 : 0;
  while (from > start && (nameWord(tokens[from - 1]) || (tokens[from - 1].text === '-' && from > start + 1 && nameWord(tokens[from - 2]) && tokens[from - 1].start === tokens[from - 2].end))) from--;
  if (from === noun || from !== start) return null;
  const id = nameActor(view, from, noun, registry);
  if (id) return registry.get(id)?.kind !== 'person' ? { id, from } : null;
  // "The Herald-DigiPoll survey": a name of no known kind owning the survey is its pollster, not a month, a
  // weekday or a people ("The January survey", "The British study").
  for (let k = from; k < noun; k++) {
    const w = tokens[k].lower;
    if (view.adjectives.has(k) || MONTHS.has(w) || WEEKDAYS.has(w) || CAPITALISED_STOPWORDS.has(w)) return null;
  }
  const made = registry.ensure(sliceTokens(tokens, from, noun), 'organisation');
  registry.addMention(view, made, from, noun);
  return { id: made, from };
}

/**
 * "NHS England went further. It said …": a capitalised run opening the sentence that is the exact name of an
 * organisation or country already known (but not marked there), followed by a lower-case word (its verb).
 */
function knownNameAt(prior: SentenceView, start: number, registry: ActorRegistry): { id: string; from: number } | null {
  const tokens = prior.tokens;
  if (prior.titleCase) return null;
  let to = start;
  while (to < tokens.length && to < start + 5 && tokens[to].capitalised && (tokens[to].kind === 'word' || tokens[to].kind === 'acronym')) to++;
  const next = tokens[to];
  if (to === start || !next || next.kind !== 'word' || next.capitalised || next.lower === 'and' || next.lower === 'or') return null;
  if (prior.mentions.some((m) => m.from < to && m.to > start)) return null;
  const id = registry.resolve(slug(sliceTokens(tokens, start, to)));
  const kind = registry.has(id) ? registry.get(id)?.kind : undefined;
  if (kind !== 'organisation' && kind !== 'country') return null;
  registry.addMention(prior, id, start, to);
  return { id, from: 0 };
}

/** Source nouns a name may modify as their owner: "Home Office figures", "the CNE count", "a Gallup poll". */
const ATTRIBUTIVE_SOURCE_NOUNS = new Set(['figures', 'estimate', 'estimates', 'count', 'tally', 'data', 'statistics', 'numbers', 'survey', 'poll', 'census', 'calculations', 'projections', 'projection']);

/** Verbs by which a source noun gives its figures: "the poll had National on 46 per cent", "the data put it at". */
const GIVING_VERBS = new Set([...REPORTING_VERBS, 'had', 'has', 'have', 'gave', 'gives', 'give', 'showed', 'shows', 'found', 'finds', 'suggested', 'suggests', 'indicated', 'indicates']);

/**
 * True when a verb giving figures follows a source noun within a few words, past a participle phrase or a
 * parenthesis ("The X poll, taken last week, had …", "the PNP data released last month put …"), before any number.
 */
function speakingVerbAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 12; j++) {
    const t = tokens[j];
    if (t.kind === 'number' || t.text === '.' || t.text === ';' || t.text === ':') return false;
    if (t.kind === 'word' && !t.capitalised && GIVING_VERBS.has(t.lower) && !(j === k && PASSIVE_SOURCE_VERBS.has(t.lower))) return true;
    // A participle or parenthesis may come between; another verb ends the search ("the AP survey covered …").
    if (j === k && t.kind === 'word' && !/ed$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * "Moody's has suggested …", "McDonald's said": a name ending in 's right before its verb is the name itself, an
 * organisation (a possessive owns a noun, never a verb).
 */
function possessiveName(view: SentenceView, j: number, registry: ActorRegistry): { id: string; from: number } | null {
  const tokens = view.tokens;
  const mark = tokens[j];
  const word = tokens[j - 1];
  if (view.titleCase || mark.kind !== 'possessive' || !word.capitalised || word.kind !== 'word' || mark.start !== word.end) return null;
  let from = j - 1;
  while (from > 0 && tokens[from - 1].capitalised && tokens[from - 1].kind === 'word' && !CAPITALISED_STOPWORDS.has(tokens[from - 1].lower)) from--;
  if (CAPITALISED_STOPWORDS.has(tokens[from].lower) || (from > 0 && tokens[from - 1].lower !== 'the' && !OPENERS.has(tokens[from - 1].text) && !CLAUSE_CONJUNCTIONS.has(tokens[from - 1].lower))) return null;
  const known = view.mentions.find((m) => m.from === from && m.to === j);
  if (known && registry.get(known.actorId)?.kind !== 'organisation') return null;
  const id = registry.ensure(sliceTokens(tokens, from, j + 1), 'organisation');
  registry.addMention(view, id, from, j + 1);
  return { id, from };
}

/** Reporting verbs that are never a noun or an adjective after a possessive ("X's estimated 2 million" is). */
const ONLY_VERBS = new Set(['said', 'says', 'told', 'tells', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues']);

/** Verbs that may tell what happened rather than what someone claims: "India recorded 830,000 deaths". */
const RECORDING_VERBS = new Set(['recorded', 'records', 'record', 'registered', 'registers', 'counted', 'saw', 'logged']);

/** Prepositions opening an adjunct that names a figure's source: "in the X figures", "by the X count", "on X data". */
const SOURCE_ADJUNCTS = new Set(['in', 'by', 'on', 'under', 'from']);

/** Words that set one figure against another: "Chelsea's average of 40,593 set against 37,088 from …". */
const COMPARING = new Set(['against', 'versus', 'compared', 'unlike', 'than']);

/**
 * The scope of a source noun at `noun` owned from token `from` ("X's count", "its average"): its clause
 * ({@link clauseOf}), and for an average, only up to a word setting another figure against it.
 */
function ownedScope(tokens: readonly Token[], from: number, noun: number): [number, number] {
  const [a, b] = clauseOf(tokens, from, noun + 1);
  if (tokens[noun].lower !== 'average' && tokens[noun].lower !== 'averages') return [a, b];
  for (let k = noun + 1; k < b; k++) if (COMPARING.has(tokens[k].lower)) return [a, k];
  return [a, b];
}

/** Words that open a contrasting clause: "…, while Brent Council's count came to 58,103". */
const CONTRASTS = new Set(['while', 'whereas', 'but', 'although', 'though']);

/**
 * "Tottenham published an average of 61,843, while Brent Council's count came to 58,103": a source's own
 * figures ("X's count") speak for their clause only. The clause around tokens `from`..`to`, bounded by
 * semicolons and contrasting conjunctions.
 */
function clauseOf(tokens: readonly Token[], from: number, to: number): [number, number] {
  // "On the CNE's count, Chapo won 70 per cent, while Mondlane took 20.3 per cent": a source opening the sentence
  // in an adjunct speaks for all of it.
  if (from <= 2 && ['by', 'on', 'in', 'under', 'from', 'for'].includes(tokens[0]?.lower ?? '')) return [0, tokens.length];
  let a = from;
  while (a > 0 && tokens[a - 1].text !== ';' && !(CONTRASTS.has(tokens[a - 1].lower) && a - 1 > 0)) a--;
  let b = to;
  while (b < tokens.length && tokens[b].text !== ';' && !CONTRASTS.has(tokens[b].lower)) b++;
  return [a, b];
}

const NEGATIONS = new Set(['not', 'never', 'n’t', "n't"]);
const REFUSALS = new Set(['declined', 'declines', 'refused', 'refuses', 'failed', 'fails', 'unable', 'reluctant']);
const ADDING = new Set(['add', 'adds', 'added', 'adding']);
/** What follows "add" when a sum, not a remark, is added: "added another $50 million", "add up to". */
const ADDED_OBJECTS = new Set(['up', 'another', 'more', 'further', 'nearly', 'about', 'around', 'some', 'over', 'almost', 'roughly', 'an', 'its', 'their']);
const REPORTED_STATES = new Set(['missing', 'dead', 'killed', 'injured', 'wounded', 'hurt', 'arrested', 'detained', 'displaced', 'infected', 'sick', 'ill', 'stranded']);
const RELATIVES = new Set(['which', 'who', 'whose', 'where', 'that']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
/** Conjunctions after which a new clause, with its own subject, begins: "…, while the union, …, said". */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'as', 'although', 'though', 'when', 'after', 'before', 'because', 'so', 'yet', 'if']);

/** True when only a name's modifiers stand between token `from` and the start of its clause. */
function startsClause(view: SentenceView, from: number): boolean {
  const tokens = view.tokens;
  for (let k = from - 1; k >= 0; k--) {
    const t = tokens[k];
    if (OPENERS.has(t.text) || CLAUSE_CONJUNCTIONS.has(t.lower)) return true;
    // "The", "Hong Kong-listed", "Britain's", "Polish": what a subject's name may carry before it.
    if (t.capitalised || t.text === '-' || t.lower === 'the' || t.kind === 'possessive' || view.adjectives.has(k) || tokens[k + 1]?.text === '-' || tokens[k - 1]?.text === '-') continue;
    return false;
  }
  return true;
}

/** True when at most a few modifiers stand between the noun at `k` and the start of its clause: "The civic groups". */
function opensClause(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 5; i--) {
    const t = tokens[i];
    if (OPENERS.has(t.text) || CLAUSE_CONJUNCTIONS.has(t.lower)) return true;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (t.kind === 'word' && REPORTING_VERBS.has(t.lower) && !t.capitalised) return false;
  }
  return k <= 5;
}

/**
 * "Fatma Al Nuaimi, the director at the Supreme Committee, said", "The SNUipp-FSU, the largest teachers' union,
 * put", "The Economic Development Corp., which assembled the package for Carrier, said": the speaker is the name
 * that opens the clause, not the last name of the description or relative clause between it and the verb. A
 * named subject found at the clause's start wins; after a relative clause with none, the speaker is what stands
 * before "which"/"who", or no one (a name inside the clause is not who speaks); otherwise the words before the
 * verb (`speaker`: "Its spokesperson, John Mrema, said") stand.
 */
function appositiveHead(
  view: SentenceView,
  j: number,
  speaker: { id: string; from: number } | null,
  registry: ActorRegistry,
  resolve: PronounResolver,
  mentionEndingAt: (j: number) => MentionRef | undefined,
): { id: string; from: number } | null {
  const tokens = view.tokens;
  let relative: { id: string; from: number } | null | undefined;
  let nearest = -1;
  for (let k = j - 1; k >= Math.max(1, j - 28); k--) {
    const t = tokens[k];
    // A reporting verb of another clause ends the search; one in a relative clause ("who thinks") or a noun ("the
    // migrants' claims") does not.
    if (t.text === ';' || (CLAUSE_OPENERS.has(t.text) && t.text !== "'" && t.text !== '‘') || (t.kind === 'word' && !t.capitalised && REPORTING_VERBS.has(t.lower) &&
      !RELATIVES.has(tokens[k - 1].lower) && !DETERMINERS.has(tokens[k - 1].lower) && tokens[k - 1].kind !== 'possessive' && tokens[k - 1].text !== '’' && tokens[k - 1].text !== "'")) break;
    if (t.text !== ',') continue;
    if (nearest < 0) nearest = k;
    // "Corp., which": the name ends before its full stop.
    const end = tokens[k - 1].text === '.' && k >= 2 ? k - 2 : k - 1;
    let named: { id: string; from: number } | null = null;
    const m = mentionEndingAt(end);
    if (m && startsClause(view, m.from)) named = { id: m.actorId, from: m.from };
    else if (!m && tokens[end].capitalised && !view.titleCase) {
      // "On Sunday Lidya Yermoshina, who …": the name's words, without the time or the preposition before them.
      let from = end;
      while (from > 0 && tokens[from - 1].capitalised && (tokens[from - 1].kind === 'word' || tokens[from - 1].kind === 'acronym') &&
        !CAPITALISED_STOPWORDS.has(tokens[from - 1].lower) && !WEEKDAYS.has(tokens[from - 1].lower) && !MONTHS.has(tokens[from - 1].lower) ||
        // "Snes-FSU": a hyphen joining two capitalised parts with no space
        (from > 1 && tokens[from - 1].text === '-' && tokens[from - 2].capitalised && tokens[from - 1].start === tokens[from - 2].end && tokens[from].start === tokens[from - 1].end)) from--;
      if (startsClause(view, from) && !CAPITALISED_STOPWORDS.has(tokens[from].lower)) {
        // "The Interior Ministry, however, said": a group's name as the group rule reads it, else the name's words.
        named = groupEndingAt(view, end, registry);
        let id = named ? null : nameActor(view, from, end + 1, registry);
        if (!named && !id && tokens.slice(from, end + 1).some((x) => x.text === '-')) {
          id = registry.ensure(sliceTokens(tokens, from, end + 1), 'organisation');
          registry.addMention(view, id, from, end + 1);
        }
        if (id) named = { id, from: view.mentions.find((x) => x.actorId === id && x.to === end + 1)?.from ?? from };
      }
    }
    if (named) return named;
    if (relative === undefined && RELATIVES.has(tokens[k + 1]?.lower ?? '')) relative = speakerEndingAt(view, end, registry, resolve, mentionEndingAt);
  }
  if (relative !== undefined) return relative;
  if (!speaker && nearest > 0) return speakerEndingAt(view, nearest - 1, registry, resolve, mentionEndingAt);
  return speaker;
}
const COUNT_NOUNS = new Set(['toll', 'tolls', 'figure', 'figures', 'number', 'count', 'tally', 'total', 'estimate', 'turnout', 'target', 'goal']);
/** True when a count noun follows within a few words: "the (official) death toll". */
function countNounAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    if (COUNT_NOUNS.has(tokens[j].lower)) return true;
    if (tokens[j].kind !== 'word' || tokens[j].capitalised) return false;
  }
  return false;
}
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'via', 'through', 'from', 'for', 'late', 'early']);

/**
 * The index of a source noun at `k` or a few modifier words later ("own count", "much-criticised estimate",
 * "latest official figures"), or -1.
 */
function sourceNounAfter(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j];
    if (t.kind === 'word' && SOURCE_NOUNS.has(t.lower) && !t.capitalised) return j;
    // "the club's season average was 55,309", "Chelsea's average of 40,593": an average someone gives, not
    // "Britain's average wage".
    if (t.kind === 'word' && (t.lower === 'average' || t.lower === 'averages') && !t.capitalised && AVERAGE_ENDS.has(tokens[j + 1]?.lower ?? '.')) return j;
    if (!((t.kind === 'word' && !t.capitalised) || t.text === '-')) return -1;
  }
  return -1;
}
/** What may follow an owner's "average" that is a figure it gives: "average of 40,593", "average was", "average, drawn from". */
const AVERAGE_ENDS = new Set(['of', 'was', 'is', 'were', 'are', 'stood', 'stands', 'came', 'comes', 'reached', 'showed', 'shows', 'put', 'puts', '.', ',', ';']);
/** Reporting verbs in their base form, which are also nouns ("count", "estimate", "report"): those with an -s form. */
const BASE_FORMS = new Set([...REPORTING_VERBS].filter((w) => (REPORTING_VERBS.has(`${w}s`) || REPORTING_VERBS.has(`${w}es`)) &&
  // whose past tense is not the same word ("the ministry put the figure at …")
  w !== 'put' && w !== 'forecast'));
/** Group nouns that take a plural verb: "police say", "organisers estimate", "media report". */
const PLURAL_GROUPS = /(?:s|^police|^media|^staff|^people)$/;
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Modifiers that do not name an institution: "the new council" is a council. */
const PLAIN_MODIFIERS = new Set(['new', 'main', 'other', 'same', 'whole', 'former', 'current', 'big', 'large', 'small', 'top',
  'senior', 'own', 'latest', 'first', 'last', 'second', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'the', 'this', 'that']);

/** "was quoted as saying", "is cited as saying": a passive of reporting whose subject is the speaker. */
function quotedAsSaying(tokens: readonly Token[], v: number): boolean {
  return (tokens[v].lower === 'quoted' || tokens[v].lower === 'cited') && tokens[v + 1]?.lower === 'as' && ['saying', 'telling'].includes(tokens[v + 2]?.lower ?? '');
}

/**
 * For "…, the country's disaster agency AFAD said." and "“…,” WHO officer Catherine Smallwood said.":
 * the index of the comma or quote that opens a source phrase closing its clause, or -1 when the source
 * introduces what follows.
 */
function postposedOpener(tokens: readonly Token[], from: number, v: number): number {
  let after = v + 1;
  // "…,” Jane Okafor was quoted as saying by the ILNA agency.": "as saying" and who quoted close the source.
  if (quotedAsSaying(tokens, v)) {
    after += 2;
    if (tokens[after]?.lower === 'by') while (after < tokens.length && after < v + 14 && (tokens[after].kind !== 'punct' || tokens[after].text === '-')) after++;
  }
  // "said on Tuesday", "said in a statement to local television": an adjunct may follow the verb; one that
  // opens with a preposition runs on over articles to the end of the clause.
  if (ADJUNCT_PREPOSITIONS.has(tokens[after]?.lower ?? '')) {
    while (after < tokens.length && after < v + 12 && (tokens[after].kind === 'word' || tokens[after].kind === 'number' || tokens[after].kind === 'acronym') && tokens[after].lower !== 'that') after++;
  } else {
    // "…,” she told The Independent.", "…, he told AFP on Friday.": the one told, a name, is part of the source.
    const told = tokens[v].lower === 'told' || tokens[v].lower === 'tells';
    const named = (k: number) => told && (tokens[k].kind === 'acronym' || (tokens[k].lower === 'the' && tokens[k].capitalised && tokens[k + 1]?.capitalised === true));
    while (after < tokens.length && after < v + 6 && ((tokens[after].kind === 'word' && !['that', 'the', 'a', 'an'].includes(tokens[after].lower)) || named(after))) after++;
    if (ADJUNCT_PREPOSITIONS.has(tokens[after]?.lower ?? '') && after > v + 1) {
      while (after < tokens.length && after < v + 12 && (tokens[after].kind === 'word' || tokens[after].kind === 'number' || tokens[after].kind === 'acronym') && tokens[after].lower !== 'that') after++;
    }
  }
  const end = tokens[after];
  const closes = end === undefined || end.text === '.' || end.text === ',' || end.text === ';' || end.text === '!' || end.text === '?';
  if (!closes || from === 0) return -1;
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const t = tokens[k];
    if (OPENERS.has(t.text)) return k > 0 ? k : -1;
    if (t.kind === 'word' && !t.capitalised && REPORTING_VERBS.has(t.lower)) return -1;
  }
  return -1;
}

/** The actor whose name (or group noun, or pronoun) ends at token `j`. */
function speakerEndingAt(
  view: SentenceView,
  j: number,
  registry: ActorRegistry,
  resolve: PronounResolver,
  mentionEndingAt: (j: number) => MentionRef | undefined,
): { id: string; from: number } | null {
  const tokens = view.tokens;
  const t = tokens[j];
  if (!t) return null;
  // "the Syrian Observatory for Human Rights (SOHR) said": the name in brackets, else the one before them.
  if (t.text === ')' && tokens[j - 2]?.text === '(') {
    return speakerEndingAt(view, j - 1, registry, resolve, mentionEndingAt) ?? speakerEndingAt(view, j - 3, registry, resolve, mentionEndingAt);
  }
  const m = mentionEndingAt(j);
  if (m) return { id: m.actorId, from: m.from };
  if (PRONOUNS.has(t.lower) || t.lower === 'they') {
    // "Organisers told AFP they estimated …", "she told reporters that she …": the one who told.
    let k = j - 1;
    if (tokens[k]?.lower === 'that') k--;
    const object = mentionEndingAt(k);
    k = object ? object.from - 1 : tokens[k]?.kind === 'word' && !tokens[k].capitalised && tokens[k].lower !== 'told' ? k - 1 : -1;
    if (k > 0 && (tokens[k].lower === 'told' || tokens[k].lower === 'tells')) {
      const teller = speakerEndingAt(view, k - 1, registry, resolve, mentionEndingAt);
      if (teller) return { id: teller.id, from: j };
    }
  }
  if (PRONOUNS.has(t.lower)) {
    const id = resolve(t.start, 'person');
    return id ? { id, from: j } : null;
  }
  if (t.lower === 'they' || t.lower === 'it') {
    const id = resolve(t.start, 'collective');
    return id ? { id, from: j } : null;
  }
  // "the force said": the police force named last (see {@link PronounResolver}).
  if (t.lower === 'force' && tokens[j - 1]?.lower === 'the') {
    const id = resolve(t.start, 'police');
    if (id) {
      registry.addMention(view, id, j - 1, j + 1);
      return { id, from: j - 1 };
    }
  }
  // "the company announced": the organisation named last.
  if (COMPANY_NOUNS.has(t.lower) && tokens[j - 1]?.lower === 'the') {
    const id = resolve(t.start, 'company');
    if (id) {
      registry.addMention(view, id, j - 1, j + 1);
      return { id, from: j - 1 };
    }
  }
  const owned = ownedOrgan(view, j, registry, resolve);
  if (owned) return owned;
  const group = groupEndingAt(view, j, registry);
  if (group) return group;
  if (t.capitalised && !view.titleCase) {
    let from = j;
    while (from > 0 && tokens[from - 1].capitalised && (tokens[from - 1].kind === 'word' || tokens[from - 1].kind === 'acronym')) from--;
    // "March organisers in New York claimed", "Authorities in Assam fixed the toll": a place only says where;
    // the source is the group before it.
    const before = tokens[from - 1]?.lower;
    const city = CITY_FIRST_WORDS.has(tokens[from].text) && CITIES.has(sliceTokens(tokens, from, j + 1));
    // "Analysts at Bernstein estimated": the firm the group works at speaks; "officials at Kabul" are a group.
    const employer = before === 'at' && !city ? nameActor(view, from, j + 1, registry) : null;
    if (employer && registry.get(employer)?.kind !== 'country') return { id: employer, from: view.mentions.find((m) => m.actorId === employer && m.to === j + 1)?.from ?? from };
    if ((before === 'in' || before === 'at') && from >= 2) {
      const group = groupEndingAt(view, from - 2, registry);
      if (group) return group;
    }
    if (city) return null;
    const id = employer ?? nameActor(view, from, j + 1, registry);
    if (id) return { id, from: view.mentions.find((m) => m.actorId === id && m.to === j + 1)?.from ?? from };
  }
  return null;
}

/**
 * "Egypt fears the dam. Its government argues …", "their foreign ministry said": an organ of a state or body
 * owned by "its"/"their" speaks for the country or organisation the pronoun refers to, when it resolves to one
 * near enough; otherwise null (the group rule then reads "government" alone).
 */
function ownedOrgan(view: SentenceView, j: number, registry: ActorRegistry, resolve: PronounResolver): { id: string; from: number } | null {
  const tokens = view.tokens;
  const t = tokens[j];
  if (t.kind !== 'word' || t.capitalised || !STATE_ORGANS.has(t.lower)) return null;
  let k = j - 1;
  // "its foreign ministry", "their own defence forces": modifiers of the organ.
  while (k >= 0 && k >= j - 3 && tokens[k].kind === 'word' && !tokens[k].capitalised && (INSTITUTION_MODIFIERS.has(tokens[k].lower) || tokens[k].lower === 'own' || tokens[k].lower === 'senior' || tokens[k].lower === 'top')) k--;
  const pronoun = tokens[k];
  if (!pronoun || (pronoun.lower !== 'its' && pronoun.lower !== 'their')) return null;
  const id = resolve(pronoun.start, 'collective', POSSESSIVE_REACH);
  const kind = id === null ? undefined : registry.get(id)?.kind;
  return id !== null && (kind === 'country' || kind === 'organisation') ? { id, from: k } : null;
}

/** "police", "Russian officials", "North Korean state media", "Russia's defence ministry": a group or its country. */
function groupEndingAt(view: SentenceView, j: number, registry: ActorRegistry): { id: string; from: number } | null {
  const tokens = view.tokens;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  // "the ministry of health": the head noun stands before "of".
  if (j >= 2 && tokens[j - 1].lower === 'of' && t.kind === 'word' && !t.capitalised && STATE_ORGANS.has(tokens[j - 2].lower)) {
    const head = CLAIMANT_GROUPS.get(tokens[j - 2].lower);
    const countryFirst = [j - 3, j - 4].some((k) => view.adjectives.has(k) || tokens[k]?.kind === 'possessive');
    if (head && !countryFirst) {
      const from = tokens[j - 3]?.lower === 'the' ? j - 3 : j - 2;
      const id = registry.ensure(`${head} of ${t.lower}`, 'group');
      registry.addMention(view, id, j - 2, j + 1);
      return { id, from };
    }
    const g = groupEndingAt(view, j - 2, registry);
    if (g) return g;
  }
  const two = j > 0 ? `${tokens[j - 1].lower} ${t.lower}` : '';
  const isGroup = CLAIMANT_GROUPS.has(two) || CLAIMANT_GROUPS.has(t.lower);
  if (!isGroup && !STATE_ORGANS.has(t.lower)) return null;
  // Look left over lower-case words for a country adjective or a possessive actor.
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    const country = view.adjectives.get(k);
    if (country && !STATE_ORGANS.has(t.lower) && !STATE_ORGANS.has(tokens[j - 1]?.lower ?? '') && isGroup) {
      // "the two largest Spanish unions said": a people's group is not its state ("Spanish officials" is).
      const id = registry.ensure(`${tokens[k].text} ${t.lower}`, 'group');
      registry.addMention(view, id, k, j + 1);
      return { id, from: k };
    }
    if (country) {
      registry.addMention(view, country, k, k + 1);
      return { id: country, from: k };
    }
    if (tokens[k].kind === 'possessive') {
      const m = view.mentions.find((x) => x.to === k);
      if (m) return { id: m.actorId, from: m.from };
      break;
    }
    if (tokens[k].kind !== 'word' || tokens[k].capitalised) {
      if (!view.adjectives.has(k - 1)) break;
    }
  }
  if (!isGroup) return null;
  let name = CLAIMANT_GROUPS.get(two) ?? CLAIMANT_GROUPS.get(t.lower) ?? t.text;
  let from = CLAIMANT_GROUPS.has(two) ? j - 1 : j;
  const kind = 'group';
  const prev = tokens[from - 1];
  // "the White Helmets rescue group", "the IG Metall union": the named actor is the source, an organisation.
  let m = from - 1;
  while (m >= 0 && m >= from - 2 && tokens[m].kind === 'word' && !tokens[m].capitalised && !CLAIMANT_GROUPS.has(tokens[m].lower)) m--;
  const named = view.mentions.find((x) => x.to === m + 1);
  if (named && m < from && (registry.get(named.actorId)?.kind !== 'country')) {
    registry.setKind(named.actorId, 'organisation');
    return { id: named.actorId, from: named.from };
  }
  // "the Dhubri district administration said", "the Kerala state government": a name, an institution word, a group.
  const place = tokens[from - 2];
  if (prev && prev.kind === 'word' && !prev.capitalised && ['district', 'state', 'provincial', 'regional', 'city', 'county', 'municipal', 'local'].includes(prev.lower) &&
    place && place.kind === 'word' && place.capitalised && from - 2 > 0 && !CAPITALISED_STOPWORDS.has(place.lower) && !view.adjectives.has(from - 2)) {
    const id = registry.ensure(sliceTokens(tokens, from - 2, j + 1), 'organisation');
    registry.addMention(view, id, from - 2, j + 1);
    return { id, from: from - 2 };
  }
  if (prev && prev.kind === 'word' && !prev.capitalised && NOUN_MODIFIERS.has(prev.lower) && /s$/.test(t.lower) && !CLAIMANT_GROUPS.has(two)) {
    // "two union sources told Reuters", "security officials said"
    const id = registry.ensure(`${prev.lower.charAt(0).toUpperCase()}${prev.lower.slice(1)} ${t.lower}`, 'group');
    registry.addMention(view, id, from - 1, j + 1);
    return { id, from: from - 1 };
  }
  if (prev && (prev.kind === 'word' || prev.kind === 'acronym') && !CLAIMANT_GROUPS.has(prev.lower) && !view.adjectives.has(from - 1)) {
    let r = from;
    while (r > 0 && (tokens[r - 1].kind === 'word' || tokens[r - 1].kind === 'acronym') && tokens[r - 1].capitalised &&
      !CAPITALISED_STOPWORDS.has(tokens[r - 1].lower) && !view.adjectives.has(r - 1) &&
      // "Local radio said", "State television reported": a sentence-initial modifier is not a name.
      !(INSTITUTION_MODIFIERS.has(tokens[r - 1].lower) && (r - 1 === 0 || OPENERS.has(tokens[r - 2].text))) &&
      // "March organisers": a month name here is the event, not an organisation.
      !MONTHS.has(tokens[r - 1].lower)) r--;
    // "Independent observers had said": one capitalised word opening the sentence before a plural group is its
    // modifier, not a name.
    if (r === from - 1 && (r === 0 || OPENERS.has(tokens[r - 1].text)) && /s$/.test(t.lower) && !t.capitalised && tokens[r].kind === 'word') {
      const id = registry.ensure(`${tokens[r].text} ${t.lower}`, 'group');
      registry.addMention(view, id, r, j + 1);
      return { id, from: r };
    }
    if (r < from) {
      // "A Harvard study", "the IG Metall union", "the CGT union": the named organisation is the source;
      // "the Interior Ministry": a capitalised group noun is the end of the name.
      const end = t.capitalised ? j + 1 : from;
      const id = registry.ensure(sliceTokens(tokens, r, end), 'organisation');
      registry.addMention(view, id, r, end);
      return { id, from: r };
    }
    // "Regional authorities said …": a level of government opening the sentence is capitalised there only.
    const opening = prev.capitalised && LEVEL_MODIFIERS.has(prev.lower) && /s$/.test(t.lower) && (from - 1 === 0 || OPENERS.has(tokens[from - 2].text));
    if ((!prev.capitalised || opening) && !PLAIN_MODIFIERS.has(prev.lower) && !CAPITALISED_STOPWORDS.has(prev.lower) &&
      (!/s$/.test(t.lower) || NOUN_MODIFIERS.has(prev.lower) || LEVEL_MODIFIERS.has(prev.lower)) &&
      (INSTITUTION_MODIFIERS.has(prev.lower) || NOUN_MODIFIERS.has(prev.lower) || !/(?:ed|ing|al|ive|ous|ful|ic|y|s)$/.test(prev.lower))) {
      // "the interior ministry", "the works council", "two union sources"
      name = `${prev.lower.charAt(0).toUpperCase()}${prev.lower.slice(1)} ${t.lower}`;
      from -= 1;
    }
  }
  const id = registry.ensure(name, kind);
  registry.addMention(view, id, from, j + 1);
  return { id, from };
}

/** The actor named from token `j` on, for "according to X" and "said X". */
/** Nouns of an inquiry whose findings are its maker's: "according to an investigation by BBC Hindi". */
const INQUIRY_NOUNS = new Set(['investigation', 'investigations', 'inquiry', 'probe', 'examination', 'reconstruction', 'calculation', 'modelling', 'modeling']);

function speakerStartingAt(
  view: SentenceView,
  j: number,
  registry: ActorRegistry,
  mentionStartingAt: (j: number) => MentionRef | undefined,
  resolve: PronounResolver,
): { id: string; to: number } | null {
  const tokens = view.tokens;
  // "according to a joint assessment by the government, the World Bank …", "an opinion poll conducted by
  // Nezopont": the source follows "by".
  // "according to reports by BleepingComputer": a bare plural document too.
  if (tokens[j]?.kind === 'word' && !tokens[j].capitalised && SOURCE_NOUNS.has(tokens[j].lower) && (tokens[j + 1]?.lower === 'by' || tokens[j + 1]?.lower === 'from')) {
    return speakerStartingAt(view, j + 2, registry, mentionStartingAt, resolve);
  }
  // "according to new research from the BMA", "according to preliminary figures from the ministry": no article.
  if (tokens[j]?.kind === 'word' && !tokens[j].capitalised && !['a', 'an', 'the'].includes(tokens[j].lower)) {
    for (let k = j + 1; k < tokens.length && k < j + 4; k++) {
      if (!(tokens[k].kind === 'word' && !tokens[k].capitalised)) break;
      if ((tokens[k].lower === 'from' || tokens[k].lower === 'by') && (SOURCE_NOUNS.has(tokens[k - 1].lower) || DOCUMENT_NOUNS.has(tokens[k - 1].lower))) {
        return speakerStartingAt(view, k + 1, registry, mentionStartingAt, resolve);
      }
    }
  }
  if (['a', 'an', 'the'].includes(tokens[j]?.lower ?? '')) {
    for (let k = j + 1; k < tokens.length && k < j + 6; k++) {
      if (!(tokens[k].kind === 'word' && !tokens[k].capitalised)) break;
      const noun = PASSIVE_SOURCE_VERBS.has(tokens[k - 1].lower) && k > j + 2 ? tokens[k - 2] : tokens[k - 1];
      if (['by', 'from', 'of'].includes(tokens[k].lower) && k > j + 1 && (SOURCE_NOUNS.has(noun.lower) || (tokens[k].lower !== 'of' && INQUIRY_NOUNS.has(noun.lower)))) {
        const named = view.mentions.find((x) => x.from > k && x.from < k + 10);
        if (named) return { id: named.actorId, to: named.to };
        return speakerStartingAt(view, k + 1, registry, mentionStartingAt, resolve);
      }
    }
  }
  const m = mentionStartingAt(j);
  if (m) return { id: m.actorId, to: m.to };
  // "according to the force": the police force named last.
  if (tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'force' && !tokens[j + 2]?.capitalised) {
    const id = resolve(tokens[j + 1].start, 'police');
    if (id) {
      registry.addMention(view, id, j, j + 2);
      return { id, to: j + 2 };
    }
  }
  // "according to the company", "said the carmaker": the organisation named last.
  if (tokens[j]?.lower === 'the' && COMPANY_NOUNS.has(tokens[j + 1]?.lower ?? '') && !tokens[j + 2]?.capitalised) {
    const id = resolve(tokens[j + 1].start, 'company');
    if (id) {
      registry.addMention(view, id, j, j + 2);
      return { id, to: j + 2 };
    }
  }
  let k = j;
  if (tokens[k]?.lower === 'the') k++;
  // "the think-tank Nezopont", "the charity Oxfam": a lower-case description before the name.
  let d = k;
  while (d < k + 4 && d < tokens.length && ((tokens[d].kind === 'word' && !tokens[d].capitalised && !CLAIMANT_GROUPS.has(tokens[d].lower)) || tokens[d].text === '-')) d++;
  // "according to catastrophe risk modelling firm AIR Worldwide": no article before a description ending in "firm".
  if (d > k && tokens[d]?.capitalised && (tokens[k - 1]?.lower === 'the' || (k === j && COMPANY_NOUNS.has(tokens[d - 1].lower)))) {
    const named = mentionStartingAt(d);
    if (named) return { id: named.actorId, to: named.to };
    k = d;
  }
  if (tokens[k]?.capitalised && !view.titleCase && !CLAIMANT_GROUPS.has(tokens[k].lower) && !view.adjectives.has(k)) {
    let to = k;
    while (to < tokens.length && tokens[to].capitalised && (tokens[to].kind === 'word' || tokens[to].kind === 'acronym')) to++;
    const id = nameActor(view, k, to, registry);
    if (id) return { id, to };
  }
  // A group noun, possibly two words ("state media") or after an adjective.
  for (let end = k; end < Math.min(tokens.length, k + 4); end++) {
    if (tokens[end].kind !== 'word') break;
    const g = groupEndingAt(view, end, registry);
    if (g) return { id: g.id, to: end + 1 };
  }
  return null;
}
