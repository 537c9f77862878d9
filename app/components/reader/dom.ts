/** Measuring the reader's panes and reading events on them (never changing their markup). */

/** The panes container and its panes, by language; absent ones are undefined. */
export interface ReaderParts {
  panes: HTMLElement;
  ru?: HTMLElement;
  en?: HTMLElement;
}

/**
 * Each bead's top within the scroll container `scroller`, then the bottom of the last bead.
 * In a pane a bead is one group; in the stacked view (the panes container) it is its Russian and
 * English groups, so its top is the higher of the two shown. Groups not shown (an English-only
 * bead's Russian placeholder in the stacked view) are skipped; a bead with nothing shown takes
 * the top of the bead after it.
 */
export function beadTops(scroller: HTMLElement, beadCount: number): Float64Array {
  const tops = new Float64Array(beadCount + 1).fill(Infinity);
  let bottom = 0;
  for (const group of scroller.querySelectorAll<HTMLElement>('[data-bead-group]')) {
    if (group.offsetParent === null) continue;
    const bead = Number(group.dataset.beadGroup);
    // Panes and the stacked panes container are positioned (globals.css), so they are the groups' offset parent.
    const top = group.offsetTop;
    if (bead < beadCount && top < tops[bead]) tops[bead] = top;
    bottom = Math.max(bottom, top + group.offsetHeight);
  }
  tops[beadCount] = bottom;
  for (let bead = beadCount - 1; bead >= 0; bead--) if (tops[bead] === Infinity) tops[bead] = tops[bead + 1];
  return tops;
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
