import { useEffect } from 'react';
import { BeadTops } from './dom';
import { mapPosition } from './scroll-map';
import type { ReaderStore } from './store';

/** A scroll position set by the sync itself is recognised within this many pixels (rounding). */
const OWN_SCROLL_TOLERANCE = 1;

/**
 * Keep the two panes in step: whichever pane scrolls (wheel, touch, keys, scrollbar), the other
 * is moved so that the bead at its top matches. Scroll positions the sync sets itself are
 * recognised and not echoed back, so there is no feedback loop. Bead positions are read when
 * needed (`BeadTops`), never kept.
 */
export function useScrollSync(store: ReaderStore, beadCount: number, enabled: boolean, layoutKey: string): void {
  useEffect(() => {
    const parts = store.getParts();
    if (!enabled || !parts?.ru || !parts.en) return;
    const panes = [parts.ru, parts.en];
    // Read from the page at each step, so web fonts, a resized window and passages drawn on demand are followed.
    const tops = panes.map((pane) => new BeadTops(pane, beadCount));
    const expected = new Map<HTMLElement, number>();
    const follow = (source: number) => () => {
      const from = panes[source];
      const to = panes[1 - source];
      const own = expected.get(from);
      if (own !== undefined && Math.abs(from.scrollTop - own) <= OWN_SCROLL_TOLERANCE) {
        expected.delete(from);
        return;
      }
      expected.delete(from);
      const target = Math.round(mapPosition(tops[source], tops[1 - source], from.scrollTop));
      const reachable = Math.max(0, Math.min(target, to.scrollHeight - to.clientHeight));
      if (Math.abs(to.scrollTop - reachable) <= OWN_SCROLL_TOLERANCE) return;
      expected.set(to, reachable);
      to.scrollTop = reachable;
    };
    const listeners = panes.map((pane, index) => {
      const listener = follow(index);
      pane.addEventListener('scroll', listener, { passive: true });
      return listener;
    });
    // Bring the second pane level with the first at once (after a toggle or a mode change).
    follow(0)();
    return () => {
      panes.forEach((pane, index) => pane.removeEventListener('scroll', listeners[index]));
    };
  }, [store, beadCount, enabled, layoutKey]);
}
