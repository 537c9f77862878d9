/**
 * `npm run bench:ocr`: how well `sverka import-original` reads a Russian original from a scan.
 *
 * Known text is drawn as scan pages by Chromium and read back through the import (Tesseract with
 * Debian's Russian and English models, PDF pages by Poppler), into a copy of the bundled
 * telegram's folder:
 * - the telegram's own Russian as a clean two-page PDF (300 dpi, as the import renders it);
 * - Russian telegram text quoting English names and terms, as a clean PDF;
 * - the telegram's first leaf as a photographed sheet: typewriter face, 1° askew, slightly out of
 *   focus (a 300 dpi PNG).
 * For each: character accuracy (1 − edit distance / characters of the true text, white space
 * made uniform, the import's folio marks taken out), seconds per page (whole import, both cores),
 * and how well the doubt marks point at the misread words (recall: misread words marked;
 * precision: marked words misread). For the telegram also the alignment of the OCR text with
 * the English against the gold alignment of the typed text (link F1).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseDocument } from '../../lib/analysis';
import { loadDocument } from '../../lib/corpus';
import { importOriginal } from '../../lib/ocr';
import { parseMarkdown } from '../../lib/parse';
import type { Bead } from '../../lib/types';
import { getDocumentView } from '../../lib/view';
import { alignmentAgreement, characterAccuracy, doubtQuality } from '../helpers/ocr-measures';
import { renderScanImage, renderScanPdf, type PageWear } from '../helpers/scans';
import { printFigures, type Figure } from './report';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
const TELEGRAM_FOLDER = path.resolve('texts', TELEGRAM);
/** The telegram's paragraphs that fit its first leaf in a typewriter face. */
const FIRST_LEAF_PARAGRAPHS = 16;
const MIXED = [
  'Экз. N 2 — тов. Молотову. Копия: Mr. W. Averell Harriman, Embassy of the United States, Moscow.',
  'Сообщаю, что 14 августа 1950 года в Пекин прибыл генерал Ковалев. Telegram received 15 August 1950, 03:40 hours.',
  'Прошу передать товарищу Mao Zedong следующее: the shipment of 160 MiG-15 aircraft will arrive in Shenyang by 1 October.',
  'Representatives of the Central People\'s Government (ЦНПП) and the Military Council met in Peking on 3 August; the minutes follow in Russian.',
  'Протокол заседания подписали Чжоу Эньлай, Не Жунчжэнь и генерал-майор авиации Прутков. Copy No. 3 to Cde. Vasilevsky.',
];

interface Measured {
  accuracy: number;
  secondsPerPage: number;
  pages: number;
  doubts: ReturnType<typeof doubtQuality>;
  agreement?: number;
}

const work = mkdtempSync(path.join(tmpdir(), 'sverka-bench-ocr-'));
let folders = 0;

/** Import `scans` into a fresh copy of the telegram's folder (without its Russian) and measure the result against `truth`. */
async function measure(truth: string[], scans: string[], gold?: Bead[]): Promise<Measured> {
  const corpusDir = path.join(work, `corpus-${folders++}`);
  mkdirSync(path.join(corpusDir, TELEGRAM), { recursive: true });
  for (const name of ['document.yml', 'en.md']) copyFileSync(path.join(TELEGRAM_FOLDER, name), path.join(corpusDir, TELEGRAM, name));
  const started = performance.now();
  const result = await importOriginal({ corpusDir, slug: TELEGRAM, scans, firstLeaf: '88' });
  const seconds = (performance.now() - started) / 1000;
  const document = (await loadDocument(TELEGRAM, corpusDir))!;
  const read = document.ru!.paragraphs.map((paragraph) => paragraph.text);
  const view = await getDocumentView(TELEGRAM, corpusDir);
  const marked = view && 'reader' in view ? view.reader.ocr!.doubts.map((doubt): [number, number, number] => [doubt.paragraph, doubt.start, doubt.end]) : [];
  return {
    accuracy: characterAccuracy(truth, read),
    secondsPerPage: seconds / result.pages.length,
    pages: result.pages.length,
    doubts: doubtQuality(truth, read, marked),
    ...(gold ? { agreement: alignmentAgreement(truth, read, analyseDocument(document).beads, gold) } : {}),
  };
}

function figuresOf(name: string, measured: Measured): Figure[] {
  const { doubts } = measured;
  return [
    [`${name}: character accuracy`, `${(measured.accuracy * 100).toFixed(2)}% (aim ≥ 97% on clean 300 dpi pages)`],
    [`${name}: time`, `${measured.secondsPerPage.toFixed(1)} s a page (${measured.pages} page${measured.pages === 1 ? '' : 's'}, whole import)`],
    [`${name}: doubt marks`, `${doubts.markedWords} marked, ${doubts.wrongWords} words misread; recall ${(doubts.recall * 100).toFixed(0)}%, precision ${(doubts.precision * 100).toFixed(0)}%`],
    ...(measured.agreement === undefined ? [] : [[`${name}: alignment with the English`, `link F1 ${measured.agreement.toFixed(3)} against the typed text's gold`] as Figure]),
  ];
}

async function run(): Promise<void> {
  try {
    const telegram = parseMarkdown(readFileSync(path.join(TELEGRAM_FOLDER, 'ru.md'), 'utf8'), 'ru.md').paragraphs.map((paragraph) => paragraph.text);
    const gold: Bead[] = JSON.parse(readFileSync(path.resolve('tests/bench/gold', `${TELEGRAM}.json`), 'utf8')).map(([ru, en]: [number[], number[]]) => ({ ru, en }));
    const telegramPdf = path.join(work, 'telegram.pdf');
    await renderScanPdf([{ paragraphs: telegram }], telegramPdf);
    const mixedPdf = path.join(work, 'mixed.pdf');
    await renderScanPdf([{ paragraphs: MIXED }], mixedPdf);
    const worn: PageWear = { typewriter: true, skewDegrees: 1, blurPx: 0.4 };
    const firstLeaf = telegram.slice(0, FIRST_LEAF_PARAGRAPHS);
    const photographed = path.join(work, 'first-leaf.png');
    await renderScanImage({ paragraphs: firstLeaf }, photographed, worn);
    printFigures('ocr', [
      ...figuresOf('telegram, clean PDF', await measure(telegram, [telegramPdf], gold)),
      ...figuresOf('Russian with English, clean PDF', await measure(MIXED, [mixedPdf])),
      ...figuresOf('first leaf photographed (typewriter, 1° askew, blurred)', await measure(firstLeaf, [photographed])),
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await run();
