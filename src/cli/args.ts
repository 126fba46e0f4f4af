import { parseArgs } from 'node:util';
import { DEFAULT_MAX_SIZE } from './readInput';
import { DEFAULT_FOLDER } from './workspaceAnnotations';

/** The command line's help text. */
export const USAGE = `Usage:
  marginalia analyze FILE... [--format text|json|markdown|csv] [--annotations DIR | --no-annotations] [--max-size BYTES]
  marginalia check FILE... [--format text|json|sarif] [--annotations DIR | --no-annotations] [--max-size BYTES]

analyze  prints actors, figures and who claims them, disputes and claimed interests (exit 0).
check    prints disputed figures like a linter; exit 1 when one is found, 0 when none, 2 on error.

The team's annotations are applied as in the editor: they are read from the ${DEFAULT_FOLDER}/ folder of
the nearest folder above each file that has one, or from --annotations DIR (its parent is the workspace
root that annotation paths are relative to). Files over --max-size bytes (default ${DEFAULT_MAX_SIZE.toLocaleString('en')}) are refused,
and so is a file with a paragraph so dense in emphasis and link delimiters (*, _, [, ]) that parsing it
would take too long (exit 2, the reason on stderr).`;

/** What the command line asks for; `usage-error` is printed on stderr and exits 2. */
export type CommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | {
    readonly kind: 'run';
    readonly command: 'analyze' | 'check';
    readonly files: readonly string[];
    readonly format: 'text' | 'json' | 'sarif' | 'markdown' | 'csv';
    readonly maxSize: number;
    /** A folder of annotation files; `null` for none (`--no-annotations`); `undefined` to find the workspace's. */
    readonly annotations: string | null | undefined;
  };

const OPTIONS = {
  format: { type: 'string' },
  annotations: { type: 'string' },
  'no-annotations': { type: 'boolean' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const FORMATS = { analyze: ['text', 'json', 'markdown', 'csv'], check: ['text', 'json', 'sarif'] } as const;

/**
 * Reads the arguments (without `node` and the script). `parseArgs` splits them (`--x=v` and `--x v`, `--` before
 * files that start with a dash); the checks are ours, in argument order, so that each mistake gets its own message
 * and a later `--annotations DIR` or `--no-annotations` overrides an earlier one.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: USAGE };
  const usageError = (message: string): CommandLine => ({ kind: 'usage-error', message: `marginalia: ${message}\n\n${USAGE}` });
  if (command !== 'analyze' && command !== 'check') return usageError(`unknown command '${command}'`);
  let format = 'text';
  let maxSize = DEFAULT_MAX_SIZE;
  let annotations: string | null | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'format') format = t.value ?? '';
    else if (t.name === 'annotations') {
      if (!t.value) return usageError('--annotations needs a folder');
      annotations = t.value;
    } else if (t.name === 'no-annotations') {
      if (t.value !== undefined) return usageError('--no-annotations takes no value');
      annotations = null;
    } else if (t.name === 'max-size') {
      const value = Number(t.value);
      if (t.value === undefined || !Number.isSafeInteger(value) || value <= 0) return usageError('--max-size needs a number of bytes');
      maxSize = value;
    } else return usageError(`unknown option '${t.rawName}'`);
  }
  const formats: readonly string[] = FORMATS[command];
  if (!formats.includes(format)) return { kind: 'usage-error', message: `marginalia: --format must be one of ${formats.join(', ')} for ${command}` };
  if (files.length === 0) return usageError('no file given');
  return { kind: 'run', command, files, format: format as 'text' | 'json' | 'sarif' | 'markdown' | 'csv', maxSize, annotations };
}
