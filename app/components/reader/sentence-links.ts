/**
 * Sentence by sentence: the sentence under the pointer, or where the text selection starts,
 * lights up together with its counterpart in the other language (the sentence pairs the
 * aligner found inside each passage, fetched from the document's `sentences` file the first
 * time the pointer moves over the texts, so the page itself carries none of it). Drawn with the
 * CSS Custom Highlight API, so the markup never changes.
 */
import { useEffect } from 'react';
import { readParagraph } from './paragraph-text';
import { loadSentenceSpans, pairRanges, sentencesOf } from './sentence-spans';
import type { ReaderStore } from './store';
import type { SentenceSpansView } from '@/lib/view/model';

/** The highlight the stylesheet styles (`::highlight(sentence-lit)`). */
const SENTENCE_HIGHLIGHT = 'sentence-lit';

/** A lit sentence pair: its passage and its pair number there. */
interface LitPair {
  bead: string;
  pair: number;
}

/** The sentence pair at a DOM position, if it is in the text of a paragraph. */
function pairAt(spans: SentenceSpansView, node: Node | null, offset: number): LitPair | undefined {
  const paragraph = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-bead][data-paragraph]');
  if (!paragraph || !node) return undefined;
  const at = readParagraph(paragraph).offsetOf(node, offset);
  if (at === undefined) return undefined;
  const sentence = sentencesOf(spans, paragraph).find(([start, end]) => at >= start && at < end);
  return sentence && { bead: paragraph.dataset.bead ?? '', pair: sentence[2] };
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

/**
 * Light a sentence and its counterpart under the pointer and at the text selection; `source` is
 * the address of the document's sentence pairs (none for a document with one text).
 */
export function useSentenceLinks(store: ReaderStore, source: string | undefined): void {
  useEffect(() => {
    const panes = store.getParts()?.panes;
    if (!source || !panes || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
    let spans: SentenceSpansView | undefined;
    // Fetched once, when first needed; offline or missing, the texts simply do not light up by sentence.
    const load = () => loadSentenceSpans(source).then((loaded) => { spans = loaded; });
    let lit: LitPair | undefined;
    const show = (next: LitPair | undefined) => {
      if (next?.bead === lit?.bead && next?.pair === lit?.pair) return;
      lit = next;
      CSS.highlights.set(SENTENCE_HIGHLIGHT, new Highlight(...(next && spans ? pairRanges(spans, panes, next.bead, new Set([next.pair])) : [])));
    };
    const at = (node: Node | null, offset: number) => (spans ? pairAt(spans, node, offset) : undefined);
    let frame = 0;
    let pointer = { x: 0, y: 0 };
    const onMove = (event: MouseEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (!spans) {
        void load().then(() => { if (spans) onMove(event); });
        return;
      }
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const caret = caretAt(pointer.x, pointer.y);
        show(caret ? at(caret.node, caret.offset) : undefined);
      });
    };
    const onLeave = () => show(undefined);
    const onSelection = () => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || !panes.contains(selection.anchorNode)) return;
      const { anchorNode, anchorOffset } = selection;
      void load().then(() => show(at(anchorNode, anchorOffset)));
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
  }, [store, source]);
}
