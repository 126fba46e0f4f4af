import { TITLES } from '../data/lexicon';
import { ROLE_WORDS } from '../data/interestCues';
import type { ActorRegistry, SentenceView } from './actorRegistry';

/** The organisation or state a person speaks for, by the person's actor id; `null` when the text names none. */
export type Affiliation = (personId: string) => string | null;

/**
 * Reads, lazily and once per person, the body a person is introduced as speaking for: "NASA Administrator
 * Charles Bolden", "ISRO's AS Kiran Kumar", "Turkish Energy Minister Alparslan Bayraktar" (a demonym: the state),
 * "David Nabarro, WHO's head of crisis operations", "Sara Eyckmans of Western Sahara Resource Watch", "Ilan
 * Goldfajn, president of the IDB". What "we" and "our" stand for in that person's quotation.
 */
export function affiliations(views: readonly SentenceView[], registry: ActorRegistry): Affiliation {
  const known = new Map<string, string | null>();
  // Each person's mentions with their sentences, indexed once, at the first question.
  let byActor: Map<string, Array<{ view: SentenceView; from: number; to: number }>> | null = null;
  return (id) => {
    let found = known.get(id);
    if (found !== undefined) return found;
    found = null;
    if (registry.get(id)?.kind === 'person') {
      if (!byActor) {
        byActor = new Map();
        for (const view of views) {
          for (const m of view.mentions) {
            let list = byActor.get(m.actorId);
            if (!list) byActor.set(m.actorId, (list = []));
            list.push({ view, from: m.from, to: m.to });
          }
        }
      }
      for (const m of byActor.get(id) ?? []) {
        found = before(m.view, m.from, registry) ?? after(m.view, m.to, registry);
        if (found) break;
      }
    }
    known.set(id, found);
    return found;
  };
}

const isRole = (text: string, lower: string) => TITLES.has(text) || ROLE_WORDS.has(lower);

/** A body not a person. */
function body(registry: ActorRegistry, id: string): boolean {
  const kind = registry.get(id)?.kind;
  return kind !== undefined && kind !== 'person';
}

/** "NASA Administrator", "ISRO's", "EU Climate Commissioner", "Turkish Energy Minister" before a name at `from`. */
function before(view: SentenceView, from: number, registry: ActorRegistry): string | null {
  const tokens = view.tokens;
  let k = from - 1;
  let roles = 0;
  // Up to four words of a title: "Climate Commissioner", "secretary general", "Energy Minister".
  const named = (i: number) => view.adjectives.has(i) || view.mentions.some((x) => x.to === i + 1);
  while (k >= 0 && from - k <= 4 && tokens[k].kind === 'word' && !named(k) && (isRole(tokens[k].text, tokens[k].lower) || (roles > 0 && tokens[k].capitalised))) {
    if (isRole(tokens[k].text, tokens[k].lower)) roles++;
    k--;
  }
  const possessive = tokens[k]?.kind === 'possessive';
  if (roles === 0 && !possessive) return null;
  if (possessive) k--;
  if (k < 0) return null;
  const country = view.adjectives.get(k);
  if (country && roles > 0) return country;
  const m = view.mentions.find((x) => x.to === k + 1);
  return m && body(registry, m.actorId) ? m.actorId : null;
}

/** ", WHO's head of crisis operations", ", president of the IDB", " of Western Sahara Resource Watch" after a name ending at `to`. */
function after(view: SentenceView, to: number, registry: ActorRegistry): string | null {
  const tokens = view.tokens;
  if (tokens[to]?.lower === 'of') {
    const k = tokens[to + 1]?.lower === 'the' ? to + 2 : to + 1;
    const m = view.mentions.find((x) => x.from === k);
    return m && body(registry, m.actorId) ? m.actorId : null;
  }
  if (tokens[to]?.text !== ',') return null;
  let k = to + 1;
  if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++;
  // ", WHO's head of …"
  const owner = view.mentions.find((x) => x.from === k);
  if (owner && tokens[owner.to]?.kind === 'possessive' && body(registry, owner.actorId)) {
    const role = tokens[owner.to + 1];
    return role && isRole(role.text, role.lower) ? owner.actorId : null;
  }
  // ", president of the IDB", ", a senior fellow at the Middle East Institute"
  let roles = 0;
  while (k < tokens.length && k < to + 6 && tokens[k].kind === 'word' && !['of', 'at', 'for', 'with'].includes(tokens[k].lower)) {
    if (isRole(tokens[k].text, tokens[k].lower)) roles++;
    k++;
  }
  if (roles === 0 || !['of', 'at', 'for', 'with'].includes(tokens[k]?.lower ?? '')) return null;
  const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const m = view.mentions.find((x) => x.from === at);
  if (m && body(registry, m.actorId)) return m.actorId;
  const country = view.adjectives.get(at);
  return country ?? null;
}
