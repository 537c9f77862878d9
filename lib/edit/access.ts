/**
 * Who may write in the local edit mode. The edit server listens on loopback only; on top of
 * that a write must name a loopback host (so a web page cannot reach it by DNS rebinding), come
 * from the reader's own origin, and carry the session's token, which only the pages the edit
 * server rendered know. The token travels in a custom header, so a page of another origin cannot
 * even send it without a CORS preflight, which nothing answers.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { EDIT_TOKEN_HEADER } from './protocol';

/** The environment variable that carries the edit session's token; `sverka edit` sets it. */
export const EDIT_TOKEN_VARIABLE = 'SVERKA_EDIT_TOKEN';


/**
 * A shorter token is refused outright: `sverka edit` makes 32 random bytes (43 characters), and a
 * hand-set variable as short as a word would be guessable.
 */
export const MIN_TOKEN_LENGTH = 32;

/** Host names that only this machine can reach. */
const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The edit session's token, or undefined outside edit mode. Edit mode is the development server
 * started with a token: a production build (`next build`, `next start`, a static host) never has
 * one, even when the variable happens to be set, so no page it serves can offer to write.
 */
export function editModeToken(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_ENV !== 'development') return undefined;
  const token = env[EDIT_TOKEN_VARIABLE];
  return token !== undefined && token.length >= MIN_TOKEN_LENGTH ? token : undefined;
}

/** Why a write with these headers is refused, or undefined when it may go ahead. */
export function writeRefusal(headers: Headers, token: string): string | undefined {
  const host = headers.get('host');
  if (!host || !isLoopbackHost(host)) return `edits are accepted only at a loopback address, not at host ${JSON.stringify(host ?? '')}`;
  const origin = headers.get('origin');
  if (origin !== `http://${host}`) return `edits are accepted only from the reader's own pages, not from origin ${JSON.stringify(origin ?? '')}`;
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return `edits are accepted only from the reader's own pages, not from a ${site} request`;
  if (!sameSecret(headers.get(EDIT_TOKEN_HEADER) ?? '', token)) return 'this page belongs to another edit session: reload it';
  return undefined;
}

/** Whether a Host header names this machine (any port). */
export function isLoopbackHost(host: string): boolean {
  try {
    const url = new URL(`http://${host}`);
    return url.host === host.toLowerCase() && LOOPBACK_HOSTNAMES.has(url.hostname);
  } catch {
    return false;
  }
}

/** Constant-time comparison of two secrets of any length (their digests are compared). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
