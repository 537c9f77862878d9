import type { ReaderParts } from './dom';

/** How a citation treats the translator's and editor's notes. */
export type NotesHandling = 'inline' | 'endnotes' | 'omit';

/** A cited passage read from the page: the text of each side, and endnotes. */
export interface PassageText {
  ruText: string;
  enText: string;
  endnotes: string[];
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
