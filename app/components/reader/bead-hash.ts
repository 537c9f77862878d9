/** Deep links to beads: `#b12` for one bead, `#b12-15` for a range (0-based bead indices). */

/** A selected range of beads, first ≤ last. */
export interface BeadRange {
  first: number;
  last: number;
}

/** The range in a URL hash, or undefined when the hash names no bead of a document with `beadCount` beads. */
export function parseBeadHash(hash: string, beadCount: number): BeadRange | undefined {
  const match = /^#?b(\d{1,7})(?:-(\d{1,7}))?$/.exec(hash);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (first > last || last >= beadCount) return undefined;
  return { first, last };
}

/** The hash for a range: `#b12` or `#b12-15`. */
export function formatBeadHash(range: BeadRange): string {
  return range.first === range.last ? `#b${range.first}` : `#b${range.first}-${range.last}`;
}
