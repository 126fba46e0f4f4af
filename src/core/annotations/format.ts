import type { JSONPath } from 'jsonc-parser';
import { TextIndex } from '../parse/textIndex';
import { offsetAt, readJson, type FormatError } from './jsonFile';
import { ACTOR_ACTIONS, REVIEW_STATUSES, type Annotation, type AnnotationBody, type AnnotationKind } from './annotation';

export type { FormatError };

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

const isString = (x: unknown): x is string => typeof x === 'string';
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const field = (x: unknown, key: string): unknown => (isObject(x) ? x[key] : undefined);

const QUOTE_NEEDED = '"target.selector" must hold a TextQuoteSelector with "exact", "prefix" and "suffix".';
const POSITION_NEEDED = '"target.selector" must hold a TextPositionSelector with whole-number "start" <= "end".';
const SELECTOR_TYPES: readonly unknown[] = ['TextQuoteSelector', 'TextPositionSelector'];

/**
 * Parses and validates one annotation file. A problem is returned, never thrown, with a message that
 * names the field and the offset of that very field in the file (or of the object that lacks it), so the
 * editor can underline it. A leading byte order mark is allowed.
 */
export function parseAnnotation(text: string): { annotation: Annotation } | { error: FormatError } {
  if (text.length > MAX_FILE_SIZE) return { error: { message: `The file is ${text.length} characters long; an annotation file may have at most ${MAX_FILE_SIZE}.`, offset: 0 } };
  const json = readJson(text);
  if ('error' in json) return json;
  const fail = (message: string, path: JSONPath) => ({ error: { message, offset: offsetAt(json.root, path) } });
  const a = json.value;
  if (!isObject(a)) return fail('An annotation file holds one JSON object.', []);
  if (a.type !== 'Annotation') return fail('"type" must be "Annotation".', ['type']);
  if (!isString(a.id) || a.id.length === 0) return fail('"id" must be a non-empty string.', ['id']);
  const creatorName = field(a.creator, 'name');
  if (!isString(creatorName)) return fail('"creator" must be {"type": "Person", "name": "…"}.', ['creator', 'name']);
  if (!isString(a.created) || Number.isNaN(Date.parse(a.created))) return fail('"created" must be an ISO 8601 date and time.', ['created']);
  if (!isString(a.modified) || Number.isNaN(Date.parse(a.modified))) return fail('"modified" must be an ISO 8601 date and time.', ['modified']);
  const body = a.body;
  if (body === undefined) return fail('"body" is missing.', ['body']);
  if (!isObject(body)) return fail('"body" must be an object with "kind" and "value".', ['body']);
  if (!KINDS.includes(body.kind as AnnotationKind)) return fail(`"body.kind" must be one of ${KINDS.join(', ')}.`, ['body', 'kind']);
  if (!isString(body.value)) return fail('"body.value" must be a string.', ['body', 'value']);
  if (body.purpose !== undefined && !PURPOSES.includes(body.purpose as (typeof PURPOSES)[number])) return fail(`"body.purpose" must be one of ${PURPOSES.join(', ')}.`, ['body', 'purpose']);
  const fields = body.fields;
  if (fields !== undefined) {
    const notText = isObject(fields) ? Object.keys(fields).find((k) => !isString(fields[k])) : undefined;
    if (!isObject(fields) || notText !== undefined) return fail('"body.fields" must map names to strings.', notText === undefined ? ['body', 'fields'] : ['body', 'fields', notText]);
  }
  const f = (fields ?? {}) as Record<string, string>;
  /** A missing or wrong field of the kind: at the field if "fields" is there, else at "kind". */
  const kindField = (name: string): JSONPath => (fields ? ['body', 'fields', name] : ['body', 'kind']);
  if (body.kind === 'actor' && !(ACTOR_ACTIONS as readonly string[]).includes(f.action)) return fail(`An actor annotation needs "body.fields.action": one of ${ACTOR_ACTIONS.join(', ')}.`, kindField('action'));
  if (body.kind === 'actor' && ['alias', 'merge'].includes(f.action) && !f.actor) return fail(`"${f.action}" needs "body.fields.actor": the id of the actor.`, kindField('actor'));
  if (body.kind === 'interest' && !f.actor) return fail('An interest annotation needs "body.fields.actor": the id of the actor whose interest it is.', kindField('actor'));
  if (body.kind === 'dispute-review' && !(REVIEW_STATUSES as readonly string[]).includes(f.status)) return fail(`A dispute review needs "body.fields.status": one of ${REVIEW_STATUSES.join(', ')}.`, kindField('status'));
  const target = a.target;
  const source = field(target, 'source');
  if (!isString(source) || source.length === 0) return fail('"target.source" must be the document\'s workspace-relative path.', ['target', 'source']);
  const selectors: unknown[] = Array.isArray(field(target, 'selector')) ? (field(target, 'selector') as unknown[]) : [];
  const at = (i: number, key: string): JSONPath => ['target', 'selector', i, key];
  const q = selectors.findIndex((s) => field(s, 'type') === 'TextQuoteSelector');
  if (q < 0) {
    // A misspelt "type" is the likely cause: point at it rather than at the list.
    const misspelt = selectors.findIndex((s) => !SELECTOR_TYPES.includes(field(s, 'type')));
    return fail(QUOTE_NEEDED, misspelt >= 0 ? at(misspelt, 'type') : ['target', 'selector']);
  }
  const quote = selectors[q] as Record<string, unknown>;
  const badQuote = ['exact', 'prefix', 'suffix'].find((k) => !isString(k === 'exact' ? quote.exact : quote[k] ?? ''));
  if (badQuote) return fail(QUOTE_NEEDED, at(q, badQuote));
  const p = selectors.findIndex((s) => field(s, 'type') === 'TextPositionSelector');
  if (p < 0) return fail(POSITION_NEEDED, ['target', 'selector']);
  const position = selectors[p] as Record<string, unknown>;
  if (!isOffset(position.start)) return fail(POSITION_NEEDED, at(p, 'start'));
  if (!isOffset(position.end) || position.end < position.start) return fail(POSITION_NEEDED, at(p, 'end'));
  return {
    annotation: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: a.id,
      type: 'Annotation',
      creator: { type: 'Person', name: creatorName },
      created: a.created,
      modified: a.modified,
      body: {
        type: 'TextualBody',
        purpose: (body.purpose as AnnotationBody['purpose'] | undefined) ?? 'commenting',
        kind: body.kind as AnnotationKind,
        value: body.value,
        // The parser's objects have no prototype; the annotation's are plain.
        ...(fields ? { fields: { ...f } } : {}),
      },
      target: {
        source,
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
  const json = readJson(text);
  if ('error' in json) {
    const at = new TextIndex(text).toLineColumn(json.error.offset);
    return { annotations: [], errors: [`line ${at.line}, column ${at.column}: ${json.error.message}`] };
  }
  const raw = json.value;
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
