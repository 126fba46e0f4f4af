import { BATCH, splitChunks } from './chunks';
import { forEachLine, nestedListMarkers, newLinePrefix, readLinePrefix } from './linePrefix';

/** The parser's work on nested lists, estimated (see {@link measureListWork}), and where most of it is. */
export interface ListWork {
  readonly work: number;
  /** The stretch parsed at once with the largest share: its first line (1-based), its nested list items, its length. */
  readonly worst: { readonly line: number; readonly items: number; readonly length: number };
}

/**
 * Each nested list item costs remark-parse time in proportion to the length of the text parsed with it
 * (1,900 `- - x` lines without a blank line, 60 KB, take 0.8 s; twice as many, 3 s). The analysis parses
 * a document by chunks ({@link splitChunks}) with a cache, or by batches of chunks (about {@link BATCH}
 * characters) without one, so the work is the larger of the two sums, over chunks and over batches, of
 * nested items times length. Linear: one pass for the chunks, one over the lines.
 */
export function measureListWork(text: string, batch = BATCH): ListWork {
  const chunks = splitChunks(text);
  const items = new Array<number>(chunks.length).fill(0);
  const lines = new Array<number>(chunks.length).fill(1);
  const prefix = newLinePrefix();
  let chunk = 0;
  let line = 0;
  forEachLine(text, (start, end) => {
    line++;
    while (chunk < chunks.length - 1 && start >= chunks[chunk].end) lines[++chunk] = line;
    items[chunk] += nestedListMarkers(readLinePrefix(text, start, end, Number.MAX_SAFE_INTEGER, prefix));
  });
  let worst = { line: 1, items: 0, length: 0 };
  const add = (first: number, count: number, length: number) => {
    if (count * length > worst.items * worst.length) worst = { line: lines[first], items: count, length };
    return count * length;
  };
  // By chunk, as with a cache; by batch, as proseSentences groups chunks without one.
  let byChunk = 0;
  let byBatch = 0;
  let from = 0;
  let first = 0;
  let batchItems = 0;
  chunks.forEach((c, i) => {
    byChunk += add(i, items[i], c.end - c.start);
    batchItems += items[i];
    if (c.end - from < batch && i < chunks.length - 1) return;
    byBatch += add(first, batchItems, c.end - from);
    from = c.end;
    first = i + 1;
    batchItems = 0;
  });
  return { work: Math.max(byChunk, byBatch), worst };
}
