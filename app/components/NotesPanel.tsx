'use client';

import { NOTE_KIND_LABELS } from '@/lib/notes/labels';
import type { NoteKind, Problem } from '@/lib/types';
import type { NoteView } from '@/lib/view';
import { passageNumber } from '@/lib/cite/note';
import { beadHash } from './reader/bead-hash';
import { useReaderState, useReaderStore } from './reader/store';

/**
 * The legend of note kinds, the list of every note of the document, and the switch to the
 * translator's bare text. Each note is a link to its passage (#b12): following it selects the
 * passage, which scrolls both panes to it, and outlines the note there.
 */
export function NotesPanel({ notes, problems }: { notes: NoteView[]; problems: Problem[] }) {
  const store = useReaderStore();
  const bare = useReaderState((state) => state.bare);
  const counts = new Map<NoteKind, number>();
  for (const note of notes) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1);
  // Focus outlines the note in its passage, which following the link then scrolls to.
  const outline = (note: NoteView) => document.querySelector<HTMLElement>(`[data-column="${note.lang}"] [data-note-id="${note.id}"]`)?.focus({ preventScroll: true });
  return (
    <details className="notes-panel">
      <summary>Notes and editorial apparatus ({notes.length})</summary>
      <label className="bare-toggle">
        <input type="checkbox" checked={bare} onChange={(event) => store.update({ bare: event.target.checked })} data-control="bare" />
        {' '}Hide editorial insertions (the translator&apos;s bare text)
      </label>
      <ul className="notes-legend" aria-label="Kinds of notes">
        {[...counts].map(([kind, count]) => (
          <li key={kind}><span className="note" data-note-kind={kind}>{NOTE_KIND_LABELS[kind]}</span> {count}</li>
        ))}
      </ul>
      <ol className="notes-list">
        {notes.map((note) => (
          <li key={note.id}>
            <a href={beadHash(note.bead)} className="note-link" onClick={() => outline(note)} data-note-link={note.id}>
              <span className="note-list-kind">{NOTE_KIND_LABELS[note.kind]}</span>{' '}
              <span lang={note.lang}>{note.text}</span>
              {note.attachedTo && <span className="note-list-on"> on “<span lang={note.lang}>{note.attachedTo}</span>”</span>}
              <span className="note-list-where"> · {note.lang === 'ru' ? 'Russian' : 'English'}, passage {passageNumber(note.bead)}</span>
            </a>
          </li>
        ))}
      </ol>
      {problems.length > 0 && (
        <ul className="notes-problems">
          {problems.map((problem, index) => <li key={index}><code>{problem.file}:{problem.line}</code> {problem.message}</li>)}
        </ul>
      )}
    </details>
  );
}
