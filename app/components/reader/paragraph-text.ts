/**
 * A paragraph element's text as the view's offsets count it: the paragraph's plain text, which
 * the rendered markup splits over text nodes (notes, finding marks, emphasis), with a line break
 * counting one character and a list marker, drawn before the text, not counting at all.
 */

/** One text node of a paragraph and where its text starts in the paragraph's plain text. */
interface Piece {
  node: Text;
  start: number;
}

/** The paragraph's text nodes with their offsets, and the length of its plain text. */
function piecesOf(paragraph: Element): { pieces: Piece[]; length: number } {
  const pieces: Piece[] = [];
  let offset = 0;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && node.classList.contains('marker') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      pieces.push({ node, start: offset });
      offset += node.data.length;
    } else if (node instanceof HTMLBRElement) {
      offset += 1;
    }
  }
  return { pieces, length: offset };
}

/** The paragraph's plain text (line breaks as "\n"), for searching in. */
export function paragraphText(paragraph: Element): string {
  let text = '';
  for (const { node, start } of piecesOf(paragraph).pieces) text = text.padEnd(start, '\n') + node.data;
  return text;
}

/** The DOM range of plain-text offsets [start, end) of a paragraph. */
export function paragraphRange(paragraph: Element, start: number, end: number): Range {
  const range = document.createRange();
  const { pieces } = piecesOf(paragraph);
  const place = (offset: number, setter: (node: Text, at: number) => void, isEnd: boolean) => {
    const piece = [...pieces].reverse().find((candidate) => (isEnd ? candidate.start < offset : candidate.start <= offset)) ?? pieces[0];
    if (piece) setter(piece.node, Math.min(piece.node.data.length, Math.max(0, offset - piece.start)));
  };
  place(start, (node, at) => range.setStart(node, at), false);
  place(end, (node, at) => range.setEnd(node, at), true);
  return range;
}

/** The plain-text offset of a DOM position inside a paragraph, or undefined when it is not in its text. */
export function paragraphOffset(paragraph: Element, node: Node, offset: number): number | undefined {
  const piece = piecesOf(paragraph).pieces.find((candidate) => candidate.node === node);
  return piece ? piece.start + offset : undefined;
}
