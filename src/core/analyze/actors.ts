import { checkpoint, CHECK_EVERY, type Cancelled } from './cancel';
import type { Sentence, Token } from '../parse/tokenize';
import { loadDescriptions, loadOrganisations } from '../data/organisations';
import { CAPITALISED_STOPWORDS, CLAIMANT_GROUPS, COMPANY_NOUNS, CLAUSE_OPENERS, SUBJECT_GROUPS, MONTHS, NON_ACTOR_HEADS, ORGANISATION_HEADS, REPORTING_VERBS, GOVERNMENT_NAMES, PORTFOLIOS, STATE_NOUNS, STATE_ORGANS, TITLES, WEEKDAYS } from '../data/lexicon';
import { NO_ADJECTIVES, setAdjective, sliceTokens, type ActorRegistry, type MentionRef, type SentenceView } from './actorRegistry';
import { defaultGazetteer, phraseTokens, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { CITIES, CITY_FIRST_WORDS, REGION_FIRST_WORDS, REGIONS } from '../data/places';
import { loadStateStyles } from '../data/countries';
import { sentenceTriggers } from './triggers';

const PARTICLES = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'du', 'del', 'la', 'le', 'dos', 'di', 'ibn']);
/** Lower-case Arabic articles joined to a surname by a hyphen: "al-Sisi", "el-Molla". */
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ul']);
/** The particles inside people's names ("Ursula von der Leyen", "Mohammed bin Salman", "Charles de Gaulle"). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'da', 'du', 'del', 'dos', 'di', 'la', 'le']);

/** A capitalised name of a source the gazetteer does not know ("Oxfam said", "said Jane Smith"): a new actor. */
export function nameActor(view: SentenceView, from: number, to: number, registry: ActorRegistry): string | null {
  const tokens = view.tokens;
  let a = from;
  while (a < to && (CAPITALISED_STOPWORDS.has(tokens[a].lower) || TITLES.has(tokens[a].lower))) a++;
  if (a >= to || to - a > 4) return null;
  const words = tokens.slice(a, to);
  if (!words.every((t) => isNameWord(t) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower))) return null;
  if (words.length === 1 && a === from && isSentenceInitial(tokens, a) && GERUND.test(words[0].text)) return null;
  if (CITY_FIRST_WORDS.has(tokens[a].text) && CITIES.has(sliceTokens(tokens, a, to))) return null;
  const head = tokens[to - 1];
  // "Air France", "Radio Free Asia": a country's name after the first word is part of a body's name, not a person's.
  const gazetteer = defaultGazetteer();
  const countryInside = words.length >= 2 && words.some((_, k) => k > 0 && gazetteer.match(tokens, a + k)?.kind === 'country');
  const kind = countryInside || words.length === 1 && words[0].kind === 'acronym' || /^\p{Lu}{2,}$/u.test(words[0].text) || ORGANISATION_HEADS.has(head.lower)
    ? 'organisation'
    : words.length >= 2 && words.every(isPersonWord) ? 'person' : a > from ? 'person' : 'other';
  const id = registry.ensure(sliceTokens(tokens, a, to), kind);
  registry.addMention(view, id, a, to);
  return id;
}

/** True when token `i` is inside one of `mentions` (a loop, not `some` with a closure: it runs at every "the"). */
function inMention(mentions: readonly MentionRef[], i: number): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].from <= i && i < mentions[k].to) return true;
  return false;
}

/** "Falling prices …", "Having won …": a capitalised -ing word opening a sentence is a verb form, not a name. */
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** One capital letter, with or without its full stop after it: an initial ("S" of "Kenneth S. Courtis"). */
const isInitialWord = (t: Token): boolean => t.kind === 'word' && t.text.length === 1 && t.text !== 'I' && t.capitalised;

const isNameWord = (t: Token): boolean => (t.kind === 'word' || t.kind === 'acronym') && t.capitalised;

/** True for the person-like word: capital then lower-case letters ("Lennon", "McCarthy"). */
const personWords = new Map<string, boolean>();
const isPersonWord = (t: Token): boolean => {
  if (t.kind !== 'word' || !t.capitalised) return false;
  // Names recur through a document: each distinct word is judged once.
  let v = personWords.get(t.text);
  if (v === undefined) {
    v = /^\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?$/u.test(t.text) &&
      !CAPITALISED_STOPWORDS.has(t.lower) && !TITLES.has(t.lower) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower) &&
      !ORGANISATION_HEADS.has(t.lower) && !NON_ACTOR_HEADS.has(t.lower);
    if (personWords.size < 50_000) personWords.set(t.text, v);
  }
  return v;
};

/**
 * "National Disaster Risk Reduction and Management Council", "Department of Health and Human Services":
 * a name run continues over "and" (or "&") into a run that ends in an organisation's head word, unless the
 * first part names a state or organisation of its own ("Britain and the Labour Party") or has a head of its own.
 * Returns the end of the run, joined or not.
 */
function joinAnd(tokens: readonly Token[], from: number, to: number, gazetteer: Gazetteer): number {
  const and = tokens[to];
  if (!and || (and.text !== 'and' && and.text !== '&') || !tokens[to + 1] || !isNameWord(tokens[to + 1])) return to;
  let end = to + 1;
  while (end < tokens.length && (isNameWord(tokens[end]) || (PARTICLES.has(tokens[end].lower) && end + 1 < tokens.length && isNameWord(tokens[end + 1])))) end++;
  // "Armed Conflict Location & Event Data Project", "Procter & Gamble": an ampersand joins one name.
  if (and.text === '&' && to - from >= 1) return end;
  // "Sinohydro and China Railway Group": a second name that opens with a state's is a name of its own.
  // "Ministry of Labour and Employment", "Center for Energy and Environmental Policy Research": after a head
  // and its "of" or "for", "and" goes on within the complement, unless a title or a known name follows.
  let complement = false;
  for (let k = from + 1; k < to - 1 && !complement; k++) complement = (tokens[k].lower === 'of' || tokens[k].lower === 'for') && ORGANISATION_HEADS.has(tokens[k - 1].lower);
  if ((ORGANISATION_HEADS.has(tokens[to - 1].lower) && !complement) || gazetteer.match(tokens, to + 1)?.kind === 'country') return to;
  if (!ORGANISATION_HEADS.has(tokens[end - 1].lower) || complement) {
    if (!complement || end - to - 1 > 3) return to;
    for (let k = to + 1; k < end; k++) if (!isNameWord(tokens[k]) || (TITLES.has(tokens[k].lower) && !PORTFOLIOS.has(tokens[k].lower)) || gazetteer.match(tokens, k)) return to;
  }
  // A gazetteer name that is the whole joined run ("National Aeronautics and Space Administration"), after a
  // state's name or not ("US National …"), joins.
  for (let k = from; k < to; k++) {
    const known = gazetteer.match(tokens, k);
    if (!known) continue;
    if (k + known.tokens.length === end) return end;
    if (k === from && known.kind === 'country' && k + known.tokens.length < to) {
      k += known.tokens.length - 1;
      continue;
    }
    // "Ministry of Labour and Employment": a known name inside the head's complement is the complement's word.
    if (complement && k > from + 1 && (tokens[k - 1].lower === 'of' || tokens[k - 1].lower === 'for')) continue;
    return to;
  }
  return end;
}

/**
 * "the U.N. refugee agency", "the UN health agency": a gazetteer name whose later words the text writes in
 * lower case runs on past the capitalised words. Returns the end of the run, with the name's tail or not.
 */
function lowerCaseTail(tokens: readonly Token[], from: number, to: number, gazetteer: Gazetteer): number {
  if (to >= tokens.length || tokens[to].kind !== 'word' || tokens[to].capitalised || !TAIL_WORDS.has(tokens[to].lower)) return to;
  for (let k = from; k < to; k++) {
    const known = gazetteer.match(tokens, k);
    if (!known) continue;
    const end = k + known.tokens.length;
    if (end <= to) {
      k = end - 1;
      continue;
    }
    for (let p = to; p < end; p++) if (tokens[p].kind !== 'word' || tokens[p].capitalised) return to;
    return end;
  }
  return to;
}

/** The later words of the gazetteer's organisations' names of three words or more: what {@link lowerCaseTail} may run on over. */
const TAIL_WORDS: ReadonlySet<string> = new Set(loadOrganisations().flatMap((o) => [o.name, ...o.otherNames])
  .map((n) => phraseTokens(n)).filter((t) => t.length >= 3).flatMap((t) => t.slice(1).map((w) => w.toLowerCase())));

const NO_SPANS: ReadonlyMap<number, number> = new Map();
/** Words that may stand inside a name an acronym spells without giving it a letter: "Food and Agriculture". */
const ACRONYM_FILLERS = new Set(['of', 'and', '&', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'del', 'da', 'di', 'y', 'et', 'to', '-']);

/**
 * "the Tigray People's Liberation Front (TPLF)", "China Road and Bridge Corporation (CRBC)": the name an
 * acronym in brackets spells, from its initials (in any order: "General Confederation of Labor (CGT)"),
 * becomes one organisation, whatever words of places or other names it holds. Returns the token spans it
 * covers (start → end), which the run loop skips. The acronym of a thing's name ("Non-Proliferation Treaty
 * (NPT)") goes into `things`: alone later it is no actor either.
 */
function bracketedNames(view: SentenceView, gazetteer: Gazetteer, registry: ActorRegistry, things: Set<string>): ReadonlyMap<number, number> {
  const tokens = view.tokens;
  let spans: Map<number, number> | undefined;
  for (let p = 2; p + 2 < tokens.length; p++) {
    if (tokens[p].text !== '(' || tokens[p + 2].text !== ')' || !isAcronymWord(tokens[p + 1].text)) continue;
    const acronym = tokens[p + 1].text;
    const want = [...acronym].sort().join('');
    let letters = '';
    let start = -1;
    let words = 0;
    for (let k = p - 1; k >= 0 && k >= p - 14; k--) {
      const t = tokens[k];
      if (isNameWord(t) && !CAPITALISED_STOPWORDS.has(t.lower)) {
        letters = t.text.charAt(0).toUpperCase() + letters;
        words++;
        if (letters.length === acronym.length) {
          if (letters === acronym || [...letters].sort().join('') === want) start = k;
          break;
        }
      } else if (!(ACRONYM_FILLERS.has(t.lower) || t.kind === 'possessive') || k === p - 1) break;
    }
    if (start < 0 || words < 2 || (start > 0 && isNameWord(tokens[start - 1]) && !CAPITALISED_STOPWORDS.has(tokens[start - 1].lower))) continue;
    // "the Non-Proliferation Treaty (NPT)", "a memorandum of understanding (MOU)": a thing's name, not a body's.
    const head = headOf(tokens, start, p);
    if (head && !ORGANISATION_HEADS.has(head.lower) && head.lower !== 'partnership' && (NON_ACTOR_HEADS.has(head.lower) || NON_ACTOR_BRACKETED.has(head.lower))) {
      things.add(acronym);
      continue;
    }
    // A name the gazetteer knows whole ("United Nations (UN)") goes the usual way.
    const known = gazetteer.match(tokens, start);
    if (known && start + known.tokens.length === p) continue;
    const id = registry.ensure(sliceTokens(tokens, start, p), 'organisation');
    registry.addMention(view, id, start, p);
    (spans ??= new Map()).set(start, p);
  }
  return spans ?? NO_SPANS;
}

/** Heads of bracketed names that are things, besides {@link NON_ACTOR_HEADS}: treaties, programmes, vehicles. */
const NON_ACTOR_BRACKETED = new Set(['convention', 'memorandum', 'understanding', 'protocol', 'charter', 'scheme', 'education', 'aircraft', 'satellite', 'system', 'zone', 'corridor', 'route', 'meeting', 'depot', 'dam']);

/** Two to six capital letters and nothing else: a word that may be an acronym ("RSF", "UNHCR"). */
function isAcronymWord(text: string): boolean {
  if (text.length < 2 || text.length > 6) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) continue;
    if (c < 128) return false;
    return /^\p{Lu}{2,6}$/u.test(text);
  }
  return true;
}

function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return long.length >= 4 && long.filter((t) => t.capitalised).length / long.length >= 0.7;
}

/** Words after a name that show the name is acting: "Volkswagen plans", "Nature estimates". */
const VERBISH = new Set([...REPORTING_VERBS, ...`is was has had will would could can may might must plans plan planned wants
  wanted employs employed sold sells makes made owns runs launched cuts cut hired agreed rejected accused denies denied opened
  closed warned expects expected won lost raised invested acquired bought signed seeks sought aims hopes intends decided
  refused urged called asked demanded threatened promised pledged vowed insisted want need hope hopes seek fear
  offers offered fixed placed pegged revised
  published publishes released releases issued issues conducted surveyed polled`.split(/\s+/)]);

/** Words before a name that make it a place: "in El Fasher", "the city of Tawila". */
const PLACE_BEFORE = new Set(['in', 'on', 'at', 'near', 'into', 'outside', 'around', 'across', 'towards', 'toward', 'inside', 'within']);
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'region', 'province', 'control', 'outskirts', 'centre', 'center',
  'streets', 'capital', 'port', 'siege', 'battle', 'fall', 'district', 'state', 'county', 'suburbs', 'area', 'island', 'state']);
/** First words of names that are storms, operations or places, never actors. */
const NON_ACTOR_LEADS = new Set(['cyclone', 'hurricane', 'storm', 'typhoon', 'tropical', 'operation', 'mount', 'lake', 'fort',
  'port', 'cape', 'saint', 'st', 'camp', 'battle', 'siege', 'hotel', 'camp']);

function inPlaceContext(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.lower ?? '';
  if (PLACE_BEFORE.has(prev)) return true;
  return prev === 'of' && PLACE_NOUNS.has(tokens[at - 2]?.lower ?? '');
}

interface PendingSingle {
  view: SentenceView;
  index: number;
  titled: boolean;
}

/**
 * Finds actors: countries and organisations from the gazetteer (names, capitals, seats, demonyms), people
 * from capitalised names (titles stripped), organisations from names with an organisation head, and later
 * references to a person by one part of the name ("Kim", "Putin").
 */
export function findActors(sentences: readonly Sentence[], registry: ActorRegistry, cancelled?: Cancelled, triggersOf: (index: number, tokens: readonly Token[]) => number = (_, tokens) => sentenceTriggers(tokens)): SentenceView[] {
  const gazetteer = defaultGazetteer();
  const views: SentenceView[] = [];
  const singles: PendingSingle[] = [];
  /** Words of storms', operations' and places' names ("Katrina" of "Hurricane Katrina"): never an actor alone. */
  const nonActorNames = new Set<string>();
  /** Name words that could be an acronym ("RSF"), in document order: where a bracketed acronym may recur. */
  const capitals: Array<{ view: SentenceView; index: number }> = [];
  const persons = new Map<string, string[]>();
  const headingTokens = new Map<number, Token[]>();
  for (const s of sentences) if (s.heading) headingTokens.set(s.block, [...(headingTokens.get(s.block) ?? []), ...s.tokens]);
  const titleCaseBlocks = new Set([...headingTokens].filter(([, tokens]) => isTitleCase(tokens)).map(([block]) => block));

  for (const sentence of sentences) {
    if (views.length % CHECK_EVERY === 0) checkpoint(cancelled);
    const titleCase = titleCaseBlocks.has(sentence.block);
    const tokens = sentence.tokens;
    const view: SentenceView = { sentence, tokens, mentions: [], adjectives: NO_ADJECTIVES, titleCase, triggers: triggersOf(views.length, tokens) };
    views.push(view);
    const bracketed = titleCase ? NO_SPANS : bracketedNames(view, gazetteer, registry, nonActorNames);
    // Runs of name words (with particles between them), each split into gazetteer hits and the rest.
    let i = 0;
    while (i < tokens.length) {
      const named = bracketed.get(i);
      if (named !== undefined) {
        i = named;
        continue;
      }
      if (!isNameWord(tokens[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && !bracketed.has(j)) {
        if (isNameWord(tokens[j])) j++;
        // "Abdel Fattah al-Sisi", "Tarek el-Molla": an Arabic article joined by a hyphen to the surname.
        else if (HYPHEN_PARTICLES.has(tokens[j].text) && tokens[j + 1]?.text === '-' && j + 2 < tokens.length && isNameWord(tokens[j + 2]) &&
          tokens[j + 1].start === tokens[j].end && tokens[j + 2].start === tokens[j + 1].end && tokens[j].start > tokens[j - 1].end) j += 3;
        // "Kenneth S. Courtis": the full stop of an initial, touching it, is inside the name.
        else if (tokens[j].text === '.' && isInitialWord(tokens[j - 1]) && tokens[j].start === tokens[j - 1].end && j + 1 < tokens.length && isNameWord(tokens[j + 1])) j++;
        // "Rumi Nielson-Green": a hyphen between two name words, touching both, is inside the name.
        else if (tokens[j].text === '-' && j + 1 < tokens.length && isNameWord(tokens[j + 1]) && tokens[j].start === tokens[j - 1].end && tokens[j + 1].start === tokens[j].end) j += 2;
        // "Mark Costello of Auckland University": a person's full name does not run on over "of".
        else if (tokens[j].lower === 'of' && j - i >= 2 && isPersonWord(tokens[j - 1]) && isPersonWord(tokens[j - 2])) break;
        else if (PARTICLES.has(tokens[j].lower) && j + 1 < tokens.length && isNameWord(tokens[j + 1])) j += 2;
        // "Ursula von der Leyen": two particles of a person's name between name words.
        else if (NAME_PARTICLES.has(tokens[j].text) && NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && j + 2 < tokens.length && isPersonWord(tokens[j + 2])) j += 3;
        // "Kenya National Commission on Human Rights", "Council on Foreign Relations": "on" after a body's head.
        else if (tokens[j].text === 'on' && ORGANISATION_HEADS.has(tokens[j - 1].lower) && j + 1 < tokens.length && isNameWord(tokens[j + 1]) && !CAPITALISED_STOPWORDS.has(tokens[j + 1].lower) &&
          !WEEKDAYS.has(tokens[j + 1].lower) && !MONTHS.has(tokens[j + 1].lower)) j += 2;
        // "Ministry of the Interior", "Department of the Treasury"
        else if (tokens[j].lower === 'of' && tokens[j + 1]?.lower === 'the' && j + 2 < tokens.length && isNameWord(tokens[j + 2]) && ORGANISATION_HEADS.has(tokens[j - 1].lower)) j += 3;
        else if (tokens[j].text === 'the' && j + 1 < tokens.length && isNameWord(tokens[j + 1]) && tokens[j - 1].lower === 'of') j++;
        // "Save the Children": "the" between two name words, neither a stop word, month or weekday, is inside the name.
        else if (tokens[j].text === 'the' && j + 1 < tokens.length && isNameWord(tokens[j + 1]) && isNameWord(tokens[j - 1]) && j - 1 > i - 1 &&
          !CAPITALISED_STOPWORDS.has(tokens[j - 1].lower) && !CAPITALISED_STOPWORDS.has(tokens[j + 1].lower) && !MONTHS.has(tokens[j - 1].lower) &&
          !WEEKDAYS.has(tokens[j - 1].lower) && !TITLES.has(tokens[j - 1].lower) && tokens[j + 1].kind === 'word' && j - i === 1) j++;
        else break;
      }
      j = joinAnd(tokens, i, j, gazetteer);
      j = lowerCaseTail(tokens, i, j, gazetteer);
      for (let k = i; k < j; k++) if (isAcronymWord(tokens[k].text)) capitals.push({ view, index: k });
      // "von der Leyen said", "bin Salman said": the lower-case particles before a surname are part of it.
      let s = i;
      while (s > 0 && s > i - 2 && NAME_PARTICLES.has(tokens[s - 1].text) && tokens[s - 1].end === tokens[s].start - 1) s--;
      if (s < i && isPersonWord(tokens[i]) && j === i + 1 && (s === 0 || !isNameWord(tokens[s - 1]))) handleRun(view, s, j, gazetteer, registry, singles, persons, nonActorNames);
      else handleRun(view, i, j, gazetteer, registry, singles, persons, nonActorNames);
      i = j;
    }
  }

  // "The Rapid Support Forces (RSF)": an acronym in brackets after a name is another name for it.
  const acronyms = new Map<string, string>();
  // "EC" for the Election Commission, "ECI" for the Election Commission of India: the initials of an
  // organisation's name found in the text, when no other organisation has the same initials.
  const initials = new Map<string, string | null>();
  for (const v of views) {
    for (const m of v.mentions) {
      const t = v.tokens;
      if (t[m.to]?.text === '(' && t[m.to + 2]?.text === ')' && isAcronymWord(t[m.to + 1]?.text ?? '')) acronyms.set(t[m.to + 1].text, m.actorId);
      const actor = registry.get(m.actorId);
      if (actor?.kind !== 'organisation' || m.to - m.from < 2) continue;
      let letters = '';
      for (let k = m.from; k < m.to; k++) if (t[k].capitalised && t[k].kind === 'word') letters += t[k].text.charAt(0);
      if (letters.length >= 2) {
        const owner = initials.get(letters);
        initials.set(letters, owner === undefined || owner === m.actorId ? m.actorId : null);
      }
    }
  }
  for (const [letters, id] of initials) if (id !== null && !acronyms.has(letters)) acronyms.set(letters, id);
  for (const { view: v, index: i } of acronyms.size > 0 ? capitals : []) {
    const id = acronyms.get(v.tokens[i].text);
    if (id && !v.mentions.some((m) => m.from <= i && i < m.to)) registry.addMention(v, id, i, i + 1);
  }

  // A person's first or last name alone refers to that person when no other person shares it.
  const partOwners = new Map<string, Set<string>>();
  for (const [id, parts] of persons) {
    for (const part of [parts[0], parts[parts.length - 1]]) {
      const owners = partOwners.get(part) ?? new Set<string>();
      owners.add(id);
      partOwners.set(part, owners);
    }
  }
  // "Official confirmed deaths rose …": a sentence's first word is capitalised whatever it is; one that the
  // document also writes in lower case ("the official count") is a common word, not a name.
  const initialWords = new Set<string>();
  for (const s of singles) {
    // Only the words that would become a new actor below need the check.
    if (s.titled || s.view.titleCase || !isSentenceInitial(s.view.tokens, s.index) || partOwners.has(s.view.tokens[s.index].text)) continue;
    if (actsAsSubject(s.view, s.index)) initialWords.add(s.view.tokens[s.index].lower);
  }
  const commonWords = lowerCaseOccurrences(registry.text, initialWords);
  for (const s of singles) {
    // A word already named as part of another actor (an acronym given in brackets) is not a new one.
    if (s.view.mentions.some((m) => m.from <= s.index && s.index < m.to)) continue;
    const text = s.view.tokens[s.index].text;
    if (nonActorNames.has(text)) continue;
    const owners = partOwners.get(text);
    // "Falling prices", but "Manning said" of Chelsea Manning: an -ing word is a name when a named person has it.
    if (!s.titled && isSentenceInitial(s.view.tokens, s.index) && (commonWords.has(s.view.tokens[s.index].lower) || (!owners && GERUND.test(text)))) continue;
    if (owners && owners.size === 1) {
      registry.addMention(s.view, [...owners][0], s.index, s.index + 1);
    } else if (s.titled && !owners && !s.view.titleCase) {
      const id = registry.ensure(text, 'person');
      registry.addMention(s.view, id, s.index, s.index + 1);
    } else if (!owners && !s.view.titleCase && (kindThenVerb(s.view.tokens, s.index) || kindBeside(s.view.tokens, s.index) || appositiveKind(s.view.tokens, s.index))) {
      // "The CGT union said …", "Zentrol company officials": a name with its kind noun is a body.
      const id = registry.ensure(text, 'organisation');
      registry.addMention(s.view, id, s.index, s.index + 1);
    } else if (!owners && !s.view.titleCase && actsAsSubject(s.view, s.index)) {
      // "Volkswagen plans to cut …", "Nature estimates …": a name acting as the subject of a verb.
      const acronym = /^\p{Lu}{2,}$/u.test(text);
      const id = registry.ensure(text, acronym ? 'organisation' : 'other');
      registry.addMention(s.view, id, s.index, s.index + 1);
    }
  }

  const { media, kinds } = nameKinds(views, registry);
  linkDescriptions(views, registry, media, kinds);
  linkQualifiedHeads(views, registry);
  linkAppositions(views, registry);
  addStateNames(views, gazetteer, registry);
  linkRoles(views, registry);
  linkStateDescriptions(views, registry);
  linkLeaderGovernments(views, registry);

  // A "person" only ever named in place context ("in El Fasher", "control of El Fasher") is a place.
  const placeOnly = new Map<string, boolean>();
  for (const v of views) {
    for (const m of v.mentions) {
      if (!persons.has(m.actorId)) continue;
      placeOnly.set(m.actorId, (placeOnly.get(m.actorId) ?? true) && inPlaceContext(v.tokens, m.from));
    }
  }
  for (const [id, place] of placeOnly) if (place) registry.remove(id, views);
  return views;
}

/**
 * Lower-case nouns that say what a name is, right before it ("oil company Repsol", "news agency Xinhua") or
 * right after it ("the CGT union", "the Telam news agency", "the Fidesz party").
 */
const KIND_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'retailer',
  'manufacturer', 'chipmaker', 'startup', 'conglomerate', 'broadcaster', 'publisher', 'newspaper', 'agency', 'union', 'party',
  'federation', 'confederation', 'regulator', 'watchdog', 'charity', 'daily', 'weekly']);
/** Two-word kinds after a name: "the Xinhua news agency". */
const KIND_PAIRS = new Set(['news agency', 'news service', 'trade union', 'labour union', 'labor union', 'oil company', 'political party']);

/**
 * "Spanish oil company Repsol", "the CGT union": a name with a noun of its kind next to it is an organisation,
 * whatever its one word looked like, and "CGT union" is another name of it.
 */
function nameKinds(views: readonly SentenceView[], registry: ActorRegistry): { media: Set<string>; kinds: Map<string, Set<string>> } {
  const media = new Set<string>();
  /** The kind nouns each name was given ("union" of "the CGT union"): "the union" later is that body. */
  const kinds = registry.kindNouns;
  const addKind = (id: string, noun: string) => {
    const set = kinds.get(id) ?? new Set<string>();
    set.add(noun);
    kinds.set(id, set);
  };
  // One-word names read as "other" ("Zentrol said"), which may stand after their kind where they do not act.
  const others = new Map<string, string>();
  for (const a of registry.list()) if (a.kind === 'other' && !a.name.includes(' ')) others.set(a.name, a.id);
  for (const v of views) {
    const t = v.tokens;
    if (others.size > 0) {
      for (let k = 0; k + 1 < t.length; k++) {
        const id = others.get(t[k + 1].text);
        if (id && t[k].kind === 'word' && !t[k].capitalised && KIND_NOUNS.has(t[k].lower) && registry.get(id)?.kind === 'other') {
          registry.setKind(id, 'organisation');
          addKind(id, t[k].lower);
        }
      }
    }
    for (const m of v.mentions) {
      const actor = registry.get(m.actorId);
      if (!actor || actor.kind === 'country' || actor.kind === 'group') continue;
      const isKind = (k: number) => t[k] !== undefined && t[k].kind === 'word' && !t[k].capitalised && KIND_NOUNS.has(t[k].lower);
      let end = -1;
      if (t[m.to + 1] && !t[m.to].capitalised && !t[m.to + 1].capitalised && KIND_PAIRS.has(`${t[m.to].lower} ${t[m.to + 1].lower}`)) end = m.to + 2;
      else if (isKind(m.to)) end = m.to + 1;
      // "Repsol's company" is not the name's kind; "company Repsol" is.
      const before = m.from > 0 && isKind(m.from - 1) && t[m.from - 1].end < t[m.from].start;
      if (end < 0 && !before) continue;
      if (actor.kind !== 'organisation') registry.setKind(m.actorId, 'organisation');
      if (end > 0) registry.addAlias(m.actorId, sliceTokens(t, m.from, end));
      if ((end > 0 && MEDIA_NOUNS.has(t[end - 1].lower)) || (before && MEDIA_NOUNS.has(t[m.from - 1].lower))) media.add(m.actorId);
      if (end > 0) addKind(m.actorId, t[end - 1].lower);
      if (before) addKind(m.actorId, t[m.from - 1].lower);
    }
  }
  return { media, kinds };
}

/** True when the name at `i` is followed by a noun of its kind and then a verb or a possessive: "the CGT union said". */
function kindThenVerb(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i + 1];
  if (!noun || noun.kind !== 'word' || noun.capitalised || !KIND_NOUNS.has(noun.lower)) return false;
  const next = tokens[i + 2];
  return next !== undefined && (next.kind === 'possessive' || (next.kind === 'word' && !next.capitalised && VERBISH.has(next.lower)));
}

/**
 * True when a noun of its kind stands right before the name at `i` ("the French company TotalEnergies",
 * "the newspaper Libération", "the Indian news agency PTI") or right after it ("the ruling Fidesz party",
 * "Russia's Tass news agency"): the name is a body's, whether or not it acts in that sentence.
 */
function kindBeside(tokens: readonly Token[], i: number): boolean {
  const isKind = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.capitalised && KIND_NOUNS.has(t.lower);
  const before = tokens[i - 1];
  if (isKind(before) && before.end < tokens[i].start) return true;
  const after = tokens[i + 1];
  // "the Peronist trade union": an adjective of a creed qualifies the noun.
  if (!after || after.kind !== 'word' || after.capitalised || /ist$/.test(tokens[i].text)) return false;
  return isKind(after) || (tokens[i + 2] !== undefined && KIND_PAIRS.has(`${after.lower} ${tokens[i + 2].lower}`));
}

/** Heads of an apposition that say a name is a body's: "FIFA, world football's governing body". */
const APPOSITIVE_NOUNS = new Set([...KIND_NOUNS, 'body', 'alliance', 'organisation', 'organization', 'group', 'association', 'institute',
  'network', 'coalition', 'movement', 'consultancy', 'pollster', 'modeller', 'modeler', 'ngo', 'outlet', 'website', 'platform',
  'maker', 'producer', 'supplier', 'developer', 'operator', 'exchange', 'club', 'league', 'initiative', 'think-tank', 'charity']);
/** Words that end the head noun phrase of an apposition: "a spokesman for the company" is about a person. */
const APPOSITION_STOPS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'from', 'to', 'by', 'and', 'or', 'who', 'which', 'that']);

/**
 * True when the name at `i` is followed by a comma and a noun phrase headed by a noun of a body ("GFANZ,
 * an alliance of international lenders", "RMS, a rival catastrophe modeller").
 */
function appositiveKind(tokens: readonly Token[], i: number): boolean {
  // "Separately, a group of analysts": an adverb opening the sentence.
  if (tokens[i + 1]?.text !== ',' || (isSentenceInitial(tokens, i) && /ly$/.test(tokens[i].text))) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k];
    if (t.kind === 'possessive' || t.text === '-') continue;
    if (t.kind !== 'word' || t.capitalised || APPOSITION_STOPS.has(t.lower) || VERBISH.has(t.lower)) return false;
    if (APPOSITIVE_NOUNS.has(t.lower)) {
      const next = tokens[k + 1];
      // The head ends the noun phrase: "a group of lenders", "the company," but not "a company director".
      return next === undefined || next.kind !== 'word' || APPOSITION_STOPS.has(next.lower) || VERBISH.has(next.lower);
    }
  }
  return false;
}

/** Kinds of a news outlet: "the company" or "the airline" is not the weekly that reported on it. */
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'broadcaster', 'publisher', 'agency']);

const DESCRIPTIONS = loadDescriptions();
/** First words of the descriptions, for a cheap test at each "the". */
const DESCRIPTION_WORDS = new Set([...DESCRIPTIONS.keys()].map((d) => d.split(' ')[0]));

/**
 * "the bloc", "the world body", "the commission", "the airline": a description after "the" refers to the
 * organisation named last before it that it describes: one the description table lists for it, one whose
 * name has that head word ("the commission" for the National Disaster Risk Management Commission), or, for
 * a company noun, the organisation named last. It becomes a mention, so its claims are that organisation's.
 */
function linkDescriptions(views: readonly SentenceView[], registry: ActorRegistry, media: ReadonlySet<string>, kinds: ReadonlyMap<string, ReadonlySet<string>>): void {
  // Every organisation and group mention, in document order, with the words of its name.
  const named: Array<{ start: number; id: string; words: ReadonlySet<string>; name: string }> = [];
  const wordsOf = new Map<string, Set<string>>();
  for (const v of views) {
    for (const m of v.mentions) {
      const actor = registry.get(m.actorId);
      // "Railtrack said …; the company had": a one-word name read as "other" may be the company described later.
      if (!actor || (actor.kind !== 'organisation' && actor.kind !== 'group' && !(actor.kind === 'other' && !actor.name.includes(' ')))) continue;
      let words = wordsOf.get(m.actorId);
      if (!words) wordsOf.set(m.actorId, words = new Set(actor.name.toLowerCase().split(/\s+/)));
      named.push({ start: m.start, id: m.actorId, words, name: actor.name });
    }
  }
  if (named.length === 0) return;
  named.sort((x, y) => x.start - y.start);
  // "A World Bank study … the study finds": a source noun after an organisation's name is that organisation's
  // work, and "the study" later is the same author speaking.
  const authored: Array<{ start: number; id: string; noun: string }> = [];
  for (const v of views) {
    for (const m of v.mentions) {
      const next = v.tokens[m.to];
      const actor = registry.get(m.actorId);
      if (next && next.kind === 'word' && !next.capitalised && AUTHORED_NOUNS.has(next.lower) && actor && actor.kind !== 'person') {
        authored.push({ start: v.tokens[m.to].start, id: m.actorId, noun: singular(next.lower) });
      }
    }
  }
  authored.sort((x, y) => x.start - y.start);
  const gazetteer = defaultGazetteer();
  /** The states whose demonym stands right before a mention of each body ("Russian state firm Rosatom", "Chinese Eximbank"). */
  let nations: Map<string, Set<string>> | undefined;
  const nationOf = (id: string): ReadonlySet<string> => {
    if (!nations) {
      nations = new Map();
      for (const w of views) {
        if (w.adjectives.size === 0) continue;
        for (const m of w.mentions) {
          for (const [at, country] of w.adjectives) {
            if (at < m.from - 5 || at > m.from || w.tokens.slice(at, m.from).some((t) => t.kind === 'punct' || t.lower === 'and' || t.lower === 'of')) continue;
            const set = nations.get(m.actorId) ?? new Set<string>();
            set.add(registry.resolve(country));
            nations.set(m.actorId, set);
          }
        }
      }
    }
    return nations.get(id) ?? NO_NATIONS;
  };
  /**
   * The body "the Chinese group" (tokens k to h, the noun at h) stands for: the one named last before it
   * that the noun describes (a word of its name, a kind it was given, a company for a company noun), unless
   * the demonym is known to be another state's.
   */
  const qualifiedDescription = (v: SentenceView, k: number, h: number, nation: string | undefined): string | null => {
    const tokens = v.tokens;
    const head = tokens[h];
    if (head.kind !== 'word' || head.capitalised) return null;
    const noun = head.lower;
    const next = tokens[h + 1];
    if (next && (next.capitalised || (next.kind === 'word' && !VERBISH.has(next.lower) && !DESCRIPTION_ENDS.has(next.lower)))) return null;
    const company = COMPANY_NOUNS.has(noun);
    if (!company && !ORGANISATION_HEADS.has(noun) && !DESCRIPTIONS.has(noun)) return null;
    const start = tokens[k].start;
    const state = nation === undefined ? undefined : registry.resolve(nation);
    // The last that fits, or with a demonym the last known to be of that state, else the last of no known state.
    let fallback: string | null = null;
    for (let i = named.length - 1; i >= 0; i--) {
      const n = named[i];
      if (n.start >= start || registry.get(n.id)?.kind !== 'organisation' || n.id === fallback) continue;
      const fits = n.words.has(noun) || kinds.get(n.id)?.has(noun) || DESCRIPTIONS.get(noun)?.includes(n.name) || (company && isCompanyName(n.name) && !media.has(n.id));
      if (!fits) continue;
      if (state === undefined) return n.id;
      const known = nationOf(n.id);
      if (known.has(state)) return n.id;
      if (known.size === 0) fallback ??= n.id;
    }
    return fallback;
  };
  for (const v of views) {
    const tokens = v.tokens;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (tokens[k].lower !== 'the') continue;
      // "the Chinese group", "the Saudi fund", "the state miner": a demonym or a qualifier of ownership
      // before the description; the demonym must fit the body (see nationOf).
      let h = k + 1;
      let nation: string | undefined;
      while (h < k + 4 && h + 1 < tokens.length) {
        const adjective = v.adjectives.get(h);
        if (adjective !== undefined && nation === undefined) {
          nation = adjective;
          h += gazetteer.match(tokens, h)?.tokens.length ?? 1;
        } else if (tokens[h].kind === 'word' && !tokens[h].capitalised && DESCRIPTION_QUALIFIERS.has(tokens[h].lower)) h++;
        else break;
      }
      if (h > k + 1 && !v.mentions.some((m) => m.from <= h && h < m.to)) {
        const id = qualifiedDescription(v, k, h, nation);
        if (id) {
          registry.addMention(v, id, k + 1, h + 1, true);
          continue;
        }
      }
      const head = tokens[k + 1];
      if (head.kind !== 'word' || head.capitalised) continue;
      if (AUTHORED_NOUNS.has(head.lower) && !v.mentions.some((m) => m.from <= k + 1 && k + 1 < m.to)) {
        const noun = singular(head.lower);
        const before = authored.filter((x) => x.start < tokens[k].start);
        // The same noun's author; else, when one body alone has authored works so far, that body ("the report" for "a World Bank study").
        const author = before.filter((x) => x.noun === noun).at(-1) ?? (before.length > 0 && before.every((x) => x.id === before[0].id) ? before[0] : undefined);
        if (author) {
          registry.addMention(v, author.id, k + 1, k + 2, true);
          continue;
        }
      }
      if (!DESCRIPTION_WORDS.has(head.lower) && !ORGANISATION_HEADS.has(head.lower) && !COMPANY_NOUNS.has(head.lower)) continue;
      if (inMention(v.mentions, k + 1)) continue;
      let to = k + 2;
      let description = head.lower;
      const two = tokens[k + 2] && !tokens[k + 2].capitalised ? `${head.lower} ${tokens[k + 2].lower}` : '';
      if (DESCRIPTIONS.has(two)) {
        description = two;
        to = k + 3;
      }
      // "the court of appeal" and "the union leaders" go on into another noun; "the bloc said", "the bloc's" do not.
      const next = tokens[to];
      if (next && (next.capitalised || (next.kind === 'word' && !VERBISH.has(next.lower) && !DESCRIPTION_ENDS.has(next.lower)))) continue;
      const listed = DESCRIPTIONS.get(description);
      const company = COMPANY_NOUNS.has(description);
      const start = tokens[k].start;
      let found: string | null = null;
      for (let i = named.length - 1; i >= 0 && found === null; i--) {
        const n = named[i];
        if (n.start >= start) continue;
        const anyNamed = listed?.[0] === '*' && registry.get(n.id)?.kind === 'organisation' && !GAZETTEER_ORGANISATIONS.has(n.name);
        const kind = registry.get(n.id)?.kind;
        if (kind === 'other' && (!company || PUBLIC_COMPANY_NOUNS.has(description))) continue;
        if (anyNamed || (listed && listed.includes(n.name)) || n.words.has(description) || kinds.get(n.id)?.has(description) || (company && isCompanyName(n.name) && (kind === 'organisation' || kind === 'other') && (!media.has(n.id) || MEDIA_NOUNS.has(description)))) found = n.id;
      }
      if (found) {
        if (registry.get(found)?.kind === 'other') registry.setKind(found, 'organisation');
        registry.addMention(v, found, k + 1, to, true);
      }
    }
  }
}

/** Abbreviated suffixes of companies' names, written with a full stop: "Corp.", "Inc.". */
const SUFFIX_ABBREVIATIONS = new Set(['corp', 'inc', 'co', 'ltd', 'bros']);

/** Closing quotation marks: a name run that ends on one is the title of something quoted. */
const QUOTE_CLOSERS = new Set(['"', '”', '’']);
/** Lower-case kind nouns after a two-word name that make it a body's: "the Houthi Ansarullah movement". */
const MOVEMENT_NOUNS = new Set(['movement', 'militia', 'coalition', 'alliance', 'rebels']);
/** Lower-case nouns after a two-word name that make it a qualifier, not a person's name. */
const THING_NOUNS = new Set(['countries', 'nations', 'states', 'majorities', 'majority', 'minority', 'minorities', 'groups', 'communities',
  'tribes', 'descent', 'origin', 'aircraft', 'jets', 'festival', 'holiday', 'campaign', 'site', 'plant', 'factory', 'region', 'province',
  'district', 'village', 'areas', 'area', 'waters', 'coast', 'border', 'rebellion', 'conflict', 'elections', 'election', 'tolls', 'toll',
  'fleet', 'programme', 'program', 'project', 'strategy', 'scheme', 'route', 'corridor', 'summit', 'summits', 'era', 'style', 'war']);

/** Words between a region's name and its government: "the Sichuan provincial government". */
const REGION_LEVELS = new Set(['state', 'provincial', 'regional', 'territorial']);
/** Nouns after a region's name that make its government: "the Punjab government". */
const REGION_GOVERNMENTS = new Set(['government', 'administration', 'authorities', 'cabinet', 'assembly', 'legislature']);

/** Company nouns that public bodies share ("the agency", "the group"): a one-word name read as "other" is not taken for them. */
const PUBLIC_COMPANY_NOUNS = new Set(['agency', 'group', 'operator', 'bank']);

/** Lower-case words that may stand between "the" and a description of a body: "the state miner", "the Saudi sovereign fund". */
const DESCRIPTION_QUALIFIERS = new Set(['state', 'state-owned', 'public', 'private', 'national', 'sovereign', 'giant', 'oil', 'energy', 'mining', 'battery', 'nuclear', 'investment', 'wealth']);
const NO_NATIONS: ReadonlySet<string> = new Set();

/** Heads a description may end in, besides the organisation heads: "the spending watchdog", "the rights body". */
const DESCRIPTION_HEADS = new Set(['agency', 'body', 'authority', 'watchdog', 'regulator']);
/** Qualifiers of a description that any body may have: "the national disaster agency", "the federal agency". */
const GENERIC_QUALIFIERS = new Set(['national', 'federal', 'state', 'government', 'official', 'independent', 'public', 'central', 'main', 'top', 'highest', 'own']);

/** True when a description's qualifier is a word of the name, or shares its stem: "electoral" of "Elections". */
function stemMatches(qualifier: string, words: readonly string[]): boolean {
  const stem = qualifier.slice(0, Math.min(5, qualifier.length));
  return stem.length >= 4 && words.some((w) => w.startsWith(stem));
}

/**
 * "the disaster agency" for the National Disaster Mitigation Agency, "Indonesia's disaster agency", "the
 * housing bureau", "the electoral authority" for the National Independent Authority for Elections: a
 * description of lower-case qualifiers and a head stands for the one body named before it whose name has
 * each qualifier (or its stem) and the head, or, for a head such as "agency" or "body", any head of a body.
 */
function linkQualifiedHeads(views: readonly SentenceView[], registry: ActorRegistry): void {
  // Each body once, at its first mention.
  const byId = new Map<string, { id: string; start: number; words: string[]; head: string }>();
  for (const v of views) {
    for (const m of v.mentions) {
      const id = registry.resolve(m.actorId);
      const actor = registry.get(id);
      if (actor?.kind !== 'organisation' || !actor.name.includes(' ')) continue;
      const seen = byId.get(id);
      if (seen) {
        if (m.start < seen.start) seen.start = m.start;
        continue;
      }
      const words = actor.name.toLowerCase().split(/[\s-]+/);
      const of = words.findIndex((w) => w === 'of' || w === 'for');
      byId.set(id, { id, start: m.start, words, head: words[of > 0 ? of - 1 : words.length - 1] });
    }
  }
  if (byId.size === 0) return;
  const bodies = [...byId.values()];
  for (const v of views) {
    const tokens = v.tokens;
    for (let k = 0; k + 2 < tokens.length; k++) {
      // "the disaster agency", or "Indonesia's disaster agency" after a state's possessive.
      const possessive = tokens[k].kind === 'possessive' && v.mentions.some((m) => m.to === k && registry.get(m.actorId)?.kind === 'country');
      if (tokens[k].lower !== 'the' && !possessive) continue;
      let last = k + 1;
      while (last < tokens.length && last < k + 5 && tokens[last].kind === 'word' && !tokens[last].capitalised) last++;
      for (let e = last; e > k + 2; e--) {
        const head = tokens[e - 1].lower;
        if (!ORGANISATION_HEADS.has(head) && !DESCRIPTION_HEADS.has(head)) continue;
        const next = tokens[e];
        if (next && (next.capitalised || (next.kind === 'word' && !VERBISH.has(next.lower) && !DESCRIPTION_ENDS.has(next.lower)))) break;
        if (v.mentions.some((m) => m.from < e && k < m.to)) break;
        const qualifiers = tokens.slice(k + 1, e - 1).map((t) => t.lower);
        if (qualifiers.every((q) => GENERIC_QUALIFIERS.has(q))) break;
        const start = tokens[k].start;
        const fits = new Set<string>();
        for (const b of bodies) {
          if (b.start >= start) continue;
          const headFits = b.words.includes(head) || (DESCRIPTION_HEADS.has(head) && ORGANISATION_HEADS.has(b.head));
          if (headFits && qualifiers.every((q) => GENERIC_QUALIFIERS.has(q) || stemMatches(q, b.words))) fits.add(b.id);
        }
        if (fits.size === 1) {
          const id = [...fits][0];
          registry.addMention(v, id, k + 1, e, !possessive);
          if (possessive) {
            const owner = v.mentions.find((m) => m.to === k)!;
            registry.addAlias(id, sliceTokens(tokens, owner.from, e));
          }
        }
        break;
      }
    }
  }
}

/** True for the lower-case word that may head an apposition describing a body: "the independent rights body". */
const isBodyNoun = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !t.capitalised &&
  (APPOSITIVE_NOUNS.has(t.lower) || DESCRIPTION_HEADS.has(t.lower) || ORGANISATION_HEADS.has(t.lower));

/**
 * "the Kenya National Commission on Human Rights, the independent human rights body," and "Saudi Arabia's
 * sovereign wealth fund, the Public Investment Fund,": a description set beside a body's name by commas,
 * opening with "the" or a possessive and ending in a noun of a body, is another name of that body.
 */
function linkAppositions(views: readonly SentenceView[], registry: ActorRegistry): void {
  for (const v of views) {
    const t = v.tokens;
    if (!t.some((x) => x.text === ',')) continue;
    for (const m of v.mentions) {
      if (registry.get(m.actorId)?.kind !== 'organisation') continue;
      // After the name: ", the independent human rights body," / ", world football's governing body,".
      if (t[m.to]?.text === ',') {
        let k = m.to + 1;
        const from = k;
        const opened = t[k]?.lower === 'the' || t[k + 1]?.kind === 'possessive' || t[k + 2]?.kind === 'possessive';
        if (t[k]?.lower === 'the') k++;
        let head = -1;
        for (; k < t.length && k < from + 8; k++) {
          const w = t[k];
          if (w.kind === 'possessive' || w.text === '-') continue;
          if (w.kind !== 'word' || APPOSITION_STOPS.has(w.lower) || VERBISH.has(w.lower)) break;
          if (w.capitalised && k > from + 1) break;
          if (isBodyNoun(w)) head = k;
        }
        const close = t[head + 1]?.text;
        if (opened && head > from && (close === ',' || close === '.' || close === undefined || close === ')') && !v.mentions.some((x) => x.from >= from && x.from <= head && registry.get(x.actorId)?.kind !== 'country')) {
          registry.addAlias(m.actorId, sliceTokens(t, from, head + 1).replace(/^The /, 'the '));
        }
      }
      // Before the name: "Saudi Arabia's sovereign wealth fund, the Public Investment Fund".
      const comma = m.from - (t[m.from - 1]?.lower === 'the' ? 2 : 1);
      if (t[comma]?.text === ',' && isBodyNoun(t[comma - 1])) {
        let k = comma - 1;
        while (k > 0 && k > comma - 8 && t[k - 1].kind === 'word' && !t[k - 1].capitalised && !APPOSITION_STOPS.has(t[k - 1].lower) && t[k - 1].lower !== 'the' && !VERBISH.has(t[k - 1].lower)) k--;
        let from = -1;
        if (t[k - 1]?.lower === 'the') from = k - 1;
        else if (t[k - 1]?.kind === 'possessive') {
          const owner = v.mentions.find((x) => x.to === k - 1);
          if (owner) from = owner.from;
        }
        if (from >= 0 && comma - 1 - k >= 0 && (from === 0 || CLAUSE_OPENERS.has(t[from - 1].text) || t[from - 1].kind === 'word' && !t[from - 1].capitalised)) {
          registry.addAlias(m.actorId, sliceTokens(t, from, comma).replace(/^The /, 'the '));
        }
      }
    }
  }
}

/** Heads that name a company ("Tata Motors", "Carrier Corp") rather than a public body. */
const CORPORATE_HEADS = new Set(['corp', 'corporation', 'inc', 'ltd', 'plc', 'group', 'company', 'co', 'holdings', 'motors', 'airlines', 'airways', 'steel', 'energy', 'oil', 'bank', 'ag', 'sa', 'se', 'nv', 'llc']);
const GAZETTEER_ORGANISATIONS = new Set(loadOrganisations().map((o) => o.name));
/** True for a name "the company" or "the airline" may stand for: not a ministry, council or international body. */
function isCompanyName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).map((w) => w.replace(/\.$/, ''));
  const last = words.at(-1)!;
  // "University of California", "Institute for Fiscal Studies": the head before "of" or "for" is a public body's.
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  if (of > 0 && ORGANISATION_HEADS.has(words[of - 1]) && !CORPORATE_HEADS.has(words[of - 1])) return false;
  return !GAZETTEER_ORGANISATIONS.has(name) && (CORPORATE_HEADS.has(last) || !ORGANISATION_HEADS.has(last));
}

/** A body's own works, which speak for it later: "A World Bank study …; the study finds". */
const AUTHORED_NOUNS = new Set(['report', 'reports', 'study', 'studies', 'survey', 'surveys', 'analysis', 'assessment', 'audit', 'review', 'poll', 'census', 'index', 'statement']);
const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && w !== 'analysis' && w !== 'census' ? w.slice(0, -1) : w);

/** Words that may follow a description that ends there: "the bloc in Brussels", "the airline and its pilots". */
const DESCRIPTION_ENDS = new Set(['of', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'with', 'as', 'by', 'that', 'which', 'who', 'also', 'now', 'still', 'itself']);

function handleRun(
  view: SentenceView,
  from: number,
  to: number,
  gazetteer: Gazetteer,
  registry: ActorRegistry,
  singles: PendingSingle[],
  persons: Map<string, string[]>,
  nonActorNames: Set<string>,
): void {
  const tokens = view.tokens;
  // Gazetteer hits inside the run.
  const hits: Array<{ at: number; entry: GazetteerEntry }> = [];
  for (let k = from; k < to; ) {
    // The longest phrase from here; one that runs past the name run is not a hit (no shorter fallback).
    const entry = gazetteer.match(tokens, k);
    if (entry && k + entry.tokens.length <= to) {
      hits.push({ at: k, entry });
      k += entry.tokens.length;
    } else k++;
  }
  // Leading stop words, titles and demonym adjectives are not part of a name; trailing titles make a role.
  let a = from;
  let titled = false;
  /** Where a leading demonym began: "Israeli Prison Service" keeps it, "Russian President X" does not. */
  let adjectiveFrom = -1;
  const hitAt = (k: number) => hits.find((h) => h.at === k);
  for (;;) {
    if (a >= to) break;
    const h = hitAt(a);
    if (h && h.entry.role === 'adjective') {
      // "the Chinese say", "The British want": a demonym ending the run after "the" may name the people.
      if (a + h.entry.tokens.length === to && tokens[a - 1]?.lower === 'the') {
        addGazetteerMention(view, a, h.entry, registry);
        return;
      }
      const country = registry.ensure(h.entry.name, h.entry.kind);
      setAdjective(view, a, country);
      registry.addAlias(country, sliceTokens(tokens, a, a + h.entry.tokens.length));
      if (adjectiveFrom < 0 && !titled) adjectiveFrom = a;
      a += h.entry.tokens.length;
      continue;
    }
    // Titles first: "Mr", "Dr" are also stop words, and "Mr Brown" is a person.
    // "Home Office", "Foreign Ministry": a portfolio before a body's head, not before a title, is part of the name.
    if (TITLES.has(tokens[a].lower) && !h && !(PORTFOLIOS.has(tokens[a].lower) && a + 1 < to && isNameWord(tokens[a + 1]) && !TITLES.has(tokens[a + 1].lower) &&
      ORGANISATION_HEADS.has(headOf(tokens, a, to)?.lower ?? ''))) {
      titled = true;
      a++;
      continue;
    }
    if (CAPITALISED_STOPWORDS.has(tokens[a].lower) && !h) {
      // "Labour MP for Exeter", "Director of Health Services": what follows a title's "for" or "of" is its seat or brief.
      if (titled && (tokens[a].text === 'for' || tokens[a].text === 'of')) return;
      a++;
      continue;
    }
    break;
  }
  if (a >= to) return;
  if (NON_ACTOR_LEADS.has(tokens[a].lower)) {
    // "Typhoon Yolanda", "Hurricane Katrina", "Operation Barbarossa": the name alone later means the same thing.
    for (let k = a + 1; k < to; k++) nonActorNames.add(tokens[k].text);
    return;
  }
  // "Planning Minister Ahsan Iqbal": a title after other words still ends the role before the name.
  for (let p = to - 2; p >= a; p--) {
    // "Secretary of State John Kerry", "Minister of Finance Ana Ruiz": the title runs over "of" and one word.
    if (tokens[p].lower === 'of' && p > a && p + 2 < to && TITLES.has(tokens[p - 1].lower) && tokens[p + 1].capitalised &&
      tokens.slice(p + 2, to).every((t) => isPersonWord(t)) && to - p - 2 >= 2) {
      a = p + 2;
      titled = true;
      adjectiveFrom = -1;
      break;
    }
    if (!TITLES.has(tokens[p].lower) || PORTFOLIOS.has(tokens[p].lower) || hits.some((h) => h.at <= p && p < h.at + h.entry.tokens.length)) continue;
    if (tokens.slice(p + 1, to).every((t, k, rest) => isPersonWord(t) || (k > 0 && k < rest.length - 1 && NAME_PARTICLES.has(t.text)))) {
      a = p + 1;
      titled = true;
      adjectiveFrom = -1;
    }
    break;
  }
  // "Ecologist Terry Erwin", "Oceanographer Ian R. MacDonald": a sentence-initial role noun before a full name.
  if (to - a >= 3 && (a === 0 || CLAUSE_OPENERS.has(tokens[a - 1].text)) && /(?:ist|ian|grapher|searcher)$/.test(tokens[a].lower) && !hits.some((h) => h.at === a)) a++;
  let b = to;
  // "Prime Minister" after a name makes a role; "Ministry of Health", "Ministry of the Interior" do not end in one.
  while (b > a && TITLES.has(tokens[b - 1].lower) && !PORTFOLIOS.has(tokens[b - 1].lower) && !['of', 'the'].includes(tokens[b - 2]?.lower ?? '') && !hits.some((h) => h.at <= b - 1 && b - 1 < h.at + h.entry.tokens.length)) b--;
  const endsInRole = b < to;
  const inner = hits.filter((h) => h.at >= a && h.at + h.entry.tokens.length <= b);
  // Hyphens joining names ("Russia-Ukraine") count as covered.
  let covered = inner.reduce((n, h) => n + h.entry.tokens.length, 0);
  for (let k = a; k < b; k++) if (tokens[k].text === '-' && !inner.some((h) => h.at <= k && k < h.at + h.entry.tokens.length)) covered++;
  const head = headOf(tokens, a, b);

  if (inner.length > 0 && covered === b - a) {
    for (const h of inner) addGazetteerMention(view, h.at, h.entry, registry);
    return;
  }
  if (endsInRole) return;
  // "Save the Children", "Procter & Gamble": no person's name holds "the" or "&".
  if (tokens.slice(a, b).some((t, k) => t.text === '&' || (t.text === 'the' && k > 0 && tokens[a + k - 1].lower !== 'of')) && !view.titleCase) {
    const id = registry.ensure(sliceTokens(tokens, a, b), 'organisation');
    registry.addMention(view, id, a, b);
    return;
  }
  if (head && NON_ACTOR_HEADS.has(head.lower) && !view.titleCase) return;
  if (head && ORGANISATION_HEADS.has(head.lower) && (b - a >= 2 || adjectiveFrom >= 0 && !titled) && !view.titleCase) {
    const start = adjectiveFrom >= 0 && !titled ? adjectiveFrom : a;
    // "Carrier Corp.", "AT&T Inc.": the full stop of a company's abbreviated suffix is part of its name.
    const end = tokens[b]?.text === '.' && tokens[b].start === tokens[b - 1].end && SUFFIX_ABBREVIATIONS.has(tokens[b - 1].lower) ? b + 1 : b;
    const id = registry.ensure(sliceTokens(tokens, start, end), 'organisation');
    registry.addMention(view, id, start, end);
    return;
  }
  if (inner.length > 0) {
    // A gazetteer name inside a longer name of another kind ("East Pyongyang Grand Theatre") is not a mention.
    if (inner.some((h) => h.at === a) && b - a - covered <= 0) for (const h of inner) addGazetteerMention(view, h.at, h.entry, registry);
    return;
  }
  if (view.titleCase) {
    for (let k = a; k < b; k++) singles.push({ view, index: k, titled: false });
    return;
  }
  // A city where something happened, not someone acting: "Los Angeles", "Rio de Janeiro".
  if (CITY_FIRST_WORDS.has(tokens[a].text) && CITIES.has(sliceTokens(tokens, a, b))) return;
  // A region ("Uttar Pradesh", "Sichuan") is a place, unless it acts: "West Bengal has long complained".
  if (REGION_FIRST_WORDS.has(tokens[a].text) && REGIONS.has(sliceTokens(tokens, a, b))) {
    // "the Uttar Pradesh government", "the Sichuan provincial government": the region's government is a body.
    let end = b;
    if (REGION_LEVELS.has(tokens[end]?.lower ?? '') && !tokens[end].capitalised) end++;
    if (end < tokens.length && !tokens[end].capitalised && REGION_GOVERNMENTS.has(tokens[end].lower)) {
      registry.addMention(view, registry.ensure(sliceTokens(tokens, a, end + 1), 'organisation'), a, end + 1);
      return;
    }
    const next = tokens[b];
    if (next && next.kind === 'word' && !next.capitalised && VERBISH.has(next.lower) && !inPlaceContext(tokens, a)) {
      registry.addMention(view, registry.ensure(sliceTokens(tokens, a, b), 'other'), a, b);
    }
    return;
  }
  // Hyphens inside a name ("Nielson-Green") join its words; the name is judged on its words.
  // Initials ("Kenneth S. Courtis", "H Lawrence Culp") stand in a person's name but are not judged as its words.
  const words = tokens.slice(a, b).filter((t, k) => t.text !== '-' && t.text !== '.' && !(isInitialWord(t) && a + k < b - 1) &&
    !(HYPHEN_PARTICLES.has(t.text) && tokens[a + k + 1]?.text === '-'));
  // Particles inside ("Charles de Gaulle") or before a surname ("von der Leyen", "Von der Leyen") are in the name.
  const core = words.filter((t, k) => !(k < words.length - 1 && NAME_PARTICLES.has(t.lower) && (k > 0 || NAME_PARTICLES.has(words[1].lower) || t.text === t.lower)));
  const personLike = words.length >= 2 && words.length <= 5 && core.length <= 4 && core.every(isPersonWord) && (core.length >= 2 || core.length < words.length);
  // "the Lok Sabha elections", "the Rio Grande": no one is named with "the" before the name, unless titled;
  // "the White Helmets rescue group" is an organisation.
  if (personLike && !titled) {
    const next = tokens[b];
    // "the "Clean Finger" campaign", "MIT stood for "Mathematically Incompetent Theories"": a quoted title.
    if (next && QUOTE_CLOSERS.has(next.text) && next.start === tokens[b - 1].end) return;
    if (next && next.kind === 'word' && !next.capitalised) {
      // "Yemen's Houthi Ansarullah movement": a body named with its kind noun.
      if (MOVEMENT_NOUNS.has(next.lower)) {
        registry.addMention(view, registry.ensure(sliceTokens(tokens, a, b + 1), 'organisation'), a, b + 1);
        return;
      }
      // "Sunni Muslim majorities", "the Castle Bromwich site": a qualifier of a noun is no one's name.
      if (THING_NOUNS.has(next.lower)) return;
    }
  }
  if (personLike && tokens[a - 1]?.lower === 'the' && !titled) {
    const next = [tokens[b], tokens[b + 1]].find((t) => t !== undefined && t.kind === 'word' && !t.capitalised && (CLAIMANT_GROUPS.has(t.lower) || VERBISH.has(t.lower)));
    if (next) registry.addMention(view, registry.ensure(sliceTokens(tokens, a, b), 'organisation'), a, b);
    return;
  }
  if (personLike) {
    const name = sliceTokens(tokens, a, b);
    // "Nielson-Green said": a hyphenated surname alone refers to the one person named with it before.
    if (name.includes('-') && !name.includes(' ')) {
      const owners = [...persons].filter(([, parts]) => parts[parts.length - 1] === name);
      if (owners.length === 1) {
        registry.addMention(view, owners[0][0], a, b);
        return;
      }
    }
    const id = registry.ensure(name, 'person');
    // Its parts, a hyphenated surname whole: "Rumi Nielson-Green" is also "Rumi" and "Nielson-Green".
    persons.set(id, name.split(' '));
    registry.addMention(view, id, a, b);
    if (titled) recordTitle(view, from, a, hits, registry, id);
    const state = titled ? hits.find((h) => h.at >= from && h.at < a && h.entry.kind === 'country') : undefined;
    if (state && !registry.personStates.has(id)) registry.personStates.set(id, registry.ensure(state.entry.name, 'country'));
    return;
  }
  if (b - a === 1 && (isPersonWord(tokens[a]) || isAcronymWord(tokens[a].text))) singles.push({ view, index: a, titled });
}

/**
 * "Health Minister Ali al-Shimeri", "US President Donald Trump": the title a person is named with, lower case,
 * without the state or stop words before it ("health minister", "president"), so that "the health minister"
 * may later stand for the person (see actorLinks.ts). Courtesy titles ("Mr", "Dr") say nothing of the role.
 */
function recordTitle(view: SentenceView, from: number, to: number, hits: ReadonlyArray<{ at: number; entry: GazetteerEntry }>, registry: ActorRegistry, id: string): void {
  const tokens = view.tokens;
  let a = from;
  for (;;) {
    const h = hits.find((x) => x.at === a);
    if (h && a + h.entry.tokens.length <= to) a += h.entry.tokens.length;
    else if (a < to && CAPITALISED_STOPWORDS.has(tokens[a].lower)) a++;
    else break;
  }
  if (a >= to || !tokens.slice(a, to).every((t) => t.kind === 'word' && !COURTESY_TITLES.has(t.lower))) return;
  const title = sliceTokens(tokens, a, to).toLowerCase();
  const titles = registry.titles.get(id) ?? new Set<string>();
  titles.add(title);
  registry.titles.set(id, titles);
}

const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'professor', 'cr', 'crs', 'cllr']);

/**
 * "the Kenyan government", "Peru's authorities", "UK officials": a demonym, a country's name or its
 * possessive before a noun of the state (see {@link STATE_NOUNS}) is another name of the country.
 */
function addStateNames(views: readonly SentenceView[], gazetteer: Gazetteer, registry: ActorRegistry): void {
  const add = (view: SentenceView, country: string, from: number, noun: number) => {
    const t = view.tokens[noun];
    if (!t || t.kind !== 'word' || t.capitalised || !STATE_NOUNS.has(t.lower)) return;
    registry.addAlias(country, sliceTokens(view.tokens, from, noun + 1));
    if (t.lower === 'government' || t.lower === 'governments' || t.lower === 'administration') registry.governed.add(country);
  };
  for (const v of views) {
    for (const [k, country] of v.adjectives) add(v, country, k, k + (gazetteer.match(v.tokens, k)?.tokens.length ?? 1));
    for (const m of v.mentions) {
      if (registry.get(m.actorId)?.kind !== 'country') continue;
      if (v.tokens[m.to]?.kind === 'possessive') add(v, m.actorId, m.from, m.to + 1);
      else add(v, m.actorId, m.from, m.to);
    }
  }
}

/**
 * "the government" for the state the article is about (see {@link mainState}), "the prime minister" or "the
 * health minister" for the one person the article named with that title: the role becomes a mention.
 */
function linkRoles(views: readonly SentenceView[], registry: ActorRegistry): void {
  const holders = new Map<string, string | null>();
  for (const [id, titles] of registry.titles) {
    for (const title of titles) {
      const words = title.split(' ');
      // "health minister" is also "the minister"; a title two people share names neither.
      for (let k = 0; k < words.length; k++) {
        const role = words.slice(k).join(' ');
        const owner = holders.get(role);
        holders.set(role, owner === undefined || owner === id ? id : null);
      }
    }
  }
  const state = mainState(views, registry);
  if (!state && holders.size === 0) return;
  for (const v of views) {
    const tokens = v.tokens;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (tokens[k].lower !== 'the') continue;
      let last = k + 1;
      while (last < tokens.length && last < k + 4 && tokens[last].kind === 'word' && !tokens[last].capitalised) last++;
      // The longest phrase after "the" that is a role: "the health minister", "the government".
      for (let end = last; end > k + 1; end--) {
        const phrase = sliceTokens(tokens, k + 1, end).toLowerCase();
        const person = holders.get(phrase);
        const id = person && registry.has(person) ? person : state && GOVERNMENT_NAMES.has(phrase) ? state : null;
        if (!id) continue;
        // "the government spokesman", "the president of the council", "the President Joe Biden": part of another name.
        const next = tokens[end];
        if (next && (next.capitalised || next.lower === 'of' || CLAIMANT_GROUPS.has(next.lower) || STATE_ORGANS.has(next.lower) || TITLES.has(next.lower))) break;
        if (!v.mentions.some((m) => m.from < end && k + 1 < m.to)) registry.addMention(v, id, k + 1, end, true);
        break;
      }
    }
  }
}

/** Nouns after a leader's name that make the leader's state: "the Obama administration", "Maduro's government". */
const LEADER_GOVERNMENTS = new Set(['government', 'administration', 'regime', 'cabinet']);
/** Titles of those who head a state or its government. */
const LEADER_TITLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'supreme leader', 'leader']);

/**
 * "the Obama administration", "Maduro's government", "the Vucic government": a person's name before a noun
 * of government names the state that person leads: the state the person was introduced with ("Venezuelan
 * President Nicolas Maduro"), else, for one introduced as a head ("President Aleksandar Vucic"), the state the
 * article is about. "The X administration" with neither is the United States when the article names it: that
 * is American usage. The phrase becomes another name of the state (its mentions stay the person's).
 */
function linkLeaderGovernments(views: readonly SentenceView[], registry: ActorRegistry): void {
  let main: string | null | undefined;
  let us: string | null | undefined;
  let surnames: Map<string, string | null> | undefined;
  for (const v of views) {
    const t = v.tokens;
    if (!t.some((x) => LEADER_GOVERNMENTS.has(x.lower))) continue;
    for (let k = 0; k + 1 < t.length; k++) {
      if (!t[k].capitalised || t[k].kind !== 'word') continue;
      const at = t[k + 1].kind === 'possessive' ? k + 2 : k + 1;
      const noun = t[at];
      if (!noun || noun.kind !== 'word' || noun.capitalised || !LEADER_GOVERNMENTS.has(noun.lower)) continue;
      const m = v.mentions.find((x) => x.from <= k && k < x.to);
      let person: string | null = null;
      let from = k;
      if (m) {
        if (registry.get(m.actorId)?.kind !== 'person' || m.to !== k + 1) continue;
        person = registry.resolve(m.actorId);
        from = m.from;
      } else {
        if (!isPersonWord(t[k])) continue;
        if (!surnames) {
          surnames = new Map();
          for (const a of registry.list()) {
            if (a.kind !== 'person' || !a.name.includes(' ')) continue;
            const last = a.name.split(' ').at(-1)!;
            surnames.set(last, surnames.has(last) ? null : a.id);
          }
        }
        person = surnames.get(t[k].text) ?? null;
      }
      let state = person === null ? undefined : registry.personStates.get(person);
      if (state === undefined && person !== null && [...(registry.titles.get(person) ?? [])].some((title) => LEADER_TITLES.has(title))) {
        if (main === undefined) main = mainState(views, registry);
        state = main ?? undefined;
      }
      if (state === undefined && noun.lower === 'administration' && t[from - 1]?.lower === 'the') {
        if (us === undefined) us = registry.has('united-states') && registry.get('united-states')?.kind === 'country' ? registry.resolve('united-states') : null;
        state = us ?? undefined;
      }
      if (state !== undefined && registry.has(state)) registry.addAlias(state, sliceTokens(t, from, at + 1));
    }
  }
}

const STATE_STYLES = loadStateStyles();
/** Words for any state on second reference: "the country", "the Caribbean nation". */
const STATE_WORDS = new Set(['country', 'nation', 'republic']);
/** Qualifiers that make "the … country" another state than the one just named, or none. */
const OTHER_STATE = new Set(['other', 'another', 'neighbouring', 'neighboring', 'rival', 'donor', 'host', 'home', 'partner', 'member',
  'second', 'third', 'each', 'every', 'whole', 'entire', 'poorer', 'richer', 'poor', 'rich', 'developing', 'developed', 'transit', 'origin']);

/**
 * "the kingdom", "the emirate", "the country", "the Nordic country": a state's description after "the" is the
 * state named in that sentence or the two before it, when one state alone fits there (a kingdom for "the
 * kingdom"); with none there, the state the article is about. A demonym before it ("the Turkish country")
 * or a noun after it ("the country director") is something else.
 */
function linkStateDescriptions(views: readonly SentenceView[], registry: ActorRegistry): void {
  let main: string | null | undefined;
  for (let s = 0; s < views.length; s++) {
    const v = views[s];
    const tokens = v.tokens;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (tokens[k].lower !== 'the') continue;
      // Up to three qualifiers that are not names of their own ("Nordic", "small South American"), nor say it
      // is another state ("the neighbouring country").
      let n = k + 1;
      while (n < k + 4 && n + 1 < tokens.length && tokens[n].kind === 'word' && !OTHER_STATE.has(tokens[n].lower) && !inMention(v.mentions, n) &&
        !v.adjectives.has(n) && !STATE_WORDS.has(tokens[n].lower) && !STATE_STYLES.has(tokens[n].lower) && tokens[n + 1].kind === 'word') n++;
      let end = n + 1;
      let style = tokens[n].lower;
      if (tokens[n].capitalised) continue;
      if (style === 'grand' && tokens[n + 1]?.lower === 'duchy') {
        style = 'grand duchy';
        end = n + 2;
      }
      const styled = STATE_STYLES.get(style);
      if (!styled && !STATE_WORDS.has(style)) continue;
      const next = tokens[end];
      if (next && (next.capitalised || (next.kind === 'word' && !VERBISH.has(next.lower) && !DESCRIPTION_ENDS.has(next.lower)))) continue;
      if (v.mentions.some((m) => m.from < end && k < m.to)) continue;
      const near = new Set<string>();
      for (let p = Math.max(0, s - 1); p <= s; p++) {
        if (views[p].sentence.block !== v.sentence.block) continue;
        for (const m of views[p].mentions) {
          if (p === s && m.from >= k) continue;
          const actor = registry.get(m.actorId);
          if (actor?.kind === 'country' && (!styled || styled.has(actor.name))) near.add(registry.resolve(m.actorId));
        }
      }
      if (main === undefined) main = mainState(views, registry);
      const fitsMain = main !== null && (!styled || styled.has(registry.get(main)?.name ?? ''));
      // The state named just before, unless the article is about another one that fits as well; with none
      // there, "the kingdom" is the article's state when that is a kingdom ("the country" is then anyone's).
      const id = near.size === 1 && (!fitsMain || near.has(main!)) ? [...near][0] : near.size === 0 && fitsMain && styled ? main : null;
      if (!id) continue;
      // "the country's space agency": the state owns the source; the name is the state's, the mention is not.
      if (next?.kind === 'possessive') registry.addAlias(id, sliceTokens(tokens, k, end).replace(/^The /, 'the '));
      else registry.addMention(v, id, k + 1, end, true);
    }
  }
}

/**
 * The state an article is about: the one whose government it names ("the Pakistani government", "Argentina's
 * government"), else the one named at least three times and at least twice as often as any other.
 */
function mainState(views: readonly SentenceView[], registry: ActorRegistry): string | null {
  if (registry.governed.size === 1) return [...registry.governed][0];
  if (registry.governed.size > 1) return null;
  const counts = new Map<string, number>();
  for (const v of views) for (const m of v.mentions) if (registry.get(m.actorId)?.kind === 'country') counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  for (const [id] of adjectiveCountries(views)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (ranked.length === 0 || ranked[0][1] < 3 || (ranked.length > 1 && ranked[0][1] < 2 * ranked[1][1])) return null;
  return ranked[0][0];
}

/** The demonym adjectives of all sentences, each as [country, index]: they count as naming the state. */
function adjectiveCountries(views: readonly SentenceView[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const v of views) for (const [k, id] of v.adjectives) out.push([id, k]);
  return out;
}

/**
 * Which of `words` (lower-case) the text writes in lower case somewhere, as whole words: one regular
 * expression over the text for all of them, cheaper than a look-up per token of the document.
 */
function lowerCaseOccurrences(text: string, words: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (words.size === 0) return found;
  const alternatives = [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{M}\\p{N}])`, 'gu'))) found.add(m[0]);
  return found;
}

/** True when token `i` opens its sentence (or a quotation or bracket in it). */
function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  return i === 0 || CLAUSE_OPENERS.has(tokens[i - 1].text);
}

/** True when the name at `i` is directly followed by a verb: "Volkswagen plans", "Unicef said". */
function actsAsSubject(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  const next = view.tokens[i + 1];
  if (!next || next.kind !== 'word' || next.capitalised || !VERBISH.has(next.lower)) return false;
  // "Shares rose": a sentence-initial plural is a common noun.
  const initial = isSentenceInitial(view.tokens, i);
  // "Turnout was 62%", "Deaths rose": a counted noun of the lexicon opening a sentence is a common noun.
  if (initial && (SUBJECT_GROUPS.has(t.lower) || CLAIMANT_GROUPS.has(t.lower))) return false;
  return !(initial && /[^s]s$/.test(t.text)) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower) && !inPlaceContext(view.tokens, i);
}


/** The head word of a name: the word before "of"/"for" when there is one, else the last word. */
function headOf(tokens: readonly Token[], a: number, b: number): Token | undefined {
  for (let k = a + 1; k < b; k++) if (tokens[k].lower === 'of' || tokens[k].lower === 'for' || tokens[k].text === 'on') return tokens[k - 1];
  return b > a ? tokens[b - 1] : undefined;
}

function addGazetteerMention(view: SentenceView, at: number, entry: GazetteerEntry, registry: ActorRegistry): void {
  const tokens = view.tokens;
  const to = at + entry.tokens.length;
  const id = registry.ensure(entry.name, entry.kind);
  if (entry.role === 'adjective') {
    // "the Chinese say": an adjective used as a noun after "the" names the people; otherwise it qualifies a noun.
    const next = tokens[to];
    const prev = tokens[at - 1];
    // "the Chinese want …": a verb after it is no noun.
    const nounFollows = next !== undefined && next.kind === 'word' && !VERBISH.has(next.lower);
    if (prev?.lower === 'the' && !nounFollows) registry.addMention(view, id, at, to, true);
    else {
      setAdjective(view, at, id);
      registry.addAlias(id, sliceTokens(tokens, at, to));
    }
    return;
  }
  // "talks in Berlin": a capital after a preposition of place is a place, not the state acting.
  if (entry.role === 'capital' && PLACE_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '')) return;
  // "Labour activists", "the Labor state government": a party's name that is also a common noun, before
  // another noun, qualifies it.
  const next = tokens[to];
  if (COMMON_NOUN_NAMES.has(tokens[at].lower) && to === at + 1 && next?.kind === 'word' && !next.capitalised && !VERBISH.has(next.lower)) return;
  registry.addMention(view, id, at, to, entry.role === 'plural' || entry.role === 'seat');
}

/** One-word names in the gazetteer that are also common nouns: "Labour" the party, "labour" the work. */
const COMMON_NOUN_NAMES = new Set(['labour', 'labor']);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'inside']);
