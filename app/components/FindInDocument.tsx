'use client';

import { useEffect, useState } from 'react';
import { beadHash } from './reader/bead-hash';
import { drawMatches, findMatches, type FindMatch } from './reader/find-matches';
import { useReaderStore } from './reader/store';

/**
 * Find in the document, in either language, case and ё ignored, as readers of Russian expect.
 * The matched words are marked; Enter (or ↓) goes to the next match and Shift+Enter (or ↑) to
 * the previous, selecting its passage so that its counterpart lights up.
 */
export function FindInDocument() {
  const store = useReaderStore();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const parts = store.getParts();
    setMatches(parts ? findMatches(parts, query) : []);
    setCurrent(-1);
  }, [query, store]);
  useEffect(() => drawMatches(matches, current), [matches, current]);
  useEffect(() => () => drawMatches([], -1), []);
  const go = (step: number) => {
    if (matches.length === 0) return;
    const next = (current + step + matches.length) % matches.length;
    setCurrent(next);
    const hash = beadHash(matches[next].bead);
    if (location.hash !== hash) location.hash = hash;
    // The passage is selected and scrolled to; the word itself must be in view in its pane too.
    matches[next].range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  };
  const count = !query.trim() ? '' : matches.length === 0 ? 'No matches'
    : current >= 0 ? `${current + 1} of ${matches.length}` : `${matches.length} match${matches.length === 1 ? '' : 'es'}`;
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
      <span className="find-count" aria-live="polite" data-find-count>{count}</span>
    </label>
  );
}
