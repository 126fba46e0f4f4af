/**
 * The rules that keep annotation files where they belong: which ids may be file names, which annotations
 * folders stay inside their workspace folder, and how a file left with git's conflict markers splits into
 * its two sides. Pure functions, so the extension and the CLI apply the same rules.
 */
import type { Annotation, Reply } from './annotation';
import { parseStoredAnnotation } from './format';

/** An id that is a UUID's IRI: `urn:uuid:` and the UUID in lower-case hex. Its file is named after the UUID. */
const UUID_IRI = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Names Windows reserves whatever the extension (CON, CON.json …): a file of that name cannot be made there. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/**
 * Why an id cannot name an annotation's file, or undefined when it can. New ids are IRIs, `urn:uuid:` and
 * a UUID (the file is the UUID's name). Ids of files made before that, and of hand-written ones, may be
 * plain names: letters, digits, `.`, `_` and `-` only, starting with a letter or digit (no `.`, `..` or
 * hidden files), not ending in a dot (Windows drops it), at most 200 characters, no name Windows reserves.
 */
export function idProblem(id: string): string | undefined {
  if (UUID_IRI.test(id)) return undefined;
  if (id.length === 0) return 'the id is empty';
  if (/^urn:uuid:/i.test(id)) return `the id "${printable(id)}" is not "urn:uuid:" and a UUID in lower-case hexadecimal`;
  if (id.length > 200) return `the id is ${id.length} characters long; at most 200 are allowed`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return `the id "${printable(id)}" is not a safe file name (letters, digits, ".", "_" and "-" only, starting with a letter or digit)`;
  if (id.endsWith('.')) return `the id "${id}" ends in a dot, which some file systems drop`;
  if (RESERVED.test(id)) return `the id "${id}" is a name Windows reserves for a device`;
  return undefined;
}

/** True when an id can be an annotation's file name (see {@link idProblem}). */
export function isSafeId(id: string): boolean {
  return idProblem(id) === undefined;
}

/** The file name an annotation with this id is stored under: the UUID of a `urn:uuid:` id, else the id. */
export function fileNameOf(id: string): string {
  return `${UUID_IRI.exec(id)?.[1] ?? id}.json`;
}

/**
 * Why the annotations folder setting would lead outside its workspace folder, or undefined when it stays
 * inside: it must be a relative path with no `..` segment and not the workspace folder itself.
 */
export function folderSettingProblem(folder: string): string | undefined {
  const parts = folder.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (/^(?:[A-Za-z]:|[\\/]|~)/.test(folder)) return `"${printable(folder)}" is not a path relative to the workspace folder`;
  if (parts.some((p) => p === '..')) return `"${printable(folder)}" leads outside the workspace folder`;
  if (parts.length === 0) return `"${printable(folder)}" is the workspace folder itself; name a folder inside it`;
  return undefined;
}

/** The two sides of a file git left with conflict markers, each as the text it would be alone. */
export interface ConflictSides {
  /** The side above `=======`: the version of the branch being merged into (yours). */
  readonly ours: string;
  /** The side below `=======`: the version being merged in (theirs). */
  readonly theirs: string;
  /** 1-based line of the first `<<<<<<<` marker. */
  readonly line: number;
}

/**
 * Splits a file holding git's conflict markers (`<<<<<<<`, optional `|||||||` base, `=======`, `>>>>>>>`)
 * into the text of each side; text outside the conflicts belongs to both. Undefined when the file has no
 * complete conflict block.
 */
export function splitConflict(text: string): ConflictSides | undefined {
  const lines = text.split(/(?<=\n)/);
  const ours: string[] = [];
  const theirs: string[] = [];
  let state: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  let first = 0;
  let blocks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (state === 'both' && line.startsWith('<<<<<<<')) {
      state = 'ours';
      if (first === 0) first = i + 1;
    } else if (state === 'ours' && line.startsWith('|||||||')) state = 'base';
    else if ((state === 'ours' || state === 'base') && /^=======\r?\n?$/.test(line)) state = 'theirs';
    else if (state === 'theirs' && line.startsWith('>>>>>>>')) {
      state = 'both';
      blocks++;
    } else if (state === 'both') {
      ours.push(line);
      theirs.push(line);
    } else if (state === 'ours') ours.push(line);
    else if (state === 'theirs') theirs.push(line);
  }
  if (blocks === 0 || state !== 'both') return undefined;
  return { ours: ours.join(''), theirs: theirs.join(''), line: first };
}

/** Why an annotation file cannot be used as it is. */
export type FileProblemCode = 'malformed-annotation-file' | 'annotation-merge-conflict' | 'annotation-file-name' | 'duplicate-annotation-id';

/** What an annotation file holds: a usable annotation, or the problem with it and where it is. */
export type FileCheck =
  | { readonly ok: true; readonly annotation: Annotation }
  | { readonly ok: true; readonly reply: Reply }
  | { readonly ok: false; readonly code: FileProblemCode; readonly message: string; readonly offset: number; readonly conflict?: ConflictSides };

/**
 * Checks one annotation file, the same way in the extension and the CLI: git's conflict markers, then the
 * JSON and the W3C model, then that the file is named after a safe id. A leading byte order mark is read
 * past (offsets count from after it).
 */
export function checkAnnotationFile(fileName: string, file: string): FileCheck {
  // Offsets are in the text without its mark, as the editor reads the file, so line:column agree with it.
  return checkText(fileName, file.charCodeAt(0) === 0xfeff ? file.slice(1) : file);
}

function checkText(fileName: string, text: string): FileCheck {
  const conflict = /^<{7}(?: |\r?$)/m.test(text) ? splitConflict(text) : undefined;
  if (conflict) {
    return {
      ok: false, code: 'annotation-merge-conflict', offset: offsetOfLine(text, conflict.line), conflict,
      message: `it has unresolved git merge conflict markers (from line ${conflict.line}); keep one side or both`,
    };
  }
  const parsed = parseStoredAnnotation(text);
  if ('error' in parsed) return { ok: false, code: 'malformed-annotation-file', message: parsed.error.message, offset: parsed.error.offset };
  const annotation = 'reply' in parsed ? parsed.reply : parsed.annotation;
  const problem = idProblem(annotation.id);
  if (problem || fileName !== fileNameOf(annotation.id)) {
    return {
      ok: false, code: 'annotation-file-name', offset: Math.max(0, text.indexOf('"id"')),
      message: problem ? `${problem}.` : `its id "${printable(annotation.id)}" does not match its file name ${printable(fileName)}; an annotation's file is named after its id (${fileNameOf(annotation.id)}), so rename the file or change the id.`,
    };
  }
  return 'reply' in parsed ? { ok: true, reply: parsed.reply } : { ok: true, annotation: parsed.annotation };
}

/** The groups of items (two or more) that share an id within one scope (a workspace folder). */
export function duplicateGroups<T>(items: readonly T[], idOf: (item: T) => string, scopeOf: (item: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = `${scopeOf(item)}\n${idOf(item)}`;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.values()].filter((list) => list.length > 1);
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1;
  return Math.max(0, offset);
}

/** Text safe to show in a message: control characters and long runs cut. */
function printable(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}
