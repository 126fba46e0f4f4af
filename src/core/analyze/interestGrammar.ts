import type { Token } from '../parse/tokenize';
import { CLAIMANT_GROUPS, STATE_ORGANS } from '../data/lexicon';
import { ASIDES, AUX, BODY_NOUNS, CLAUSE_WORDS, DETERMINERS, FINITE, LINKS, MANNER, OBJECT_PRONOUNS, PHRASE_MARKS, PREPOSITIONS, RAISING, REGION_WORDS, RELATIVE_OPENERS, STATE_NOUNS } from '../data/interestCues';
import { REPORTING_VERBS } from '../data/lexicon';
import type { ActorRegistry, SentenceView } from './actorRegistry';
import type { PronounResolver } from './attribution';

/** An actor standing as a subject or owner, with the token where its mention starts. */
export interface Subject {
  readonly actor: string;
  readonly from: number;
}

/**
 * The owner of a goal noun at `v`: "China's (top practical) goal", "its demand", "a Turkish effort".
 */
export function ownerBefore(view: SentenceView, v: number, resolve: PronounResolver, firstPerson?: (k: number) => string | null, registry?: ActorRegistry): Subject | null {
  const tokens = view.tokens;
  let k = v - 1;
  while (k >= 0 && tokens[k].kind === 'word' && !tokens[k].capitalised && !['its', 'their', 'his', 'her', 'our'].includes(tokens[k].lower) && k > v - 4) k--;
  if (tokens[k]?.kind === 'possessive') {
    const m = view.mentions.find((x) => x.to === k);
    return m ? { actor: m.actorId, from: m.from } : null;
  }
  const t = tokens[k];
  if (!t) return null;
  if (t.lower === 'its' || t.lower === 'their') {
    const id = collectiveAt(view, k, resolve, registry);
    return id ? { actor: id, from: k } : null;
  }
  if (t.lower === 'his' || t.lower === 'her') {
    const id = resolve(t.start, 'person');
    return id ? { actor: id, from: k } : null;
  }
  // "our aim is …" in a quotation: the body its speaker speaks for.
  if (t.lower === 'our') {
    const id = firstPerson?.(k);
    return id ? { actor: id, from: k } : null;
  }
  const country = view.adjectives.get(k);
  return country ? { actor: country, from: k } : null;
}

/**
 * What "it", "its", "they" or "their" at token `k` stands for: the one body (not a person) its sentence names
 * before it, a state's organ by its demonym included ("The Namibian government estimates that realising its
 * ambition …", "Podemos says its count gives it a majority"); with none or several, the resolver's answer.
 */
export function collectiveAt(view: SentenceView, k: number, resolve: PronounResolver, registry?: ActorRegistry, object = false): string | null {
  const tokens = view.tokens;
  const fallback = () => resolve(tokens[k].start, 'collective');
  if (!registry) return fallback();
  // Only a subject-like mention, in the same quotation or none: not "a worry for Washington: “Their interest …”".
  let open = -1;
  // …or after a dateline's dash: "Taipei, May 1 (CNA) - The Dominican Republic …".
  const dash = (i: number) => tokens[i].text === '—' || tokens[i].text === '–' || (tokens[i].text === '-' && i > 0 && tokens[i - 1].end < tokens[i].start);
  for (let i = k - 1; i >= 0 && open < 0; i--) if (tokens[i].text === '“' || tokens[i].text === ':' || dash(i)) open = i;
  // An object pronoun is not the subject of its own verb: "the centre gave them an estimate".
  let verbSubject = -1;
  if (object) {
    verbSubject = k - 2;
    while (verbSubject >= 0 && tokens[verbSubject].kind === 'word' && (AUX.has(tokens[verbSubject].lower) || MANNER.has(tokens[verbSubject].lower))) verbSubject--;
  }
  let only: string | null = null;
  for (const m of view.mentions) {
    if (m.to > k) break;
    const before = tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
    if (m.from <= open || PREPOSITIONS.has(tokens[before]?.lower ?? '') || m.to - 1 === verbSubject) continue;
    if (registry.get(m.actorId)?.kind === 'person' || m.actorId === only) continue;
    if (only !== null) return fallback();
    only = m.actorId;
  }
  for (const [i, country] of view.adjectives) {
    if (i >= k || i <= open || !STATE_ORGANS.has(tokens[i + 1]?.lower ?? '') || i + 1 === verbSubject || country === only) continue;
    if (only !== null) return fallback();
    only = country;
  }
  return only ?? fallback();
}

const WH_WORDS = new Set(['how', 'what', 'where', 'whether', 'why', 'when']);
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
/** Prepositions after which "that" is a determiner: "before that date", "of that opportunity". */
const PREPOSITIONS_BEFORE = new Set(['before', 'after', 'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'beyond', 'against', 'under', 'over']);

/**
 * The end (exclusive) of the object phrase starting at `k`: up to a clause boundary, at most 14 tokens. A list
 * runs on over its commas ("cash, commodities and technology"); with `purpose`, so does one "to" of purpose or
 * a second "and to" ("agreed to take joint measures to strengthen their defence capabilities"); with `clause`, a
 * finite verb does not end it (the whole predicate of "For Moscow, the pact secures a partner"); with `long`, it runs
 * to 26 tokens, over one colon, a participle after a comma and two verbs of purpose.
 */
export function objectEnd(view: SentenceView, k: number, stopAtFrom = false, purpose = false, clause = false, long = false): number {
  const tokens = view.tokens;
  let j = k;
  let purposes = purpose || long ? 2 : 0;
  let colons = long ? 1 : 0;
  let limit = long ? 26 : purpose ? 20 : 14;
  while (j < tokens.length && j < k + limit) {
    const t: Token = tokens[j];
    // "Tk10,400": a comma inside a number written without spaces.
    if (t.text === ',' && j > k && tokens[j - 1].end === t.start && tokens[j + 1]?.start === t.end && tokens[j + 1].kind === 'number') {
      j++;
      continue;
    }
    // "a share of the royalties and, in Lapid's telling, a written acknowledgement": an aside inside a list's last item.
    if (t.text === ',' && j > k && (tokens[j - 1].lower === 'and' || tokens[j - 1].lower === 'or')) {
      let c = j + 1;
      while (c < tokens.length && c < j + 9 && tokens[c].kind !== 'punct') c++;
      if (tokens[c]?.text === ',' && c > j + 1 && (tokens[c + 1]?.kind === 'word' || tokens[c + 1]?.kind === 'number')) {
        limit = Math.min(limit + (c - j) + 6, 40);
        j = c + 1;
        continue;
      }
    }
    if (t.text === ',' && j > k && isListComma(tokens, j)) {
      // "a role in a flagship project, data for its farms, and a foothold for joint work": each item has room.
      limit = Math.min(limit + 8, 34);
      j++;
      continue;
    }
    // With `long`, the whole gain of "For TSMC, the agreement brings a signed grant, backed by loans" and of
    // "For China, the prize is diplomatic: another government that recognises Beijing".
    if (long && t.text === ',' && j > k && tokens[j + 1]?.kind === 'word' && /ed$/.test(tokens[j + 1].lower) && !AUX.has(tokens[j + 1].lower)) {
      j++;
      continue;
    }
    if (long && t.text === ':' && j > k && colons > 0) {
      colons--;
      j++;
      continue;
    }
    // "a 20 kilometer (12 miles) long access", "a $3.6 billion (Sh437 billion) loan": a short parenthesis inside the phrase.
    if (t.text === '(' && j > k) {
      let c = j + 1;
      while (c < tokens.length && c < j + 8 && tokens[c].text !== ')' && tokens[c].text !== '(' && !(tokens[c].kind === 'punct' && ['.', ';', ':'].includes(tokens[c].text))) c++;
      if (tokens[c]?.text === ')' && c > j + 1) {
        limit = Math.min(limit + (c - j) + 1, 40);
        j = c + 1;
        continue;
      }
    }
    // ", along with opportunities for …", ", as well as the first right to …": the list goes on.
    if (t.text === ',' && j > k && ((tokens[j + 1]?.lower === 'along' && tokens[j + 2]?.lower === 'with') ||
      (tokens[j + 1]?.lower === 'as' && tokens[j + 2]?.lower === 'well' && tokens[j + 3]?.lower === 'as'))) {
      const skip = tokens[j + 1].lower === 'along' ? 3 : 4;
      limit = Math.min(limit + 8, 40);
      j += skip;
      continue;
    }
    if (t.kind === 'punct' && !PHRASE_MARKS.has(t.text)) break;
    // "an end to the war", "access to U.S. chips": "to" before a determiner or a name is a preposition; before a verb it starts a new clause.
    const after = tokens[j + 1];
    const preposition = after !== undefined && (DETERMINERS.has(after.lower) || after.capitalised || after.kind === 'acronym' || after.kind === 'number' || (PHRASE_MARKS.has(after.text) && after.text !== '-'));
    if (t.lower === 'to' && j > k && !preposition && purposes > 0 && after?.kind === 'word') {
      purposes--;
      j++;
      continue;
    }
    if (t.lower === 'and' && after?.lower === 'to' && purposes > 0) {
      purposes--;
      j += 2;
      continue;
    }
    // "advantage of that opportunity": "that" opening the phrase is a determiner.
    // …and "that" after a preposition ("launch before that date"); "as a military base", "as an emergency": "as" before "a" is a preposition.
    const determiner = (j === k && (t.lower === 'that' || t.lower === 'which') || (t.lower === 'that' && PREPOSITIONS_BEFORE.has(tokens[j - 1]?.lower ?? ''))) &&
      after?.kind === 'word' && !DETERMINERS.has(after.lower) && !AUX.has(after.lower) && !after.capitalised;
    const asPreposition = t.lower === 'as' && j > k && (after?.lower === 'a' || after?.lower === 'an');
    // "explain how they arrive at …": a question word opening the phrase is its object; "more than $3 billion" is one amount.
    const opening = j === k && WH_WORDS.has(t.lower);
    // "move faster than the American timetable"
    const comparative = t.lower === 'than' && (COMPARATIVES.has(tokens[j - 1]?.lower ?? '') || /[^e]er$/.test(tokens[j - 1]?.lower ?? ''));
    // "its huge but largely untapped lithium resources", "not only ports but also railways": "but" inside the phrase.
    const inner = t.lower === 'but' && j > k && after?.kind === 'word' && (after.lower === 'also' || (/ly$/.test(after.lower) && tokens[j + 2]?.kind === 'word' && !AUX.has(tokens[j + 2].lower)));
    if (t.kind === 'word' && !determiner && !opening && !comparative && !asPreposition && !inner && (CLAUSE_WORDS.has(t.lower) || (FINITE.has(t.lower) && j > k && !clause) || t.lower === 'to' && j > k && !preposition)) break;
    if (t.lower === 'and' && AUX.has(tokens[j + 1]?.lower ?? '')) break;
    // "gets oil from Russia": the giver ends what is got; "cheaper oil imports from the Middle East" runs on.
    if (stopAtFrom && t.lower === 'from' && j > k && view.mentions.some((m) => m.from === j + 1 || (m.from === j + 2 && tokens[j + 1].lower === 'the'))) break;
    if (t.lower === 'in' && (tokens[j + 1]?.lower === 'exchange' || tokens[j + 1]?.lower === 'order')) break;
    j++;
  }
  return j;
}

const EMPTY_STARTS = new Set(['to', 'during', 'in', 'at', 'on', 'from', 'of', 'by', 'and', 'or', 'but', 'with', 'it', 'them', 'this', 'these', 'those', 'what',
  'before', 'after', 'until']);
/** Words that alone name no gain: "Russia got back", "Britain gains industrially", "we receive normally". */
const EMPTY_WORDS = new Set(['back', 'there', 'here', 'only', 'more', 'less', 'much', 'most', 'too', 'so']);
/** True for an "interest" that names nothing: "to their total", "during the talks", "it", "a US", "industrially". */
export function isEmptyInterest(text: string): boolean {
  const words = text.split(/\s+/);
  if (EMPTY_STARTS.has(words[0].toLowerCase())) return true;
  if (words.length === 1 && (EMPTY_WORDS.has(words[0].toLowerCase()) || /ly$/.test(words[0]))) return true;
  return words.length <= 2 && words.every((w) => DETERMINERS.has(w.toLowerCase()) || /^\p{Lu}{1,3}$/u.test(w) || OBJECT_PRONOUNS.has(w.toLowerCase()));
}

/** Tokens a list item may run to before its closing comma or "and": "a share of the Qana royalties and, …". */
const LIST_ITEM = 10;
/** True for the comma at `j` inside a list of short noun phrases: "cash, commodities and technology". */
export function isListComma(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k < j + LIST_ITEM; k++) {
    const t = tokens[k];
    // "boost government revenue, encourage fiscal consolidation, bring in new pricing …": another item follows.
    if (t.text === ',' && k > j + 1) return isListComma(tokens, k);
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.lower) || AUX.has(t.lower)) return false;
    // ", and the company said it …": a clause, not an item.
    if ((t.lower === 'and' || t.lower === 'or') && k === j + 1) return tokens[k + 1]?.kind === 'word' && !AUX.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'to' && !CLAUSE_WORDS.has(tokens[k + 1].lower) &&
      !tokens.slice(k + 2, k + 5).some((w) => w.kind === 'word' && (REPORTING_VERBS.has(w.lower) || FINITE.has(w.lower)));
    // "full rights over Karish, a share of the royalties and, in Lapid's telling, a written acknowledgement": an aside after "and".
    if ((t.lower === 'and' || t.lower === 'or') && k > j + 1) return (tokens[k + 1]?.kind === 'word' && !AUX.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'to') || tokens[k + 1]?.text === ',';
  }
  return false;
}

/**
 * The subjects of the verb at `v`: the one {@link subjectBefore} finds, and any joined to it by "and" ("Putin and
 * Kim agreed …"); "forced Putin to look for …": the one before "to"; "Todesca, who intends to …": the one before
 * the relative; "it" and "they": the collective named last.
 */
export function subjectsBefore(view: SentenceView, v: number, resolve: PronounResolver, registry: ActorRegistry, speakerAt?: (k: number) => string | null): Subject[] {
  const tokens = view.tokens;
  let j = v - 1;
  while (j >= 0 && tokens[j].kind === 'word' && (AUX.has(tokens[j].lower) || MANNER.has(tokens[j].lower))) j--;
  // "Australia and the US, which pressed Honiara not to sign, want …": the subject stands before the relative clause.
  if (j >= 3 && tokens[j].text === ',') {
    for (let k = j - 1; k >= Math.max(1, j - 14); k--) {
      if (tokens[k].text !== ',') continue;
      // …or an appositive: "Kumar, the agency's chairman, also wants …"
      if (RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '') || ['the', 'a', 'an'].includes(tokens[k + 1]?.lower ?? '')) {
        const before = subjectsBefore(view, k, resolve, registry, speakerAt);
        if (before.length > 0) return before;
      }
      // "Spain's fisheries minister, Luis Planas, has urged …": the aside names the subject.
      const named = view.mentions.find((m) => m.from === k + 1 && m.to === j);
      if (named) return [{ actor: named.actorId, from: named.from }];
      // "Venezuela, badly short of cash, has obtained …": a verbless aside after a name.
      const owner = view.mentions.find((m) => m.to === k);
      const verbless = tokens.slice(k + 1, j).every((w) => w.kind === 'word' && !AUX.has(w.lower) && !FINITE.has(w.lower) && !REPORTING_VERBS.has(w.lower) && !CLAUSE_WORDS.has(w.lower));
      if (owner && verbless && j - k <= 6 && (k === owner.to) && (owner.from === 0 || !PREPOSITIONS.has(tokens[owner.from - 1].lower))) return [{ actor: owner.actorId, from: owner.from }];
      break;
    }
  }
  // "“I want to end this dispute,” he said": the first person of a quotation is its speaker.
  if (j >= 0 && speakerAt && (tokens[j].text === 'I' || tokens[j].lower === 'we')) {
    const id = speakerAt(j);
    if (id) return [{ actor: id, from: j }];
  }
  if (j >= 1 && tokens[j].lower === 'to') {
    const m = view.mentions.find((x) => x.to === j);
    if (m) return [{ actor: m.actorId, from: m.from }];
  }
  if (j >= 2 && (tokens[j].lower === 'who' || tokens[j].lower === 'which') && tokens[j - 1].text === ',') {
    const m = view.mentions.find((x) => x.to === j - 1);
    if (m) {
      // "Australia and the US, which pressed …": both.
      const and = tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
      const other = tokens[and]?.lower === 'and' ? view.mentions.find((x) => x.to === and) : undefined;
      return other && other.actorId !== m.actorId ? [{ actor: other.actorId, from: other.from }, { actor: m.actorId, from: m.from }] : [{ actor: m.actorId, from: m.from }];
    }
  }
  if (j >= 0 && (tokens[j].lower === 'it' || tokens[j].lower === 'they') && tokens[j].start > 0) {
    const id = collectiveAt(view, j, resolve, registry);
    if (id) return [{ actor: id, from: j }];
  }
  const first = subjectBefore(view, v, resolve, registry);
  if (!first) return [];
  const out = [first];
  const and = tokens[first.from - 1]?.lower === 'the' ? first.from - 2 : first.from - 1;
  if (tokens[and]?.lower === 'and') {
    // "France, Poland and Ireland would need …": the whole list.
    let other = view.mentions.find((x) => x.to === and);
    while (other && other.actorId !== first.actor && !out.some((o) => o.actor === other?.actorId)) {
      out.unshift({ actor: other.actorId, from: other.from });
      const comma = tokens[other.from - 1]?.lower === 'the' ? other.from - 2 : other.from - 1;
      if (tokens[comma]?.text !== ',' || out.length >= 6) break;
      other = view.mentions.find((x) => x.to === comma);
    }
  }
  // "The deal between Armenia and Azerbaijan aims to …": the names are the object of "between", not the subject.
  const head = out[0].from;
  const before = tokens[head - 1]?.lower === 'the' ? head - 2 : head - 1;
  if (tokens[before]?.lower === 'between' || tokens[before]?.lower === 'among') return [];
  return out;
}

/** The actor that is the subject of the verb at `v`: a mention, a pronoun, or "the North Korean regime". */
export function subjectBefore(view: SentenceView, v: number, resolve: PronounResolver, registry: ActorRegistry): Subject | null {
  const tokens = view.tokens;
  let j = v - 1;
  for (;;) {
    while (j >= 0 && tokens[j].kind === 'word' && (AUX.has(tokens[j].lower) || MANNER.has(tokens[j].lower))) j--;
    // "Sri Lanka is likely to receive …", "Kenya is expected to get …", "China stands to gain …"
    if (j >= 1 && tokens[j].lower === 'to' && RAISING.has(tokens[j - 1].lower)) j -= 2;
    // "Somaliland is to receive a stake"
    else if (j >= 1 && tokens[j].lower === 'to' && LINKS.has(tokens[j - 1].lower)) j -= 2;
    else {
      const before = asideStart(tokens, j);
      if (before === j) break;
      j = before;
    }
  }
  if (j < 0) return null;
  const m = view.mentions.find((x) => x.to - 1 === j);
  // "photos of Kim receiving caskets": a participle after a preposition's object describes, it does not assert.
  if (m && j === v - 1 && PREPOSITIONS.has(tokens[m.from - 1]?.lower ?? '') && tokens[v].lower.endsWith('ing')) return null;
  if (m) return { actor: m.actorId, from: m.from };
  const t = tokens[j];
  if (t.kind === 'word' && (t.lower === 'he' || t.lower === 'she')) {
    const id = resolve(t.start, 'person');
    return id ? { actor: id, from: j } : null;
  }
  // "Poorer countries have long called for …": a group of two words.
  const pair = j > 0 && t.kind === 'word' ? CLAIMANT_GROUPS.get(`${tokens[j - 1].lower} ${t.lower}`) : undefined;
  if (pair && /s$/.test(t.lower)) {
    const id = registry.ensure(pair, 'group');
    registry.addMention(view, id, j - 1, j + 1);
    return { actor: id, from: j - 1 };
  }
  // "Unions want …", "Scientists want …": an unnamed group.
  const group = t.kind === 'word' ? CLAIMANT_GROUPS.get(t.lower) : undefined;
  if (group && /s$/.test(t.lower) && !view.adjectives.has(j - 1)) {
    const id = registry.ensure(group, 'group');
    registry.addMention(view, id, j, j + 1);
    return { actor: id, from: j };
  }
  if (t.kind === 'word' && STATE_ORGANS.has(t.lower)) {
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
      const country = view.adjectives.get(k);
      if (country) return { actor: country, from: tokens[k - 1]?.lower === 'the' ? k - 1 : k };
      // "US forces would enjoy …": a state's name before its organ.
      const named = view.mentions.find((x) => x.to === k + 1);
      if (named && registry.get(named.actorId)?.kind === 'country') return { actor: named.actorId, from: named.from };
    }
  }
  // "Indian drugmakers gain …": a people's group named by its demonym, apart from its state.
  if (t.kind === 'word' && !t.capitalised && /[^s]s$/.test(t.lower) && j > 0 && view.adjectives.has(j - 1) && tokens[j - 1].capitalised && !AUX.has(t.lower)) {
    const id = registry.ensure(`${tokens[j - 1].text} ${t.lower}`, 'group');
    registry.addMention(view, id, j - 1, j + 1);
    return { actor: id, from: j - 1 };
  }
  return descriptionEndingAt(view, j, resolve);
}

/**
 * The token before an aside that ends at `j` (", for its part,", ", meanwhile,", ", he told China Daily,"),
 * or `j` itself when no aside ends there: a subject stands before it.
 */
function asideStart(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ',') return j;
  for (let c = j - 1; c >= Math.max(1, j - 7); c--) {
    if (tokens[c].text !== ',') continue;
    let aside = true;
    let reported = false;
    for (let k = c + 1; k < j; k++) {
      const w = tokens[k];
      if (w.kind === 'word' && REPORTING_VERBS.has(w.lower)) reported = true;
      else if (!(w.kind === 'word' && ASIDES.has(w.lower))) aside = false;
    }
    return aside || (reported && j - c <= 6) ? c - 1 : j;
  }
  return j;
}

/**
 * The actor a definite description ending at `j` stands for: "the kingdom", "the landlocked country" (the
 * state named last), "the bloc", "the lender" (the organisation named last). Not "the state of emergency".
 */
export function descriptionEndingAt(view: SentenceView, j: number, resolve: PronounResolver): Subject | null {
  const tokens = view.tokens;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  const kind = STATE_NOUNS.has(t.lower) ? 'country' : BODY_NOUNS.has(t.lower) ? 'company' : null;
  if (kind === null || tokens[j + 1]?.lower === 'of' || tokens[j + 1]?.capitalised) return null;
  let k = j - 1;
  while (k >= j - 2 && k >= 0 && ((tokens[k].kind === 'word' && !tokens[k].capitalised && !DETERMINERS.has(tokens[k].lower)) || tokens[k].text === '-')) k--;
  if (tokens[k]?.lower !== 'the') return null;
  const id = resolve(t.start, kind);
  return id ? { actor: id, from: k } : null;
}

/** An actor named (or referred to by "him"/"her") from token `k`. */
export function actorAt(view: SentenceView, k: number, resolve: PronounResolver, registry?: ActorRegistry, firstPerson?: (k: number) => string | null): { actor: string; to: number } | null {
  const tokens = view.tokens;
  // "give southern China easier access": a region's adjective before the name does not hide it.
  const m = view.mentions.find((x) => x.from === k || (x.from === k + 1 && (tokens[k]?.lower === 'the' || REGION_WORDS.has(tokens[k]?.lower ?? ''))));
  if (m) return { actor: m.actorId, to: m.to };
  // "to help poor nations deal with …": a group of two words.
  const g = tokens[k]?.lower === 'the' ? k + 1 : k;
  const pair = registry && tokens[g + 1] ? CLAIMANT_GROUPS.get(`${tokens[g].lower} ${tokens[g + 1].lower}`) : undefined;
  if (registry && pair) {
    const id = registry.ensure(pair, 'group');
    registry.addMention(view, id, g, g + 2);
    return { actor: id, to: g + 2 };
  }
  const t = tokens[k];
  // "It will help us look at …", "it will bring us 6 billion": in a quotation, the speaker's body.
  if (t && t.text === 'us' && firstPerson) {
    const id = firstPerson(k);
    return id ? { actor: id, to: k + 1 } : null;
  }
  if (t && OBJECT_PRONOUNS.has(t.lower)) {
    const id = resolve(t.start, 'person');
    return id ? { actor: id, to: k + 1 } : null;
  }
  // "would give its navy long-range strike capabilities": the owner of what is named.
  // Not "gave its own account": what is owned is the object.
  if (t && (t.lower === 'its' || t.lower === 'their') && registry && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].capitalised && tokens[k + 1].lower !== 'own') {
    const id = collectiveAt(view, k, resolve, registry);
    let to = k + 2;
    if (tokens[to]?.kind === 'word' && !tokens[to].capitalised && /s$/.test(tokens[to].lower) && !AUX.has(tokens[to].lower)) to++;
    return id ? { actor: id, to } : null;
  }
  // "would give American troops unrestricted access": a state's troops or organs stand for it.
  const demonym = view.adjectives.get(k);
  if (demonym && (STATE_ORGANS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'troops')) return { actor: demonym, to: k + 2 };
  // "meant to give the landlocked country access to the Red Sea": a definite description.
  if (t && t.lower === 'the') {
    for (let e = k + 1; e <= k + 3 && e < tokens.length; e++) {
      const d = descriptionEndingAt(view, e, resolve);
      if (d) return { actor: d.actor, to: e + 1 };
    }
  }
  // "will give it sway over …", "hands them a win": the collective named last.
  if (t && (t.lower === 'it' || t.lower === 'them') && registry) {
    const id = collectiveAt(view, k, resolve, registry, true);
    return id ? { actor: id, to: k + 1 } : null;
  }
  return null;
}
