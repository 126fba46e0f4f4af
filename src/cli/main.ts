import { statSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, applyAnnotations, declineReason, reportCsv, reportMarkdown, scanShape, type PlacedAnnotation } from '../core';
import { findingLine, problemsOf, toJson, toSarif, toText, type FileResult } from './format';
import { parseCommandLine, USAGE } from './args';
import { readInput } from './readInput';
import { anchorFor, DEFAULT_FOLDER, findWorkspaceRoot, loadAnnotations, type LoadedAnnotations } from './workspaceAnnotations';

const VERSION = '0.1.0';

/** Text for a terminal: control characters from the document or annotations (ESC, BEL, C1 …) are shown as U+FFFD. */
function forTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

/**
 * JSON for stdout: JSON.stringify escapes U+0000–U+001F but not DEL and the C1 controls (U+009B is a CSI to some
 * terminals); they become \u escapes too, so the text reaches a terminal inert and a JSON reader gets it unchanged.
 */
function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The figures of several files as one CSV table, with a `file` column first (the header once), LF line ends. */
function csvOfFiles(results: readonly FileResult[]): string {
  const rows: string[] = [];
  results.forEach((r, i) => {
    const lines = reportCsv(r.text, r.model, r.anchored).split('\r\n').filter((l) => l !== '');
    const file = /[",\r\n]/.test(r.file) ? `"${r.file.replace(/"/g, '""')}"` : r.file;
    if (i === 0) rows.push(`file,${lines[0]}`);
    for (const l of lines.slice(1)) rows.push(`${file},${l}`);
  });
  // Lines end in LF on a terminal (CR is a control character there); spreadsheets read either.
  return rows.join('\n');
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Runs the command line; returns the exit code. Output goes through the given writers. */
export function run(argv: readonly string[], out: (s: string) => void, writeErr: (s: string) => void): number {
  // Messages name files, options and annotation fields as given: all of it is shown inert.
  const err = (s: string) => writeErr(forTerminal(s));
  const line = parseCommandLine(argv);
  if (line.kind === 'help') {
    out(USAGE);
    return 0;
  }
  if (line.kind === 'version') {
    out(VERSION);
    return 0;
  }
  if (line.kind === 'usage-error') {
    err(line.message);
    return 2;
  }
  const { command, files, format, maxSize, annotations: annotationsDir } = line;
  const loaded = new Map<string, LoadedAnnotations>();
  /** The annotations of the workspace a file belongs to, read once per folder; problems are warnings. */
  const workspaceOf = (file: string): LoadedAnnotations | null => {
    if (annotationsDir === null) return null;
    const folder = annotationsDir ?? (() => {
      const root = findWorkspaceRoot(path.dirname(path.resolve(file)));
      return root === null ? null : path.join(root, DEFAULT_FOLDER);
    })();
    if (folder === null) return null;
    let hit = loaded.get(folder);
    if (!hit) {
      hit = loadAnnotations(folder, path.dirname(path.resolve(folder)));
      loaded.set(folder, hit);
      for (const p of hit.problems) err(`marginalia: warning: annotation file does not load: ${p}`);
    }
    return hit;
  };
  if (annotationsDir && !isFolder(annotationsDir)) {
    err(`marginalia: ${annotationsDir}: --annotations must name a folder of annotation files`);
    return 2;
  }
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    const input = readInput(file, maxSize);
    if (!input.ok) {
      err(`marginalia: ${input.message}`);
      failed = true;
      continue;
    }
    // The linear pre-scan first: a document the parser would take minutes over is declined at once.
    const declined = declineReason(scanShape(input.text));
    if (declined) {
      err(`marginalia: ${file}: not analysed: ${declined}`);
      failed = true;
      continue;
    }
    const model = analyzeDocument(input.text);
    const workspace = workspaceOf(file);
    const anchored = workspace ? anchorFor(workspace, file, input.text) : [];
    const placed: PlacedAnnotation[] = [];
    for (const { annotation, anchor } of anchored) if (anchor.status === 'anchored') placed.push({ annotation, start: anchor.start, end: anchor.end });
    results.push({ file, text: input.text, model: applyAnnotations(model, input.text, placed), anchored });
  }
  if (command === 'analyze') {
    // A file that could not be read or was declined has its message on stderr and nothing on stdout (not `null`).
    if (format === 'json') {
      if (files.length > 1 || results.length > 0) out(toJsonText(files.length === 1 ? toJson(results[0]!) : results.map(toJson)));
    } else if (format === 'markdown') {
      // The report Export Report… writes: Markdown escapes what would be markup; control characters stay inert.
      if (results.length > 0) out(forTerminal(results.map((r) => reportMarkdown(path.basename(r.file), r.text, r.model, r.anchored).trimEnd()).join('\n\n')));
    } else if (format === 'csv') {
      // One table: the figures of every file, each row led by its file.
      if (results.length > 0) out(forTerminal(csvOfFiles(results)));
    } else if (results.length > 0) out(forTerminal(results.map(toText).join('\n\n')));
    return failed ? 2 : 0;
  }
  const problems = results.flatMap((r) => problemsOf(r).map((f) => ({ r, f })));
  if (format === 'sarif') out(toJsonText(toSarif(results, VERSION)));
  else if (format === 'json') out(toJsonText(problems.map(({ r, f }) => ({ file: r.file, ...f }))));
  else if (problems.length > 0) out(forTerminal(problems.map(({ r, f }) => findingLine(r, f)).join('\n')));
  if (failed) return 2;
  return problems.some(({ f }) => f.code === 'disputed-figure') ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
  } catch (error) {
    process.stderr.write(`marginalia: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
