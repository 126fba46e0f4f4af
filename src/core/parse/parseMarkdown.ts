import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
import type { Root, Nodes, Parents } from 'mdast';
import { neutraliseNesting } from './neutraliseNesting';

declare module 'mdast' {
  interface RootData {
    /** The text the parser saw, when {@link neutraliseNesting} changed it (same length as the document). */
    parsedText?: string;
  }
}

/**
 * A block of prose (a paragraph, heading or table cell) as a string of the same length as its source,
 * in which everything that is not prose (markup, link targets, inline code, HTML) is blanked to spaces.
 * Offsets inside `text` therefore map to the document by adding `start`.
 */
export interface ProseBlock {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'heading' | 'paragraph' | 'tableCell';
}

/** GFM tables only: the rest of GFM (autolink literals above all) costs parse time and adds no prose. */
function remarkGfmTable(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// The table and front-matter extensions cost parse time on every line, so each document gets the
// smallest processor its text can need: a linear check for a front-matter fence and a table delimiter row.
const processors = {
  plain: unified().use(remarkParse),
  frontmatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']),
  table: unified().use(remarkParse).use(remarkGfmTable),
  both: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmTable),
};
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n/;
/**
 * A line that can be a GFM table's delimiter row; the table extension is used only where one is. One run
 * of blanks only, so a long line of spaces cannot make the engine backtrack quadratically.
 */
export const TABLE_DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*\|/m;
/** Bare URLs in prose ("see https://example.com/2024/7000"): their digits are not figures. Linear: no nesting. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/g;

/**
 * Parses Markdown (with YAML or TOML front matter) into an mdast tree. Container markers nested deeper
 * than `MAX_NESTING` on a line are blanked first ({@link neutraliseNesting}): the offsets are those
 * of `text`, and the tree is at most that deep in containers per line.
 */
export function parseMarkdown(text: string, allowFrontmatter = true): Root {
  const frontmatter = allowFrontmatter && FRONT_MATTER.test(text);
  const table = TABLE_DELIMITER_ROW.test(text);
  const processor = frontmatter ? (table ? processors.both : processors.frontmatter) : table ? processors.table : processors.plain;
  const parsed = neutraliseNesting(text);
  const tree = processor.parse(parsed);
  if (parsed !== text) (tree.data ??= {}).parsedText = parsed;
  return tree;
}

const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes whose text is prose; all others (inlineCode, html, images …) are blanked. */
const PROSE_INLINES = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteReference']);

/** Blocks whose content is not prose, skipped with all they contain. */
const NOT_PROSE = new Set(['code', 'html', 'yaml', 'toml', 'definition']);

/** Pushes the children of `node` on `stack` so that they pop in document order. */
function pushChildren(stack: Nodes[], node: Nodes): void {
  if (!('children' in node)) return;
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
}

/**
 * Collects the prose blocks of a document in order, each masked as described on {@link ProseBlock}.
 * `tree` must come from {@link parseMarkdown} of the same text. The walks keep their own stack instead of
 * recursing: a tree is as deep as its document nests (lists in quotes in lists …), which only its length bounds.
 */
export function extractProseBlocks(text: string, tree: Root = parseMarkdown(text)): ProseBlock[] {
  // What the parser saw: the text itself, unless some line nested too deep (then the same length).
  const parsed = tree.data?.parsedText ?? text;
  const blocks: ProseBlock[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (PROSE_CONTAINERS.has(node.type)) {
      const block = maskBlock(text, parsed, node as Parents);
      if (block) blocks.push(block);
    } else if (!NOT_PROSE.has(node.type)) pushChildren(stack, node);
  }
  return blocks;
}

/** `parsed.slice(s, e)` with every character that differs from `text` (a blanked marker) as a space. */
function proseSlice(text: string, parsed: string, s: number, e: number): string {
  if (parsed === text) return text.slice(s, e);
  let out = '';
  for (let i = s; i < e; i++) out += parsed[i] === text[i] ? text[i] : ' ';
  return out;
}

function maskBlock(text: string, parsed: string, node: Parents): ProseBlock | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  // Text nodes come in document order; everything between them is blanked.
  const pieces: string[] = [];
  let cursor = start;
  const stack: Nodes[] = [];
  pushChildren(stack, node);
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.type === 'text') {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s === undefined || e === undefined || s < cursor) continue;
      if (s > cursor) pieces.push(' '.repeat(s - cursor));
      pieces.push(proseSlice(text, parsed, s, e));
      cursor = e;
    } else if (PROSE_INLINES.has(n.type) || n.type === node.type) pushChildren(stack, n);
  }
  if (end > cursor) pieces.push(' '.repeat(end - cursor));
  const masked = pieces.join('').replace(BARE_URL, (url) => ' '.repeat(url.length));
  if (masked.trim().length === 0) return null;
  return { start, end, text: masked, kind: node.type as ProseBlock['kind'] };
}
