/**
 * The one SHA-256 helper, for the CLI, the build and the browser alike: content hashes of import
 * records, finding ids, text versions in permalinks, and cache keys. It is @noble/hashes (audited,
 * no dependencies) rather than Node's crypto, because the reader hashes the text it shows when a
 * permalink is made or opened, and WebCrypto there is asynchronous where every other caller is not.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The SHA-256 of `data` (a string is hashed as UTF-8) in lowercase hex, cut to `length` digits when given. */
export function sha256Hex(data: string | Uint8Array, length?: number): string {
  const hex = bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
  return length === undefined ? hex : hex.slice(0, length);
}
