/** Finding the reader's parts in the server-rendered page. */

/** The panes container and its panes, by language; absent ones are undefined. */
export interface ReaderParts {
  panes: HTMLElement;
  ru?: HTMLElement;
  en?: HTMLElement;
}

/** The reader parts under the article that holds `anchor`. */
export function findReaderParts(anchor: Element): ReaderParts | undefined {
  const panes = anchor.closest('.reader')?.querySelector<HTMLElement>('.panes');
  if (!panes) return undefined;
  return {
    panes,
    ru: panes.querySelector<HTMLElement>(':scope > [data-column="ru"]') ?? undefined,
    en: panes.querySelector<HTMLElement>(':scope > [data-column="en"]') ?? undefined,
  };
}

/** Each bead group's top within its pane, then the bottom of the last group. */
export function beadTops(pane: HTMLElement): Float64Array {
  const groups = pane.querySelectorAll<HTMLElement>(':scope > [data-bead-group]');
  const tops = new Float64Array(groups.length + 1);
  groups.forEach((group, index) => { tops[index] = group.offsetTop; });
  const last = groups[groups.length - 1];
  tops[groups.length] = last ? last.offsetTop + last.offsetHeight : 0;
  return tops;
}

/** The bead a DOM event happened in, from the nearest element carrying data-bead or data-bead-group. */
export function beadOfEvent(event: Event): number | undefined {
  const element = (event.target as Element | null)?.closest?.('[data-bead], [data-bead-group]');
  const value = element?.getAttribute('data-bead') ?? element?.getAttribute('data-bead-group');
  return value === null || value === undefined ? undefined : Number(value);
}
