import type { Annotation } from './annotation';
import { anchor, type Anchor } from './anchoring';

/**
 * The `target.source` of a team vocabulary rule: an actor annotation (declare, alias, not an actor) that
 * applies to every document of its workspace folder, the way a cspell.json word or a Vale vocabulary does.
 * It is an annotation file like any other, so rules merge in git one file each, and are edited, deleted and
 * reported like any other annotation.
 */
export const WORKSPACE_SOURCE = '*';

/** True for a vocabulary rule: an actor annotation whose source is every document. */
export function isVocabularyRule(a: Annotation): boolean {
  return a.target.source === WORKSPACE_SOURCE && a.body.kind === 'actor';
}

/**
 * Where an annotation lands in a document's text. A vocabulary rule lands on the first whole-word
 * occurrence of its words, and is `null` where the document does not use them (it is not an orphan there,
 * only not used); any other annotation re-anchors from its selectors.
 */
export function anchorAnnotation(text: string, a: Annotation): Anchor | null {
  const [quote, position] = a.target.selector;
  if (a.target.source !== WORKSPACE_SOURCE) return anchor(text, quote, position);
  if (!isVocabularyRule(a)) return null;
  const at = firstWholeWord(text, quote.exact);
  return at < 0 ? null : { status: 'anchored', start: at, end: at + quote.exact.length, confidence: 1, method: 'exact', needsReview: false };
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** The first occurrence of `words` in `text` not inside a longer word, or -1. */
function firstWholeWord(text: string, words: string): number {
  if (words.trim() === '') return -1;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + words.length] ?? '';
    if (!(before && WORD.test(before) && WORD.test(words[0])) && !(after && WORD.test(after) && WORD.test(words[words.length - 1]))) return at;
  }
  return -1;
}
