/**
 * The band of the alignment table: for each row i (Russian units consumed), the range of
 * columns j (English units consumed) that is filled, around a guide path: a coarser alignment,
 * or the path on which both texts advance by the same share of their letters.
 */

/** A point of a path through the table: (Russian units, English units) consumed. */
export interface PathPoint {
  i: number;
  j: number;
}

/** Column ranges per row, stored as one flat array of cells. */
export class Band {
  readonly rowStart: Int32Array;
  readonly size: number;

  private constructor(readonly n: number, readonly m: number, readonly lo: Int32Array, readonly hi: Int32Array) {
    this.rowStart = new Int32Array(n + 2);
    for (let i = 0; i <= n; i++) this.rowStart[i + 1] = this.rowStart[i] + hi[i] - lo[i] + 1;
    this.size = this.rowStart[n + 1];
  }

  /**
   * Columns within `halfWidth` of a guide path from (0, 0) to (n, m), interpolated between its
   * points, and within `halfWidth + widening[i]` in row i when a widening is given.
   */
  static around(n: number, m: number, guide: PathPoint[], halfWidth: number, widening?: Int32Array): Band {
    const low = new Int32Array(n + 1).fill(m);
    const high = new Int32Array(n + 1);
    for (let k = 1; k < guide.length; k++) {
      const from = guide[k - 1];
      const to = guide[k];
      for (let i = from.i; i <= to.i; i++) {
        const rows = to.i - from.i;
        const jFrom = rows === 0 ? from.j : Math.floor(from.j + ((i - from.i) * (to.j - from.j)) / rows);
        const jTo = rows === 0 ? to.j : Math.ceil(from.j + ((i - from.i) * (to.j - from.j)) / rows);
        low[i] = Math.min(low[i], jFrom);
        high[i] = Math.max(high[i], jTo);
      }
    }
    const lo = new Int32Array(n + 1);
    const hi = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) {
      const width = halfWidth + (widening ? widening[i] : 0);
      lo[i] = Math.max(0, Math.min(low[i], high[i]) - width);
      hi[i] = Math.min(m, Math.max(low[i], high[i]) + width);
    }
    return new Band(n, m, lo, hi);
  }

  /** True when every column of every row is in the band. */
  get coversAll(): boolean {
    for (let i = 0; i <= this.n; i++) if (this.lo[i] > 0 || this.hi[i] < this.m) return false;
    return true;
  }

  /** Index of cell (i, j) in the flat arrays, or −1 outside the band. */
  cell(i: number, j: number): number {
    if (i < 0 || j < 0 || j < this.lo[i] || j > this.hi[i]) return -1;
    return this.rowStart[i] + j - this.lo[i];
  }

  /** True when (i, j) lies on the band's edge where the band could have been wider. */
  onEdge(i: number, j: number): boolean {
    return (j === this.lo[i] && j > 0) || (j === this.hi[i] && j < this.m);
  }
}
