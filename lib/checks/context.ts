/** What every check sees: the texts, the beads, the notes and the metadata of one document. */
import type { Bead, DocumentMeta, Lang, Note } from '../types';

/** The input of the fidelity checks. */
export interface CheckInput {
  ru: string[];
  en: string[];
  beads: Bead[];
  /** Notes of both texts (see lib/notes); text inside them is the editors', not the translation. */
  notes: Note[];
  meta?: DocumentMeta;
}

/** A piece of text found by a check, located in its paragraph. */
export interface Located {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Answers "is this offset inside a note?" for each language and paragraph. */
export class NoteMask {
  private readonly spans = new Map<string, Array<[number, number]>>();

  constructor(notes: Note[]) {
    for (const note of notes) {
      if (note.kind === 'footnote') continue;
      const key = `${note.lang}:${note.paragraph}`;
      this.spans.set(key, [...(this.spans.get(key) ?? []), [note.start, note.end]]);
    }
  }

  /** True when [start, end) of the paragraph lies inside a note. */
  covers(lang: Lang, paragraph: number, start: number, end: number): boolean {
    return (this.spans.get(`${lang}:${paragraph}`) ?? []).some(([from, to]) => from <= start && end <= to);
  }

  /** The paragraph's text with its notes blanked out (same length, so offsets stay valid). */
  blank(lang: Lang, paragraph: number, text: string): string {
    let result = text;
    for (const [from, to] of this.spans.get(`${lang}:${paragraph}`) ?? []) {
      result = result.slice(0, from) + ' '.repeat(to - from) + result.slice(to);
    }
    return result;
  }
}
