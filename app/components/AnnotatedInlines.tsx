import type { ReactNode } from 'react';
import { NOTE_KIND_LABELS } from '../../lib/notes/labels';
import type { Inline } from '../../lib/types';
import type { NoteView } from '../../lib/view';
import { SAFE_LINK } from './Inlines';

/**
 * A paragraph's inline content with its notes marked. Note offsets index the plain text, so the
 * walk keeps a plain-text offset: text is cut where notes begin and end, and each piece is
 * wrapped in the notes that cover it (outermost first). A note that spans a line break or an
 * emphasis is drawn as several pieces with the same data-note-id.
 */
export function AnnotatedInlines({ inlines, notes }: { inlines: Inline[]; notes: NoteView[] }): ReactNode {
  const walker = { offset: 0, key: 0 };
  return walk(inlines, notes, walker);
}

interface Walker {
  offset: number;
  key: number;
}

function walk(inlines: Inline[], notes: NoteView[], walker: Walker): ReactNode[] {
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

function pieces(value: string, notes: NoteView[], walker: Walker, code: boolean): ReactNode[] {
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
    for (const note of covering) {
      node = (
        <span key={walker.key++} className="note" data-note-kind={note.kind} data-note-id={note.id} tabIndex={0}
          data-tip={`${NOTE_KIND_LABELS[note.kind]}: ${note.text}${note.attachedTo ? ` (on “${note.attachedTo}”)` : ''}`}>
          {node}
        </span>
      );
    }
    nodes.push(node);
  }
  return nodes;
}
