/**
 * Synchronised scrolling as a piecewise-linear map between two panes. Every bead has a top in
 * each pane (a bead missing on one side shows a short placeholder there, so that scrolling through
 * it moves the other pane smoothly); a scroll position inside bead b of one pane maps to the same
 * fraction of bead b in the other. So whenever a bead's top is at the top of one pane, its
 * counterpart's top is at the top of the other, whatever their heights.
 */
import { lastNumberAtOrBelow } from '@/lib/sorted';

/**
 * Find the bead that contains `position`: the last b with tops[b] ≤ position.
 * `tops` is non-decreasing; returns −1 above the first bead.
 */
export function beadAt(tops: ArrayLike<number>, position: number): number {
  return lastNumberAtOrBelow(tops, position);
}

/**
 * The position in the target pane that corresponds to `position` in the source pane. Both
 * arrays hold each bead's top plus, last, the end of the last bead.
 */
export function mapPosition(sourceTops: ArrayLike<number>, targetTops: ArrayLike<number>, position: number): number {
  const beads = sourceTops.length - 1;
  if (beads <= 0) return position;
  if (position <= sourceTops[0]) return targetTops[0] + (position - sourceTops[0]);
  const bead = beadAt(sourceTops, position);
  if (bead >= beads) return targetTops[beads] + (position - sourceTops[beads]);
  const sourceHeight = sourceTops[bead + 1] - sourceTops[bead];
  const fraction = sourceHeight > 0 ? (position - sourceTops[bead]) / sourceHeight : 0;
  return targetTops[bead] + fraction * (targetTops[bead + 1] - targetTops[bead]);
}
