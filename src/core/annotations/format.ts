import type { JSONPath } from 'jsonc-parser';
import { TextIndex } from '../parse/textIndex';
import { offsetAt, readJson, salvageString, type FormatError } from './jsonFile';
import { ACTOR_ACTIONS, ANNO_CONTEXT, FILE_CONTEXT, REVIEW_STATUSES, type Annotation, type AnnotationBody, type AnnotationKind, type Reply } from './annotation';

export type { FormatError };

const KINDS: readonly AnnotationKind[] = ['note', 'actor', 'interest', 'claim', 'dispute-review'];
const PURPOSES = ['commenting', 'describing', 'tagging', 'assessing'] as const;

/** Larger files are refused unread: an annotation is a few hundred bytes. */
export const MAX_FILE_SIZE = 1_000_000;

/**
 * A workspace-relative path as an IRI reference relative to the workspace folder: the characters an IRI
 * may not hold, and `%`, `#`, `?` and `:` (which would start a scheme, a query or a fragment), escaped as
 * UTF-8 percent codes. Letters of any script stay as they are, as IRIs allow.
 */
export function sourceToIri(source: string): string {
  return source.replace(/[\u0000-\u0020"#%:<>?[\\\]^`{|}\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The path an IRI reference of {@link sourceToIri} names; a file written before sources were IRIs keeps its path as it is. */
export function iriToSource(iri: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(iri)) return iri;
  try {
    return decodeURIComponent(iri);
  } catch {
    return iri;
  }
}

/**
 * The document an annotation file that does not load seems to be about (its `target.source`, read
 * leniently), so the document can say that one of its annotations is broken; undefined if it cannot be told.
 */
export function salvageTargetSource(text: string): string | undefined {
  if (text.length > MAX_FILE_SIZE) return undefined;
  const iri = salvageString(text, ['target', 'source']);
  return iri === undefined || iri === '' ? undefined : iriToSource(iri);
}

/** The annotation with its keys in one fixed order, so that files diff and merge line by line. */
function ordered(a: Annotation): object {
  const body: Record<string, unknown> = { type: a.body.type, purpose: a.body.purpose, kind: a.body.kind, value: a.body.value };
  if (a.body.fields && Object.keys(a.body.fields).length > 0) {
    body.fields = Object.fromEntries(Object.keys(a.body.fields).sort().map((k) => [k, a.body.fields?.[k]]));
  }
  const [quote, position] = a.target.selector;
  return {
    '@context': FILE_CONTEXT,
    id: a.id,
    type: a.type,
    creator: { type: a.creator.type, name: a.creator.name },
    created: a.created,
    modified: a.modified,
    body,
    target: {
      source: sourceToIri(a.target.source),
      selector: [
        { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: position.type, start: position.start, end: position.end },
      ],
    },
  };
}

/** A reply with its keys in one fixed order. */
function orderedReply(r: Reply): object {
  return {
    '@context': FILE_CONTEXT,
    id: r.id,
    type: r.type,
    motivation: r.motivation,
    creator: { type: r.creator.type, name: r.creator.name },
    created: r.created,
    modified: r.modified,
    body: { type: r.body.type, purpose: r.body.purpose, kind: r.body.kind, value: r.body.value },
    target: r.target,
  };
}

/** Serialises one annotation: fixed key order, two-space indentation, a final newline. */
export function serializeAnnotation(a: Annotation): string {
  return `${JSON.stringify(ordered(a), null, 2)}\n`;
}

/** Serialises one reply, as {@link serializeAnnotation} does an annotation. */
export function serializeReply(r: Reply): string {
  return `${JSON.stringify(orderedReply(r), null, 2)}\n`;
}

/** True for a file's object that is a reply: motivation `replying`, or a target that is another annotation's id. */
function isReplyObject(a: Record<string, unknown>): boolean {
  return a.motivation === 'replying' || typeof a.target === 'string';
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const field = (x: unknown, key: string): unknown => (isObject(x) ? x[key] : undefined);

const QUOTE_NEEDED = '"target.selector" must hold a TextQuoteSelector with "exact", "prefix" and "suffix".';
const POSITION_NEEDED = '"target.selector" must hold a TextPositionSelector with whole-number "start" <= "end".';
const SELECTOR_TYPES: readonly unknown[] = ['TextQuoteSelector', 'TextPositionSelector'];

/** What every annotation file has, checked: one object of type Annotation, its id, creator and times. */
type Envelope = {
  readonly a: Record<string, unknown> & { readonly id: string; readonly created: string; readonly modified: string };
  readonly creatorName: string;
  readonly fail: (message: string, path: JSONPath) => { error: FormatError };
};

/**
 * Reads a file's JSON and checks the fields annotations and replies share, each problem at its own node;
 * `wrongKind` names why the object is not the kind the caller parses (at "motivation").
 */
function readEnvelope(text: string, wrongKind: (a: Record<string, unknown>) => string | undefined): Envelope | { error: FormatError } {
  if (text.length > MAX_FILE_SIZE) return { error: { message: `The file is ${text.length} characters long; an annotation file may have at most ${MAX_FILE_SIZE}.`, offset: 0 } };
  const json = readJson(text);
  if ('error' in json) return json;
  const fail = (message: string, path: JSONPath) => ({ error: { message, offset: offsetAt(json.root, path) } });
  const a = json.value;
  if (!isObject(a)) return fail('An annotation file holds one JSON object.', []);
  if (a.type !== 'Annotation') return fail('"type" must be "Annotation".', ['type']);
  const kindProblem = wrongKind(a);
  if (kindProblem) return fail(kindProblem, ['motivation']);
  if (!isString(a.id) || a.id.length === 0) return fail('"id" must be a non-empty string.', ['id']);
  const creatorName = field(a.creator, 'name');
  if (!isString(creatorName)) return fail('"creator" must be {"type": "Person", "name": "…"}.', ['creator', 'name']);
  if (!isString(a.created) || Number.isNaN(Date.parse(a.created))) return fail('"created" must be an ISO 8601 date and time.', ['created']);
  if (!isString(a.modified) || Number.isNaN(Date.parse(a.modified))) return fail('"modified" must be an ISO 8601 date and time.', ['modified']);
  return { a: a as Envelope['a'], creatorName, fail };
}

/**
 * Parses and validates one annotation file. A problem is returned, never thrown, with a message that
 * names the field and the offset of that very field in the file (or of the object that lacks it), so the
 * editor can underline it. A leading byte order mark is allowed.
 */
export function parseAnnotation(text: string): { annotation: Annotation } | { error: FormatError } {
  const read = readEnvelope(text, (a) => (isReplyObject(a) ? 'This is a reply (motivation "replying"), not an annotation of a document.' : undefined));
  if ('error' in read) return read;
  const { a, creatorName, fail } = read;
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
        source: iriToSource(source),
        selector: [
          { type: 'TextQuoteSelector', exact: quote.exact as string, prefix: (quote.prefix as string | undefined) ?? '', suffix: (quote.suffix as string | undefined) ?? '' },
          { type: 'TextPositionSelector', start: position.start, end: position.end },
        ],
      },
    },
  };
}

/** Parses and validates one reply, with the same kind of messages as {@link parseAnnotation}. */
export function parseReply(text: string): { reply: Reply } | { error: FormatError } {
  const read = readEnvelope(text, (a) => (a.motivation !== 'replying' ? 'A reply has "motivation": "replying".' : undefined));
  if ('error' in read) return read;
  const { a, creatorName, fail } = read;
  const value = field(a.body, 'value');
  if (!isString(value)) return fail('A reply\'s "body.value" must be its text.', isObject(a.body) ? ['body', 'value'] : ['body']);
  if (!isString(a.target) || a.target.length === 0) return fail('A reply\'s "target" must be the id of the annotation it answers.', ['target']);
  if (a.target === a.id) return fail('A reply cannot answer itself.', ['target']);
  return {
    reply: {
      '@context': ANNO_CONTEXT, id: a.id, type: 'Annotation', motivation: 'replying',
      creator: { type: 'Person', name: creatorName }, created: a.created, modified: a.modified,
      body: { type: 'TextualBody', purpose: 'replying', kind: 'reply', value },
      target: a.target,
    },
  };
}

/** Parses one file of an annotations folder: an annotation of a document, or a reply to one. */
export function parseStoredAnnotation(text: string): { annotation: Annotation } | { reply: Reply } | { error: FormatError } {
  const json = text.length > MAX_FILE_SIZE ? undefined : readJson(text);
  if (json && !('error' in json) && isObject(json.value) && json.value.type === 'Annotation' && isReplyObject(json.value)) return parseReply(text);
  return parseAnnotation(text);
}

/**
 * A document's annotations, and the replies to them, as one W3C AnnotationCollection (JSON-LD), for other
 * annotation tools. With Marginalia's terms in its context, a JSON-LD processor expands it without
 * dropping a field.
 */
export function exportCollection(source: string, annotations: readonly Annotation[], replies: readonly Reply[] = []): string {
  const items = [
    ...[...annotations].sort((x, y) => x.id.localeCompare(y.id)).map(ordered),
    ...[...replies].sort((x, y) => x.created.localeCompare(y.created) || x.id.localeCompare(y.id)).map(orderedReply),
  ];
  return `${JSON.stringify({
    '@context': FILE_CONTEXT,
    type: 'AnnotationCollection',
    label: `Marginalia annotations of ${source}`,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  }, null, 2)}\n`;
}

/** Reads an AnnotationCollection (or an AnnotationPage, or an array): the valid annotations and replies, and the problems. */
export function importCollection(text: string): { annotations: Annotation[]; replies: Reply[]; errors: string[] } {
  const json = readJson(text);
  if ('error' in json) {
    const at = new TextIndex(text).toLineColumn(json.error.offset);
    return { annotations: [], replies: [], errors: [`line ${at.line}, column ${at.column}: ${json.error.message}`] };
  }
  const raw = json.value;
  const r = raw as { first?: { items?: unknown }; items?: unknown };
  const items = Array.isArray(raw) ? raw : Array.isArray(r?.first?.items) ? r.first.items : Array.isArray(r?.items) ? r.items : null;
  if (!items) return { annotations: [], replies: [], errors: ['Expected an AnnotationCollection, an AnnotationPage or an array of annotations.'] };
  const annotations: Annotation[] = [];
  const replies: Reply[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    const parsed = parseStoredAnnotation(JSON.stringify(item));
    if ('annotation' in parsed) annotations.push(parsed.annotation);
    else if ('reply' in parsed) replies.push(parsed.reply);
    else errors.push(`item ${i + 1}: ${parsed.error.message}`);
  });
  return { annotations, replies, errors };
}
