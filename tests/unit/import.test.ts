import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDocument } from '../../lib/corpus';
import { ImportRefused, importFile, type ImportedPage } from '../../lib/import';
import { formatLocator } from '../../lib/metadata';
import type { Document } from '../../lib/types';
import { seedPath } from '../helpers/seeds';

let out: string;
beforeEach(async () => { out = await mkdtemp(path.join(tmpdir(), 'sverka-import-')); });
afterEach(async () => { await rm(out, { recursive: true, force: true }); });

async function importSeed(prefix: string, slug?: string) {
  const result = await importFile(seedPath(prefix), { out, slug });
  const document = await loadDocument(result.slug, out);
  if (!document) throw new Error(`nothing written for ${prefix}`);
  return { result, document };
}

const texts = (document: Document, lang: 'ru' | 'en') =>
  (lang === 'ru' ? document.ru?.paragraphs : document.en[0]?.paragraphs)?.map((p) => p.text) ?? [];

/** Markdown decoration and white space are markup, not content. */
const normalise = (text: string) => text.replace(/[*#<>\\]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Nothing lost: every non-blank input line is in the ledger, the pieces the ledger gives for it
 * add up to the whole line, and each piece is really in the written document or the dropped list.
 */
async function expectNothingLost(seed: string, result: ImportedPage, document: Document) {
  const input = (await readFile(seed, 'utf8')).replace(/\r\n?/g, '\n').split('\n');
  const meta = document.meta!;
  const body = { ru: normalise(texts(document, 'ru').join(' ')), en: normalise(texts(document, 'en').join(' ')) };
  const metaValue = (field: string): string => {
    if (field === 'source.recordId') return meta.source?.recordId ?? '';
    if (field === 'originalLanguage') return meta.originalLanguage ?? '';
    return String(meta[field as keyof typeof meta] ?? '');
  };
  input.forEach((raw, index) => {
    if (raw.replace(/[\s\u00a0]/g, '') === '') return;
    const entry = result.ledger.find((item) => item.line === index + 1);
    expect(entry ?? `line ${index + 1} is not accounted for: ${raw}`).toMatchObject({ line: index + 1 });
    expect(normalise(entry!.destinations.map((d) => d.text).join(' '))).toBe(normalise(raw));
    for (const { to, text } of entry!.destinations) {
      if (to === 'ru' || to === 'en') {
        expect(body[to]).toContain(normalise(text));
      } else if (to === 'dropped') {
        expect(result.dropped.some((dropped) => dropped.line === index + 1 && dropped.text === text)).toBe(true);
      } else if (to === 'meta.originalLanguage') {
        expect({ language: text, code: metaValue('originalLanguage') }).toEqual({ language: 'Russian', code: 'ru' });
      } else {
        expect(normalise(metaValue(to.slice('meta.'.length)))).toContain(normalise(text));
      }
    }
  });
}

describe('importing the five seed pages', () => {
  test('000, Markdown with headings: metadata, three locators and the English body', async () => {
    const { result, document } = await importSeed('000');
    expect(result.slug).toBe('1950-07-13-filippov-to-zhou-enlai');
    expect(document.meta).toMatchObject({
      title: 'Ciphered telegram, Filippov [Stalin] to Zhou Enlai or Mao Zedong (via Roshchin)',
      date: '1950-07-13', from: 'Filippov [Stalin]', to: 'Zhou Enlai or Mao Zedong (via Roshchin)',
      kind: 'telegram', originalLanguage: 'ru',
      source: { archive: 'Wilson Center Digital Archive', recordId: '110692',
        url: 'https://wilson-center-digital-archive.dvincitest.com/document/110692' },
    });
    expect(document.meta!.summary).toMatch(/^Telegram from Stalin to Mao and Zhou Enlai detailing/);
    expect(document.meta!.locators.map(formatLocator)).toEqual([
      'APRF, f. 45, op. 1, d. 331, l. 85', 'AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 118', 'RGASPI, f. 558, op. 11, d. 334, l. 85']);
    expect(document.ru).toBeUndefined();
    const english = texts(document, 'en');
    expect(english).toHaveLength(13);
    expect(english[0]).toBe('CIPHERED TELEGRAM No. 3305\nBEIJING Only by ciphered telegraph');
    expect(english[12]).toBe('Telegraph fulfillment.\nFILIPPOV [Stalin]\nCopies: Stalin (2), Molotov');
    expect(result.dropped.map((d) => d.text)).toEqual(['Citation:', 'Summary:', 'Original Language:', 'Contents:', 'Translation - English']);
    await expectNothingLost(seedPath('000'), result, document);
  });

  test('001, a bare telegram: no title or date found, and the editor is told so', async () => {
    const { result, document } = await importSeed('001');
    expect(result.notices.map((notice) => notice.code)).toEqual(['no-title', 'no-date']);
    expect(document.meta).toMatchObject({ title: 'BEIJING, TO ROSHCHIN', kind: 'telegram' });
    expect(document.meta!.date).toBeUndefined();
    const english = texts(document, 'en');
    expect(english).toHaveLength(15);
    expect(english[2]).toBe('“To Comrade MAO ZEDONG.');
    expect(english[14]).toBe('No. 302/sh');
    await expectNothingLost(seedPath('001'), result, document);
  });

  test('002, a web-page dump: one bilingual document, boilerplate dropped, metadata from the trailer', async () => {
    const { result, document } = await importSeed('002', '1950-07-22-roshchin-to-filippov-22591');
    expect(document.meta).toMatchObject({
      title: 'Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin]', date: '1950-07-22',
      kind: 'telegram', translator: 'Gary Goldberg', originalLanguage: 'ru',
      summary: "Mao Zedong informs Stalin of China's military and strategic maneuvers in summer 1950 as a result of the Korean War.",
      credits: 'This document was made possible with support from Leon Levy Foundation',
    });
    expect(document.meta!.locators.map(formatLocator)).toEqual(['RGASPI, f. 558, op. 11, d. 334, ll. 88–89']);
    expect(document.meta!.rights).toMatch(/^The History and Public Policy Program welcomes reuse/);
    expect(document.meta!.remarks).toContain('copy also available in Library of Congress, Manuscript Division');
    const [russian, english] = [texts(document, 'ru'), texts(document, 'en')];
    expect([russian.length, english.length]).toEqual([30, 29]);
    expect(russian[0]).toBe('Второе главное управление генерального штаба советской Армии');
    expect(russian[2]).toBe('Шифртелеграмма No. 22591');
    expect(russian[29]).toBe('[РГАСПИ.ФN 558, ОП.N 11, Д N 334. Л.N \u00a08 9]');
    expect(english[0]).toBe("The Second Main Directorate of the General Staff of the Soviet Army [Translator's note: this is the GRU]");
    expect(english[13]).toBe('to Filippov');
    expect(english[28]).toBe('N 1503. 22 July 1950');
    expect(result.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['Skip to content', 'Document Information', 'Record ID']));
    await expectNothingLost(seedPath('002'), result, document);
  });

  test('003, Markdown with bold labels: title across lines, editorial brackets and list-like lines kept as text', async () => {
    const { result, document } = await importSeed('003');
    expect(result.slug).toBe('1951-10-24-mao-zedong-to-filippov-25187');
    expect(document.meta).toMatchObject({
      title: 'Cable No. 25187, Mao Zedong to Cde. Filippov [Stalin]', date: '1951-10-24', from: 'Mao Zedong',
      to: 'Cde. Filippov [Stalin]', credits: 'This document was made possible with support from Leon Levy Foundation',
    });
    expect(document.meta!.locators.map(formatLocator)).toEqual(['RGASPI, f. 558, op. 11, d. 341, ll. 141–143']);
    const english = texts(document, 'en');
    expect(english).toHaveLength(24);
    expect(english[0]).toBe('[Handwritten at the top: [reply]] of 13.XI[SIC].51[to]] N66[1]6/3940shs]\nSECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY');
    expect(english).toContain('1. At the present time the main efforts of enemy aircraft in Korea have been directed at the destruction of the lines of communication of our forces.');
    expect(english).toContain("-----\nDeciphered by Prokop'yev 2050 24 October\nNine copies sent. Copies NºNº 7, 8, and 9 to the 8th Department");
    expect(english[23]).toBe('Verified: Section Chief\nColonel [signature] (Makarov)');
    await expectNothingLost(seedPath('003'), result, document);
  });

  test('004, plain labels: date and title on one line, two locators joined by "and"', async () => {
    const { result, document } = await importSeed('004');
    expect(document.meta).toMatchObject({ title: 'Telegram from Stalin to Kim II Sung, via Shtykov', date: '1950-11-20', from: 'Stalin' });
    expect(document.meta!.locators.map(formatLocator)).toEqual([
      'APRF, f. 45, op. 1, d. 347, ll. 90–91', 'AVP RF, f. 059a, op. 5a, d. 3, p. 11, ll. 165–166']);
    const english = texts(document, 'en');
    expect(english).toHaveLength(12);
    expect(english[0]).toBe('8th Department of the General Staff of the Armed Forces USSR CIPHERED TELEGRAM No. 75835');
    await expectNothingLost(seedPath('004'), result, document);
  });
});

describe('re-importing', () => {
  test('importing the same page twice writes the same files', async () => {
    const first = await importFile(seedPath('002'), { out });
    const firstFiles = await Promise.all(['document.yml', 'ru.md', 'en.md'].map((name) => readFile(path.join(first.folder, name), 'utf8')));
    const second = await importFile(seedPath('002'), { out });
    const secondFiles = await Promise.all(['document.yml', 'ru.md', 'en.md'].map((name) => readFile(path.join(second.folder, name), 'utf8')));
    expect([first.status, second.status]).toEqual(['created', 'unchanged']);
    expect(secondFiles).toEqual(firstFiles);
  });

  test('a document edited by hand is not overwritten without --force', async () => {
    const { folder } = await importFile(seedPath('004'), { out });
    const metadataFile = path.join(folder, 'document.yml');
    const edited = (await readFile(metadataFile, 'utf8')).replace('to: Kim II Sung, via Shtykov', 'to: Kim Il Sung (via Shtykov)');
    await writeFile(metadataFile, edited);
    await expect(importFile(seedPath('004'), { out })).rejects.toThrow(ImportRefused);
    expect(await readFile(metadataFile, 'utf8')).toBe(edited);
    const forced = await importFile(seedPath('004'), { out, force: true });
    expect(forced.status).toBe('replaced');
    expect(await readFile(metadataFile, 'utf8')).toContain('to: Kim II Sung, via Shtykov');
  });

  test('the bundled corpus texts are exactly what the importer makes of the seeds', async () => {
    const corpus: Array<[string, string]> = [
      ['000', '1950-07-13-filippov-to-zhou-enlai'], ['001', 'undated-filippov-to-mao-zedong-302-sh'],
      ['002', '1950-07-22-roshchin-to-filippov-22591'], ['003', '1951-10-24-mao-zedong-to-filippov-25187'],
      ['004', '1950-11-20-stalin-to-kim-il-sung-75835'],
    ];
    for (const [prefix, slug] of corpus) {
      const imported = await importFile(seedPath(prefix), { out, slug });
      for (const name of ['ru.md', 'en.md']) {
        const bundled = await readFile(path.join('texts', slug, name), 'utf8').catch(() => undefined);
        expect(bundled).toBe(imported.files.texts[name]);
      }
    }
  });
});

describe('hostile and broken pages', () => {
  test('an empty page is refused with its file and line', async () => {
    const empty = path.join(out, 'empty.txt');
    await writeFile(empty, '');
    await expect(importFile(empty, { out })).rejects.toThrow(/empty\.txt:1: file is empty/);
  });

  test('HTML, Markdown syntax and CRLF in a pasted page come through as literal text', async () => {
    const page = path.join(out, 'pasted.txt');
    await writeFile(page, 'March 1, 1951\r\n\r\nLetter from Ivanov to Petrov\r\n\r\n<script>alert(1)</script> and <b>bold</b>\r\n\r\n# not a heading\r\n\r\n* not a list [x](javascript:alert(1))\r\n');
    const result = await importFile(page, { out });
    const document = await loadDocument(result.slug, out);
    expect(result.notices.map((notice) => notice.code)).toEqual(['crlf']);
    expect(texts(document!, 'en')).toEqual(['<script>alert(1)</script> and <b>bold</b>', '# not a heading', '* not a list [x](javascript:alert(1))']);
    expect(document!.en[0].paragraphs.every((p) => p.inlines.every((inline) => inline.type === 'text'))).toBe(true);
  });
});
