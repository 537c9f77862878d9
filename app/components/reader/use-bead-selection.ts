import { useEffect } from 'react';
import { formatBeadHash, parseBeadHash, type BeadRange } from './bead-hash';
import { beadOfEvent, BeadTops, visiblePanes, type ReaderParts } from './dom';
import { beadAt } from './scroll-map';
import type { ReaderStore } from './store';

/** Space kept above a bead scrolled to the top, so that the previous line shows it is a new bead. */
const SCROLL_MARGIN_PX = 8;

/**
 * Select beads (or clear the selection with undefined) and, unless told not to, put the
 * selection in the URL. The one place the selection changes.
 */
export function selectBeads(store: ReaderStore, range: BeadRange | undefined, updateUrl = true): void {
  store.update({ selection: range });
  if (updateUrl) history.replaceState(null, '', range ? formatBeadHash(range) : location.pathname + location.search);
}

/**
 * Highlighting and selection of beads, kept in the reader's store (the markup follows it):
 * - hovering or focusing a paragraph lights up its bead in both panes;
 * - clicking selects the bead (shift-click a range, leaving no text selection behind) and puts it in the URL;
 *   text selected across passages selects them all;
 * - opening a URL with #b12 or #b12-15 scrolls to the bead and selects it;
 * - j / k (and ↓ / ↑ on a paragraph) step through beads, Esc clears the selection.
 */
export function useBeadSelection(store: ReaderStore, beadCount: number, syncEnabled: boolean, layoutKey: string): void {
  useEffect(() => {
    const parts = store.getParts();
    if (!parts) return;
    const light = (bead: number | undefined) => {
      if (store.getState().lit !== bead) store.update({ lit: bead });
    };
    const scrollTo = (bead: number) => scrollToBead(parts, bead, beadCount, syncEnabled);

    const onOver = (event: Event) => light(beadOfEvent(event));
    const onOut = (event: MouseEvent | FocusEvent) => {
      const next = event.relatedTarget as Element | null;
      if (!next || !parts.panes.contains(next)) light(undefined);
    };
    const onClick = (event: MouseEvent) => {
      // Text selected across passages (a drag from one into another): those passages are the selection.
      const selected = textSelectionBeads(parts);
      if (selected && selected.first !== selected.last) {
        selectBeads(store, selected);
        return;
      }
      const bead = beadOfEvent(event);
      if (bead === undefined || (event.target as Element).closest('a')) return;
      const selection = store.getState().selection;
      if (event.shiftKey && selection) {
        selectBeads(store, { first: Math.min(selection.first, bead), last: Math.max(selection.last, bead) });
      } else {
        selectBeads(store, { first: bead, last: bead });
      }
    };
    // A shift-click extends the passage selection, not the browser's text selection.
    const onMouseDown = (event: MouseEvent) => {
      if (event.shiftKey && event.button === 0 && beadOfEvent(event) !== undefined) event.preventDefault();
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea, button')) return;
      const onParagraph = target.hasAttribute('data-bead');
      const down = event.key === 'j' || (event.key === 'ArrowDown' && (onParagraph || target === document.body));
      const up = event.key === 'k' || (event.key === 'ArrowUp' && (onParagraph || target === document.body));
      if (event.key === 'Escape') {
        selectBeads(store, undefined);
        return;
      }
      if (!down && !up) return;
      event.preventDefault();
      const selection = store.getState().selection;
      const current = selection ? (down ? selection.last : selection.first) : topBead(parts, beadCount) - (down ? 1 : 0);
      const next = Math.max(0, Math.min(beadCount - 1, current + (down ? 1 : -1)));
      selectBeads(store, { first: next, last: next });
      scrollTo(next);
      visiblePanes(parts)[0]?.querySelector<HTMLElement>(`[data-bead="${next}"]`)?.focus({ preventScroll: true });
    };
    const onHash = () => {
      const range = parseBeadHash(location.hash, beadCount);
      if (!range) return;
      selectBeads(store, range, false);
      scrollTo(range.first);
    };

    const listeners: Array<[EventTarget, string, EventListener]> = [
      [parts.panes, 'mouseover', onOver], [parts.panes, 'focusin', onOver],
      [parts.panes, 'mouseout', onOut as EventListener], [parts.panes, 'focusout', onOut as EventListener],
      [parts.panes, 'mousedown', onMouseDown as EventListener], [parts.panes, 'click', onClick as EventListener], [document, 'keydown', onKey as EventListener], [window, 'hashchange', onHash],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    onHash();
    return () => {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }, [store, beadCount, syncEnabled, layoutKey]);
}

/** The passages the browser's text selection runs from and to inside the panes, first ≤ last; undefined when nothing is selected there. */
export function textSelectionBeads(parts: ReaderParts): BeadRange | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed) return undefined;
  const beadOf = (node: Node | null) => {
    const element = (node?.nodeType === Node.TEXT_NODE ? node.parentElement : node as Element | null)?.closest<HTMLElement>('[data-bead]');
    return element && parts.panes.contains(element) ? Number(element.dataset.bead) : undefined;
  };
  const [anchor, focus] = [beadOf(selection.anchorNode), beadOf(selection.focusNode)];
  if (anchor === undefined && focus === undefined) return undefined;
  const [from, to] = [anchor ?? focus!, focus ?? anchor!];
  return { first: Math.min(from, to), last: Math.max(from, to) };
}

/** Scroll so that `bead` is at the top of each visible pane (one pane drives the other when in step). */
function scrollToBead(parts: ReaderParts, bead: number, beadCount: number, syncEnabled: boolean): void {
  const panes = visiblePanes(parts);
  for (const pane of syncEnabled ? panes.slice(0, 1) : panes) {
    pane.scrollTop = Math.max(0, new BeadTops(pane, beadCount).at(bead) - SCROLL_MARGIN_PX);
  }
  // Without the page scrolling too, a pane below the fold would move out of sight.
  panes[0]?.scrollIntoView({ block: 'nearest' });
}

/** The bead at the top of the first visible pane. */
function topBead(parts: ReaderParts, beadCount: number): number {
  const pane = visiblePanes(parts)[0];
  if (!pane) return 0;
  // The last entry of the tops is the end of the last bead, not a bead.
  const tops = new BeadTops(pane, beadCount);
  return Math.max(0, Math.min(beadCount - 1, beadAt(tops, pane.scrollTop + SCROLL_MARGIN_PX)));
}
