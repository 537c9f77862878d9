/** Quote selectors made on the server, where the version hash can use Node's crypto. */
import { createHash } from 'node:crypto';
import { quoteSelectorWithHash, type QuoteSelector } from './anchor';

/** A short hash of a text version: it changes when any character changes. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The selector for [start, end) of `text`, with the hash of `text`. */
export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return quoteSelectorWithHash(text, start, end, hashText(text));
}
