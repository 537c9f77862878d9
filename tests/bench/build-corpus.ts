/**
 * A generated corpus for the build benchmark: N bilingual documents of 30 passages, cut from the
 * development cases' gold-aligned Russian and English (or from generated telegrams without
 * `../shared`), written as `texts/<slug>/` folders the way `sverka import` writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './random';
import { sourcePassages } from './search-corpus';

/** Passages per document: the measure, a long telegram or a short report. */
export const PASSAGES_PER_DOCUMENT = 30;

const PEOPLE = ['Roshchin', 'Filippov', 'Mao Zedong', 'Kim Il Sung', 'Vyshinsky', 'Zhou Enlai', 'Shtykov', 'Gromyko'];

/** Write `documents` documents into `corpusDir` (which must be empty or missing); returns their slugs. */
export function writeBuildCorpus(corpusDir: string, documents: number): string[] {
  const next = random(1951);
  const passages = sourcePassages();
  const slugs: string[] = [];
  for (let number = 0; number < documents; number++) {
    const start = Math.floor(next() * Math.max(1, passages.length - PASSAGES_PER_DOCUMENT));
    const slice = passages.slice(start, start + PASSAGES_PER_DOCUMENT);
    const year = 1945 + Math.floor(next() * 9);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const slug = `${date}-generated-${number}`;
    const folder = path.join(corpusDir, slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'document.yml'), [
      `title: Generated document ${number} (build benchmark)`,
      `date: ${date}`,
      `from: ${PEOPLE[Math.floor(next() * PEOPLE.length)]}`,
      `to: ${PEOPLE[Math.floor(next() * PEOPLE.length)]}`,
      'kind: telegram',
      '',
    ].join('\n'));
    writeFileSync(path.join(folder, 'ru.md'), `${slice.map(([ru]) => ru).join('\n\n')}\n`);
    writeFileSync(path.join(folder, 'en.md'), `${slice.map(([, en]) => en).filter((en) => en.trim() !== '').join('\n\n')}\n`);
    slugs.push(slug);
  }
  return slugs;
}
