/**
 * Deep links to passages: `#b12` for one, `#b12-15` for a range. The numbers are the passage
 * numbers a person sees everywhere (from 1, see `passageNumber`); in code a range holds bead
 * indices (from 0).
 */
import { passageNumber } from '@/lib/cite/note';

/** A selected range of beads (0-based indices), first ≤ last. */
export interface BeadRange {
  first: number;
  last: number;
}

/** The range in a URL hash, or undefined when the hash names no passage of a document with `beadCount` beads. */
export function parseBeadHash(hash: string, beadCount: number): BeadRange | undefined {
  const match = /^#?b(\d{1,7})(?:-(\d{1,7}))?$/.exec(hash);
  if (!match) return undefined;
  const first = Number(match[1]) - 1;
  const last = match[2] === undefined ? first : Number(match[2]) - 1;
  if (first < 0 || first > last || last >= beadCount) return undefined;
  return { first, last };
}

/** The hash for a range: `#b12` or `#b12-15`. */
export function formatBeadHash(range: BeadRange): string {
  const [first, last] = [passageNumber(range.first), passageNumber(range.last)];
  return first === last ? `#b${first}` : `#b${first}-${last}`;
}

/** The hash for one bead. */
export function beadHash(bead: number): string {
  return formatBeadHash({ first: bead, last: bead });
}
