/**
 * The sentences inside each bead, paired across the languages: which Russian sentences the
 * English ones translate. The reader lights up a sentence's counterpart from these. Each bead is
 * aligned on its own, anchored on the word pairs the whole document teaches (a bead is too short
 * to learn any); a bead with one sentence a side, or one side empty, is one pair as it stands.
 */
// The sentence splitter alone: the segment index also loads the Snowball stemmers, most of the CLI's load time.
import { splitSentences } from '../segment/sentences';
import type { Bead } from '../types';
import type { WordLexicon } from './lexicon';

/** A sentence's place: its paragraph and its span in the paragraph's text. */
export interface SentencePlace {
  paragraph: number;
  start: number;
  end: number;
}

/** Sentences that translate each other (either side may be empty: a sentence left out or added). */
export interface SentencePair {
  ru: SentencePlace[];
  en: SentencePlace[];
}

/** How a bead's sentence texts are aligned: `alignParagraphs` with the document's lexicon (passed in, as it lives above this module). */
export type SentenceAligner = (ru: string[], en: string[], lexicon?: WordLexicon) => Bead[];

/** For each bead, its sentences in pairs, in reading order. */
export function pairSentences(ru: string[], en: string[], beads: Bead[], align: SentenceAligner, lexicon?: WordLexicon): SentencePair[][] {
  const sentencesOf = (texts: string[], paragraphs: number[]) => paragraphs.flatMap((paragraph) =>
    splitSentences(texts[paragraph]).map(({ start, end, text }) => ({ place: { paragraph, start, end }, text })));
  return beads.map((bead) => {
    const ruSentences = sentencesOf(ru, bead.ru);
    const enSentences = sentencesOf(en, bead.en);
    if (ruSentences.length <= 1 || enSentences.length <= 1) {
      return [{ ru: ruSentences.map((sentence) => sentence.place), en: enSentences.map((sentence) => sentence.place) }];
    }
    return align(ruSentences.map((sentence) => sentence.text), enSentences.map((sentence) => sentence.text), lexicon).map((pair) => ({
      ru: pair.ru.map((index) => ruSentences[index].place),
      en: pair.en.map((index) => enSentences[index].place),
    }));
  });
}
