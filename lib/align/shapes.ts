/**
 * Sentence bead shapes: how many Russian and English sentences one step of the alignment may
 * take, with the cost of choosing that shape, −ln P(shape).
 *
 * Probabilities start from Gale & Church (1993) (1:1 0.89, 1:0 and 0:1 0.0099, 2:1 and 1:2
 * 0.089, 2:2 0.011) and move weight towards splits, because English translations of Russian cut
 * long Russian sentences (joined by semicolons and colons) into two or three, far more often
 * than the other way round. Larger n:m paragraph beads are built from these steps, not listed.
 *
 * One Russian sentence in four English ones (1:4) is rare but real: the Synodal Bible's long
 * sentences ("Он же сказал им: Я видел сатану…; се, даю вам власть…; однакож…") come out as four
 * in a modern English version, often across a paragraph break. Without the shape one English
 * sentence had to be left unpaired, and a whole English paragraph became an "added" bead beside
 * the one it belongs to. On the development cases (npm run bench:align) the shape at 0.001 took
 * the wrong beads from 73 to 61 and mean bead F1 from 0.967 to 0.975, with no case worse; 0.0005
 * and 0.002 gave the same mean within 0.0001. The mirror shape, 4:1, gained nothing and is not
 * listed. The aligner takes the shape only where anchors show it (RARE_SHAPE_MIN_ANCHOR_WEIGHT).
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
  [1, 4, 0.001],
];

/** Every shape the sentence aligner may use, the common ones first (on a tie of costs the earlier shape wins). */
export const BEAD_SHAPES: readonly BeadShape[] = SHAPE_PROBABILITIES.map(([ru, en, probability]) => ({
  ru, en, cost: -Math.log(probability),
}));
