/** A top-level stretch of a Markdown document that parses the same alone as inside the whole. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
}

/** Consecutive chunks are parsed together up to about this many characters (see `proseSentences`). */
export const BATCH = 16_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
const COMMENT_OPEN = /^ {0,3}<!--/;
const DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:/m;
const BLANK = /^[ \t]*$/;

/**
 * Splits a document into chunks at blank lines that no construct spans: not inside a fenced code block,
 * raw HTML (`<pre>`, `<script>`, `<style>`, `<textarea>`), an HTML comment or front matter, and not before
 * an indented line (a list item's or code block's continuation). A document with link reference
 * definitions, which act across the whole document, is one chunk. Linear in the text.
 */
export function splitChunks(text: string): Chunk[] {
  if (DEFINITION.test(text)) return [{ start: 0, end: text.length }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let raw: string | null = null;
  let comment = false;
  let frontmatter = text.startsWith('---\n') || text.startsWith('---\r\n') || text.startsWith('+++\n');
  let pendingBoundary = -1;
  let pos = 0;
  let lineNo = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol).replace(/\r$/, '');
    const next = eol + 1;
    if (frontmatter) {
      if (lineNo > 0 && (line === '---' || line === '+++' || line === '...')) frontmatter = false;
    } else if (fence !== null) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
    } else if (raw !== null) {
      if (line.toLowerCase().includes(`</${raw}>`)) raw = null;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else if (BLANK.test(line)) {
      if (pendingBoundary < 0) pendingBoundary = next;
    } else {
      if (pendingBoundary >= 0) {
        // The blank run ends here; split before this line unless it continues an indented construct.
        if (!/^(?: {4}|\t| {1,3}\S)/.test(line) || /^ {1,3}(?:[#>]|```|~~~)/.test(line)) {
          if (pendingBoundary > chunkStart) chunks.push({ start: chunkStart, end: pos });
          chunkStart = pos;
        }
        pendingBoundary = -1;
      }
      const f = FENCE.exec(line);
      if (f) fence = f[1];
      else {
        const r = RAW_OPEN.exec(line);
        if (r && !line.toLowerCase().includes(`</${r[1].toLowerCase()}>`)) raw = r[1].toLowerCase();
        else if (COMMENT_OPEN.test(line) && !line.includes('-->')) comment = true;
      }
    }
    pos = next;
    lineNo++;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}
