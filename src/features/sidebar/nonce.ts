import { randomToken } from '../../core';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh nonce for the webview's script: 32 base-62 characters (190 bits) from the platform's CSPRNG. */
export function makeNonce(): string {
  return randomToken(32, BASE62);
}
