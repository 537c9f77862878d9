/**
 * A paragraph element's text as the view's offsets count it: the paragraph's plain text, which
 * the rendered markup splits over text nodes (notes, finding marks, emphasis), with a line break
 * counting one character and a list marker, drawn before the text, not counting at all. The
 * element is walked once; ranges and offsets are then found by binary search, so a paragraph
 * with thousands of matches costs no more than its length.
 */
import { lastNumberAtOrBelow } from '@/lib/sorted';

/** A paragraph's plain text, and the DOM ranges and offsets within it. */
export interface ParagraphText {
  /** The plain text (line breaks as "\n"). */
  text: string;
  /** The DOM range of plain-text offsets [start, end). */
  range(start: number, end: number): Range;
  /** The plain-text offset of a DOM position, or undefined when it is not in the paragraph's text. */
  offsetOf(node: Node, offset: number): number | undefined;
}

/** Read a paragraph element's text once. */
export function readParagraph(paragraph: Element): ParagraphText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && node.classList.contains('marker') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      nodes.push(node);
      starts.push(text.length);
      text += node.data;
    } else if (node instanceof HTMLBRElement) {
      text += '\n';
    }
  }
  // The node holding offset `at`; at a boundary between nodes, an end belongs to the node before.
  const place = (at: number, isEnd: boolean): [Text, number] | undefined => {
    let index = lastNumberAtOrBelow(starts, isEnd ? at - 1 : at);
    if (index < 0) index = 0;
    const node = nodes[index];
    return node && [node, Math.min(node.data.length, Math.max(0, at - starts[index]))];
  };
  return {
    text,
    range(start, end) {
      const range = document.createRange();
      const from = place(start, false);
      const to = place(end, true);
      if (from) range.setStart(...from);
      if (to) range.setEnd(...to);
      return range;
    },
    offsetOf(node, offset) {
      const index = nodes.indexOf(node as Text);
      return index < 0 ? undefined : starts[index] + offset;
    },
  };
}
