/**
 * The length cost of Gale & Church (1993), "A program for aligning sentences in bilingual
 * corpora", Computational Linguistics 19(1): translations of longer passages are longer, with a
 * length difference that grows like the square root of the length.
 *
 *   δ = (l_en − c · l_ru) / sqrt(s² · (c · l_ru + l_en) / 2)      cost = −ln 2(1 − Φ(|δ|))
 *
 * c is the English/Russian length ratio of the document being aligned (not a global constant:
 * it depends on the translator and on what counts as length), s² the variance per character.
 * The mean of both sides under the root keeps the cost symmetric and defined for 0:1 and 1:0.
 */

/**
 * Variance of the length difference per character of text, Gale & Church's estimate (6.8),
 * which holds well for Russian–English when lengths count letters and digits only.
 */
export const LENGTH_VARIANCE = 6.8;

/** Cost of pairing `ruLength` characters of Russian with `enLength` of English. */
export function lengthCost(ruLength: number, enLength: number, ratio: number, variance = LENGTH_VARIANCE): number {
  const expected = ratio * ruLength;
  const mean = (expected + enLength) / 2;
  if (mean === 0) return 0;
  const delta = Math.abs(enLength - expected) / Math.sqrt(variance * mean);
  return negativeLogTwoSidedTail(delta);
}

/**
 * −ln(2·(1 − Φ(z))) = −ln erfc(z/√2) for z ≥ 0, computed in log space so that long unmatched
 * passages get a large finite cost instead of an underflow. erfc by the Chebyshev fit of
 * Numerical Recipes (§6.2, `erfcc`), fractional error below 1.2e−7 everywhere.
 */
export function negativeLogTwoSidedTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  // erfc(x) = t · exp(−x² + poly), so −ln erfc(x) = −ln t + x² − poly.
  return -Math.log(t) + x * x - poly;
}
