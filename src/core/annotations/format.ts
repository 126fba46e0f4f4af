import { ACTOR_ACTIONS, REVIEW_STATUSES, type Annotation, type AnnotationBody, type AnnotationKind } from './annotation';

/** A problem in an annotation file, with the offset in the file where it is. */
export interface FormatError {
  readonly message: string;
  readonly offset: number;
}

const KINDS: readonly AnnotationKind[] = ['note', 'actor', 'interest', 'claim', 'dispute-review'];
const PURPOSES = ['commenting', 'describing', 'tagging', 'assessing'] as const;

/** Larger files are refused unread: an annotation is a few hundred bytes. */
export const MAX_FILE_SIZE = 1_000_000;

/** The annotation with its keys in one fixed order, so that files diff and merge line by line. */
function ordered(a: Annotation): object {
  const body: Record<string, unknown> = { type: a.body.type, purpose: a.body.purpose, kind: a.body.kind, value: a.body.value };
  if (a.body.fields && Object.keys(a.body.fields).length > 0) {
    body.fields = Object.fromEntries(Object.keys(a.body.fields).sort().map((k) => [k, a.body.fields?.[k]]));
  }
  const [quote, position] = a.target.selector;
  return {
    '@context': a['@context'],
    id: a.id,
    type: a.type,
    creator: { type: a.creator.type, name: a.creator.name },
    created: a.created,
    modified: a.modified,
    body,
    target: {
      source: a.target.source,
      selector: [
        { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: position.type, start: position.start, end: position.end },
      ],
    },
  };
}

/** Serialises one annotation: fixed key order, two-space indentation, a final newline. */
export function serializeAnnotation(a: Annotation): string {
  return `${JSON.stringify(ordered(a), null, 2)}\n`;
}

/** Where in the file a key first appears, for pointing at a problem (0 when it is missing). */
function offsetOf(text: string, key: string): number {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 0 : at;
}

/**
 * The offset of the first JSON syntax error, found by a small scanner: engines word (and locate) their
 * errors differently, so their messages are not relied on. Iterative, linear in the text.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  // A stack of what is open: '{' expects a key next, ':' a value after a key, '[' a value or ']', ',' after a value.
  const stack: Array<'object' | 'array'> = [];
  let expect: 'value' | 'key' | 'key-or-end' | 'value-or-end' | 'colon' | 'comma-or-end' = 'value';
  for (;;) {
    ws();
    if (i >= text.length) return expect === 'comma-or-end' && stack.length === 0 ? -1 : i;
    const c = text[i];
    switch (expect) {
      case 'value':
      case 'value-or-end':
        if (expect === 'value-or-end' && c === ']') { stack.pop(); i++; expect = 'comma-or-end'; break; }
        if (c === '{') { stack.push('object'); i++; expect = 'key-or-end'; break; }
        if (c === '[') { stack.push('array'); i++; expect = 'value-or-end'; break; }
        if (c === '"') { const e = scanString(); if (e >= 0) return e; expect = 'comma-or-end'; break; }
        {
          const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
          if (!m) return i;
          i += m[0].length;
          expect = 'comma-or-end';
        }
        break;
      case 'key':
      case 'key-or-end':
        if (expect === 'key-or-end' && c === '}') { stack.pop(); i++; expect = 'comma-or-end'; break; }
        if (c !== '"') return i;
        { const e = scanString(); if (e >= 0) return e; }
        expect = 'colon';
        break;
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'comma-or-end': {
        const top = stack[stack.length - 1];
        if (!top) return i;
        if (c === ',') { i++; expect = top === 'object' ? 'key' : 'value'; break; }
        if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) { stack.pop(); i++; break; }
        return i;
      }
    }
  }
  function scanString(): number {
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') { i++; return -1; }
      if (ch === '\\') i += 2;
      else if (ch === '\n') return i;
      else i++;
    }
    return i;
  }
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * Parses and validates one annotation file. A problem is returned, never thrown, with a message that
 * names the field and the offset where it is, so the editor can underline it.
 */
export function parseAnnotation(text: string): { annotation: Annotation } | { error: FormatError } {
  if (text.length > MAX_FILE_SIZE) return { error: { message: `The file is ${text.length} characters long; an annotation file may have at most ${MAX_FILE_SIZE}.`, offset: 0 } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: { message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`, offset: Math.max(0, syntaxErrorOffset(text)) } };
  }
  const fail = (message: string, key: string) => ({ error: { message, offset: offsetOf(text, key) } });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('An annotation file holds one JSON object.', '{');
  const a = raw as Record<string, unknown>;
  if (a.type !== 'Annotation') return fail('"type" must be "Annotation".', 'type');
  if (!isString(a.id) || a.id.length === 0) return fail('"id" must be a non-empty string.', 'id');
  const creator = a.creator as Record<string, unknown> | undefined;
  if (!creator || !isString(creator.name)) return fail('"creator" must be {"type": "Person", "name": "…"}.', 'creator');
  if (!isString(a.created) || Number.isNaN(Date.parse(a.created))) return fail('"created" must be an ISO 8601 date and time.', 'created');
  if (!isString(a.modified) || Number.isNaN(Date.parse(a.modified))) return fail('"modified" must be an ISO 8601 date and time.', 'modified');
  const body = a.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return fail('"body" is missing.', 'body');
  if (!KINDS.includes(body.kind as AnnotationKind)) return fail(`"body.kind" must be one of ${KINDS.join(', ')}.`, 'kind');
  if (!isString(body.value)) return fail('"body.value" must be a string.', 'value');
  if (body.purpose !== undefined && !PURPOSES.includes(body.purpose as (typeof PURPOSES)[number])) return fail(`"body.purpose" must be one of ${PURPOSES.join(', ')}.`, 'purpose');
  const fields = body.fields as Record<string, unknown> | undefined;
  if (fields !== undefined && (typeof fields !== 'object' || fields === null || Object.values(fields).some((v) => !isString(v)))) {
    return fail('"body.fields" must map names to strings.', 'fields');
  }
  const f = (fields ?? {}) as Record<string, string>;
  if (body.kind === 'actor' && !(ACTOR_ACTIONS as readonly string[]).includes(f.action)) return fail(`An actor annotation needs "body.fields.action": one of ${ACTOR_ACTIONS.join(', ')}.`, fields ? 'fields' : 'kind');
  if (body.kind === 'actor' && ['alias', 'merge'].includes(f.action) && !f.actor) return fail(`"${f.action}" needs "body.fields.actor": the id of the actor.`, fields ? 'fields' : 'kind');
  if (body.kind === 'interest' && !f.actor) return fail('An interest annotation needs "body.fields.actor": the id of the actor whose interest it is.', fields ? 'fields' : 'kind');
  if (body.kind === 'dispute-review' && !(REVIEW_STATUSES as readonly string[]).includes(f.status)) return fail(`A dispute review needs "body.fields.status": one of ${REVIEW_STATUSES.join(', ')}.`, fields ? 'fields' : 'kind');
  const target = a.target as Record<string, unknown> | undefined;
  if (!target || !isString(target.source) || target.source.length === 0) return fail('"target.source" must be the document\'s workspace-relative path.', 'target');
  const selectors = Array.isArray(target.selector) ? (target.selector as Array<Record<string, unknown>>) : [];
  const quote = selectors.find((s) => s?.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s?.type === 'TextPositionSelector');
  if (!quote || !isString(quote.exact) || !isString(quote.prefix ?? '') || !isString(quote.suffix ?? '')) {
    return fail('"target.selector" must hold a TextQuoteSelector with "exact", "prefix" and "suffix".', 'selector');
  }
  if (!position || !isOffset(position.start) || !isOffset(position.end) || position.end < position.start) {
    return fail('"target.selector" must hold a TextPositionSelector with whole-number "start" <= "end".', 'selector');
  }
  return {
    annotation: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: a.id,
      type: 'Annotation',
      creator: { type: 'Person', name: creator.name },
      created: a.created,
      modified: a.modified,
      body: {
        type: 'TextualBody',
        purpose: (body.purpose as AnnotationBody['purpose'] | undefined) ?? 'commenting',
        kind: body.kind as AnnotationKind,
        value: body.value,
        ...(fields ? { fields: fields as Record<string, string> } : {}),
      },
      target: {
        source: target.source,
        selector: [
          { type: 'TextQuoteSelector', exact: quote.exact as string, prefix: (quote.prefix as string | undefined) ?? '', suffix: (quote.suffix as string | undefined) ?? '' },
          { type: 'TextPositionSelector', start: position.start, end: position.end },
        ],
      },
    },
  };
}

/** A document's annotations as one W3C AnnotationCollection (JSON-LD), for other annotation tools. */
export function exportCollection(source: string, annotations: readonly Annotation[]): string {
  const items = [...annotations].sort((x, y) => x.id.localeCompare(y.id)).map(ordered);
  return `${JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Marginalia annotations of ${source}`,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  }, null, 2)}\n`;
}

/** Reads an AnnotationCollection (or an AnnotationPage, or an array): the valid annotations and the problems. */
export function importCollection(text: string): { annotations: Annotation[]; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { annotations: [], errors: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const r = raw as { first?: { items?: unknown }; items?: unknown };
  const items = Array.isArray(raw) ? raw : Array.isArray(r?.first?.items) ? r.first.items : Array.isArray(r?.items) ? r.items : null;
  if (!items) return { annotations: [], errors: ['Expected an AnnotationCollection, an AnnotationPage or an array of annotations.'] };
  const annotations: Annotation[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    const parsed = parseAnnotation(JSON.stringify(item));
    if ('annotation' in parsed) annotations.push(parsed.annotation);
    else errors.push(`item ${i + 1}: ${parsed.error.message}`);
  });
  return { annotations, errors };
}
