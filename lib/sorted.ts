/** Binary search over sorted numbers: the one written for bead tops, paragraph offsets and passage ranges. */

/**
 * The index of the last item whose key is at most `target` in `items`, sorted by that key
 * (non-decreasing); −1 when even the first is greater. O(log n).
 */
export function lastAtOrBelow<T>(items: ArrayLike<T>, target: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]) <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** `lastAtOrBelow` for an array of the numbers themselves. */
export function lastNumberAtOrBelow(numbers: ArrayLike<number>, target: number): number {
  return lastAtOrBelow(numbers, target, (value) => value);
}
