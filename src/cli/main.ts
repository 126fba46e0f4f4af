import { analyzeDocument } from '../core';
import { findingLine, toJson, toSarif, toText, type FileResult } from './format';
import { readInput } from './readInput';

const VERSION = '0.1.0';
const USAGE = `Usage:
  marginalia analyze FILE... [--format text|json]
  marginalia check FILE... [--format text|json|sarif]

analyze  prints actors, figures and who claims them, disputes and claimed interests (exit 0).
check    prints disputed figures like a linter; exit 1 when one is found, 0 when none, 2 on error.`;

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
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a.startsWith('--format=')) {
      format = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i] ?? '';
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
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    const input = readInput(file);
    if (!input.ok) {
      err(`marginalia: ${input.message}`);
      failed = true;
      continue;
    }
    results.push({ file, text: input.text, model: analyzeDocument(input.text) });
  }
  if (command === 'analyze') {
    if (format === 'json') out(JSON.stringify(files.length === 1 ? results.map(toJson)[0] ?? null : results.map(toJson), null, 2));
    else out(results.map(toText).join('\n\n'));
    return failed ? 2 : 0;
  }
  const findings = results.flatMap((r) => r.model.findings.map((f) => ({ r, f })));
  if (format === 'sarif') out(JSON.stringify(toSarif(results, VERSION), null, 2));
  else if (format === 'json') out(JSON.stringify(findings.map(({ r, f }) => ({ file: r.file, ...f })), null, 2));
  else if (findings.length > 0) out(findings.map(({ r, f }) => findingLine(r, f)).join('\n'));
  if (failed) return 2;
  return findings.length > 0 ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
  } catch (error) {
    process.stderr.write(`marginalia: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
