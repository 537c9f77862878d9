'use client';

import { useEffect, useState } from 'react';
import { findReaderParts } from './reader/dom';
import { foldCase } from '../../lib/text/fold';

/** Case and ё ignored, as readers of Russian expect. */

/**
 * Find in the document, in either language. Matching passages are marked; Enter (or ↓) goes to
 * the next and Shift+Enter (or ↑) to the previous, selecting it so that its counterpart lights up.
 */
export function FindInDocument({ anchor }: { anchor: () => HTMLElement | null }) {
  const [query, setQuery] = useState('');
  const [beads, setBeads] = useState<number[]>([]);
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const element = anchor();
    const parts = element ? findReaderParts(element) : undefined;
    if (!parts) return;
    parts.panes.querySelectorAll('.is-found').forEach((paragraph) => paragraph.classList.remove('is-found'));
    const needle = foldCase(query.trim());
    if (!needle) {
      setBeads([]);
      return;
    }
    const found = new Set<number>();
    for (const paragraph of parts.panes.querySelectorAll<HTMLElement>(':scope > [data-column="ru"] [data-bead], :scope > [data-column="en"] [data-bead]')) {
      if (!foldCase(paragraph.textContent ?? '').includes(needle)) continue;
      paragraph.classList.add('is-found');
      found.add(Number(paragraph.dataset.bead));
    }
    setBeads([...found].sort((a, b) => a - b));
    setCurrent(-1);
  }, [query, anchor]);
  const go = (step: number) => {
    if (beads.length === 0) return;
    const next = (current + step + beads.length) % beads.length;
    setCurrent(next);
    location.hash = `#b${beads[next]}`;
  };
  return (
    <label className="find-in-document">
      <span>Find</span>{' '}
      <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} data-control="find"
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            go(event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey) ? -1 : 1);
          }
        }} />
      <span className="find-count" aria-live="polite" data-find-count>{query.trim() ? `${current + 1 > 0 ? `${current + 1} of ` : ''}${beads.length} passage${beads.length === 1 ? '' : 's'}` : ''}</span>
    </label>
  );
}
