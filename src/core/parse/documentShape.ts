import { forEachLine, nestedListMarkers, newLinePrefix, readLinePrefix, type LinePrefix } from './linePrefix';
import { measureListWork, type ListWork } from './listWork';
import { TABLE_DELIMITER_ROW } from './parseMarkdown';

/**
 * What a linear pre-scan learns about a document before it is parsed: the measures on which remark-parse
 * is slower than linear. The host routes a document to its worker, and core declines one
 * ({@link declineReason}), on these figures alone.
 */
export interface DocumentShape {
  readonly length: number;
  /** The longest line, in UTF-16 code units. */
  readonly longestLine: number;
  /** The most container markers (`>`, list markers) in a row at the start of a line (an upper bound). */
  readonly nesting: number;
  /** List markers nested in another container on their line or indented under one (an upper bound). */
  readonly nestedListItems: number;
  /**
   * The parser's work on nested lists, estimated by chunk ({@link measureListWork}); measured only when
   * nested items times the whole length could exceed {@link LIST_WORK_LIMIT}, else that product.
   */
  readonly listWork: ListWork;
  /** `*`, `_` and `[` characters anywhere. */
  readonly delimiters: number;
  /**
   * The parser's work on emphasis and links, estimated: the sum over paragraphs of the delimiter runs
   * (`*`, `_`, `[`, `]`) that can close times those that can open or close. It matches each closer
   * against the openers before it in its paragraph, so its time grows with the square of their number.
   */
  readonly delimiterWork: number;
  /** The paragraph with the largest share of that work: its first line (1-based) and its delimiter runs. */
  readonly densest: { readonly line: number; readonly delimiters: number };
}

/**
 * Above this estimated work a document is declined. The parser takes 3 to 45 ns per unit on a loaded 2-core
 * machine, depending on the pattern (`*a_` repeated is the worst), so this is at most about a second: 4,500
 * `*a` pairs in one paragraph, or 6,300 runs of `*a_`. A news article of 50 KB comes to about 20,000.
 */
export const DELIMITER_WORK_LIMIT = 20_000_000;

/**
 * Above this estimated nested-list work a document is declined: 7 to 11 ns per unit here, so 10 to 16 s of
 * parsing, as for 250 KB of nested list without a blank line (a megabyte would take minutes). Below it, a
 * long outline is slow, not stuck, and still analysed (in the extension's worker).
 */
export const LIST_WORK_LIMIT = 1_500_000_000;

const en = (n: number) => n.toLocaleString('en');

/** Why a document is not analysed, as one clause ("not analysed: …"), or null when it can be. */
export function declineReason(shape: DocumentShape): string | null {
  if (shape.delimiterWork > DELIMITER_WORK_LIMIT) {
    return `it is too dense in emphasis and link delimiters (*, _, [, ]) to parse in reasonable time: the paragraph at line ` +
      `${en(shape.densest.line)} has ${en(shape.densest.delimiters)}, and the Markdown parser's time grows with the square of that number`;
  }
  if (shape.listWork.work > LIST_WORK_LIMIT) {
    const { line, items, length } = shape.listWork.worst;
    return `its nested lists are too long to parse in reasonable time: from line ${en(line)}, ${en(items)} nested list items run ` +
      `${en(length)} characters without a break, and the Markdown parser's time grows with their number times that length`;
  }
  return null;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const isPunctuation = (c: number) => c < 128
  ? (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
  : c < 0xd800 || c > 0xdfff ? PUNCTUATION.test(String.fromCharCode(c)) : false;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^(?:`{3,}[^`]*|~{3,}.*)$/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** True when `text[from, end)` holds a `|` (bounded: `indexOf` would look past the line). */
function hasPipe(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 124) return true;
  return false;
}

/** Cells of a table row: `|`-separated, one leading and one trailing `|` ignored, `\|` not a separator. */
function cellCount(line: string): number {
  const s = line.trim();
  let cells = 1;
  for (let i = 0; i < s.length; i++) if (s[i] === '|' && s[i - 1] !== '\\' && i > 0 && i < s.length - 1) cells++;
  return cells;
}

/** Delimiters of part of a line (see {@link tallyDelimiters}). */
export interface DelimiterTally {
  /** `*`, `_` and `[` characters. */
  characters: number;
  /** Runs of `*` or of `_` that can open or close emphasis, and each `[` and `]`. */
  runs: number;
  /** Of them, those that can close: runs that can close emphasis, and each `]`. */
  closers: number;
}

/**
 * Adds to `tally` the delimiters of `text[start, end)`: characters from `start`, runs only from `from` (the
 * line's content after its container markers, whose start counts as a blank, as a line's start does).
 */
export function tallyDelimiters(text: string, start: number, from: number, end: number, tally: DelimiterTally): void {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 42 && c !== 95 && c !== 91 && c !== 93) continue;
    if (c !== 93) tally.characters++;
    if (i < from) continue;
    if (c === 91 || c === 93) {
      tally.runs++;
      if (c === 93) tally.closers++;
      continue;
    }
    let j = i + 1;
    while (j < end && text.charCodeAt(j) === c) j++;
    tally.characters += j - i - 1;
    // CommonMark's flanking rules: which runs can open emphasis and which can close it.
    const before = i > from ? text.charCodeAt(i - 1) : 32;
    const after = j < end ? text.charCodeAt(j) : 32;
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    const open = c === 42 ? left : left && (!right || isPunctuation(before));
    const close = c === 42 ? right : right && (!left || isPunctuation(after));
    if (open || close) tally.runs++;
    if (close) tally.closers++;
    i = j - 1;
  }
}

/** Scans a document once, line by line, for the measures of {@link DocumentShape}. Linear in its length. */
export function scanShape(text: string): DocumentShape {
  let longestLine = 0;
  let nesting = 0;
  let nestedListItems = 0;
  let delimiters = 0;
  let delimiterWork = 0;
  let densest = { line: 0, delimiters: 0 };
  let densestWork = 0;
  // The paragraph being counted: runs that can close, runs that can open or close, its first line.
  let closers = 0;
  let runs = 0;
  let regionLine = 0;
  let regionLines = 0;
  let header: { cells: number; indent: number } | null = null;
  /** The indentation of the table whose rows are being read, or -1. */
  let table = -1;
  let lineNo = 0;
  const prefix: LinePrefix = newLinePrefix();

  const flush = () => {
    const work = closers * runs;
    delimiterWork += work;
    if (work > densestWork) {
      densestWork = work;
      densest = { line: regionLine, delimiters: runs };
    }
    closers = 0;
    runs = 0;
    regionLines = 0;
  };
  const tally: DelimiterTally = { characters: 0, runs: 0, closers: 0 };
  /** Counts the delimiters of a line into the paragraph: those of its content, from `from`, as runs. */
  const count = (start: number, from: number, end: number) => {
    if (regionLines++ === 0) regionLine = lineNo;
    tally.characters = 0;
    tally.runs = 0;
    tally.closers = 0;
    tallyDelimiters(text, start, from, end, tally);
    delimiters += tally.characters;
    runs += tally.runs;
    closers += tally.closers;
  };

  forEachLine(text, (start, end) => {
    lineNo++;
    longestLine = Math.max(longestLine, end - start);
    const p = readLinePrefix(text, start, end, Number.MAX_SAFE_INTEGER, prefix);
    nesting = Math.max(nesting, p.depth);
    nestedListItems += nestedListMarkers(p);
    if (p.depth === 0 && p.content >= end) {
      flush();
      table = -1;
      header = null;
      return;
    }
    // Lines that end the paragraph before them, whatever it is in. A bullet or `1.` with content at the start
    // of a line always starts a list item; other ordered markers may be paragraph text, so they do not.
    const atStart = p.indent <= 3;
    const plain = atStart && p.depth === 0;
    const c = text.charCodeAt(p.content);
    const item = atStart && (p.first === 'bullet' || p.first === 'ordered-one') && (p.depth > 1 || p.content < end);
    const thematic = plain && (c === 42 || c === 45 || c === 95) && THEMATIC_BREAK.test(text.slice(p.content, end).trimEnd());
    const heading = plain && c === 35 && ATX_HEADING.test(text.slice(p.content, Math.min(end, p.content + 8)));
    const fence = plain && (c === 96 || c === 126) && FENCE.test(text.slice(p.content, end));
    const pipe = plain && hasPipe(text, p.content, end);
    if (table >= 0 && pipe && p.indent >= table && c !== 60 /* < */ && !heading && !fence && !thematic) {
      // A body row of a table: its cells are parsed apart from each other and from the next row. A line
      // indented less than the table may be outside the list item that holds it, where it starts a paragraph.
      flush();
      count(start, p.content, end);
      flush();
      return;
    }
    table = -1;
    if (header && pipe && regionLines === 1 && p.indent >= header.indent && header.cells === cellCount(text.slice(p.content, end))) {
      const row = text.slice(start, end);
      if (DELIMITER_ROW.test(row.trim()) && TABLE_DELIMITER_ROW.test(row)) {
        // The line before was a table's header row, alone in its paragraph, and was counted so; so are the rows.
        flush();
        table = header.indent;
        header = null;
        return;
      }
    }
    if (item || thematic || heading || fence) flush();
    header = regionLines === 0 && pipe && !heading && !fence && !thematic ? { cells: cellCount(text.slice(p.content, end)), indent: p.indent } : null;
    count(start, p.content, end);
    if (heading || thematic) flush();
  });
  flush();
  // The bound first: items times the whole length; the chunks are read only when that could be too much.
  const listWork = nestedListItems * text.length > LIST_WORK_LIMIT ? measureListWork(text)
    : { work: nestedListItems * text.length, worst: { line: 1, items: nestedListItems, length: text.length } };
  return { length: text.length, longestLine, nesting, nestedListItems, listWork, delimiters, delimiterWork, densest };
}
