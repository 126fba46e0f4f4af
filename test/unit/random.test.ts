import * as assert from 'node:assert/strict';
import { newAnnotationId, randomToken, uuidV7 } from '../../src/core';
import { makeNonce } from '../../src/features/sidebar/nonce';

/** A random source that hands out the given bytes in order. */
function bytesFrom(values: number[]) {
  let i = 0;
  return (bytes: Uint8Array) => {
    for (let j = 0; j < bytes.length; j++) bytes[j] = values[i++];
    return bytes;
  };
}

describe('random ids and nonces', () => {
  it('map bytes onto the alphabet, dropping the bytes that would make some characters likelier', () => {
    // 256 % 3 = 1, so byte 255 is dropped and 0..254 map evenly onto a, b, c.
    assert.equal(randomToken(4, 'abc', bytesFrom([255, 0, 1, 255, 254, 5])), 'abcc');
    // 256 % 36 = 4: bytes 252..255 are dropped.
    assert.equal(randomToken(3, '0123456789abcdefghijklmnopqrstuvwxyz', bytesFrom([252, 253, 35, 71, 251])), 'zzz');
    assert.throws(() => randomToken(4, 'a'), RangeError);
  });

  it('make a UUID of version 7: the time in milliseconds, the version and variant bits, then the random bits', () => {
    const random = Array.from({ length: 16 }, () => 0xff);
    // 2026-11-26T09:30:05.123Z is 1795685405123 ms = 0x01a21730d1c3.
    assert.equal(Date.parse('2026-11-26T09:30:05.123Z'), 0x01a21730d1c3);
    assert.equal(uuidV7(Date.parse('2026-11-26T09:30:05.123Z'), bytesFrom(random)), '01a21730-d1c3-7fff-bfff-ffffffffffff');
    assert.equal(uuidV7(0, bytesFrom(Array.from({ length: 16 }, () => 0))), '00000000-0000-7000-8000-000000000000');
  });

  it('make annotation ids that are IRIs (urn:uuid:), sort by time, and draw from the CSPRNG', () => {
    const id = newAnnotationId(new Date('2026-11-26T09:30:05.123Z'));
    assert.match(id, /^urn:uuid:01a21730-d1c3-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(newAnnotationId(new Date('2026-11-26T09:30:05.124Z')) > id);
    const ids = new Set(Array.from({ length: 2000 }, () => newAnnotationId()));
    assert.equal(ids.size, 2000);
    // The bytes come from globalThis.crypto (not Math.random): watched through an own property, removed after.
    const { crypto } = globalThis;
    const original = crypto.getRandomValues;
    let calls = 0;
    Object.defineProperty(crypto, 'getRandomValues', { configurable: true, value: (b: Uint8Array) => (calls++, original.call(crypto, b)) });
    const seen: number[] = [];
    try {
      newAnnotationId();
      seen.push(calls);
      makeNonce();
      seen.push(calls);
    } finally {
      delete (crypto as { getRandomValues?: unknown }).getRandomValues;
    }
    // At least one draw each (a second when bytes were dropped).
    assert.ok(seen[0] >= 1 && seen[1] > seen[0], String(seen));
  });

  it('make a 32-character base-62 nonce for the webview, fresh each time', () => {
    const nonces = Array.from({ length: 200 }, makeNonce);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9]{32}$/);
    assert.equal(new Set(nonces).size, 200);
    // Every character of the alphabet turns up: not a narrower generator.
    assert.equal(new Set(nonces.join('')).size, 62);
  });
});
