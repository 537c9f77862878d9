/**
 * The OCR stage without the OCR engine: Tesseract's TSV read into words, words made into ru.md's
 * paragraphs (lines joined, broken words made whole, folio marks, doubtful words), doubts found
 * again after a person's corrections, ocr.yml and document.yml's `ocr:` record read and written,
 * and the checks' gentleness towards an unreviewed OCR text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { softenOcrNoise } from '@/lib/checks/ocr-noise';
import { loadDocument, readOcrLedger, writeOcrLedger } from '@/lib/corpus';
import { readMetadata, writeMetadata } from '@/lib/metadata';
import { composeText, parseTesseractTsv, placeDoubts, type OcrWord } from '@/lib/ocr';
import { withOcrRecord } from '@/lib/ocr/write';
import type { Finding, OcrLedger, OcrRecord } from '@/lib/types';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

/** A word of a page: block 1, paragraph `paragraph`, line `line`, 40 px high lines 60 px apart unless `top` says otherwise. */
function word(text: string, paragraph: number, line: number, confidence = 95, top = line * 60): OcrWord {
  return { page: 1, block: 1, paragraph, line, top, height: 40, text, confidence };
}

describe('Tesseract TSV', () => {
  test('keeps the words with their layout numbers, box and confidence; layout rows and blank words are skipped', () => {
    const tsv = [HEADER,
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t290\t240\t1760\t50\t-1\t',
      '5\t1\t1\t1\t1\t1\t293\t245\t181\t46\t95.729156\tВторое',
      '5\t1\t1\t1\t1\t2\t493\t254\t206\t28\t30.5\tЗ3—тов.Молотову',
      '5\t1\t1\t1\t1\t3\t700\t254\t20\t28\t12\t ',
      '5\t1\t2\t1\t1\t1\t293\t345\t181\t46\t-1\tsomething'].join('\n');
    expect(parseTesseractTsv(tsv)).toEqual([
      { page: 1, block: 1, paragraph: 1, line: 1, top: 245, height: 46, text: 'Второе', confidence: 95.729156 },
      { page: 1, block: 1, paragraph: 1, line: 1, top: 254, height: 28, text: 'З3—тов.Молотову', confidence: 30.5 },
      // A confidence below 0 is the engine's "none": read as 0, the word is kept.
      { page: 1, block: 2, paragraph: 1, line: 1, top: 345, height: 46, text: 'something', confidence: 0 },
    ]);
  });
});

describe('composing the text', () => {
  test('lines are joined; a word broken at a line end is made whole unless the scan writes it with a hyphen elsewhere', () => {
    const { paragraphs } = composeText([{ page: 1, leaf: '88', words: [
      word('Правитель-', 1, 1), word('ство', 1, 2), word('решило', 1, 2), word('летно-', 1, 3), word('технических', 1, 4),
      word('школ', 1, 4), word('и', 1, 4), word('летно-технических', 1, 5), word('курсов.', 1, 5),
    ] }]);
    expect(paragraphs.map((paragraph) => paragraph.lines.join('\n'))).toEqual([
      '[Л. 88] Правительство решило летно-технических школ и летно-технических курсов.',
    ]);
  });

  test('a paragraph starts where the engine says, and where a gap between lines says so', () => {
    const { paragraphs } = composeText([{ page: 1, leaf: '1', words: [
      word('Из', 1, 1, 95, 100), word('Пекина', 1, 1, 95, 100), word('Весьма', 1, 2, 95, 190), word('срочно', 1, 2, 95, 190),
      word('Мы,', 1, 3, 95, 250), word('рассмотрев', 1, 3, 95, 250), word('вопросы', 1, 4, 95, 310), word('Ответ', 2, 1, 95, 400),
    ] }]);
    expect(paragraphs.map((paragraph) => paragraph.lines[0])).toEqual(['[Л. 1] Из Пекина', 'Весьма срочно Мы, рассмотрев вопросы', 'Ответ']);
  });

  test('each page begins with its folio mark; a paragraph running on to the next page keeps the mark inside it', () => {
    const { paragraphs, pages } = composeText([
      { page: 1, leaf: '88', words: [word('Конец.', 1, 1), word('Для', 2, 1), word('подготовки', 2, 1), word('экипажей', 2, 2)] },
      { page: 2, leaf: '89', words: [word('намечено', 1, 1), word('переучить.', 1, 1), word('Следовательно,', 2, 1)] },
      { page: 3, leaf: '90', words: [] },
      { page: 4, leaf: '91', words: [word('Подпись.', 1, 1)] },
    ]);
    expect(paragraphs.map((paragraph) => paragraph.lines[0])).toEqual([
      '[Л. 88] Конец.', 'Для подготовки экипажей [Л. 89] намечено переучить.', 'Следовательно,', '[Л. 91] Подпись.',
    ]);
    expect(pages.map((page) => [page.page, page.leaf, page.words])).toEqual([[1, '88', 4], [2, '89', 3], [3, '90', 0], [4, '91', 1]]);
  });

  test('words the engine was unsure of, or that glue a digit to a letter, are listed with the text around them', () => {
    const { doubts, meanConfidence } = composeText([{ page: 2, leaf: '89', words: [
      word('Экз.', 1, 1, 90), word('З3—тов.Молотову', 1, 1, 91), word('прибыл', 1, 1, 40), word('генерал', 1, 1, 95),
    ] }]);
    expect(doubts).toEqual([
      { word: 'З3—тов.Молотову', paragraph: 0, page: 2, confidence: 91, reason: expect.stringMatching(/^a digit inside a word/), before: '[Л. 89] Экз. ', after: ' прибыл генерал' },
      { word: 'прибыл', paragraph: 0, page: 2, confidence: 40, reason: 'the engine was unsure of it', before: 'З3—тов.Молотову ', after: ' генерал' },
    ]);
    expect(meanConfidence).toBe(79);
  });

  test('Latin letters inside a Russian word, or a "Latin" word of Cyrillic lookalikes in Russian text, are doubtful; English words are not', () => {
    const { doubts } = composeText([{ page: 1, words: [
      word('прошу', 1, 1), word('Bac', 1, 1), word('тов.Cталину', 1, 1), word('и', 1, 1), word('Mr.', 1, 1), word('Harriman', 1, 1),
      word('Copy', 2, 1, 95, 200), word('to', 2, 1, 95, 200), word('Cde.', 2, 1, 95, 200), word('Molotov', 2, 1, 95, 200),
    ] }]);
    expect(doubts.map((doubt) => [doubt.word, doubt.reason])).toEqual([
      ['Bac', 'Latin letters that look Cyrillic, in Russian text'], ['тов.Cталину', 'Latin and Cyrillic letters in one word']]);
  });
});

describe('doubts found again in the current text', () => {
  const doubt = { word: 'З3', paragraph: 1, page: 1, confidence: 30, reason: 'the engine was unsure of it', before: 'Экз.N ', after: '—тов.Молотову' };

  test('where it was written, after paragraphs were added above, and not at all once corrected', () => {
    expect(placeDoubts([doubt], ['Шапка', 'Экз.N З3—тов.Молотову'])).toEqual([{ ...doubt, start: 6, end: 8 }]);
    expect(placeDoubts([doubt], ['Новый', 'абзац', 'Шапка', 'Экз.N З3—тов.Молотову'])).toEqual([{ ...doubt, paragraph: 3, start: 6, end: 8 }]);
    expect(placeDoubts([doubt], ['Шапка', 'Экз.N 3—тов.Молотову'])).toEqual([]);
  });

  test('two doubts with the same word and context are two places, not one', () => {
    const twice = { ...doubt, before: '', after: '' };
    expect(placeDoubts([twice, twice], ['', 'З3 и З3']).map((placed) => placed.start)).toEqual([0, 5]);
  });
});

describe('ocr.yml and the ocr: record', () => {
  const ledger: OcrLedger = {
    pages: [{ page: 1, leaf: '88', image: 'scan/page-001.jpg', words: 212, meanConfidence: 94.1 }, { page: 2, words: 0, meanConfidence: 0 }],
    doubts: [{ word: 'З3: "тов"', paragraph: 4, page: 1, confidence: 30, reason: 'a digit inside a word: 3 and З', before: '# Экз.N ', after: '' }],
  };
  const record: OcrRecord = {
    engine: 'tesseract 5.3.0', languages: 'rus+eng', date: '2026-12-02', meanConfidence: 94.6, pages: 2,
    scans: ['scan one.pdf', 'page-2.png'], outputSha256: 'a'.repeat(64), reviewed: false,
  };

  test('a ledger reads back as written, one line per entry', () => {
    const text = writeOcrLedger(ledger);
    expect(readOcrLedger(text, 'ocr.yml')).toEqual({ ledger, problems: [] });
    expect(text.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(3);
  });

  test('entries a person broke are reported, and an image that would leave the folder is refused', () => {
    const { ledger: read, problems } = readOcrLedger('pages:\n  - { page: 1, image: ../../etc/passwd, words: 1, confidence: 9 }\ndoubts:\n  - { word: x }\nextra: 1\n', 'ocr.yml');
    expect(read).toEqual({ pages: [], doubts: [] });
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([[2, 'bad-ocr-entry'], [4, 'bad-ocr-entry'], [5, 'unknown-field']]);
  });

  test('a broken ocr.yml is a warning: the document is still shown, without the marks', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'sverka-ocr-ledger-'));
    try {
      mkdirSync(path.join(corpus, 'doc'));
      writeFileSync(path.join(corpus, 'doc', 'document.yml'), 'title: T\nkind: telegram\n');
      writeFileSync(path.join(corpus, 'doc', 'ru.md'), 'Текст.\n');
      writeFileSync(path.join(corpus, 'doc', 'ocr.yml'), 'pages: 5\n');
      const document = await loadDocument('doc', corpus);
      expect(document!.problems.map((problem) => [problem.severity, problem.code])).toEqual([['warning', 'wrong-type']]);
      expect(document!.ocr).toEqual({ pages: [], doubts: [] });
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  test('document.yml\'s ocr: record reads back as written, and a wrong "reviewed" names its line', () => {
    const text = writeMetadata({ title: 'T', kind: 'telegram', locators: [], ocr: record });
    expect(readMetadata(text, 'document.yml')).toEqual({ meta: { title: 'T', kind: 'telegram', locators: [], ocr: record }, problems: [] });
    const wrong = readMetadata(text.replace('reviewed: false', 'reviewed: maybe'), 'document.yml');
    expect(wrong.problems.map((problem) => [problem.line, problem.message])).toEqual([[11, expect.stringMatching(/"reviewed" must be true/)]]);
  });

  test('the record is added after a person\'s text, and a new one replaces the old in place, the rest byte for byte', () => {
    const person = '# Checked.\ntitle: A very long title that a YAML writer would fold differently from how the person wrote it here\n'
      + 'kind: telegram\n';
    const first = withOcrRecord(person, record);
    expect(first.startsWith(person)).toBe(true);
    const withSummary = `${first}summary: after the record\n`;
    const second = withOcrRecord(withSummary, { ...record, pages: 3, reviewed: true });
    expect(second.startsWith(person)).toBe(true);
    expect(second.endsWith('summary: after the record\n')).toBe(true);
    expect(readMetadata(second, 'document.yml').meta!.ocr).toEqual({ ...record, pages: 3, reviewed: true });
  });
});

test('number and date findings of an unreviewed OCR text are low "check the scan"; a reviewed text keeps them as they were', () => {
  const finding = (kind: Finding['kind']): Finding => ({ kind, severity: 'high', ru: [1], en: [1], ruSpans: [], enSpans: [], message: 'm', evidence: 'e' });
  const findings = [finding('number-mismatch'), finding('date-mismatch'), finding('name-mismatch')];
  const ocr: OcrRecord = { engine: 'e', languages: 'rus', date: '2026-12-02', meanConfidence: 90, pages: 1, scans: [], outputSha256: 'x', reviewed: false };
  expect(softenOcrNoise(findings, ocr).map((item) => [item.kind, item.severity, item.message.startsWith('check the scan')])).toEqual([
    ['number-mismatch', 'low', true], ['date-mismatch', 'low', true], ['name-mismatch', 'high', false]]);
  expect(softenOcrNoise(findings, { ...ocr, reviewed: true })).toBe(findings);
  expect(softenOcrNoise(findings, undefined)).toBe(findings);
});
