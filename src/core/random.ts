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

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new annotation id: the UTC time to the second (so ids sort by age), a dash and 8 random base-36 characters (41 bits, so two clones do not pick the same one). */
export function newAnnotationId(now: Date = new Date()): string {
  return `${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomToken(8, BASE36)}`;
}
