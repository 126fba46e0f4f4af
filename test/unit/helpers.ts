import { analyzeDocument, type DocumentModel } from '../../src/core';

/** Figures of a text as `[text, low, high, approximate, unit]`. */
export function figures(text: string): Array<[string, number | null, number | null, boolean, string | null]> {
  return analyzeDocument(text).figures.map((f) => [f.text, f.low, f.high, f.approximate, f.unit]);
}

/** Figures of a text as `[text, subject group, claimant]`. */
export function claims(text: string): Array<[string, string | null, string | null]> {
  return analyzeDocument(text).figures.map((f) => [f.text, f.subjectGroup, f.claimant]);
}

/** Actors of a text as `[id, kind, aliases]`. */
export function actors(text: string): Array<[string, string, readonly string[]]> {
  return analyzeDocument(text).actors.map((a) => [a.id, a.kind, a.aliases]);
}

export function model(text: string): DocumentModel {
  return analyzeDocument(text);
}
