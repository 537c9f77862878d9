/**
 * `sverka import-original` end to end with the real programs: known text rendered to scan pages by
 * Chromium, read back by Tesseract (Debian's tesseract-ocr and tesseract-ocr-rus; PDF pages by
 * Poppler), written into a copy of the bundled telegram's folder, and loaded, aligned and checked
 * as the reader and the CLI load them. Bad scans are refused with the file named, and leave the
 * document exactly as it was.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseDocument } from '@/lib/analysis';
import { main } from '@/lib/cli/sverka';
import { loadDocument } from '@/lib/corpus';
import { FileRefused } from '@/lib/files';
import { importOriginal, OcrRefused } from '@/lib/ocr';
import { parseMarkdown } from '@/lib/parse';
import type { Bead } from '@/lib/types';
import { getDocumentView } from '@/lib/view';
import { alignmentAgreement, characterAccuracy } from '../helpers/ocr-measures';
import { renderScanPdf } from '../helpers/scans';
import { runProgram } from '@/lib/ocr/programs';
import { sha256Hex } from '@/lib/text';
import { killAfter, runCli } from '../fuzz/writers';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
const TELEGRAM_FOLDER = path.resolve('texts', TELEGRAM);
const GOLD: Bead[] = JSON.parse(readFileSync(path.resolve('tests/bench/gold', `${TELEGRAM}.json`), 'utf8'))
  .map(([ru, en]: [number[], number[]]) => ({ ru, en }));
/** OCR and Chromium are slow on a shared 2-core machine: a page takes about 3 s to read. */
const OCR_TEST_TIMEOUT_MS = 240_000;
const TODAY = '2026-12-02';

const work = mkdtempSync(path.join(tmpdir(), 'sverka-ocr-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The telegram's Russian paragraphs as plain text, the truth the scans are made of. */
function telegramRussian(): string[] {
  return parseMarkdown(readFileSync(path.join(TELEGRAM_FOLDER, 'ru.md'), 'utf8'), 'ru.md').paragraphs.map((paragraph) => paragraph.text);
}

let corpora = 0;
/** A fresh corpus holding the telegram's folder without its Russian text (or with it, when `withRussian`). */
function telegramCorpus({ withRussian = false, documentYml }: { withRussian?: boolean; documentYml?: string } = {}): { corpusDir: string; folder: string } {
  const corpusDir = path.join(work, `corpus-${corpora++}`);
  const folder = path.join(corpusDir, TELEGRAM);
  mkdirSync(folder, { recursive: true });
  for (const name of ['document.yml', 'en.md', ...(withRussian ? ['ru.md'] : [])]) copyFileSync(path.join(TELEGRAM_FOLDER, name), path.join(folder, name));
  if (documentYml !== undefined) writeFileSync(path.join(folder, 'document.yml'), documentYml);
  return { corpusDir, folder };
}

/** Every file of a folder with its bytes, to show that a refused import changed nothing. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(folder, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'base64');
  }
  return files;
}

let telegramPdf: string;
beforeAll(async () => {
  telegramPdf = path.join(work, 'telegram-scan.pdf');
  await renderScanPdf([{ paragraphs: telegramRussian() }], telegramPdf);
}, OCR_TEST_TIMEOUT_MS);

describe('a clean 300 dpi scan of the telegram', () => {
  let corpusDir: string;
  let folder: string;
  let messages: string[];
  beforeAll(async () => {
    ({ corpusDir, folder } = telegramCorpus());
    messages = [];
    const output = { line: (text: string) => messages.push(text), error: (text: string) => messages.push(text) };
    expect(await main(['import-original', folder, telegramPdf], output)).toBe(0);
  }, OCR_TEST_TIMEOUT_MS);

  test('is read back with at least 97% of its characters right, a folio mark at each page start', async () => {
    const document = await loadDocument(TELEGRAM, corpusDir);
    const read = document!.ru!.paragraphs.map((paragraph) => paragraph.text);
    expect(characterAccuracy(telegramRussian(), read)).toBeGreaterThanOrEqual(0.97);
    // The locator lists ll. 88-89 and the scan has two pages: they are leaves 88 and 89.
    expect(read[0].startsWith('[Л. 88] ')).toBe(true);
    expect(read.filter((text) => text.includes('[Л. 89]'))).toHaveLength(1);
    expect(messages.join('\n')).toMatch(/read page 2 of 2/);
    expect(messages.join('\n')).toMatch(/reviewed: true/);
  });

  test('records its provenance in document.yml and its pages and doubtful words in ocr.yml', async () => {
    const document = await loadDocument(TELEGRAM, corpusDir);
    expect(document!.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const ocr = document!.meta!.ocr!;
    expect(ocr).toMatchObject({ languages: 'rus+eng', pages: 2, scans: ['telegram-scan.pdf'], reviewed: false });
    expect(ocr.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ocr.engine).toMatch(/^tesseract \d/);
    expect(ocr.meanConfidence).toBeGreaterThan(50);
    // The document's title and the translation's record are as they were.
    expect(document!.meta!.title).toBe('Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin]');
    expect(document!.ocr!.pages.map((page) => [page.leaf, page.image])).toEqual([['88', 'scan/page-001.jpg'], ['89', 'scan/page-002.jpg']]);
    for (const page of document!.ocr!.pages) expect(statSync(path.join(folder, page.image!)).size).toBeGreaterThan(10_000);
  });

  test('aligns with the English as the typed telegram does (link F1 against the gold at least 0.9)', async () => {
    const document = await loadDocument(TELEGRAM, corpusDir);
    const { beads } = analyseDocument(document!);
    const read = document!.ru!.paragraphs.map((paragraph) => paragraph.text);
    expect(alignmentAgreement(telegramRussian(), read, beads, GOLD)).toBeGreaterThanOrEqual(0.9);
  });

  test('numbers that disagree in the unreviewed text are low "check the scan" findings', async () => {
    const { findings } = analyseDocument((await loadDocument(TELEGRAM, corpusDir))!);
    const digits = findings.filter((finding) => finding.kind === 'number-mismatch' || finding.kind === 'date-mismatch');
    for (const finding of digits) {
      expect(finding.severity).toBe('low');
      expect(finding.message).toMatch(/^check the scan/);
    }
  });

  test('the reader view marks the doubtful words and links each folio mark to its page image', async () => {
    const view = await getDocumentView(TELEGRAM, corpusDir);
    const reader = 'reader' in view! ? view.reader : undefined;
    expect(reader?.ocr?.reviewed).toBe(false);
    expect(reader!.ocr!.doubts.length).toBeGreaterThan(0);
    expect(reader!.folios.marks.map((mark) => [mark.leaf, mark.scan])).toEqual([
      ['88', `/documents/${TELEGRAM}/scan/page-001.jpg`], ['89', `/documents/${TELEGRAM}/scan/page-002.jpg`]]);
    for (const doubt of reader!.ocr!.doubts) {
      const paragraph = reader!.ru!.paragraphs[doubt.paragraph];
      expect(paragraph.ocrDoubts).toContainEqual(doubt);
    }
  });

  test('check:texts lists the unreviewed OCR text as a reviewer\'s to-do, not as a problem', async () => {
    const lines: string[] = [];
    const output = { line: (text: string) => lines.push(text), error: (text: string) => lines.push(text) };
    expect(await main(['validate', corpusDir], output)).toBe(0);
    expect(lines.join('\n')).toMatch(/ru\.md: read from a scan by OCR and not yet reviewed \(\d+ words? to check\)/);
  });

  test('its own unreviewed text is not refused; once corrected by a person, or marked reviewed, it needs --force', async () => {
    const ruFile = path.join(folder, 'ru.md');
    // Its own text, unchanged, passes the check (which comes before any page is read): the import goes on to the scan.
    const tiny = path.join(work, 'not-a-scan.txt');
    writeFileSync(tiny, 'plain text');
    await expect(importOriginal({ corpusDir, slug: TELEGRAM, scans: [tiny] })).rejects.toThrow(/not a PDF, PNG, JPEG or TIFF/);
    writeFileSync(ruFile, `${readFileSync(ruFile, 'utf8')}\nИсправлено человеком.\n`);
    const corrected = snapshot(folder);
    await expect(importOriginal({ corpusDir, slug: TELEGRAM, scans: [telegramPdf] })).rejects.toThrow(/ru\.md exists and it was corrected since it was read: pass --force/);
    expect(snapshot(folder)).toEqual(corrected);
    const yml = path.join(folder, 'document.yml');
    writeFileSync(yml, readFileSync(yml, 'utf8').replace('reviewed: false', 'reviewed: true'));
    await expect(importOriginal({ corpusDir, slug: TELEGRAM, scans: [telegramPdf] })).rejects.toThrow(/was reviewed by a person: pass --force/);
  });
});

describe('pages of other kinds', () => {
  test('mixed Russian and English text is read in both scripts (at least 95% of characters)', async () => {
    const truth = [
      'Экз. N 2 — тов. Молотову. Копия: Mr. W. Averell Harriman, Embassy of the United States, Moscow.',
      'Сообщаю, что 14 августа 1950 года в Пекин прибыл генерал Ковалев. Telegram received 15 August 1950, 03:40 hours.',
      'Прошу передать товарищу Mao Zedong следующее: the shipment of 160 MiG-15 aircraft will arrive in Shenyang by 1 October.',
    ];
    const pdf = path.join(work, 'mixed.pdf');
    await renderScanPdf([{ paragraphs: truth }], pdf);
    const { corpusDir } = telegramCorpus();
    await importOriginal({ corpusDir, slug: TELEGRAM, scans: [pdf], firstLeaf: '12', today: TODAY });
    const read = (await loadDocument(TELEGRAM, corpusDir))!.ru!.paragraphs.map((paragraph) => paragraph.text);
    expect(read[0].startsWith('[Л. 12] ')).toBe(true);
    expect(characterAccuracy(truth, read)).toBeGreaterThanOrEqual(0.95);
  }, OCR_TEST_TIMEOUT_MS);

  test('a page fed into the scanner sideways is still read', async () => {
    const truth = ['Вопрос перехода наших истребителей на реактивную технику предполагается осуществить в следующем порядке.',
      'Для подготовки 160 экипажей намечено в первую очередь переучить имеющиеся 65 экипажей истребителей.'];
    const pdf = path.join(work, 'turned.pdf');
    await renderScanPdf([{ paragraphs: truth, turned: true }], pdf);
    const { corpusDir } = telegramCorpus();
    await importOriginal({ corpusDir, slug: TELEGRAM, scans: [pdf], today: TODAY });
    const read = (await loadDocument(TELEGRAM, corpusDir))!.ru!.paragraphs.map((paragraph) => paragraph.text);
    expect(characterAccuracy(truth, read)).toBeGreaterThanOrEqual(0.9);
  }, OCR_TEST_TIMEOUT_MS);

  test('page images (PNG) are read in the order given and kept as they are', async () => {
    const pages = [['Первая страница телеграммы.'], ['Вторая страница телеграммы.']];
    const images: string[] = [];
    for (const [index, paragraphs] of pages.entries()) {
      const pdf = path.join(work, `page-${index}.pdf`);
      await renderScanPdf([{ paragraphs }], pdf);
      await runProgram('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', pdf, path.join(work, `page-${index}`)], { timeout: 60_000 });
      images.push(path.join(work, `page-${index}.png`));
    }
    const { corpusDir, folder } = telegramCorpus();
    const result = await importOriginal({ corpusDir, slug: TELEGRAM, scans: images, today: TODAY });
    expect(result.pages.map((page) => page.image)).toEqual(['scan/page-001.png', 'scan/page-002.png']);
    expect(readFileSync(path.join(folder, 'scan', 'page-002.png'))).toEqual(readFileSync(images[1]));
    const read = (await loadDocument(TELEGRAM, corpusDir))!.ru!.paragraphs.map((paragraph) => paragraph.text);
    expect(read.map((text) => text.replace(/\s+/g, ' '))).toEqual(['[Л. 88] Первая страница телеграммы.', '[Л. 89] Вторая страница телеграммы.']);
  }, OCR_TEST_TIMEOUT_MS);

  test('a blank page among written ones is reported, and the pages around it are read', async () => {
    const pdf = path.join(work, 'with-blank.pdf');
    await renderScanPdf([{ paragraphs: ['Первый лист донесения.'] }, {}, { paragraphs: ['Третий лист донесения.'] }], pdf);
    const { corpusDir } = telegramCorpus();
    const result = await importOriginal({ corpusDir, slug: TELEGRAM, scans: [pdf], firstLeaf: '5', today: TODAY });
    expect(result.warnings.join('\n')).toMatch(/page 2: no text found/);
    const read = (await loadDocument(TELEGRAM, corpusDir))!.ru!.paragraphs.map((paragraph) => paragraph.text);
    expect(read).toEqual(['[Л. 5] Первый лист донесения.', '[Л. 7] Третий лист донесения.']);
  }, OCR_TEST_TIMEOUT_MS);
});

describe('bad scans are refused, naming the file, and the document is left as it was', () => {
  let corpusDir: string;
  let folder: string;
  let before: Record<string, string>;
  beforeAll(() => {
    ({ corpusDir, folder } = telegramCorpus());
    before = snapshot(folder);
  });
  afterEach(() => expect(snapshot(folder)).toEqual(before));

  async function refusal(scans: string[], extra: Partial<Parameters<typeof importOriginal>[0]> = {}): Promise<string> {
    const error = await importOriginal({ corpusDir, slug: TELEGRAM, scans, ...extra }).then(() => undefined, (caught: unknown) => caught);
    // A path that is no readable file is refused by the bounded read (FileRefused); the rest by the import.
    expect(error instanceof OcrRefused || error instanceof FileRefused).toBe(true);
    return (error as Error).message;
  }

  test('pages with no text at all: blank, or a drawing', async () => {
    const pdf = path.join(work, 'no-text.pdf');
    await renderScanPdf([{}, { drawingOnly: true }], pdf);
    expect(await refusal([pdf])).toMatch(/no-text\.pdf: no text found on any page .*nothing was written/);
  }, OCR_TEST_TIMEOUT_MS);

  test('a corrupt PDF (cut short)', async () => {
    const cut = path.join(work, 'cut-short.pdf');
    writeFileSync(cut, readFileSync(telegramPdf).subarray(0, 4000));
    expect(await refusal([cut])).toMatch(/cut-short\.pdf: not a readable PDF/);
  }, OCR_TEST_TIMEOUT_MS);

  test('a 500-page PDF is refused before any page is read, saying how to read it all', async () => {
    const pdf = path.join(work, 'whole-delo.pdf');
    await renderScanPdf(Array.from({ length: 500 }, (_, index) => ({ paragraphs: [`Лист ${index + 1}`] })), pdf);
    expect(await refusal([pdf])).toMatch(/whole-delo\.pdf \(500 pages\): 500 pages, more than 100; .*--max-pages 500/);
  }, OCR_TEST_TIMEOUT_MS);

  test('an empty file, a text file, a folder and a missing file', async () => {
    const empty = path.join(work, 'empty.pdf');
    writeFileSync(empty, '');
    expect(await refusal([empty])).toMatch(/empty\.pdf: the file is empty/);
    const text = path.join(work, 'notes.png');
    writeFileSync(text, 'this is not an image');
    expect(await refusal([text])).toMatch(/notes\.png: not a PDF, PNG, JPEG or TIFF file/);
    expect(await refusal([work])).toMatch(/not a file/);
    expect(await refusal([path.join(work, 'nowhere.pdf')])).toMatch(/nowhere\.pdf: no such file/);
  });

  test('an image too large to be a page (a decompression bomb) is refused before the engine opens it', async () => {
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(header);
    header.writeUInt32BE(60_000, 16);
    header.writeUInt32BE(60_000, 20);
    const bomb = path.join(work, 'bomb.png');
    writeFileSync(bomb, header);
    expect(await refusal([bomb])).toMatch(/bomb\.png: the image is 60000 × 60000 pixels; pages larger than 100 megapixels are refused/);
  });

  test('a ru.md a person wrote is not replaced without --force', async () => {
    const { corpusDir: withRussian, folder: russianFolder } = telegramCorpus({ withRussian: true });
    const kept = snapshot(russianFolder);
    await expect(importOriginal({ corpusDir: withRussian, slug: TELEGRAM, scans: [telegramPdf] })).rejects.toThrow(/ru\.md exists and a person wrote it: pass --force/);
    expect(snapshot(russianFolder)).toEqual(kept);
  });

  test('without leaves in document.yml or --first-leaf, nothing says which leaves the pages are', async () => {
    const yml = readFileSync(path.join(TELEGRAM_FOLDER, 'document.yml'), 'utf8').replace(/\n {4}listy: 88-89/, '');
    const { corpusDir: bare } = telegramCorpus({ documentYml: yml });
    await expect(importOriginal({ corpusDir: bare, slug: TELEGRAM, scans: [telegramPdf] })).rejects.toThrow(/--first-leaf N/);
  });

  test('a document folder that does not exist', async () => {
    expect(await refusal([telegramPdf], { slug: 'no-such-document' })).toMatch(/no such document folder/);
    expect(existsSync(path.join(corpusDir, 'no-such-document'))).toBe(false);
  });
});

test('document.yml keeps a person\'s comments and wording when the provenance is added', async () => {
  const yml = `# Checked against the Volkogonov copy.\n${readFileSync(path.join(TELEGRAM_FOLDER, 'document.yml'), 'utf8')}`;
  const { corpusDir, folder } = telegramCorpus({ documentYml: yml });
  const pdf = path.join(work, 'one-line.pdf');
  await renderScanPdf([{ paragraphs: ['Весьма срочно.'] }], pdf);
  await importOriginal({ corpusDir, slug: TELEGRAM, scans: [pdf], today: TODAY, keepImages: false });
  const written = readFileSync(path.join(folder, 'document.yml'), 'utf8');
  expect(written.startsWith(yml)).toBe(true);
  expect(written.slice(yml.length)).toMatch(/^ocr:\n {2}engine: tesseract /);
  expect(existsSync(path.join(folder, 'scan'))).toBe(false);
}, OCR_TEST_TIMEOUT_MS);

describe('imports at the same time, and imports killed midway', () => {
  let pdf: string;
  beforeAll(async () => {
    pdf = path.join(work, 'short-telegram.pdf');
    await renderScanPdf([{ paragraphs: telegramRussian().slice(0, 14) }], pdf);
  }, OCR_TEST_TIMEOUT_MS);

  /** The document loads without an error or a stray file, and its ru.md is the one its provenance describes, or none. */
  async function expectConsistent(corpusDir: string, folder: string): Promise<'imported' | 'not yet'> {
    const document = (await loadDocument(TELEGRAM, corpusDir))!;
    expect(document.problems.filter((problem) => problem.severity === 'error' || problem.code === 'unexpected-file')).toEqual([]);
    if (!existsSync(path.join(folder, 'ru.md'))) return 'not yet';
    const written = sha256Hex(readFileSync(path.join(folder, 'ru.md'), 'utf8'));
    if (written !== document.meta!.ocr?.outputSha256) return 'not yet';
    for (const page of document.ocr!.pages) expect(existsSync(path.join(folder, page.image!))).toBe(true);
    return 'imported';
  }

  test('two imports of one document started together both finish, one after the other, and leave one consistent text', async () => {
    const { corpusDir, folder } = telegramCorpus();
    const results = await Promise.all([runCli(['import-original', folder, pdf, '--first-leaf', '88']), runCli(['import-original', folder, pdf, '--first-leaf', '88'])]);
    expect(results.map((result) => [result.code, result.stderr])).toEqual([[0, ''], [0, '']]);
    await expect(expectConsistent(corpusDir, folder)).resolves.toBe('imported');
  }, OCR_TEST_TIMEOUT_MS);

  test('an import killed at any moment leaves the document whole, and a later import (with --force if the provenance no longer matches) finishes', async () => {
    const { corpusDir, folder } = telegramCorpus();
    // From before the first page is read to about when the files are written (a page takes 2–4 s here).
    for (const delayMs of [200, 1500, 3000, 4500, 6000]) {
      await killAfter(['import-original', folder, pdf, '--first-leaf', '88'], delayMs);
      await expectConsistent(corpusDir, folder);
    }
    const finished = await runCli(['import-original', folder, pdf, '--first-leaf', '88', '--force']);
    expect(finished).toEqual({ code: 0, stderr: '' });
    await expect(expectConsistent(corpusDir, folder)).resolves.toBe('imported');
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
  }, OCR_TEST_TIMEOUT_MS);
});
