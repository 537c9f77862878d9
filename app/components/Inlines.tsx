import type { ReactNode } from 'react';
import type { Inline } from '@/lib/types';

/** Link targets a reader can follow safely; anything else (javascript:, data:) is shown as text. */
export const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** A stretch of a paragraph's plain text to wrap in an element: a note, or a finding's span. */
export interface Mark {
  start: number;
  end: number;
  wrap(children: ReactNode, key: number): ReactNode;
}

/**
 * Render a paragraph's inline structure as React elements, with optional marks (notes, finding
 * spans). Text is always text: nothing from a source file is ever injected as HTML, and unsafe
 * links are made inert. Mark offsets index the plain text, so the walk keeps a plain-text offset:
 * text is cut where marks begin and end, and each piece is wrapped in the marks that cover it
 * (outermost first). A mark that spans a line break or an emphasis is drawn as several pieces.
 */
export function Inlines({ inlines, marks = [] }: { inlines: Inline[]; marks?: Mark[] }): ReactNode {
  const walker = { offset: 0, key: 0 };
  return walk(inlines, marks, walker);
}

interface Walker {
  offset: number;
  key: number;
}

function walk(inlines: Inline[], marks: Mark[], walker: Walker): ReactNode[] {
  const nodes: ReactNode[] = [];
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'code':
        nodes.push(...pieces(inline.value, marks, walker, inline.type === 'code'));
        break;
      case 'break':
        nodes.push(<br key={walker.key++} />);
        walker.offset += 1;
        break;
      case 'emphasis':
        nodes.push(<em key={walker.key++}>{walk(inline.children, marks, walker)}</em>);
        break;
      case 'strong':
        nodes.push(<strong key={walker.key++}>{walk(inline.children, marks, walker)}</strong>);
        break;
      case 'delete':
        nodes.push(<del key={walker.key++}>{walk(inline.children, marks, walker)}</del>);
        break;
      case 'link': {
        const children = walk(inline.children, marks, walker);
        nodes.push(SAFE_LINK.test(inline.url)
          ? <a key={walker.key++} href={inline.url} rel="noopener noreferrer nofollow">{children}</a>
          : <span key={walker.key++} className="inert-link" title={`Link not followed: ${inline.url}`}>{children}</span>);
        break;
      }
    }
  }
  return nodes;
}

function pieces(value: string, marks: Mark[], walker: Walker, code: boolean): ReactNode[] {
  const start = walker.offset;
  const end = start + value.length;
  walker.offset = end;
  const cuts = new Set([start, end]);
  for (const mark of marks) {
    if (mark.start > start && mark.start < end) cuts.add(mark.start);
    if (mark.end > start && mark.end < end) cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: ReactNode[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    const text = value.slice(from - start, to - start);
    let node: ReactNode = code ? <code key={walker.key++}>{text}</code> : text;
    const covering = marks.filter((mark) => mark.start <= from && to <= mark.end).sort((a, b) => b.start - a.start || a.end - b.end);
    for (const mark of covering) node = mark.wrap(node, walker.key++);
    nodes.push(node);
  }
  return nodes;
}
