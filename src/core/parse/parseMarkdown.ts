import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
import type { Root, Nodes, Parents } from 'mdast';

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
// One run of blanks only, so a long line of spaces cannot make the engine backtrack quadratically.
const TABLE_DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*\|/m;
/** Bare URLs in prose ("see https://example.com/2024/7000"): their digits are not figures. Linear: no nesting. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/g;

/** Parses Markdown (with YAML or TOML front matter) into an mdast tree. */
export function parseMarkdown(text: string, allowFrontmatter = true): Root {
  const frontmatter = allowFrontmatter && FRONT_MATTER.test(text);
  const table = TABLE_DELIMITER_ROW.test(text);
  const processor = frontmatter ? (table ? processors.both : processors.frontmatter) : table ? processors.table : processors.plain;
  return processor.parse(text);
}

const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes whose text is prose; all others (inlineCode, html, images …) are blanked. */
const PROSE_INLINES = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteReference']);

/** Collects the prose blocks of a document in order, each masked as described on {@link ProseBlock}. */
export function extractProseBlocks(text: string, tree: Root = parseMarkdown(text)): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const visit = (node: Nodes): void => {
    if (PROSE_CONTAINERS.has(node.type)) {
      const block = maskBlock(text, node as Parents);
      if (block) blocks.push(block);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return blocks;
}

function maskBlock(text: string, node: Parents): ProseBlock | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  // Text nodes come in document order; everything between them is blanked.
  const pieces: string[] = [];
  let cursor = start;
  const keep = (n: Nodes): void => {
    if (n.type === 'text') {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s === undefined || e === undefined || s < cursor) return;
      if (s > cursor) pieces.push(' '.repeat(s - cursor));
      pieces.push(text.slice(s, e));
      cursor = e;
      return;
    }
    if (!PROSE_INLINES.has(n.type) && n.type !== node.type) return;
    if ('children' in n) for (const child of n.children) keep(child as Nodes);
  };
  for (const child of node.children) keep(child as Nodes);
  if (end > cursor) pieces.push(' '.repeat(end - cursor));
  const masked = pieces.join('').replace(BARE_URL, (url) => ' '.repeat(url.length));
  if (masked.trim().length === 0) return null;
  return { start, end, text: masked, kind: node.type as ProseBlock['kind'] };
}
