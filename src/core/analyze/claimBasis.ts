import type { ClaimBasis, Excerpt } from '../model';

const LABELS: Record<ClaimBasis, string> = {
  'source-before': 'source, then a reporting verb',
  'source-after': 'reporting verb and source after the claim',
  'according-to': '“according to”',
  'source-noun': 'the source’s own figures or estimate',
  participle: '“…, saying” after a clause the source leads',
  carried: 'carried from the sentence before (“reportedly”)',
  quotation: 'inside a quotation whose source is named where it closes',
};

/** How a claim's source was read, in words a reader can judge: "“Kyiv says” — source, then a reporting verb". */
export function describeBasis(attribution: Excerpt | null, basis: ClaimBasis | null): string | null {
  if (basis === null) return null;
  return attribution ? `“${attribution.text}” — ${LABELS[basis]}` : LABELS[basis];
}
