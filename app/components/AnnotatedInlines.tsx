import type { ReactNode } from 'react';
import { NOTE_KIND_LABELS } from '../../lib/notes/labels';
import type { Inline } from '../../lib/types';
import type { NoteView } from '../../lib/view';
import { SAFE_LINK } from './Inlines';

/** A stretch of a paragraph's plain text to wrap in an element: a note, or a finding's span. */
export interface Mark {
  start: number;
  end: number;
  wrap(children: ReactNode, key: number): ReactNode;
}

/**
 * A paragraph's inline content with marks (notes, finding spans). Offsets index the plain text,
 * so the walk keeps a plain-text offset: text is cut where marks begin and end, and each piece is
 * wrapped in the marks that cover it (outermost first). A mark that spans a line break or an
 * emphasis is drawn as several pieces.
 */
export function AnnotatedInlines({ inlines, marks }: { inlines: Inline[]; marks: Mark[] }): ReactNode {
  const walker = { offset: 0, key: 0 };
  return walk(inlines, marks, walker);
}

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

interface Walker {
  offset: number;
  key: number;
}

function walk(inlines: Inline[], notes: Mark[], walker: Walker): ReactNode[] {
  const nodes: ReactNode[] = [];
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'code':
        nodes.push(...pieces(inline.value, notes, walker, inline.type === 'code'));
        break;
      case 'break':
        nodes.push(<br key={walker.key++} />);
        walker.offset += 1;
        break;
      case 'emphasis':
        nodes.push(<em key={walker.key++}>{walk(inline.children, notes, walker)}</em>);
        break;
      case 'strong':
        nodes.push(<strong key={walker.key++}>{walk(inline.children, notes, walker)}</strong>);
        break;
      case 'delete':
        nodes.push(<del key={walker.key++}>{walk(inline.children, notes, walker)}</del>);
        break;
      case 'link': {
        const children = walk(inline.children, notes, walker);
        nodes.push(SAFE_LINK.test(inline.url)
          ? <a key={walker.key++} href={inline.url} rel="noopener noreferrer nofollow">{children}</a>
          : <span key={walker.key++} className="inert-link" title={`Link not followed: ${inline.url}`}>{children}</span>);
        break;
      }
    }
  }
  return nodes;
}

function pieces(value: string, notes: Mark[], walker: Walker, code: boolean): ReactNode[] {
  const start = walker.offset;
  const end = start + value.length;
  walker.offset = end;
  const cuts = new Set([start, end]);
  for (const note of notes) {
    if (note.start > start && note.start < end) cuts.add(note.start);
    if (note.end > start && note.end < end) cuts.add(note.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: ReactNode[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    const text = value.slice(from - start, to - start);
    let node: ReactNode = code ? <code key={walker.key++}>{text}</code> : text;
    const covering = notes.filter((note) => note.start <= from && to <= note.end).sort((a, b) => b.start - a.start || a.end - b.end);
    for (const mark of covering) node = mark.wrap(node, walker.key++);
    nodes.push(node);
  }
  return nodes;
}
