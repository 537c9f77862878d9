/** Levenshtein edit distance: insertions, deletions and substitutions of single characters. */

/**
 * The number of single-character edits that turn `a` into `b`. With `limit`, any distance above
 * it is reported as limit + 1 without computing it in full, which keeps comparing many names cheap.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}
