/** Fills a byte array with random values; by default the platform's CSPRNG (`globalThis.crypto`, in Node 20 and browsers). */
export type RandomFill = (bytes: Uint8Array) => Uint8Array;

const cryptoFill: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** `length` characters drawn uniformly from `alphabet` (2 to 256 characters) with a cryptographic random source. */
export function randomToken(length: number, alphabet: string, fill: RandomFill = cryptoFill): string {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError(`randomToken needs 2 to 256 characters, not ${alphabet.length}`);
  // Bytes at or above the largest multiple of the alphabet's size are dropped, so that no character is likelier than another.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const b of fill(new Uint8Array(length - out.length))) if (b < limit) out += alphabet[b % alphabet.length];
  }
  return out;
}

/**
 * A UUID of version 7 (RFC 9562): the Unix time in milliseconds in the first 48 bits, then the version,
 * the variant and 74 random bits. Ids made later sort later, and two clones do not pick the same one.
 */
export function uuidV7(now: number = Date.now(), fill: RandomFill = cryptoFill): string {
  const b = fill(new Uint8Array(16));
  let t = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b[6] = 0x70 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The prefix that makes a UUID an IRI (RFC 4122's URN namespace). */
export const UUID_URN = 'urn:uuid:';

/** A new annotation id: an IRI, `urn:uuid:` and a {@link uuidV7} of the time, so ids sort by age. */
export function newAnnotationId(now: Date = new Date(), fill: RandomFill = cryptoFill): string {
  return `${UUID_URN}${uuidV7(now.getTime(), fill)}`;
}
