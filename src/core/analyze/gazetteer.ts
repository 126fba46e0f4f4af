import { loadCountries } from '../data/countries';
import { loadOrganisations } from '../data/organisations';
import type { ActorKind } from '../model';

/** How a gazetteer phrase refers to its actor. */
export type EntryRole = 'name' | 'capital' | 'seat' | 'plural' | 'adjective';

/** One phrase of the gazetteer. */
export interface GazetteerEntry {
  readonly key: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly role: EntryRole;
  /** Token texts of the phrase; a phrase in capitals (an acronym) must match its case exactly. */
  readonly tokens: readonly string[];
}

/** How one word of a phrase matches a token, worked out once per entry. */
interface WordRule {
  /** All capitals (an acronym): matches only itself. */
  readonly exact: boolean;
  readonly text: string;
  readonly lower: string;
  /** True when the phrase writes this word starting in lower case (then any capitalisation matches). */
  readonly lowerInitial: boolean;
}

interface CompiledEntry {
  readonly entry: GazetteerEntry;
  readonly words: readonly WordRule[];
}

/** The token fields a look-up reads. */
interface WordToken {
  readonly text: string;
  readonly lower: string;
}

/** Looks phrases up by their first token. */
export class Gazetteer {
  private readonly byFirst = new Map<string, CompiledEntry[]>();

  add(entry: GazetteerEntry): void {
    const words = entry.tokens.map((w): WordRule => {
      const first = w.charAt(0);
      return { exact: w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w), text: w, lower: w.toLowerCase(), lowerInitial: first === first.toLowerCase() };
    });
    const key = words[0].lower;
    const list = this.byFirst.get(key) ?? [];
    list.push({ entry, words });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(key, list);
  }

  /** The longest entry matching the tokens from `at`, honouring case, or `undefined`. */
  match(tokens: readonly WordToken[], at: number): GazetteerEntry | undefined {
    const candidates = this.byFirst.get(tokens[at].lower);
    if (!candidates) return undefined;
    for (const { entry, words } of candidates) {
      if (at + words.length > tokens.length) continue;
      let ok = true;
      // Later words of a name may be written in lower case: "the UN refugee agency".
      for (let k = 0; k < words.length && ok; k++) {
        const t = tokens[at + k];
        ok = sameWord(words[k], t) || (k > 0 && words.length >= 3 && words[k].lower === t.text);
      }
      if (ok) return entry;
    }
    return undefined;
  }
}

/** Case rule: an all-capitals gazetteer word (an acronym) matches only itself; others match when capitalised alike. */
function sameWord(rule: WordRule, t: WordToken): boolean {
  if (rule.exact) return rule.text === t.text;
  if (rule.lower !== t.lower) return false;
  if (rule.lowerInitial) return true;
  const t0 = t.text.charAt(0);
  return t0 !== t0.toLowerCase();
}

const PHRASE_TOKEN = /(?:\p{Lu}\.){2,}|\d+|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|['’]s(?![\p{L}\p{N}])|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits a gazetteer phrase the way the tokenizer splits text. */
export function phraseTokens(phrase: string): string[] {
  return phrase.match(PHRASE_TOKEN) ?? [];
}

/** Turns a name into a stable id: "Kim Jong Un" → "kim-jong-un". */
const slugs = new Map<string, string>();

export function slug(name: string): string {
  const cached = slugs.get(name);
  if (cached !== undefined) return cached;
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const out = s.length > 0 ? s : 'actor';
  if (slugs.size < 10_000) slugs.set(name, out);
  return out;
}

let shared: Gazetteer | undefined;

/** The gazetteer of countries and organisations, built once. */
export function defaultGazetteer(): Gazetteer {
  if (shared) return shared;
  const g = new Gazetteer();
  const add = (name: string, kind: ActorKind, role: EntryRole, phrase: string) => {
    const tokens = phraseTokens(phrase.replace(/^the\s+/i, ''));
    if (tokens.length > 0) g.add({ key: slug(name), name, kind, role, tokens });
  };
  for (const c of loadCountries()) {
    for (const n of [c.name, ...c.otherNames]) add(c.name, 'country', 'name', n);
    for (const n of c.capitals) add(c.name, 'country', 'capital', n);
    for (const n of c.seats) add(c.name, 'country', 'seat', n);
    for (const n of c.adjectives) add(c.name, 'country', 'adjective', n);
    for (const n of c.plurals) add(c.name, 'country', 'plural', n);
  }
  for (const o of loadOrganisations()) {
    for (const n of [o.name, ...o.otherNames]) add(o.name, 'organisation', 'name', n);
    for (const n of o.seats) add(o.name, 'organisation', 'seat', n);
  }
  shared = g;
  return g;
}
