import type { ActorKind } from '../model';
import { loadOrganisations } from '../data/organisations';
import { GOVERNMENT_NAMES } from '../data/lexicon';
import type { ActorRegistry } from './actorRegistry';

/**
 * Document-level linking, once every actor is known: actors that are other names for one another are
 * merged, so that "the Audit Board" is the National Audit Board, "Shimeri" is Ali al-Shimeri, "the
 * government" is the one state the article is about and "the prime minister" is the person introduced with
 * that title. Each rule merges only when exactly one actor fits: an unmerged alias costs less than a wrong one.
 */
export function linkActors(registry: ActorRegistry): void {
  const actors = registry.list().filter((a) => a.mentions.length > 0);
  const first = new Map<string, number>();
  for (const a of actors) {
    let min = Infinity;
    for (const m of a.mentions) if (m.start < min) min = m.start;
    first.set(a.id, min);
  }
  const merges: Array<[string, string]> = [];
  const merged = new Set<string>();

  // Partial and reordered names of an organisation: "Audit Board" of "National Audit Board", "Interior
  // Ministry" of "Ministry of the Interior", "Colmar Brunton" of "One News-Colmar Brunton".
  const bodies = actors.filter((a) => BODY_KINDS.has(a.kind));
  for (const a of bodies) {
    if (GAZETTEER_NAMES.has(a.name)) continue;
    const words = nameWords(a.name);
    if (words.length === 0) continue;
    const fits = bodies.filter((b) => b !== a && b.kind !== 'group' && (partOfName(nameWords(b.name), words) || sameWordsReordered(b.name, a.name)));
    // A one-word description ("Bureau", "Fund") stands only for a body named before it.
    const before = words.length === 1 && a.kind === 'group' ? fits.filter((b) => first.get(b.id)! < first.get(a.id)!) : fits;
    if (before.length === 1 && nameWords(before[0].name).length >= words.length) merges.push([a.id, before[0].id]);
  }

  // "The union said" after "the RMT union": a one-word group that is a noun of the kind a body named before
  // was given is that body, when one alone was.
  for (const a of actors) {
    if (a.kind !== 'group' || a.name.includes(' ')) continue;
    const noun = a.name.toLowerCase();
    const fits = actors.filter((b) => b.kind === 'organisation' && registry.kindNouns.get(b.id)?.has(noun) && first.get(b.id)! < first.get(a.id)!);
    if (fits.length === 1) merges.push([a.id, fits[0].id]);
  }

  // "Yue Yuen" of "Yue Yuen Industrial Holdings Ltd", "Colmar Brunton" of "One News-Colmar Brunton": a
  // short name of a company that read as a person's is the company.
  const organisations = actors.filter((a) => a.kind === 'organisation');
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    const words = nameWords(a.name);
    if (words.length < 2) continue;
    const fits = organisations.filter((b) => partOfName(nameWords(b.name), words));
    if (fits.length === 1) merges.push([a.id, fits[0].id]);
  }

  // Parts of a person's name: "Shimeri" of "Ali al-Shimeri", "Bihi" of "Muse Bihi Abdi".
  const people = actors.filter((a) => a.kind === 'person');
  for (const a of actors) {
    if (a.kind !== 'person' && a.kind !== 'other') continue;
    const words = personWords(a.name);
    if (words.length === 0) continue;
    const fits = people.filter((b) => b !== a && personWords(b.name).length > words.length && containsRun(personWords(b.name), words));
    if (fits.length === 1) merges.push([a.id, fits[0].id]);
  }

  // "The prime minister said": a role alone is the one person the article named with that title.
  for (const a of actors) {
    if (a.kind !== 'group' && a.kind !== 'other') continue;
    const role = a.name.toLowerCase();
    const holders = [...registry.titles].filter(([, titles]) => [...titles].some((t) => t === role || t.endsWith(` ${role}`)));
    if (holders.length === 1 && registry.has(holders[0][0])) merges.push([a.id, holders[0][0]]);
  }

  // "The government": the state the article is about, when one state clearly is.
  const government = actors.filter((a) => a.kind === 'group' && GOVERNMENT_NAMES.has(a.name.toLowerCase()));
  if (government.length > 0) {
    const state = mainState(registry, actors);
    if (state) for (const g of government) merges.push([g.id, state]);
  }

  for (const [from, into] of merges) {
    if (merged.has(from)) continue;
    merged.add(from);
    registry.merge(from, registry.resolve(into));
  }
}

const BODY_KINDS: ReadonlySet<ActorKind> = new Set(['organisation', 'group', 'other']);
const GAZETTEER_NAMES: ReadonlySet<string> = new Set(loadOrganisations().flatMap((o) => [o.name, ...o.otherNames]));
const FILLERS = new Set(['the', 'of', 'for', 'and', '&']);

/** The lower-case words of a name, without "the"; hyphenated parts apart ("news-colmar" is two words). */
function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/\.$/, '').split(/[\s-]+/).filter((w) => w.length > 0 && w !== 'the');
}

/** The words of a person's name, hyphenated parts apart ("al-Shimeri" is "al", "shimeri"). */
function personWords(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 1);
}

/** True when `part` occurs in `whole` as a run of consecutive words. */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    let ok = true;
    for (let k = 0; k < part.length && ok; k++) ok = whole[i + k] === part[k];
    if (ok) return true;
  }
  return false;
}

/**
 * True when `part` is a shorter name of the body named `whole`: its head word alone ("Fund" of "International
 * Monetary Fund"), a run of words ending at the head ("Audit Board"), the name without a company suffix
 * ("Nike" of "Nike Inc", "United" of "United Airlines"), or the name's end ("Colmar Brunton" of "One
 * News-Colmar Brunton"). A name joined of two ("Devon and Cornwall Police") is not split.
 */
function partOfName(whole: readonly string[], part: readonly string[]): boolean {
  if (!containsRun(whole, part)) return false;
  const of = whole.findIndex((w) => w === 'of' || w === 'for');
  const headAt = of > 0 ? of - 1 : whole.length - 1;
  // "Bureau" of "Guangzhou Land Resources and Housing Bureau": the head alone names a joined name too.
  if (whole.includes('and') || whole.includes('&')) return part.length === 1 && whole[headAt] === part[0] && headAt > 0;
  const at = whole.findIndex((_, i) => part.every((w, k) => whole[i + k] === w));
  if (at + part.length - 1 === headAt && (part.length > 1 || at > 0)) return true;
  if (at === 0 && whole.slice(part.length).every((w) => COMPANY_TAILS.has(w))) return true;
  return part.length > 1 && at + part.length === whole.length;
}

/** Words after a company's or body's own name that its short name leaves out: "Inc", "Corp.", "Airlines". */
const COMPANY_TAILS = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'plc', 'llc', 'group', 'holdings', 'industrial',
  'company', 'airlines', 'airways', 'institute', 'news', 'agency', 'sa', 'ag', 'nv', 'se', 'ph', 'worldwide', 'international']);

/** "Interior Ministry" and "Ministry of the Interior": the same words but for "of", "the", "for". */
function sameWordsReordered(a: string, b: string): boolean {
  const wa = nameWords(a).filter((w) => !FILLERS.has(w));
  const wb = nameWords(b).filter((w) => !FILLERS.has(w));
  if (wa.length < 2 || wa.length !== wb.length || wa.join(' ') === wb.join(' ')) return false;
  return [...wa].sort().join(' ') === [...wb].sort().join(' ');
}

/**
 * The state an article is about: the one whose government it names ("the Pakistani government",
 * "Argentina's government"), else the one named at least three times and at least twice as often as any other.
 */
function mainState(registry: ActorRegistry, actors: ReturnType<ActorRegistry['list']>): string | null {
  const countries = actors.filter((a) => a.kind === 'country');
  const governed = countries.filter((c) => registry.governed.has(c.id));
  if (governed.length === 1) return governed[0].id;
  if (governed.length > 1) return null;
  const counts = countries.map((c) => ({ id: c.id, n: c.mentions.length })).sort((x, y) => y.n - x.n);
  if (counts.length === 0 || counts[0].n < 3 || (counts.length > 1 && counts[0].n < 2 * counts[1].n)) return null;
  return counts[0].id;
}
