/**
 * Sentence bead shapes: how many Russian and English sentences one step of the alignment may
 * take, with the cost of choosing that shape, −ln P(shape).
 *
 * Probabilities start from Gale & Church (1993) (1:1 0.89, 1:0 and 0:1 0.0099, 2:1 and 1:2
 * 0.089, 2:2 0.011) and move weight towards splits, because English translations of Russian cut
 * long Russian sentences (joined by semicolons and colons) into two or three, far more often
 * than the other way round. Larger n:m paragraph beads are built from these steps, not listed.
 */

/** One shape: sentences taken on each side and its cost. */
export interface BeadShape {
  ru: number;
  en: number;
  cost: number;
}

const SHAPE_PROBABILITIES: Array<[number, number, number]> = [
  [1, 1, 0.78],
  [1, 2, 0.08],
  [2, 1, 0.05],
  [1, 3, 0.02],
  [3, 1, 0.01],
  [2, 2, 0.015],
  [2, 3, 0.006],
  [3, 2, 0.004],
  [1, 0, 0.008],
  [0, 1, 0.008],
];

/** Every shape the sentence aligner may use, cheapest first. */
export const BEAD_SHAPES: readonly BeadShape[] = SHAPE_PROBABILITIES.map(([ru, en, probability]) => ({
  ru, en, cost: -Math.log(probability),
}));
