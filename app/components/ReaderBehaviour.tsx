'use client';

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { CitationParts } from '@/lib/cite/note';
import type { Problem } from '@/lib/types';
import type { FindingView, NoteView, ReaderView } from '@/lib/view';
import { CitePanel } from './CitePanel';
import { FindInDocument } from './FindInDocument';
import { FindingsPanel } from './FindingsPanel';
import { NotesPanel } from './NotesPanel';
import { formatBeadHash, parseBeadHash, type BeadRange } from './reader/bead-hash';
import { selectedText, type SelectedText } from './reader/passage-text';
import { sentenceSource } from './reader/sentence-spans';
import { reanchor, type Reanchored } from './reader/permalink';
import { chooseMode, chooseSwapped, chooseSync } from './reader/prefs';
import { READER_MODES, type ReaderMode } from './reader/layout-choice';
import { useReaderState, useReaderStore, type ReaderStore } from './reader/store';
import { selectBeads, textSelectionBeads, useBeadSelection } from './reader/use-bead-selection';
import { useScrollSync } from './reader/use-scroll-sync';

const MODE_LABELS: Record<ReaderMode, string> = { side: 'Side by side', ru: 'Russian only', en: 'English only', stacked: 'Stacked' };

/**
 * The interactive part of the reader: its toolbar and panels, and the behaviours that change the
 * reader's store (scrolling in step, highlighting, selection, keys, modes). The panes render
 * from the store; nothing here edits their markup.
 */
export function ReaderBehaviour({ citation, folios, siteUrl, slug, beadCount, bilingual, onlyLanguage, notes, noteProblems, findings, machineRead, children }: {
  citation: CitationParts; folios: ReaderView['folios']; siteUrl?: string; slug: string; beadCount: number; bilingual: boolean; notes: NoteView[]; noteProblems: Problem[]; findings: FindingView[];
  /** The Russian was read from a scan by OCR and is not yet reviewed: citations say so. */
  machineRead?: boolean;
  /** The one language of a document that has only one text (its view cannot change). */
  onlyLanguage?: 'ru' | 'en';
  /** Further panels (rendered on the server), in the same row as the findings and notes. */
  children?: ReactNode;
}) {
  const store = useReaderStore();
  const mode = useReaderState((state) => state.mode);
  const sync = useReaderState((state) => state.sync);
  const swapped = useReaderState((state) => state.swapped);
  const [citing, setCiting] = useState<{ range: BeadRange; selected?: SelectedText } | undefined>();
  const [citeHint, setCiteHint] = useState('');
  const [permalink, setPermalink] = useState<Reanchored | undefined>();
  useEffect(() => {
    const parts = store.getParts();
    if (!location.search || !parts) return;
    void reanchor(parts, location.search, parseBeadHash(location.hash, beadCount)).then((result) => {
      setPermalink(result);
      if (result?.status === 'found' && result.range) location.hash = formatBeadHash(result.range);
      // Never leave the old bead numbers pointing at what may now be another passage.
      if (result?.status === 'changed') selectBeads(store, undefined, false);
    });
  }, [store, beadCount]);
  const cite = useCallback(() => {
    const range = citedRange(store);
    setCiteHint(range ? '' : 'Select a passage first: click it, or select some of its text.');
    const parts = store.getParts();
    const selected = parts && bilingual ? selectedText(parts) : undefined;
    const bead = Number(selected?.paragraph.dataset.bead);
    // A text selection inside the cited passage quotes its sentences; anything else quotes whole passages.
    setCiting(range && { range, ...(selected && range.first === bead && range.last === bead ? { selected } : {}) });
  }, [store, bilingual]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'c' || event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement).closest('input, select, textarea')) return;
      cite();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [cite]);
  const shownMode = bilingual ? mode : 'side';
  const layoutKey = `${shownMode}:${swapped}`;
  useScrollSync(store, beadCount, sync && shownMode === 'side', layoutKey);
  useBeadSelection(store, beadCount, sync, layoutKey);
  const closeCitePanel = useCallback(() => setCiting(undefined), []);
  const sideOnly = useReaderState((state) => (state.choicesRead ? undefined : 'pending'));
  // Before the choices are read the store's mode is side by side, so these are rendered then too.
  const showSideControls = bilingual && shownMode === 'side';
  return (
    <>
    <div className="reader-toolbar" role="toolbar" aria-label="Reader tools" data-control="toolbar">
      <label>
        <span>View</span>{' '}
        {bilingual
          ? <select value={mode} onChange={(event) => chooseMode(store, event.target.value as ReaderMode)} data-control="view">
            {READER_MODES.map((choice) => <option key={choice} value={choice}>{MODE_LABELS[choice]}</option>)}
          </select>
          : <select value={onlyLanguage ?? 'en'} disabled title="Only one text of this document is in the corpus" data-control="view">
            <option value={onlyLanguage ?? 'en'}>{MODE_LABELS[onlyLanguage ?? 'en']}</option>
          </select>}
      </label>
      {/*
        Scrolling in step and swapping sides are choices of the side-by-side view only. Until the
        remembered choices are read the page is drawn in the layout its first script found, and the
        stylesheet hides these in any other (data-side-only="pending"), so the toolbar does not
        shift when they go.
      */}
      {showSideControls && <label data-side-only={sideOnly}>
        <input type="checkbox" checked={sync} onChange={(event) => chooseSync(store, event.target.checked)} data-control="sync" />
        {' '}Scroll in step
      </label>}
      {showSideControls && <button type="button" data-side-only={sideOnly} onClick={() => chooseSwapped(store, !swapped)} aria-pressed={swapped} data-control="swap">
        Swap sides
      </button>}
      <button type="button" onClick={cite} data-control="cite">Cite</button>
      <FindInDocument />
      <span className="toolbar-hint">j / k: next / previous passage · c: cite · Esc: clear</span>
    </div>
    {citeHint && <p className="cite-hint" role="status">{citeHint}</p>}
    {permalink?.status === 'found' && <p className="permalink-notice" role="status" data-permalink="found">The text has been corrected since this passage was cited; it was found again.</p>}
    {permalink?.status === 'changed' && (
      <div className="permalink-notice permalink-changed" role="alert" data-permalink="changed">
        This passage has changed since it was cited, and could not be found again. It read:
        <blockquote>{permalink.quote}</blockquote>
      </div>
    )}
    {citing && <CitePanel citation={citation} folios={folios} range={citing.range} selected={citing.selected} sentences={sentenceSource(slug)} path={`/documents/${slug}`} siteUrl={siteUrl} machineRead={machineRead} onClose={closeCitePanel} />}
    <div className="reader-panels">
      {bilingual && <FindingsPanel findings={findings} slug={slug} />}
      {notes.length + noteProblems.length > 0 && <NotesPanel notes={notes} problems={noteProblems} />}
      {children}
    </div>
    </>
  );
}

/** The selected beads, or the beads the text selection runs across; undefined when neither. */
function citedRange(store: ReaderStore): BeadRange | undefined {
  const parts = store.getParts();
  const selected = parts && textSelectionBeads(parts);
  // A text selection across passages is what the reader means to cite, whatever was clicked before.
  if (selected && selected.first !== selected.last) return selected;
  return store.getState().selection ?? selected;
}
