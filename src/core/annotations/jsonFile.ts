import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { TextIndex } from '../parse/textIndex';

/** A problem in an annotation file, with the offset in the file where it is. */
export interface FormatError {
  readonly message: string;
  readonly offset: number;
}

/** A JSON file read into a syntax tree (for offsets) and its value (null-prototype objects, as JSON.parse would build them otherwise). */
export interface JsonFile {
  readonly root: Node;
  readonly value: unknown;
}

/** Deeper nesting is refused before parsing: an annotation is four levels deep, and the parser recurses. */
export const MAX_DEPTH = 64;

/** The parser's error codes in words: stable across Node versions, unlike the engine's JSON.parse messages. */
const SYNTAX: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: 'an unexpected symbol',
  InvalidNumberFormat: 'a badly formed number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace is expected',
  CloseBracketExpected: 'a closing bracket is expected',
  EndOfFileExpected: 'the file should end after its one JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed on its line',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a bad \\u escape',
  InvalidEscapeCharacter: 'a bad escape sequence',
  InvalidCharacter: 'a control character inside a string',
  '<unknown ParseErrorCode>': 'a syntax error',
};

/** A line holding a git conflict marker: `<<<<<<< ours`, `|||||||` (diff3), `=======`, `>>>>>>> theirs`. */
const CONFLICT_MARKER = /(?<![^\r\n])(?:(?:<{7}|\|{7}|>{7})(?![^ \t\r\n])|={7}(?![^\r\n]))/;

/** The offset of the first bracket nested deeper than {@link MAX_DEPTH}, skipping strings as the parser's scanner does; -1 if none. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"' || c === '\n' || c === '\r') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

/** The first key that appears twice in one object (readers disagree on which one counts), or null. */
function duplicateKey(root: Node): Node | null {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0]?.value as string;
        if (seen.has(key)) return property;
        seen.add(key);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return null;
}

/**
 * Reads one strict JSON file (no comments, no trailing commas) into a tree and a value, or says what is wrong and
 * where. A leading byte order mark is allowed; offsets count it, so they stay offsets into `text`.
 */
export function readJson(text: string): JsonFile | { error: FormatError } {
  // The BOM becomes a space, which the parser skips: same length, so every offset is still one into `text`.
  const source = text.startsWith('\ufeff') ? ` ${text.slice(1)}` : text;
  const deep = tooDeepAt(source);
  if (deep >= 0) return { error: { message: `Nested more than ${MAX_DEPTH} levels deep; an annotation file is four levels deep.`, offset: deep } };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // A conflict marker line is never valid JSON, so it is only looked for in a file that does not parse.
    const marker = CONFLICT_MARKER.exec(source);
    if (marker) {
      return { error: { message: `The file has unresolved git merge conflict markers at line ${new TextIndex(source).toLineColumn(marker.index).line}; resolve the conflict (keep one side) and delete the marker lines.`, offset: marker.index } };
    }
    const first = errors[0];
    return { error: { message: `Not valid JSON: ${first ? SYNTAX[printParseErrorCode(first.error)] : SYNTAX.ValueExpected}.`, offset: first?.offset ?? 0 } };
  }
  const twice = duplicateKey(root);
  if (twice) return { error: { message: `"${String(twice.children?.[0]?.value)}" appears twice in one object; keep one.`, offset: twice.offset } };
  return { root, value: getNodeValue(root) };
}

/**
 * Where the value at `path` is (at its key, for a property); where the path stops existing, the nearest
 * enclosing value that does exist, so a missing field points at the object that lacks it.
 */
export function offsetAt(root: Node, path: JSONPath): number {
  let n = path.length;
  let node = findNodeAtLocation(root, path);
  while (!node) node = findNodeAtLocation(root, path.slice(0, --n));
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

/**
 * The string at `path` in a file that may not parse, read as leniently as jsonc-parser's error recovery
 * allows (comments, trailing commas, a missing brace, one side of a git conflict); undefined where it
 * cannot be read. Used only to say which document a broken annotation file was about.
 */
export function salvageString(text: string, path: JSONPath): string | undefined {
  const source = text.startsWith('\ufeff') ? ` ${text.slice(1)}` : text;
  if (tooDeepAt(source) >= 0) return undefined;
  const root = parseTree(source, [], { allowTrailingComma: true, allowEmptyContent: true });
  const node = root && findNodeAtLocation(root, path);
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}
