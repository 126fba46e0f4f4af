import { statSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, applyAnnotations, declineReason, scanShape, type PlacedAnnotation } from '../core';
import { findingLine, problemsOf, toJson, toSarif, toText, type FileResult } from './format';
import { DEFAULT_MAX_SIZE, readInput } from './readInput';
import { anchorFor, DEFAULT_FOLDER, findWorkspaceRoot, loadAnnotations, type LoadedAnnotations } from './workspaceAnnotations';

const VERSION = '0.1.0';
const USAGE = `Usage:
  marginalia analyze FILE... [--format text|json] [--annotations DIR | --no-annotations] [--max-size BYTES]
  marginalia check FILE... [--format text|json|sarif] [--annotations DIR | --no-annotations] [--max-size BYTES]

analyze  prints actors, figures and who claims them, disputes and claimed interests (exit 0).
check    prints disputed figures like a linter; exit 1 when one is found, 0 when none, 2 on error.

The team's annotations are applied as in the editor: they are read from the ${DEFAULT_FOLDER}/ folder of
the nearest folder above each file that has one, or from --annotations DIR (its parent is the workspace
root that annotation paths are relative to). Files over --max-size bytes (default ${DEFAULT_MAX_SIZE.toLocaleString('en')}) are refused,
and so is a file with a paragraph so dense in emphasis and link delimiters (*, _, [, ]) that parsing it
would take too long (exit 2, the reason on stderr).`;

/** Text for a terminal: control characters from the document or annotations (ESC, BEL …) are shown as U+FFFD. */
function forTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Runs the command line; returns the exit code. Output goes through the given writers. */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    (command === undefined ? err : out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    out(VERSION);
    return 0;
  }
  if (command !== 'analyze' && command !== 'check') {
    err(`marginalia: unknown command '${command}'\n\n${USAGE}`);
    return 2;
  }
  let format = 'text';
  let maxSize = DEFAULT_MAX_SIZE;
  let annotationsDir: string | null | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a.startsWith('--format=')) {
      format = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i] ?? '';
    } else if (a === '--annotations' || a.startsWith('--annotations=')) {
      annotationsDir = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i] ?? '';
      if (!annotationsDir) {
        err(`marginalia: --annotations needs a folder\n\n${USAGE}`);
        return 2;
      }
    } else if (a === '--max-size' || a.startsWith('--max-size=')) {
      const value = Number(a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i]);
      if (!Number.isSafeInteger(value) || value <= 0) {
        err(`marginalia: --max-size needs a number of bytes\n\n${USAGE}`);
        return 2;
      }
      maxSize = value;
    } else if (a === '--no-annotations') {
      annotationsDir = null;
    } else if (a.startsWith('-')) {
      err(`marginalia: unknown option '${a}'\n\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  const formats = command === 'analyze' ? ['text', 'json'] : ['text', 'json', 'sarif'];
  if (!formats.includes(format)) {
    err(`marginalia: --format must be one of ${formats.join(', ')} for ${command}`);
    return 2;
  }
  if (files.length === 0) {
    err(`marginalia: no file given\n\n${USAGE}`);
    return 2;
  }
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
      if (files.length > 1 || results.length > 0) out(JSON.stringify(files.length === 1 ? toJson(results[0]!) : results.map(toJson), null, 2));
    } else if (results.length > 0) out(forTerminal(results.map(toText).join('\n\n')));
    return failed ? 2 : 0;
  }
  const problems = results.flatMap((r) => problemsOf(r).map((f) => ({ r, f })));
  if (format === 'sarif') out(JSON.stringify(toSarif(results, VERSION), null, 2));
  else if (format === 'json') out(JSON.stringify(problems.map(({ r, f }) => ({ file: r.file, ...f })), null, 2));
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
