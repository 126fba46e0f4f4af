import * as assert from 'node:assert/strict';
import { newAnnotationId, randomToken } from '../../src/core';
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

  it('make annotation ids of the time and 8 random base-36 characters from the CSPRNG', () => {
    const id = newAnnotationId(new Date('2026-11-26T09:30:05.123Z'));
    assert.match(id, /^20261126093005-[0-9a-z]{8}$/);
    const ids = new Set(Array.from({ length: 2000 }, () => newAnnotationId().slice(15)));
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
