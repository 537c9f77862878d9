/**
 * Sentence by sentence: the sentence under the pointer, or where the text selection starts,
 * lights up together with its counterpart in the other language (the sentence pairs the
 * aligner found inside each passage, carried by each paragraph's `data-sentences`). Drawn with
 * the CSS Custom Highlight API, so the markup never changes.
 */
import { useEffect } from 'react';
import { paragraphOffset, paragraphRange } from './paragraph-text';
import type { ReaderStore } from './store';

/** The highlight the stylesheet styles (`::highlight(sentence-lit)`). */
const SENTENCE_HIGHLIGHT = 'sentence-lit';

/** A lit sentence pair: its passage and its pair number there. */
interface LitPair {
  bead: string;
  pair: number;
}

/** The (start, end, pair) triples of a paragraph's `data-sentences`. */
function sentencesOf(paragraph: HTMLElement): number[][] {
  const values = (paragraph.dataset.sentences ?? '').split(',').filter(Boolean).map(Number);
  const triples: number[][] = [];
  for (let index = 0; index + 2 < values.length; index += 3) triples.push(values.slice(index, index + 3));
  return triples;
}

/** The sentence pair at a DOM position, if it is in the text of a paragraph with sentences. */
function pairAt(node: Node | null, offset: number): LitPair | undefined {
  const paragraph = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-sentences]');
  if (!paragraph || !node) return undefined;
  const at = paragraphOffset(paragraph, node, offset);
  if (at === undefined) return undefined;
  const sentence = sentencesOf(paragraph).find(([start, end]) => at >= start && at < end);
  return sentence && { bead: paragraph.dataset.bead ?? '', pair: sentence[2] };
}

/** The ranges of a pair's sentences in every pane. */
function rangesOf(panes: HTMLElement, lit: LitPair): Range[] {
  return [...panes.querySelectorAll<HTMLElement>(`[data-bead="${lit.bead}"][data-sentences]`)].flatMap((paragraph) =>
    sentencesOf(paragraph).filter(([, , pair]) => pair === lit.pair).map(([start, end]) => paragraphRange(paragraph, start, end)));
}

/** The text position under a point (caretPositionFromPoint, or the older caretRangeFromPoint). */
function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Light a sentence and its counterpart under the pointer and at the text selection. */
export function useSentenceLinks(store: ReaderStore): void {
  useEffect(() => {
    const panes = store.getParts()?.panes;
    if (!panes || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
    let lit: LitPair | undefined;
    const show = (next: LitPair | undefined) => {
      if (next?.bead === lit?.bead && next?.pair === lit?.pair) return;
      lit = next;
      CSS.highlights.set(SENTENCE_HIGHLIGHT, new Highlight(...(next ? rangesOf(panes, next) : [])));
    };
    let frame = 0;
    let pointer = { x: 0, y: 0 };
    const onMove = (event: MouseEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const caret = caretAt(pointer.x, pointer.y);
        show(caret ? pairAt(caret.node, caret.offset) : undefined);
      });
    };
    const onLeave = () => show(undefined);
    const onSelection = () => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || !panes.contains(selection.anchorNode)) return;
      show(pairAt(selection.anchorNode, selection.anchorOffset));
    };
    panes.addEventListener('mousemove', onMove);
    panes.addEventListener('mouseleave', onLeave);
    document.addEventListener('selectionchange', onSelection);
    return () => {
      cancelAnimationFrame(frame);
      panes.removeEventListener('mousemove', onMove);
      panes.removeEventListener('mouseleave', onLeave);
      document.removeEventListener('selectionchange', onSelection);
      CSS.highlights.delete(SENTENCE_HIGHLIGHT);
    };
  }, [store]);
}
