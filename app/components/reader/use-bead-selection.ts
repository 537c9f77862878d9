import { useEffect, type RefObject } from 'react';
import { formatBeadHash, parseBeadHash, type BeadRange } from './bead-hash';
import { beadOfEvent, beadTops, findReaderParts, type ReaderParts } from './dom';
import { beadAt } from './scroll-map';

/** Space kept above a bead scrolled to the top, so that the previous line shows it is a new bead. */
const SCROLL_MARGIN_PX = 8;

/**
 * Highlighting and selection of beads:
 * - hovering or focusing a paragraph lights up its bead in both panes;
 * - clicking selects the bead (shift-click a range), marks it aria-current and puts it in the URL;
 * - opening a URL with #b12 or #b12-15 scrolls to the bead and selects it;
 * - j / k (and ↓ / ↑ on a paragraph) step through beads, Esc clears the selection.
 */
export function useBeadSelection(anchor: RefObject<HTMLElement | null>, beadCount: number, syncEnabled: boolean, layoutKey: string): void {
  useEffect(() => {
    const parts = anchor.current ? findReaderParts(anchor.current) : undefined;
    if (!parts) return;
    let selection: BeadRange | undefined;
    let lit: number | undefined;

    const groupsOf = (bead: number) => parts.panes.querySelectorAll<HTMLElement>(`[data-bead-group="${bead}"]`);
    const light = (bead: number | undefined) => {
      if (lit === bead) return;
      if (lit !== undefined) groupsOf(lit).forEach((group) => group.classList.remove('is-lit'));
      lit = bead;
      if (bead !== undefined) groupsOf(bead).forEach((group) => group.classList.add('is-lit'));
    };
    const select = (range: BeadRange | undefined, updateUrl = true) => {
      parts.panes.querySelectorAll('[aria-current="true"]').forEach((element) => element.removeAttribute('aria-current'));
      parts.panes.querySelectorAll('.is-selected').forEach((element) => element.classList.remove('is-selected'));
      selection = range;
      if (range) {
        for (let bead = range.first; bead <= range.last; bead++) {
          groupsOf(bead).forEach((group) => group.classList.add('is-selected'));
          parts.panes.querySelectorAll(`[data-bead="${bead}"]`).forEach((paragraph) => paragraph.setAttribute('aria-current', 'true'));
        }
      }
      if (updateUrl) history.replaceState(null, '', range ? formatBeadHash(range) : location.pathname + location.search);
    };
    const scrollTo = (bead: number) => scrollToBead(parts, bead, syncEnabled);

    const onOver = (event: Event) => light(beadOfEvent(event));
    const onOut = (event: MouseEvent | FocusEvent) => {
      const next = event.relatedTarget as Element | null;
      if (!next || !parts.panes.contains(next)) light(undefined);
    };
    const onClick = (event: MouseEvent) => {
      const bead = beadOfEvent(event);
      if (bead === undefined || (event.target as Element).closest('a')) return;
      if (event.shiftKey && selection) {
        select({ first: Math.min(selection.first, bead), last: Math.max(selection.last, bead) });
      } else {
        select({ first: bead, last: bead });
      }
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea, button')) return;
      const onParagraph = target.hasAttribute('data-bead');
      const down = event.key === 'j' || (event.key === 'ArrowDown' && (onParagraph || target === document.body));
      const up = event.key === 'k' || (event.key === 'ArrowUp' && (onParagraph || target === document.body));
      if (event.key === 'Escape') {
        select(undefined);
        return;
      }
      if (!down && !up) return;
      event.preventDefault();
      const current = selection ? (down ? selection.last : selection.first) : topBead(parts) - (down ? 1 : 0);
      const next = Math.max(0, Math.min(beadCount - 1, current + (down ? 1 : -1)));
      select({ first: next, last: next });
      scrollTo(next);
      parts.panes.querySelector<HTMLElement>(`[data-bead="${next}"]`)?.focus({ preventScroll: true });
    };
    const onHash = () => {
      const range = parseBeadHash(location.hash, beadCount);
      if (!range) return;
      select(range, false);
      scrollTo(range.first);
    };

    const listeners: Array<[EventTarget, string, EventListener]> = [
      [parts.panes, 'mouseover', onOver], [parts.panes, 'focusin', onOver],
      [parts.panes, 'mouseout', onOut as EventListener], [parts.panes, 'focusout', onOut as EventListener],
      [parts.panes, 'click', onClick as EventListener], [document, 'keydown', onKey as EventListener], [window, 'hashchange', onHash],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    onHash();
    return () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }, [anchor, beadCount, syncEnabled, layoutKey]);
}

/** The visible scroll containers: the two panes, or the stacked view. */
function visiblePanes(parts: ReaderParts): HTMLElement[] {
  const stacked = parts.panes.querySelector<HTMLElement>(':scope > [data-column="stacked"]');
  if (stacked && stacked.offsetParent !== null) return [stacked];
  return [parts.ru, parts.en].filter((pane): pane is HTMLElement => pane !== undefined && pane.offsetParent !== null);
}

/** Scroll so that `bead` is at the top of each visible pane (one pane drives the other when in step). */
function scrollToBead(parts: ReaderParts, bead: number, syncEnabled: boolean): void {
  const panes = visiblePanes(parts);
  for (const pane of syncEnabled ? panes.slice(0, 1) : panes) {
    const tops = beadTops(pane);
    pane.scrollTop = Math.max(0, tops[bead] - SCROLL_MARGIN_PX);
  }
  // Without the page scrolling too, a pane below the fold would move out of sight.
  panes[0]?.scrollIntoView({ block: 'nearest' });
}

/** The bead at the top of the first visible pane. */
function topBead(parts: ReaderParts): number {
  const pane = visiblePanes(parts)[0];
  if (!pane) return 0;
  // The last entry of the tops is the end of the last bead, not a bead.
  const tops = beadTops(pane);
  return Math.max(0, Math.min(tops.length - 2, beadAt(tops, pane.scrollTop + SCROLL_MARGIN_PX)));
}
