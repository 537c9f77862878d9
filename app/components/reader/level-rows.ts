/**
 * Rows level across the panes in the side-by-side view: each passage's group in one pane is
 * given the height of the taller of the two, so a short placeholder ("[1 paragraph not
 * translated]") or a paragraph that wraps to fewer lines never lets the rows below drift apart.
 * The heights are read and written in batches, one per animation frame, so that a document of
 * ten thousand passages never blocks the page; a change of width or of what the panes show
 * levels them again.
 */
import { useEffect } from 'react';
import { LONG_DOCUMENT_PASSAGES } from './long-document';
import type { ReaderStore } from './store';

/**
 * Passages levelled per animation frame. Reading a batch's heights costs one layout; a few
 * hundred passages keep each frame well under the 50 ms of a long task on a slow machine.
 */
export const LEVEL_BATCH = 400;

/** Keep the rows of the two panes level while `active` (the side-by-side view of a bilingual document). */
export function useLevelRows(store: ReaderStore, active: boolean, layoutKey: string): void {
  useEffect(() => {
    const parts = store.getParts();
    if (!parts?.ru || !parts.en) return;
    const ru = [...parts.ru.querySelectorAll<HTMLElement>('[data-bead-group]')];
    const en = [...parts.en.querySelectorAll<HTMLElement>('[data-bead-group]')];
    const reset = () => { for (const group of [...ru, ...en]) group.style.minHeight = ''; };
    // A long document's rows are not levelled (see long-document.ts): it keeps in step by its passages' tops.
    if (!active || ru.length > LONG_DOCUMENT_PASSAGES) {
      reset();
      return;
    }
    let frame = 0;
    const levelFrom = (start: number) => {
      const end = Math.min(start + LEVEL_BATCH, ru.length, en.length);
      const heights: number[] = [];
      for (let bead = start; bead < end; bead++) heights.push(Math.max(ru[bead].offsetHeight, en[bead].offsetHeight));
      for (let bead = start; bead < end; bead++) {
        const height = `${heights[bead - start]}px`;
        ru[bead].style.minHeight = height;
        en[bead].style.minHeight = height;
      }
      if (end < Math.min(ru.length, en.length)) frame = requestAnimationFrame(() => levelFrom(end));
    };
    const level = () => {
      cancelAnimationFrame(frame);
      reset();
      levelFrom(0);
    };
    level();
    // A new width rewraps every paragraph: level again from scratch.
    let width = parts.ru.clientWidth;
    const resized = new ResizeObserver(() => {
      if (parts.ru!.clientWidth === width) return;
      width = parts.ru!.clientWidth;
      level();
    });
    resized.observe(parts.ru);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      reset();
    };
  }, [store, active, layoutKey]);
}
