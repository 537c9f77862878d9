'use client';

import { useEffect, useState } from 'react';
import { beadHash } from './reader/bead-hash';
import { drawMatches, findMatches, findWordMatches, mergeMatches, type FindMatch } from './reader/find-matches';
import { useReaderStore } from './reader/store';

/**
 * How long typing must pause before the stem and name matches are looked for: they stem the whole
 * document the first time, which should not happen on every keystroke.
 */
const WORD_MATCH_PAUSE_MS = 250;

/**
 * Find in the document, in either language, case and ё ignored, as readers of Russian expect; a
 * single word also finds its other forms and, for a name, its spelling in the other script
 * (Xuzhou finds Сюйчжоу), as site search does.
 * The matched words are marked; Enter (or ↓) goes to the next match and Shift+Enter (or ↑) to
 * the previous, selecting its passage so that its counterpart lights up.
 */
export function FindInDocument() {
  const store = useReaderStore();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [current, setCurrent] = useState(-1);
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    const parts = store.getParts();
    const exact = parts ? findMatches(parts, query) : [];
    setMatches(exact);
    setCurrent(-1);
    if (!parts) return;
    // Words matched by stem or by name across scripts follow once typing pauses, unless the query has changed by then.
    let current = true;
    setSearching(true);
    const timer = setTimeout(() => {
      void findWordMatches(parts, query).then((words) => {
        if (current && words.length > 0) setMatches(mergeMatches(exact, words));
      }, () => undefined).finally(() => { if (current) setSearching(false); });
    }, WORD_MATCH_PAUSE_MS);
    return () => { current = false; clearTimeout(timer); };
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
      <span className="find-count" aria-live="polite" data-find-count data-find-state={searching ? 'searching' : 'done'}>{count}</span>
    </label>
  );
}
