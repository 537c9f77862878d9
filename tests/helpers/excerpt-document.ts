import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureCase, middleTranslated } from '../bench/cases';

/** Russian paragraphs of the excerpt document: the opening of the Gospel of Mark fixture. */
const EXCERPT_RUSSIAN_PARAGRAPHS = 60;

/**
 * Writes into `corpus` a document whose English translates only the middle of its Russian
 * (`middleTranslated`), as archives translate an excerpt: each untranslated end of the Russian is
 * one finding over many passages.
 */
export function writeExcerptDocument(corpus: string, slug: string): void {
  const folder = path.join(corpus, slug);
  const { ru, en } = middleTranslated(fixtureCase('mark'), EXCERPT_RUSSIAN_PARAGRAPHS);
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'document.yml'), 'title: An excerpt translated\ndate: 1950-03-03\nfrom: Test Sender\nto: Test Recipient\nkind: other\n');
  writeFileSync(path.join(folder, 'ru.md'), `${ru.join('\n\n')}\n`);
  writeFileSync(path.join(folder, 'en.md'), `${en.join('\n\n')}\n`);
}
