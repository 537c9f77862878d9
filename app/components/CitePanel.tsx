'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { citedLeaves, type PassageLeaf } from '@/lib/cite/folios';
import { formatNote, type CitationParts } from '@/lib/cite/note';
import type { ReaderView } from '@/lib/view';
import type { BeadRange } from './reader/bead-hash';
import { formatBeadHash } from './reader/bead-hash';
import { passageText, selectedSentencesText, type NotesHandling, type PassageText, type SelectedText } from './reader/passage-text';
import { citeQuery } from './reader/permalink';
import { useReaderStore } from './reader/store';

/** Said with every quotation of an unreviewed OCR text, in the panel and in what is copied. */
const MACHINE_READ_CAVEAT = 'The Russian text was machine-read from a scan (OCR) and has not yet been checked against it.';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character]);

/**
 * The cite panel: a Chicago-style note for the selected passage, both texts, and buttons that
 * copy it as plain text, Markdown or HTML. What is copied is exactly what the panel shows. It is
 * a modal dialog: focus moves into it, Esc closes it, and focus returns where it was.
 */
export function CitePanel({ citation, folios, range, selected, sentences, path, siteUrl, machineRead, onClose }: {
  citation: CitationParts; folios: ReaderView['folios']; range: BeadRange; path: string; siteUrl?: string; onClose(): void;
  /** The Russian text was read from a scan by OCR and no person has checked it yet: every copy says so. */
  machineRead?: boolean;
  /** Text selected in the passage: its sentences and their counterparts are quoted, from the pairs at `sentences`. */
  selected?: SelectedText; sentences: string;
}) {
  const store = useReaderStore();
  const [notes, setNotes] = useState<NotesHandling>('inline');
  const [copied, setCopied] = useState('');
  const [cite, setCite] = useState<string | undefined>();
  const [passage, setPassage] = useState<PassageText | undefined>();
  const [origin, setOrigin] = useState('');
  const [today, setToday] = useState('');
  const { first, last } = range;
  // The passage is read from the page, so after it is rendered: never while rendering.
  useEffect(() => {
    const parts = store.getParts();
    if (!parts) return;
    let current = true;
    if (selected) {
      void selectedSentencesText(parts, selected, sentences).then((quoted) => { if (current) setPassage(quoted ?? passageText(parts, first, last, notes)); });
    } else {
      setPassage(passageText(parts, first, last, notes));
    }
    // The configured public address when there is one: a note must not cite this machine's.
    setOrigin(siteUrl ?? location.origin);
    setToday(new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }));
    return () => { current = false; };
  }, [store, first, last, notes, siteUrl, selected, sentences]);
  useEffect(() => {
    const parts = store.getParts();
    if (!parts) return;
    let current = true;
    setCite(undefined);
    // Without the selector code (offline, say) the permalink still names the beads.
    void citeQuery(parts, { first, last }).catch(() => '').then((query) => { if (current) setCite(query); });
    return () => { current = false; };
  }, [store, first, last]);
  if (!passage || cite === undefined) {
    return <CiteDialog title="Cite" onClose={onClose} busy><p role="status">Preparing the citation…</p></CiteDialog>;
  }
  const permalink = `${origin}${path}${cite ? `?${cite}` : ''}${formatBeadHash(range)}`;
  const beadLeaves: PassageLeaf[][] = [];
  for (const { bead, ...leaf } of folios.marks) (beadLeaves[bead] ??= []).push(leaf);
  const leaves = citedLeaves(beadLeaves, first, last, folios.firstLeaf);
  const note = formatNote(citation, { first, last, permalink, accessed: today, ...(leaves ? { leaves } : {}) });
  const endnotes = [...passage.endnotes.map((text, index) => `[${index + 1}] ${text}`), ...(machineRead && passage.ruText ? [MACHINE_READ_CAVEAT] : [])];
  const formats = {
    plain: [note, passage.ruText, passage.enText, ...endnotes].filter(Boolean).join('\n\n'),
    markdown: [note, ...[passage.ruText, passage.enText].filter(Boolean).map((text) => text.split('\n').map((line) => `> ${line}`).join('\n')), ...endnotes]
      .join('\n\n'),
    html: [`<p>${escapeHtml(note)}</p>`,
      ...[['ru', passage.ruText], ['en', passage.enText]].filter(([, text]) => text)
        .map(([lang, text]) => `<blockquote lang="${lang}">${escapeHtml(text).replace(/\n/g, '<br>')}</blockquote>`),
      ...endnotes.map((text) => `<p>${escapeHtml(text)}</p>`)].join('\n'),
  };
  const copy = async (format: keyof typeof formats) => {
    if (format === 'html' && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([new ClipboardItem({
        'text/html': new Blob([formats.html], { type: 'text/html' }),
        'text/plain': new Blob([formats.plain], { type: 'text/plain' }),
      })]);
    } else {
      await navigator.clipboard.writeText(formats[format]);
    }
    setCopied(format);
  };
  return (
    <CiteDialog title={`Cite ${passage.ruText || passage.enText ? 'this passage' : ''}`} onClose={onClose}>
      <div className="cite-copy">
        {(['plain', 'markdown', 'html'] as const).map((format) => (
          <button key={format} type="button" onClick={() => { void copy(format); }} data-copy={format}>
            Copy {format === 'plain' ? 'text' : format === 'markdown' ? 'Markdown' : 'HTML'}
          </button>
        ))}
        {!passage.sentences && <label>
          Notes{' '}
          <select value={notes} onChange={(event) => setNotes(event.target.value as NotesHandling)} data-control="cite-notes">
            <option value="inline">inline</option>
            <option value="endnotes">as endnotes</option>
            <option value="omit">left out</option>
          </select>
        </label>}
        <span aria-live="polite">{copied && `Copied as ${copied}.`}</span>
      </div>
      <p className="cite-note" data-cite="note">{note}</p>
      {passage.sentences && <p className="cite-hint" data-cite="sentences">Quoting the sentences you selected and their translation; clear the text selection to quote the whole passage.</p>}
      <p className="cite-permalink"><a href={permalink} data-cite="permalink">Permalink</a> (finds the passage again after corrections)</p>
      {passage.ruText && <blockquote lang="ru" data-cite="ru">{passage.ruText}</blockquote>}
      {passage.enText && <blockquote lang="en" data-cite="en">{passage.enText}</blockquote>}
      {passage.endnotes.length > 0 && <ol className="cite-endnotes">{passage.endnotes.map((text, index) => <li key={index}>{text}</li>)}</ol>}
      {machineRead && passage.ruText && <p className="cite-hint" data-cite="machine-read">{MACHINE_READ_CAVEAT} Compare the quotation with the scan before you publish it.</p>}
    </CiteDialog>
  );
}

/**
 * The modal dialog around the panel, opened once whatever it shows: the rest of the page is
 * inert while it is open, Esc and the close button close it, and focus goes back to where it
 * was when the panel opened.
 */
function CiteDialog({ title, busy, onClose, children }: { title: string; busy?: boolean; onClose(): void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (element && !element.open) element.showModal();
    return () => opener?.focus({ preventScroll: true });
  }, []);
  return (
    <dialog ref={dialog} className="cite-panel" aria-label="Cite this passage" aria-busy={busy} onClose={onClose} data-cite="dialog">
      <header>
        <strong>{title}</strong>
        <button type="button" onClick={() => dialog.current?.close()} aria-label="Close" data-control="cite-close">×</button>
      </header>
      {children}
    </dialog>
  );
}
