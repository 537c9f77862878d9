/**
 * The lit and selected state drawn onto the server-rendered passages. The passages are
 * static markup: a 10,000-passage document would otherwise hydrate tens of thousands of client
 * components before the reader answers. One subscriber compares each state with the last one
 * drawn and touches only the passages whose state changed.
 */
import { useEffect } from 'react';
import { INITIAL_READER_STATE, isSelected, type ReaderState, type ReaderStore } from './store';

/** The beads whose lit or selected state differs between two states. */
export function beadsToRedraw(before: ReaderState, after: ReaderState): Set<number> {
  const beads = new Set<number>();
  if (before.lit !== after.lit) for (const bead of [before.lit, after.lit]) if (bead !== undefined) beads.add(bead);
  if (before.selection !== after.selection) {
    for (const range of [before.selection, after.selection]) {
      if (range) for (let bead = range.first; bead <= range.last; bead++) beads.add(bead);
    }
  }
  return beads;
}

/** Draw the change from `before` to `after` onto the passages inside `panes`. */
export function drawBeadMarks(panes: ParentNode, before: ReaderState, after: ReaderState): void {
  for (const bead of beadsToRedraw(before, after)) {
    const selected = isSelected(after.selection, bead);
    for (const group of panes.querySelectorAll(`[data-bead-group="${bead}"]`)) {
      group.classList.toggle('is-lit', after.lit === bead);
      group.classList.toggle('is-selected', selected);
    }
    for (const paragraph of panes.querySelectorAll(`[data-bead="${bead}"]`)) {
      if (selected) paragraph.setAttribute('aria-current', 'true');
      else paragraph.removeAttribute('aria-current');
    }
  }
}

/** Keep the passages of this reader's panes drawn in the store's state. */
export function useBeadMarks(store: ReaderStore): void {
  useEffect(() => {
    let drawn = INITIAL_READER_STATE;
    const draw = () => {
      const parts = store.getParts();
      if (!parts) return;
      const state = store.getState();
      drawBeadMarks(parts.panes, drawn, state);
      drawn = state;
    };
    draw();
    return store.subscribe(draw);
  }, [store]);
}
