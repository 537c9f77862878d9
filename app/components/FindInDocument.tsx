'use client';

import { useEffect, useState } from 'react';
import { foldCase } from '@/lib/text/fold';
import { beadHash } from './reader/bead-hash';
import { paragraphKey, useReaderStore } from './reader/store';

/**
 * Find in the document, in either language, case and ё ignored, as readers of Russian expect.
 * Matching paragraphs are marked (through the reader's store); Enter (or ↓) goes to the next
 * passage and Shift+Enter (or ↑) to the previous, selecting it so that its counterpart lights up.
 */
export function FindInDocument() {
  const store = useReaderStore();
  const [query, setQuery] = useState('');
  const [beads, setBeads] = useState<number[]>([]);
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const parts = store.getParts();
    const needle = foldCase(query.trim());
    const found = new Set<string>();
    const foundBeads = new Set<number>();
    if (parts && needle) {
      for (const pane of [parts.ru, parts.en]) {
        for (const paragraph of pane?.querySelectorAll<HTMLElement>('[data-bead]') ?? []) {
          if (!foldCase(paragraph.textContent ?? '').includes(needle)) continue;
          found.add(paragraphKey(paragraph.dataset.lang ?? '', Number(paragraph.dataset.paragraph)));
          foundBeads.add(Number(paragraph.dataset.bead));
        }
      }
    }
    store.update({ found });
    setBeads([...foundBeads].sort((a, b) => a - b));
    setCurrent(-1);
  }, [query, store]);
  const go = (step: number) => {
    if (beads.length === 0) return;
    const next = (current + step + beads.length) % beads.length;
    setCurrent(next);
    location.hash = beadHash(beads[next]);
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
