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

/** Looks phrases up by their first token. */
export class Gazetteer {
  private readonly byFirst = new Map<string, GazetteerEntry[]>();

  add(entry: GazetteerEntry): void {
    const first = entry.tokens[0].toLowerCase();
    const list = this.byFirst.get(first) ?? [];
    list.push(entry);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /** The longest entry matching the token texts from `at`, honouring case, or `undefined`. */
  match(texts: readonly string[], at: number): GazetteerEntry | undefined {
    const candidates = this.byFirst.get(texts[at].toLowerCase());
    if (!candidates) return undefined;
    for (const entry of candidates) {
      if (at + entry.tokens.length > texts.length) continue;
      let ok = true;
      // Later words of a name may be written in lower case: "the UN refugee agency".
      for (let k = 0; k < entry.tokens.length && ok; k++) ok = sameWord(entry.tokens[k], texts[at + k]) || (k > 0 && entry.tokens.length >= 3 && entry.tokens[k].toLowerCase() === texts[at + k]);
      if (ok) return entry;
    }
    return undefined;
  }
}

/** Case rule: an all-capitals gazetteer word (an acronym) matches only itself; others match when capitalised alike. */
function sameWord(entry: string, text: string): boolean {
  if (entry.length > 1 && entry === entry.toUpperCase() && /\p{L}/u.test(entry)) return entry === text;
  if (entry.toLowerCase() !== text.toLowerCase()) return false;
  const e0 = entry.charAt(0);
  const t0 = text.charAt(0);
  return (e0 === e0.toLowerCase()) === (t0 === t0.toLowerCase()) || e0 === e0.toLowerCase();
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
