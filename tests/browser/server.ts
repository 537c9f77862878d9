/**
 * The app under test: built from a fixture corpus (the bundled texts plus broken documents) into
 * its own dist folder, served on a free loopback port. Global setup starts it; tests read where.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, startApp } from './app-server';
import { fixtureCase } from '../bench/cases';
import { writeExcerptDocument } from '../helpers/excerpt-document';
import { generatedDocument, GENERATED_SLUG } from '../bench/generated-document';
import { renderScanPdf } from '../helpers/scans';
import { importOriginal } from '../../lib/ocr';
import { parseMarkdown } from '../../lib/parse';

export const ROOT = process.cwd();
/** Screenshots and the server record live here; CI keeps the folder as test artifacts. */
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const SERVER_RECORD = path.join(ARTIFACTS, 'server.json');
const DIST_DIR = '.next-test';
/** Broken documents served beside the real corpus, to see their error pages. */
export const BROKEN_FIXTURES = ['1950-01-01-yaml-syntax', '1950-01-07-invalid-utf8', '1950-01-18-raw-html'];
/** Documents full of attacks (tests/fixtures/hostile-corpus), served to show that none of them runs. */
export const HOSTILE_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'hostile-corpus');

/** What the tests need to know about the running server. */
export interface ServerRecord {
  baseUrl: string;
  pid: number;
  corpus: string;
}

/** Build the app on a fixture corpus and start it; returns the record the tests read. */
export async function startServer(): Promise<ServerRecord> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const corpus = mkdtempSync(path.join(tmpdir(), 'sverka-browser-corpus-'));
  cpSync(path.join(ROOT, 'texts'), corpus, { recursive: true });
  for (const slug of BROKEN_FIXTURES) cpSync(path.join(ROOT, 'tests', 'fixtures', 'broken-corpus', slug), path.join(corpus, slug), { recursive: true });
  cpSync(HOSTILE_FIXTURES, corpus, { recursive: true });
  writeRevisedVersion(corpus);
  writeMismatchedDocument(corpus);
  writeFolioDocument(corpus);
  writeExcerptDocument(corpus, EXCERPT_DOCUMENT);
  await writeScannedDocument(corpus);
  writeLongDocument(corpus);
  buildApp(corpus, DIST_DIR);
  const app = await startApp(corpus, DIST_DIR);
  const record: ServerRecord = { baseUrl: app.baseUrl, pid: app.process.pid!, corpus };
  writeFileSync(SERVER_RECORD, JSON.stringify(record));
  return record;
}

/** A document long enough that its passages are drawn only near the screen (over LONG_DOCUMENT_PASSAGES, app/components/reader/long-document.ts). */
export const LONG_DOCUMENT = GENERATED_SLUG;
/** Passages of the long document: past the 2,000 above which the reader draws on demand. */
export const LONG_DOCUMENT_PASSAGES = 2200;

function writeLongDocument(corpus: string): void {
  const folder = path.join(corpus, LONG_DOCUMENT);
  mkdirSync(folder);
  // Its Shanghai becomes Changchun: the search tests count the documents that name Shanghai. It
  // gets a sender and a recipient: every reader page is checked for an author to cite.
  for (const [name, content] of Object.entries(generatedDocument(LONG_DOCUMENT_PASSAGES))) {
    const record = name === 'document.yml' ? `${content}from: Test Sender\nto: Test Recipient\n` : content;
    writeFileSync(path.join(folder, name), record.replaceAll('Шанхай', 'Чанчунь').replaceAll('Shanghai', 'Changchun'));
  }
}

/** The telegram whose revised translation the version tests compare: "Suzhou" corrected, one phrase reworded. */
export const REVISED_DOCUMENT = '1950-07-22-roshchin-to-filippov-22591';

function writeRevisedVersion(corpus: string): void {
  const folder = path.join(corpus, REVISED_DOCUMENT);
  const revised = readFileSync(path.join(folder, 'en.md'), 'utf8')
    .replace('Shanghai-Nanjing-Suzhou area', 'Shanghai-Nanjing-Xuzhou area')
    .replace('Please inform me of your decision.', 'Please inform me of your decision on this.');
  writeFileSync(path.join(folder, 'en.revised.md'), revised);
}

/** A document whose English translates another part of the book than its Russian: the reader must say so. */
export const MISMATCHED_DOCUMENT = '1950-03-01-mismatched-translation';

function writeMismatchedDocument(corpus: string): void {
  const folder = path.join(corpus, MISMATCHED_DOCUMENT);
  const mark = fixtureCase('mark');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'document.yml'), 'title: A translation of another text\ndate: 1950-03-01\nfrom: Test Sender\nto: Test Recipient\nkind: other\n');
  writeFileSync(path.join(folder, 'ru.md'), `${mark.ru.slice(0, 60).join('\n\n')}\n`);
  writeFileSync(path.join(folder, 'en.md'), `${mark.en.slice(320, 395).join('\n\n')}\n`);
}

/** A document whose English translates only the middle of its Russian (tests/helpers/excerpt-document.ts). */
export const EXCERPT_DOCUMENT = '1950-03-03-excerpt-translated';

/** A short document as an archive edition prints it, with the start of its second leaf marked: "[Л. 89]" opens a Russian paragraph. */
export const FOLIO_DOCUMENT = '1950-03-02-leaves-marked';
/** The Russian paragraph (0-based) the second leaf begins with. */
export const FOLIO_PARAGRAPH = 6;
/** Russian paragraphs of the document: the opening of the Gospel of Mark fixture, with its translation. */
const FOLIO_RUSSIAN_PARAGRAPHS = 12;

function writeFolioDocument(corpus: string): void {
  const folder = path.join(corpus, FOLIO_DOCUMENT);
  const mark = fixtureCase('mark');
  // The English that translates those paragraphs: as far as the last gold bead that pairs one of them.
  const englishCount = Math.max(...mark.gold.filter((bead) => bead.ru.length > 0 && bead.ru.every((index) => index < FOLIO_RUSSIAN_PARAGRAPHS)).flatMap((bead) => bead.en)) + 1;
  const ru = mark.ru.slice(0, FOLIO_RUSSIAN_PARAGRAPHS);
  ru[FOLIO_PARAGRAPH] = `[Л. 89] ${ru[FOLIO_PARAGRAPH]}`;
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'document.yml'), [
    'title: An edition with its leaves marked', 'date: 1950-03-02', 'from: Test Editor', 'to: Test Reader', 'kind: other',
    'locators:', '  - printed: RGASPI, f. 1, op. 1, d. 1, ll. 88-89', '    repository: RGASPI', '    fond: "1"', '    opis: "1"', '    delo: "1"', '    listy: 88-89', '',
  ].join('\n'));
  writeFileSync(path.join(folder, 'ru.md'), `${ru.join('\n\n')}\n`);
  writeFileSync(path.join(folder, 'en.md'), `${mark.en.slice(0, englishCount).join('\n\n')}\n`);
}

/** The telegram with its Russian read from a scan: the typed Russian rendered as two pages and read back by `sverka import-original`. */
export const SCANNED_DOCUMENT = '1949-12-31-telegram-from-a-scan';
const SCANNED_DATE = '1949-12-31';

async function writeScannedDocument(corpus: string): Promise<void> {
  const source = path.join(ROOT, 'texts', REVISED_DOCUMENT);
  const folder = path.join(corpus, SCANNED_DOCUMENT);
  mkdirSync(folder);
  // Its own title, date and sender, so that the search tests' facets tell it from the typed telegram.
  const record = readFileSync(path.join(source, 'document.yml'), 'utf8').replace(/^title: .*$/m, 'title: The telegram, its Russian read from a scan')
    .replace(/^date: .*$/m, `date: ${SCANNED_DATE}`).replace(/^date_printed: .*\n/m, '').replace(/^from: .*$/m, 'from: Test Scanner');
  writeFileSync(path.join(folder, 'document.yml'), record);
  cpSync(path.join(source, 'en.md'), path.join(folder, 'en.md'));
  const russian = parseMarkdown(readFileSync(path.join(source, 'ru.md'), 'utf8'), 'ru.md').paragraphs.map((paragraph) => paragraph.text);
  const scan = path.join(mkdtempSync(path.join(tmpdir(), 'sverka-browser-scan-')), 'telegram.pdf');
  await renderScanPdf([{ paragraphs: russian }], scan);
  await importOriginal({ corpusDir: corpus, slug: SCANNED_DOCUMENT, scans: [scan] });
}

/** The record written by `startServer`, for tests and teardown. */
export function serverRecord(): ServerRecord {
  if (!existsSync(SERVER_RECORD)) throw new Error('the test server is not running: run the browser tests through jest');
  return JSON.parse(readFileSync(SERVER_RECORD, 'utf8')) as ServerRecord;
}
