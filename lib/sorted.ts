/** Binary search over sorted numbers: the one written for bead tops, paragraph offsets and passage ranges. */

/**
 * The last index in [0, count) whose value is at most `target`, for values non-decreasing in the
 * index and read only when asked (`valueAt`); −1 when even the first is greater. O(log n) reads.
 */
export function lastIndexAtOrBelow(count: number, target: number, valueAt: (index: number) => number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (valueAt(middle) <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The index of the last item whose key is at most `target` in `items`, sorted by that key
 * (non-decreasing); −1 when even the first is greater. O(log n).
 */
export function lastAtOrBelow<T>(items: ArrayLike<T>, target: number, key: (item: T) => number): number {
  return lastIndexAtOrBelow(items.length, target, (index) => key(items[index]));
}

/** `lastAtOrBelow` for an array of the numbers themselves. */
export function lastNumberAtOrBelow(numbers: ArrayLike<number>, target: number): number {
  return lastAtOrBelow(numbers, target, (value) => value);
}
