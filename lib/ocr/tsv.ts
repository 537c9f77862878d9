/**
 * Tesseract's TSV output read into words. Each row is one element of the page layout (page,
 * block, paragraph, line, word: levels 1–5) with its box and, for words, the engine's confidence
 * (0–100); the numbering of blocks, paragraphs and lines is what keeps paragraph breaks.
 * Columns: level page_num block_num par_num line_num word_num left top width height conf text.
 */

/** One word as the engine read it, with where it stands in the page's layout. */
export interface OcrWord {
  /** Page within the image file read (a multi-page TIFF has several), from 1. */
  page: number;
  block: number;
  paragraph: number;
  line: number;
  /** The word's box on the page, in pixels: its top edge and height. */
  top: number;
  height: number;
  text: string;
  /** 0–100. */
  confidence: number;
}

const WORD_LEVEL = 5;
const COLUMNS = 12;

/** The words of one page's TSV, in reading order; rows that are not words, or hold only spaces, are skipped. */
export function parseTesseractTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < COLUMNS || Number(cells[0]) !== WORD_LEVEL) continue;
    // The text is the last column and may itself hold a tab only if the engine misbehaves: keep it whole.
    const text = cells.slice(COLUMNS - 1).join('\t').trim();
    const confidence = Number(cells[10]);
    if (text === '' || !Number.isFinite(confidence)) continue;
    words.push({ page: Number(cells[1]), block: Number(cells[2]), paragraph: Number(cells[3]), line: Number(cells[4]), top: Number(cells[7]), height: Number(cells[9]), text, confidence: Math.max(0, Math.min(100, confidence)) });
  }
  return words;
}
