/**
 * A generated corpus for the search benchmark: 1,000 documents of about 50 passages, cut from the
 * development cases' gold-aligned Russian and English (real vocabulary and inflection), with
 * dates, authors and recipients spread so that facets have something to narrow.
 */
import type { SearchDocumentInput } from '../../lib/search';
import { developmentCases } from './cases';
import { generatedDocument } from './generated-document';
import { random } from './random';
import { splitPlainParagraphs } from '../../lib/text';

/** Documents in the corpus, and passages (beads) per document: the 1,000 and about 50,000. */
export const DOCUMENTS = 1000;
export const PASSAGES_PER_DOCUMENT = 50;

const PEOPLE = ['Roshchin', 'Filippov', 'Mao Zedong', 'Kim Il Sung', 'Vyshinsky', 'Zhou Enlai', 'Shtykov', 'Gromyko'];

/** Passages as [ru, en] text pairs, in document order: the gold beads of the development cases (or generated telegrams). */
export function sourcePassages(): Array<[string, string]> {
  const cases = developmentCases();
  if (cases.length === 0) {
    const files = generatedDocument(2000);
    const ru = splitPlainParagraphs(files['ru.md']);
    const en = splitPlainParagraphs(files['en.md']);
    return ru.map((text, i) => [text, en[i] ?? '']);
  }
  return cases.flatMap((source) => source.gold.map((bead): [string, string] => [
    bead.ru.map((p) => source.ru[p]).join('\n\n'),
    bead.en.map((p) => source.en[p]).join('\n\n'),
  ]));
}

/** The benchmark corpus, the same on every run. */
export function searchCorpus(documents = DOCUMENTS): SearchDocumentInput[] {
  const next = random(1950);
  const passages = sourcePassages();
  return Array.from({ length: documents }, (_, number) => {
    const count = PASSAGES_PER_DOCUMENT - 10 + Math.floor(next() * 21);
    const start = Math.floor(next() * Math.max(1, passages.length - count));
    const slice = passages.slice(start, start + count);
    const year = 1945 + Math.floor(next() * 9);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    return {
      slug: `${year}-${month}-${day}-generated-${number}`,
      title: `Generated document ${number}`,
      date: `${year}-${month}-${day}`,
      from: PEOPLE[Math.floor(next() * PEOPLE.length)],
      to: PEOPLE[Math.floor(next() * PEOPLE.length)],
      ru: slice.map(([ru]) => ru),
      en: slice.map(([, en]) => en),
      beads: slice.map((_, i) => ({ ru: [i], en: [i] })),
      notedBeads: slice.flatMap(([ru, en], i) => (/[[(]/.test(ru + en) ? [i] : [])),
      flaggedBeads: slice.flatMap((_, i) => (next() < 0.05 ? [i] : [])),
    };
  });
}
