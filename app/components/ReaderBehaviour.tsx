'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CitationParts } from '../../lib/cite/note';
import type { Problem } from '../../lib/types';
import { CitePanel } from './CitePanel';
import { FindInDocument } from './FindInDocument';
import { formatBeadHash, type BeadRange } from './reader/bead-hash';
import { reanchor, type Reanchored } from './reader/permalink';
import type { FindingView, NoteView } from '../../lib/view';
import { FindingsPanel } from './FindingsPanel';
import { NotesPanel } from './NotesPanel';
import { findReaderParts } from './reader/dom';
import { ensureStackedView } from './reader/stacked';
import { useBeadSelection } from './reader/use-bead-selection';
import { useReaderPrefs, type ReaderMode } from './reader/use-reader-prefs';
import { useScrollSync } from './reader/use-scroll-sync';

const MODE_LABELS: Record<ReaderMode, string> = { side: 'Side by side', ru: 'Russian only', en: 'English only', stacked: 'Stacked' };

/**
 * The interactive part of the reader: its toolbar, and the behaviour it adds to the panes the
 * server rendered (scrolling in step, highlighting, selection, keys, modes).
 */
export function ReaderBehaviour({ citation, slug, beadCount, bilingual, notes, noteProblems, findings }: {
  citation: CitationParts; slug: string; beadCount: number; bilingual: boolean; notes: NoteView[]; noteProblems: Problem[]; findings: FindingView[];
}) {
  const toolbar = useRef<HTMLDivElement>(null);
  const prefs = useReaderPrefs();
  const [bare, setBare] = useState(false);
  const [citing, setCiting] = useState<BeadRange | undefined>();
  const [citeHint, setCiteHint] = useState('');
  const findAnchor = useCallback(() => toolbar.current, []);
  const [permalink, setPermalink] = useState<Reanchored | undefined>();
  useEffect(() => {
    const encoded = new URLSearchParams(location.search).get('cite');
    const parts = toolbar.current ? findReaderParts(toolbar.current) : undefined;
    if (!encoded || !parts) return;
    void reanchor(parts, encoded).then((result) => {
      setPermalink(result);
      if (result?.status === 'found' && result.range) location.hash = formatBeadHash(result.range);
      if (result?.status === 'changed') {
        // Never leave the old bead numbers pointing at what may now be another passage.
        parts.panes.querySelectorAll('[aria-current="true"]').forEach((element) => element.removeAttribute('aria-current'));
        parts.panes.querySelectorAll('.is-selected').forEach((element) => element.classList.remove('is-selected'));
      }
    });
  }, []);
  const cite = () => {
    const parts = toolbar.current ? findReaderParts(toolbar.current) : undefined;
    if (!parts) return;
    const range = selectedRange(parts.panes);
    setCiteHint(range ? '' : 'Select a passage first: click it, or select some of its text.');
    setCiting(range);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'c' || event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement).closest('input, select, textarea')) return;
      cite();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  const layoutKey = `${prefs.mode}:${prefs.swapped}`;
  useEffect(() => {
    const parts = toolbar.current ? findReaderParts(toolbar.current) : undefined;
    if (!parts) return;
    if (prefs.mode === 'stacked') ensureStackedView(parts);
    parts.panes.dataset.mode = bilingual ? prefs.mode : 'side';
    parts.panes.dataset.swapped = String(prefs.swapped);
    parts.panes.dataset.bare = String(bare);
  }, [prefs.mode, prefs.swapped, bare, bilingual]);
  useScrollSync(toolbar, prefs.sync && prefs.mode === 'side', layoutKey);
  useBeadSelection(toolbar, beadCount, prefs.sync, layoutKey);
  return (
    <div className="reader-tools" ref={toolbar}>
    {bilingual && <div className="reader-toolbar" role="toolbar" aria-label="Reader display">
      <label>
        <span>View</span>{' '}
        <select value={prefs.mode} onChange={(event) => prefs.setMode(event.target.value as ReaderMode)}>
          {(Object.keys(MODE_LABELS) as ReaderMode[]).map((mode) => <option key={mode} value={mode}>{MODE_LABELS[mode]}</option>)}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={prefs.sync} onChange={(event) => prefs.setSync(event.target.checked)} data-control="sync" />
        {' '}Scroll in step
      </label>
      <button type="button" onClick={() => prefs.setSwapped(!prefs.swapped)} aria-pressed={prefs.swapped} data-control="swap">
        Swap sides
      </button>
      <button type="button" onClick={cite} data-control="cite">Cite</button>
      <FindInDocument anchor={findAnchor} />
      <span className="toolbar-hint">j / k: next / previous passage · c: cite · Esc: clear</span>
    </div>}
    {citeHint && <p className="cite-hint" role="status">{citeHint}</p>}
    {permalink?.status === 'found' && <p className="permalink-notice" role="status" data-permalink="found">The text has been corrected since this passage was cited; it was found again.</p>}
    {permalink?.status === 'changed' && (
      <div className="permalink-notice permalink-changed" role="alert" data-permalink="changed">
        This passage has changed since it was cited, and could not be found again. It read:
        <blockquote>{permalink.quote}</blockquote>
      </div>
    )}
    {citing && toolbar.current && findReaderParts(toolbar.current) && (
      <CitePanel parts={findReaderParts(toolbar.current)!} citation={citation} range={citing} path={`/documents/${slug}`} onClose={() => setCiting(undefined)} />
    )}
    {bilingual && <FindingsPanel findings={findings} slug={slug} />}
    {notes.length + noteProblems.length > 0 && <NotesPanel notes={notes} problems={noteProblems} bare={bare} onBareChange={setBare} />}
    </div>
  );
}

/** The selected beads (aria-current), or the bead of the text selection; undefined when neither. */
function selectedRange(panes: HTMLElement): BeadRange | undefined {
  const selected = [...panes.querySelectorAll<HTMLElement>('[aria-current="true"][data-bead]')].map((element) => Number(element.dataset.bead));
  if (selected.length > 0) return { first: Math.min(...selected), last: Math.max(...selected) };
  const anchor = window.getSelection()?.anchorNode;
  const element = (anchor?.nodeType === Node.TEXT_NODE ? anchor.parentElement : anchor as Element | null)?.closest<HTMLElement>('[data-bead]');
  if (!element || !panes.contains(element)) return undefined;
  const bead = Number(element.dataset.bead);
  return { first: bead, last: bead };
}
