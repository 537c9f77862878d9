import type { ReaderParts } from './dom';
import { readParagraph } from './paragraph-text';
import { loadSentenceSpans, pairRanges, sentencesOf } from './sentence-spans';

/** How a citation treats the translator's and editor's notes. */
export type NotesHandling = 'inline' | 'endnotes' | 'omit';

/** A cited passage read from the page: the text of each side, and endnotes. */
export interface PassageText {
  ruText: string;
  enText: string;
  endnotes: string[];
  /** True when only the selected sentences and their counterparts are quoted, not the whole passages. */
  sentences?: boolean;
}

/** Text selected inside one paragraph of the panes: the paragraph and the plain-text offsets. */
export interface SelectedText {
  paragraph: HTMLElement;
  start: number;
  end: number;
}

/** The text selection, when it lies inside one paragraph of the panes; undefined otherwise. */
export function selectedText(parts: ReaderParts): SelectedText | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-bead][data-paragraph]');
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph || paragraph !== paragraphOf(range.endContainer) || !parts.panes.contains(paragraph)) return undefined;
  const read = readParagraph(paragraph);
  const start = read.offsetOf(range.startContainer, range.startOffset);
  const end = read.offsetOf(range.endContainer, range.endOffset);
  return start === undefined || end === undefined || end <= start ? undefined : { paragraph, start, end };
}

/**
 * The sentences a selection touches and the sentences that translate them, each side's joined
 * as the page shows them (notes inline); undefined when the document's sentence pairs cannot be
 * had or the selection touches every sentence of the passage: the whole passage is cited then.
 */
export async function selectedSentencesText(parts: ReaderParts, selected: SelectedText, source: string): Promise<PassageText | undefined> {
  const spans = await loadSentenceSpans(source);
  if (!spans) return undefined;
  const pairs = new Set(sentencesOf(spans, selected.paragraph).filter(([start, end]) => start < selected.end && end > selected.start).map(([, , pair]) => pair));
  const bead = selected.paragraph.dataset.bead ?? '';
  const everyPair = new Set([...parts.panes.querySelectorAll<HTMLElement>(`[data-bead="${bead}"][data-paragraph]`)].flatMap((paragraph) => sentencesOf(spans, paragraph).map(([, , pair]) => pair)));
  if (pairs.size === 0 || pairs.size === everyPair.size) return undefined;
  const side = (pane: HTMLElement | undefined) => (pane ? pairRanges(spans, pane, bead, pairs).map((range) => range.toString().trim()).join(' ') : '');
  return { ruText: side(parts.ru), enText: side(parts.en), endnotes: [], sentences: true };
}

/**
 * The text of beads first…last as the page shows them, with the notes inline, turned into
 * numbered endnotes, or left out. The page is read, not the source files: the browser has no other copy.
 */
export function passageText(parts: ReaderParts, first: number, last: number, notes: NotesHandling): PassageText {
  const endnotes: string[] = [];
  const side = (pane: HTMLElement | undefined) => {
    const texts: string[] = [];
    for (let bead = first; bead <= last; bead++) {
      for (const paragraph of pane?.querySelectorAll<HTMLElement>(`[data-bead="${bead}"]`) ?? []) {
        texts.push(withNotes(paragraph, notes, endnotes));
      }
    }
    return texts.join('\n\n');
  };
  // Russian first, so that its endnotes are numbered first.
  const ruText = side(parts.ru);
  const enText = side(parts.en);
  return { ruText, enText, endnotes };
}

function withNotes(paragraph: HTMLElement, notes: NotesHandling, endnotes: string[]): string {
  if (notes === 'inline') return paragraph.innerText.trim();
  const copy = paragraph.cloneNode(true) as HTMLElement;
  const outermost = [...copy.querySelectorAll<HTMLElement>('.note:not([data-note-kind="footnote"])')]
    .filter((note) => !note.parentElement?.closest('.note'));
  for (const note of outermost) {
    if (notes === 'omit') {
      const previous = note.previousSibling;
      if (previous?.nodeType === Node.TEXT_NODE) previous.textContent = previous.textContent!.replace(/ $/, '');
      note.remove();
    } else {
      endnotes.push(note.textContent ?? '');
      note.replaceWith(document.createTextNode(`[${endnotes.length}]`));
    }
  }
  // innerText needs the element in the page to lay out line breaks; textContent keeps <br> out, so restore them.
  copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  return (copy.textContent ?? '').trim();
}
