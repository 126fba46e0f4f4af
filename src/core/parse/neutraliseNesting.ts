import { forEachLine, newLinePrefix, readLinePrefix } from './linePrefix';

/**
 * The most container markers (`>`, list markers) a line keeps before the parser sees it. Real documents
 * nest a few levels; remark-parse's time grows faster than the square of the depth (4,000 levels take
 * seconds), so the markers past this depth are blanked by {@link neutraliseNesting}.
 */
export const MAX_NESTING = 32;

/** What blanks a marker that has prose after it: a non-breaking space is text to the parser, not indentation. */
const TEXT_BLANK = '\u00a0';

/**
 * The text with every container marker past `limit` on a line replaced, character for character, by a
 * blank of the same length, so every offset still maps to the same place in the document and the prose
 * after the markers is still parsed (and analysed) at depth `limit`. Where prose follows, the markers
 * become U+00A0, which the parser takes as the start of a paragraph (ASCII spaces would make that
 * paragraph an indented code block); where nothing follows, they become spaces (a blank line, as before).
 * Returns `text` itself when no line is that deep, which is the case for any ordinary document.
 */
export function neutraliseNesting(text: string, limit = MAX_NESTING): string {
  const prefix = newLinePrefix();
  const parts: string[] = [];
  let copied = 0;
  forEachLine(text, (start, end) => {
    readLinePrefix(text, start, end, limit, prefix);
    if (prefix.cut < 0) return;
    const blank = prefix.content >= end ? ' ' : TEXT_BLANK;
    parts.push(text.slice(copied, prefix.cut), blank.repeat(prefix.markersEnd - prefix.cut));
    copied = prefix.markersEnd;
  });
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
