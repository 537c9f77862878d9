'use client';

/**
 * The panes container, the one client component of the reader's text: it follows the layout
 * chosen in the toolbar and draws the lit and selected state onto the passages inside it
 * (`useBeadMarks`), which are static markup rendered on the server (BeadMarkup), and keeps the
 * rows of the two panes level (`useLevelRows`) and a sentence lit with its counterpart (`useSentenceLinks`).
 */
import type { ReactNode } from 'react';
import { useBeadMarks } from './reader/bead-marks';
import { useLevelRows } from './reader/level-rows';
import { useSentenceLinks } from './reader/sentence-links';
import { sentenceSource } from './reader/sentence-spans';
import { useReaderState, useReaderStore } from './reader/store';

/**
 * The two panes (or one) side by side, in the layout the toolbar chose. Until the remembered
 * choices are read the layout is "auto": the one the page's first script found (layout-choice.ts).
 */
export function Panes({ bilingual, slug, children }: { bilingual: boolean; slug: string; children: ReactNode }) {
  const store = useReaderStore();
  const mode = useReaderState((state) => (!bilingual ? 'side' : state.choicesRead ? state.mode : 'auto'));
  const swapped = useReaderState((state) => (state.choicesRead ? String(state.swapped) : 'auto'));
  const bare = useReaderState((state) => state.bare);
  useBeadMarks(store);
  useLevelRows(store, bilingual && mode === 'side', `${swapped}:${bare}`);
  useSentenceLinks(store, bilingual ? sentenceSource(slug) : undefined);
  return (
    <div className="panes" ref={store.setPanes} data-mode={mode} data-swapped={swapped} data-bare={String(bare)} data-layout={bilingual ? 'bilingual' : 'single'}>
      {children}
    </div>
  );
}
