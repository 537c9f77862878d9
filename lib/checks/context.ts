/** What every check sees: the texts, the beads, the notes and the metadata of one document. */
import type { WordLexicon } from '../align';
import type { Bead, DocumentMeta, Lang, Note } from '../types';

/** The input of the fidelity checks. */
export interface CheckInput {
  ru: string[];
  en: string[];
  beads: Bead[];
  /** Notes of both texts (see lib/notes); text inside them is the editors', not the translation. */
  notes: Note[];
  meta?: DocumentMeta;
  /** The word pairs the document's beads teach (`learnWordLexicon`), when the caller has learnt them already. */
  lexicon?: WordLexicon;
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
      let spans = this.spans.get(key);
      if (!spans) this.spans.set(key, (spans = []));
      spans.push([note.start, note.end]);
    }
  }

  /** True when [start, end) of the paragraph lies inside a note. */
  covers(lang: Lang, paragraph: number, start: number, end: number): boolean {
    return (this.spans.get(`${lang}:${paragraph}`) ?? []).some(([from, to]) => from <= start && end <= to);
  }

  /** The paragraph's text with its notes blanked out (same length, so offsets stay valid). */
  blank(lang: Lang, paragraph: number, text: string): string {
    const key = `${lang}:${paragraph}`;
    const cached = this.blanked.get(key);
    if (cached && cached.text === text) return cached.result;
    const characters = text.split('');
    for (const [from, to] of this.spans.get(key) ?? []) characters.fill(' ', from, Math.min(to, characters.length));
    const result = characters.join('');
    this.blanked.set(key, { text, result });
    return result;
  }

  /** Blanked texts already made: every check asks for the same paragraphs. */
  private readonly blanked = new Map<string, { text: string; result: string }>();
}
