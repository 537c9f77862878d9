/**
 * Scores of an alignment against gold beads: strict bead precision, recall and F1 (a bead counts
 * only when exactly right, 1:0 and 0:1 included) and link F1 over the (ru, en) paragraph pairs
 * inside beads.
 */
import type { Bead } from '../../lib/types';

/** Precision, recall and F1 of one measure. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Both measures for one case. */
export interface AlignmentScore {
  beads: Prf;
  links: Prf;
}

function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** A bead as a string, to compare beads of two alignments. */
export const beadKey = (bead: Bead) => `${bead.ru.join(',')}|${bead.en.join(',')}`;
const links = (beads: Bead[]) => new Set(beads.flatMap((bead) => bead.ru.flatMap((r) => bead.en.map((e) => `${r}-${e}`))));

/** Score predicted beads against gold beads. */
export function scoreAlignment(predicted: Bead[], gold: Bead[]): AlignmentScore {
  const goldBeads = new Set(gold.map(beadKey));
  const correctBeads = predicted.filter((bead) => goldBeads.has(beadKey(bead))).length;
  const goldLinks = links(gold);
  const predictedLinks = links(predicted);
  const correctLinks = [...predictedLinks].filter((link) => goldLinks.has(link)).length;
  return {
    beads: prf(correctBeads, predicted.length, gold.length),
    links: prf(correctLinks, predictedLinks.size, goldLinks.size),
  };
}

/** Share of the beads of `before` that `after` has exactly: how much of an alignment a change to the input left alone. */
export function unchangedShare(before: Bead[], after: Bead[]): number {
  const kept = new Set(after.map(beadKey));
  return before.filter((bead) => kept.has(beadKey(bead))).length / Math.max(1, before.length);
}

/** Gold beads as stored in `gold.json`: `[[ru indices], [en indices]]`. */
export function beadsFromGold(gold: Array<[number[], number[]]>): Bead[] {
  return gold.map(([ru, en]) => ({ ru, en }));
}
