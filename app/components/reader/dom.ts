/** Measuring the reader's panes and reading events on them (never changing their markup). */
import { lastIndexAtOrBelow } from '@/lib/sorted';

/** The panes container and its panes, by language; absent ones are undefined. */
export interface ReaderParts {
  panes: HTMLElement;
  ru?: HTMLElement;
  en?: HTMLElement;
}

/**
 * Each bead's top within the scroll container `scroller`, then the bottom of the last bead, read
 * from the page when asked: a lookup (a binary search) measures about twenty passages, where
 * measuring every passage of a long document after each change of height froze its scrolling.
 * In a pane a bead is one group; in the stacked view (the panes container) it is its Russian and
 * English groups, so its top is the higher of the two shown. Groups not shown (an English-only
 * bead's Russian placeholder in the stacked view) are skipped; a bead with nothing shown takes
 * the top of the bead after it. The groups are found once: a re-alignment that changes the
 * number of beads makes a new one, and one that does not keeps each bead's group in place.
 */
export class BeadTops {
  private readonly groups: HTMLElement[][];
  /** A long document's passage chunks in this scroller, in order, with the first bead of each. */
  private readonly chunks: Array<{ element: HTMLElement; first: number }> = [];
  /** Beads and, last, the end of the last bead. */
  readonly length: number;

  constructor(private readonly scroller: HTMLElement, private readonly beadCount: number) {
    this.groups = Array.from({ length: beadCount }, () => []);
    for (const group of scroller.querySelectorAll<HTMLElement>('[data-bead-group]')) {
      const bead = Number(group.dataset.beadGroup);
      if (bead >= beadCount) continue;
      this.groups[bead].push(group);
      const chunk = group.parentElement;
      if (chunk?.classList.contains('passage-chunk') && this.chunks.at(-1)?.element !== chunk) this.chunks.push({ element: chunk, first: bead });
    }
    this.length = beadCount + 1;
  }

  /**
   * The beads among which the last one whose top is at or above `position` lies, when the groups
   * sit in passage chunks that have boxes of their own (a long document, not stacked): the chunk
   * reaching `position`, found by the chunks' tops. Measuring a passage in a chunk the browser
   * has not drawn lays that chunk out, and a search over all beads measured one in each of half
   * a dozen such chunks on every scroll event (a 174 ms handler on the 10,000-passage document of
   * npm run bench:reader); the chunks' own boxes are always laid out. The bead before `first` is
   * the answer when none in the span is.
   */
  span(position: number): { first: number; last: number } | undefined {
    if (this.chunks.length < 2 || this.chunks[0].element.offsetParent === null) return undefined;
    const chunk = Math.max(0, lastIndexAtOrBelow(this.chunks.length, position, (index) => this.offsetOf(this.chunks[index].element)));
    const next = this.chunks[chunk + 1];
    return { first: this.chunks[chunk].first, last: next ? next.first - 1 : this.length - 1 };
  }

  /** The top of `bead`, or at `beadCount` the bottom of the last bead shown. */
  at(bead: number): number {
    for (let next = bead; next < this.beadCount; next++) {
      const top = this.shownTop(next);
      if (top !== undefined) return top;
    }
    return this.bottom();
  }

  private shownTop(bead: number): number | undefined {
    let top: number | undefined;
    for (const group of this.groups[bead]) if (group.offsetParent !== null) top = Math.min(top ?? Infinity, this.offsetOf(group));
    return top;
  }

  private bottom(): number {
    for (let bead = this.beadCount - 1; bead >= 0; bead--) {
      let bottom: number | undefined;
      for (const group of this.groups[bead]) if (group.offsetParent !== null) bottom = Math.max(bottom ?? 0, this.offsetOf(group) + group.offsetHeight);
      if (bottom !== undefined) return bottom;
    }
    return 0;
  }

  /**
   * A group's top within the scroller. Panes and the stacked panes container are positioned
   * (globals.css), so they are the groups' offset parent, except in a long document, where the
   * chunk holding the group is (its containment makes it one).
   */
  private offsetOf(group: HTMLElement): number {
    let top = group.offsetTop;
    for (let parent = group.offsetParent as HTMLElement | null; parent && parent !== this.scroller && this.scroller.contains(parent); parent = parent.offsetParent as HTMLElement | null) {
      top += parent.offsetTop;
    }
    return top;
  }
}

/** The visible scroll containers: the two panes, or the panes container in the stacked view. */
export function visiblePanes(parts: ReaderParts): HTMLElement[] {
  if (parts.panes.dataset.mode === 'stacked') return [parts.panes];
  return [parts.ru, parts.en].filter((pane): pane is HTMLElement => pane !== undefined && pane.offsetParent !== null);
}

/** The bead a DOM event happened in, from the nearest element carrying data-bead or data-bead-group. */
export function beadOfEvent(event: Event): number | undefined {
  const element = (event.target as Element | null)?.closest?.('[data-bead], [data-bead-group]');
  const value = element?.getAttribute('data-bead') ?? element?.getAttribute('data-bead-group');
  return value === null || value === undefined ? undefined : Number(value);
}
