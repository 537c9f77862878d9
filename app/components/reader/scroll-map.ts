/**
 * Synchronised scrolling as a piecewise-linear map between two panes. Every bead has a top in
 * each pane (a bead missing on one side shows a short placeholder there, so that scrolling through
 * it moves the other pane smoothly); a scroll position inside bead b of one pane maps to the same
 * fraction of bead b in the other. So whenever a bead's top is at the top of one pane, its
 * counterpart's top is at the top of the other, whatever their heights.
 */
import { lastIndexAtOrBelow } from '@/lib/sorted';

/**
 * Each bead's top and, last, the end of the last bead: an array of them, or a reader that
 * measures a bead only when asked (`BeadTops`), so that a lookup in a long document reads a
 * few of its passages rather than all.
 */
export interface TopList {
  readonly length: number;
  at(index: number): number | undefined;
  /** Where it can tell cheaply, the indices among which `beadAt` lies; the one before `first` when none of them is at or above `position`. */
  span?(position: number): { first: number; last: number } | undefined;
}

/**
 * Find the bead that contains `position`: the last b with tops[b] ≤ position.
 * `tops` is non-decreasing; returns −1 above the first bead.
 */
export function beadAt(tops: TopList, position: number): number {
  const span = tops.span?.(position);
  if (!span) return lastIndexAtOrBelow(tops.length, position, (bead) => tops.at(bead)!);
  const within = lastIndexAtOrBelow(span.last - span.first + 1, position, (index) => tops.at(span.first + index)!);
  return within < 0 ? span.first - 1 : span.first + within;
}

/**
 * The position in the target pane that corresponds to `position` in the source pane. Both
 * arrays hold each bead's top plus, last, the end of the last bead.
 */
export function mapPosition(sourceTops: TopList, targetTops: TopList, position: number): number {
  const beads = sourceTops.length - 1;
  if (beads <= 0) return position;
  const source = (bead: number) => sourceTops.at(bead)!;
  const target = (bead: number) => targetTops.at(bead)!;
  if (position <= source(0)) return target(0) + (position - source(0));
  const bead = beadAt(sourceTops, position);
  if (bead >= beads) return target(beads) + (position - source(beads));
  const sourceHeight = source(bead + 1) - source(bead);
  const fraction = sourceHeight > 0 ? (position - source(bead)) / sourceHeight : 0;
  return target(bead) + fraction * (target(bead + 1) - target(bead));
}
