import { NOTE_KIND_LABELS } from '@/lib/notes/labels';
import type { FindingSpanView, NoteView, OcrDoubtView } from '@/lib/view';
import type { Mark } from './Inlines';

/** The marks of a paragraph's notes: each kind styled by CSS, with its kind and text as a tooltip. */
export function noteMarks(notes: NoteView[]): Mark[] {
  return notes.map((note) => ({
    start: note.start,
    end: note.end,
    wrap: (children, key) => (
      <span key={key} className="note" data-note-kind={note.kind} data-note-id={note.id} tabIndex={0}
        data-tip={noteTip(note)}>
        {children}
      </span>
    ),
  }));
}

/**
 * Words a note of this kind opens with that say its kind again ("Translator's note: …",
 * "прим. перев.: …"): the tooltip names the kind once.
 */
const KIND_PREFIX: Partial<Record<NoteView['kind'], RegExp>> = {
  'translator-note': /^(?:translator['’]?s\s+note|note\s+of\s+the\s+translator|прим(?:ечание)?\.?\s*перев(?:одчика)?\.?)\s*[:.—–-]?\s*/iu,
  'editor-note': /^(?:editor['’]?s\s+note|прим(?:ечание)?\.?\s*ред(?:актора|\.)?)\s*[:.—–-]?\s*/iu,
};

/** A note's tooltip: its kind once, then what it says; an abbreviation expanded inside its word shows the whole word. */
export function noteTip(note: NoteView): string {
  const label = NOTE_KIND_LABELS[note.kind];
  if (note.expandsTo) return `${label}: ${note.expandsTo}`;
  const text = note.text.replace(KIND_PREFIX[note.kind] ?? /^$/, '') || note.text;
  return `${label}: ${text}${note.attachedTo ? ` (on “${note.attachedTo}”)` : ''}`;
}

/** The marks of the words a finding points at, so the reader sees what each finding is about. */
export function findingMarks(spans: FindingSpanView[]): Mark[] {
  return spans.map((span) => ({
    start: span.start,
    end: span.end,
    wrap: (children, key) => <mark key={key} className="finding-span" data-finding-kind={span.kind} data-finding-id={span.finding}>{children}</mark>,
  }));
}

/** The marks of the words an unreviewed OCR text may have misread, with the engine's confidence and the scan page as a tooltip. */
export function ocrDoubtMarks(doubts: OcrDoubtView[]): Mark[] {
  return doubts.map((doubt) => ({
    start: doubt.start,
    end: doubt.end,
    wrap: (children, key) => (
      <span key={key} className="ocr-doubt" data-ocr-doubt={doubt.id} tabIndex={0}
        data-tip={`OCR: check it against the scan, page ${doubt.page}: ${doubt.reason} (confidence ${doubt.confidence}%)`}>
        {children}
      </span>
    ),
  }));
}
