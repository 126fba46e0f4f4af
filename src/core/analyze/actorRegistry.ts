import type { Actor, ActorKind, Mention } from '../model';
import type { Sentence, Token } from '../parse/tokenize';
import { slug } from './gazetteer';

/** A mention found in a sentence, by token index (`to` exclusive). */
export interface MentionRef {
  readonly actorId: string;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A sentence with the actor mentions and demonym adjectives found in it. */
export interface SentenceView {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** Mentions in token order. */
  readonly mentions: MentionRef[];
  /**
   * Country id of each demonym adjective, by token index ("Russian officials"). Most sentences have none:
   * they share {@link NO_ADJECTIVES} until {@link setAdjective} gives them their own map.
   */
  adjectives: ReadonlyMap<number, string>;
  /** True when the block is a title-case heading, where capitalisation says nothing. */
  readonly titleCase: boolean;
  /** The trigger bits of its words (see `triggers.ts`): which later passes have anything to look at. */
  readonly triggers: number;
}

/** The empty adjective map that sentences share until they have an adjective. */
export const NO_ADJECTIVES: ReadonlyMap<number, string> = new Map();

/** Records a demonym adjective of a sentence. */
export function setAdjective(view: SentenceView, index: number, countryId: string): void {
  if (view.adjectives === NO_ADJECTIVES) view.adjectives = new Map([[index, countryId]]);
  else (view.adjectives as Map<number, string>).set(index, countryId);
}

interface MutableActor {
  id: string;
  name: string;
  kind: ActorKind;
  mentions: Mention[];
  starts: Set<number>;
  /** Names used for it that are not mentions of it acting: demonyms ("Russian troops"). */
  extraAliases?: Set<string>;
}

/** Collects actors and their mentions; ids are stable slugs of the canonical name. */
export class ActorRegistry {
  private readonly actors = new Map<string, MutableActor>();
  /** Ids of actors merged into another (see {@link merge}): later references go to the one kept. */
  private readonly redirects = new Map<string, string>();
  /** Lower-case titles a person was named with ("prime minister" of "Prime Minister Jane Smith"), by id. */
  readonly titles = new Map<string, Set<string>>();
  /** Countries whose government the text names as such ("the Kenyan government", "Peru's government"). */
  readonly governed = new Set<string>();
  /** The state a person was introduced with ("US President Donald Trump": the United States), by id. */
  readonly personStates = new Map<string, string>();
  /** The nouns of its kind an organisation was named with ("union" of "the CGT union"), by id. */
  readonly kindNouns = new Map<string, Set<string>>();

  /** `text` is the document: mentions carry exactly the text at their span. */
  constructor(readonly text: string) {}

  /** The document text of a span. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Creates the actor if new; returns its id. */
  ensure(name: string, kind: ActorKind): string {
    const id = this.redirects.get(slug(name)) ?? slug(name);
    const existing = this.actors.get(id);
    if (!existing) this.actors.set(id, { id, name, kind, mentions: [], starts: new Set() });
    return id;
  }

  /** Forgets an actor and its mentions (a name that turned out to be a place). */
  remove(id: string, views: readonly SentenceView[]): void {
    this.actors.delete(id);
    for (const v of views) {
      for (let i = v.mentions.length - 1; i >= 0; i--) if (v.mentions[i].actorId === id) v.mentions.splice(i, 1);
    }
  }

  /**
   * Drops the countries named only as places ("fled into Bangladesh", "talks in Qatar"), unless `keep` holds
   * them (a claimant or an interest's actor): a state only ever where something happened does not act.
   */
  dropPlaceOnlyCountries(keep: ReadonlySet<string>): void {
    for (const [id, a] of this.actors) {
      if (a.kind !== 'country' || keep.has(id) || a.extraAliases?.size) continue;
      if (a.mentions.every((m) => this.isPlaceMention(m))) this.actors.delete(id);
    }
  }

  /**
   * True when a mention of a country names where something is, not the state acting: after a preposition
   * of place ("fled into Bangladesh", "workers from Nepal", "off the coast of Libya", "in northern India"),
   * in a dateline ("DHAKA —"), or in a heading, which names what the story is about.
   */
  private isPlaceMention(m: Mention): boolean {
    const before = this.text.slice(Math.max(0, m.start - 40), m.start);
    if (PLACE_BEFORE.test(before)) return true;
    const lineStart = this.text.lastIndexOf('\n', m.start - 1) + 1;
    if (this.text.startsWith('#', lineStart)) return true;
    // "MANILA —", "BANDA ACEH, Indonesia —": a dateline opens its paragraph with the place in capitals.
    return m.start - lineStart <= 40 && /^[\p{Lu}\s,.'-]*$/u.test(this.text.slice(lineStart, m.start)) && /^[\s,]*(?:\p{Lu}[\p{L}\s]*)?[\s,]*[—–-]/u.test(this.text.slice(m.end, m.end + 30)) ;
  }

  /** Reclassifies an actor when the text shows what it is ("the White Helmets rescue group"). */
  setKind(id: string, kind: ActorKind): void {
    const actor = this.actors.get(id);
    if (actor) actor.kind = kind;
  }

  has(id: string): boolean {
    return this.actors.has(this.redirects.get(id) ?? id);
  }

  get(id: string): { readonly name: string; readonly kind: ActorKind } | undefined {
    return this.actors.get(this.redirects.get(id) ?? id);
  }

  /** The id an actor is now known by: its own, or that of the actor it was merged into. */
  resolve(id: string): string {
    return this.redirects.get(id) ?? id;
  }

  /** Every actor so far, in no particular order, with the starts of its mentions. */
  list(): ReadonlyArray<{ readonly id: string; readonly name: string; readonly kind: ActorKind; readonly mentions: readonly Mention[] }> {
    return [...this.actors.values()];
  }

  /**
   * Folds actor `from` into actor `into` ("the government" into the state it governs): its mentions and
   * names become the other's, and later references to `from` go to `into`.
   */
  merge(from: string, into: string): void {
    const a = this.actors.get(from);
    const b = this.actors.get(into);
    if (!a || !b || a === b) return;
    for (const m of a.mentions) {
      if (b.starts.has(m.start)) continue;
      b.starts.add(m.start);
      b.mentions.push({ ...m, actorId: into });
    }
    for (const alias of a.extraAliases ?? []) (b.extraAliases ??= new Set()).add(alias);
    if (a.mentions.length > 0) (b.extraAliases ??= new Set()).add(a.name);
    this.actors.delete(from);
    this.redirects.set(from, into);
    for (const [k, v] of this.redirects) if (v === from) this.redirects.set(k, into);
  }

  /** Records a mention of an existing actor, once per span. */
  addMention(view: SentenceView, actorId: string, from: number, to: number, includeThe = false): MentionRef {
    const tokens = view.tokens;
    const f = includeThe && from > 0 && tokens[from - 1].lower === 'the' ? from - 1 : from;
    const start = tokens[f].start;
    const end = tokens[to - 1].end;
    const text = this.text.slice(start, end);
    actorId = this.redirects.get(actorId) ?? actorId;
    const ref: MentionRef = { actorId, from, to, start, end, text };
    const actor = this.actors.get(actorId);
    if (!actor) throw new Error(`unknown actor ${actorId}`);
    if (!actor.starts.has(start)) {
      actor.starts.add(start);
      actor.mentions.push({ actorId, start, end, text });
    }
    const at = view.mentions.findIndex((m) => m.from > from);
    if (!view.mentions.some((m) => m.from === from)) view.mentions.splice(at < 0 ? view.mentions.length : at, 0, ref);
    return ref;
  }

  /** Records another name the document uses for an actor without a mention: a demonym ("Russian troops"). */
  addAlias(actorId: string, alias: string): void {
    const actor = this.actors.get(this.redirects.get(actorId) ?? actorId);
    if (!actor) return;
    (actor.extraAliases ??= new Set()).add(alias);
  }

  /** The finished actors, with aliases, sorted by first mention; actors never mentioned are dropped. */
  finish(): Actor[] {
    const out: Actor[] = [];
    for (const a of this.actors.values()) {
      if (a.mentions.length === 0) continue;
      a.mentions.sort((x, y) => x.start - y.start);
      const aliases: string[] = [];
      const seen = new Set<string>();
      const name = a.name.toLowerCase();
      for (const m of a.mentions) {
        // Most mentions repeat a text already seen: each distinct text is normalised once.
        if (seen.has(m.text)) continue;
        seen.add(m.text);
        const alias = m.text.replace(/\s+/g, ' ').replace(/['’]s$/, '').replace(/^The /, 'the ');
        if (alias.toLowerCase() !== name && !aliases.includes(alias)) aliases.push(alias);
      }
      for (const alias of a.extraAliases ?? []) if (alias.toLowerCase() !== name && !aliases.includes(alias)) aliases.push(alias);
      out.push({ id: a.id, name: a.name, kind: a.kind, aliases, mentions: a.mentions });
    }
    return out.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  }
}

/** Words before a name that make it the place where something happened. */
const PLACE_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:in|into|inside|across|throughout|within|off|near|outside|around|reaching|' +
  '(?:coast|shores?|border|borders|parts?|rest|north|south|east|west|heart|capital|outskirts|land mass) of)\\s+(?:the\\s+)?' +
  // "in northern India", "into eastern Sudan", "in rural India", "from mainland China"
  '(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\\s+|(?:central|rural|remote|occupied|mainland|coastal|landlocked)\\s+)?$', 'iu');

/** The text the tokens cover, with the original spacing collapsed to single spaces. */
export function sliceTokens(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    if (i > from && tokens[i].start > tokens[i - 1].end) s += ' ';
    s += tokens[i].text;
  }
  return s;
}
