import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { anchorAnnotation, checkAnnotationFile, isVocabularyRule, duplicateGroups, MAX_FILE_SIZE, TextIndex, type Anchor, type Annotation, type Reply } from '../core';

/** The annotations folder's name in a workspace, as the extension's default setting has it. */
export const DEFAULT_FOLDER = '.marginalia';

/** A workspace's annotation files: the valid ones, and a message for each that does not load. */
export interface LoadedAnnotations {
  /** The workspace root that `target.source` paths are relative to. */
  readonly root: string;
  readonly annotations: readonly Annotation[];
  /** The replies to annotations, in their threads. */
  readonly replies: readonly Reply[];
  readonly problems: readonly string[];
}

const MAX_FILES = 100_000;

/** Every `*.json` file under a folder, depth first, skipping symbolic links. */
function jsonFiles(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= MAX_FILES) break;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) jsonFiles(full, out);
    else if (e.isFile() && e.name.endsWith('.json')) out.push(full);
  }
  return out;
}

/**
 * Reads every annotation file in a folder by the extension's rules: a file that does not load, whose name is
 * not its id, or that git left with conflict markers is reported with its line and column; files that share
 * an id are all reported and none is used.
 */
export function loadAnnotations(folder: string, root: string): LoadedAnnotations {
  const loaded: Array<{ file: string; annotation: Annotation | Reply; text: string }> = [];
  const problems: string[] = [];
  for (const file of jsonFiles(folder)) {
    let text: string;
    try {
      if (statSync(file).size > MAX_FILE_SIZE) {
        problems.push(`${file}: larger than ${MAX_FILE_SIZE} bytes; not an annotation file`);
        continue;
      }
      // Without its byte order mark, as the editor reads the file (TextDecoder drops it), so line:column agree.
      text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    } catch (error) {
      problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const check = checkAnnotationFile(path.basename(file), text);
    if (check.ok) loaded.push({ file, annotation: 'reply' in check ? check.reply : check.annotation, text });
    else {
      const at = new TextIndex(text).toLineColumn(check.offset);
      problems.push(`${file}:${at.line}:${at.column}: ${check.message}`);
    }
  }
  const duplicated = new Set<string>();
  for (const group of duplicateGroups(loaded, (l) => l.annotation.id, () => root)) {
    for (const l of group) {
      duplicated.add(l.file);
      const at = new TextIndex(l.text).toLineColumn(Math.max(0, l.text.indexOf('"id"')));
      const others = group.filter((o) => o !== l).map((o) => o.file).join(', ');
      problems.push(`${l.file}:${at.line}:${at.column}: its id "${l.annotation.id}" is also the id of ${others}; neither is used until one of them gets another id.`);
    }
  }
  const usable = loaded.filter((l) => !duplicated.has(l.file)).map((l) => l.annotation);
  return {
    root, problems,
    annotations: usable.filter((a): a is Annotation => !('motivation' in a)),
    replies: usable.filter((a): a is Reply => 'motivation' in a).sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)),
  };
}

/** The nearest folder at or above `start` that holds an annotations folder, or null. */
export function findWorkspaceRoot(start: string, folderName = DEFAULT_FOLDER): string | null {
  let dir = path.resolve(start);
  for (;;) {
    try {
      if (statSync(path.join(dir, folderName)).isDirectory()) return dir;
    } catch {
      // not here
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** A document's path as annotations record it: relative to the workspace root, forward slashes. */
export function sourceOf(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

/** The annotations of one document with where each lands in its text. */
export function anchorFor(loaded: LoadedAnnotations, file: string, text: string): Array<{ annotation: Annotation; anchor: Anchor; replies: Reply[] }> {
  const source = sourceOf(loaded.root, file);
  return loaded.annotations
    .filter((a) => a.target.source === source || isVocabularyRule(a))
    .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
    .flatMap((annotation) => {
      // The team vocabulary applies where the document uses its words.
      const placed = anchorAnnotation(text, annotation);
      return placed ? [{ annotation, anchor: placed, replies: loaded.replies.filter((r) => r.target === annotation.id) }] : [];
    });
}
