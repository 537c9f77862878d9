/**
 * Versions stage: two English versions of a document compared passage by passage (word-level
 * diff per bead), and the findings that appear or disappear between them.
 */
import { analysePair } from '../analysis';
import type { Bead, DocumentMeta, Finding } from '../types';
import { matchParagraphs, wordDiff, type DiffPiece } from './diff';

export { matchParagraphs, wordDiff } from './diff';
export type { DiffPiece } from './diff';

/** The difference of two versions in one passage. */
export interface PassageDiff {
  /** Index of the bead (of the Russian ↔ first version alignment). */
  bead: number;
  pieces: DiffPiece[];
}

/** What changed between two versions of the translation. */
export interface VersionComparison {
  passages: PassageDiff[];
  /** Findings the second version no longer has, and findings it has that the first did not. */
  resolved: Finding[];
  introduced: Finding[];
}

/**
 * Compare version `b` with version `a` of the translation of `ru`. Passages follow the beads of
 * `ru` ↔ `a`; only passages that changed are listed.
 */
export function compareVersions(ru: string[], a: string[], b: string[], beads: Bead[], meta?: DocumentMeta): VersionComparison {
  const mapping = matchParagraphs(a, b);
  const passages: PassageDiff[] = [];
  beads.forEach((bead, index) => {
    const before = bead.en.map((paragraph) => a[paragraph]).join('\n\n');
    const after = bead.en.flatMap((paragraph) => mapping[paragraph]).map((paragraph) => b[paragraph]).join('\n\n');
    if (before !== after) passages.push({ bead: index, pieces: wordDiff(before, after) });
  });
  const key = (finding: Finding) => `${finding.kind}\u0000${finding.message}`;
  const findingsOf = (english: string[]) => analysePair({ ru, en: english, meta }).findings;
  const [first, second] = ru.length > 0 ? [findingsOf(a), findingsOf(b)] : [[], []];
  const secondKeys = new Set(second.map(key));
  const firstKeys = new Set(first.map(key));
  return {
    passages,
    resolved: first.filter((finding) => !secondKeys.has(key(finding))),
    introduced: second.filter((finding) => !firstKeys.has(key(finding))),
  };
}
