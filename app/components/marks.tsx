import { NOTE_KIND_LABELS } from '@/lib/notes/labels';
import type { FindingSpanView, NoteView } from '@/lib/view';
import type { Mark } from './Inlines';

/** The marks of a paragraph's notes: each kind styled by CSS, with its kind and text as a tooltip. */
export function noteMarks(notes: NoteView[]): Mark[] {
  return notes.map((note) => ({
    start: note.start,
    end: note.end,
    wrap: (children, key) => (
      <span key={key} className="note" data-note-kind={note.kind} data-note-id={note.id} tabIndex={0}
        data-tip={`${NOTE_KIND_LABELS[note.kind]}: ${note.text}${note.attachedTo ? ` (on “${note.attachedTo}”)` : ''}`}>
        {children}
      </span>
    ),
  }));
}

/** The marks of the words a finding points at, so the reader sees what each finding is about. */
export function findingMarks(spans: FindingSpanView[]): Mark[] {
  return spans.map((span) => ({
    start: span.start,
    end: span.end,
    wrap: (children, key) => <mark key={key} className="finding-span" data-finding-kind={span.kind} data-finding-id={span.finding}>{children}</mark>,
  }));
}
