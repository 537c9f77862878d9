/**
 * Scan files checked and turned into page images: a PDF (its pages rendered by Poppler's
 * pdftoppm) or page images (PNG, JPEG, TIFF). A file is known by its first bytes, not its name,
 * and nothing is read whole: the size and the page count are checked before any page is rendered.
 */
import { copyFile } from 'node:fs/promises';
import { readFileHead } from '../files';
import { OcrRefused, runProgram } from './programs';

/** What a scan file holds. */
type ScanKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

/** A scan file, checked. */
export interface ScanFile {
  file: string;
  /** The name a message shows. */
  display: string;
  kind: ScanKind;
  /** Pages in a PDF; 1 for an image (a multi-page TIFF's pages are counted as they are read). */
  pages: number;
}

/** The largest scan file taken: a 500-page PDF of 300 dpi greyscale pages is about 400 MB. */
const MAX_SCAN_BYTES = 1024 * 1024 * 1024;
/**
 * The largest page image taken, in pixels: an A3 sheet at 600 dpi is 70 megapixels. Larger is a
 * mistake or a decompression bomb, which would take the OCR engine gigabytes of memory.
 */
const MAX_PAGE_PIXELS = 100_000_000;
/** The resolution pages are rendered at for reading: Tesseract's models are trained on text of about 300 dpi. */
const OCR_DPI = 300;
/** The resolution of the page images kept beside the text: legible on a screen; a typed A4 page is about 200 kB as JPEG. */
const KEPT_IMAGE_DPI = 110;
const KEPT_IMAGE_QUALITY = 80;
/** Time allowed to count a PDF's pages and to render one page. */
const PDF_INFO_TIMEOUT_MS = 60_000;
const RENDER_TIMEOUT_MS = 120_000;

const SIGNATURES: Array<[ScanKind, number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
];
/** Bytes read to know a file: the signatures above and a PNG's width and height. */
const HEAD_BYTES = 24;

/**
 * Check a scan file: a regular file within the size limit (else FileRefused, naming it), a PDF or
 * an image the engine reads, its pages counted.
 */
export async function inspectScan(file: string, display = file): Promise<ScanFile> {
  const { head, size } = await readFileHead(file, HEAD_BYTES, MAX_SCAN_BYTES);
  if (size === 0) throw new OcrRefused(`${display}: the file is empty`);
  const kind = SIGNATURES.find(([, bytes]) => bytes.every((byte, index) => head[index] === byte))?.[0];
  if (!kind) throw new OcrRefused(`${display}: not a PDF, PNG, JPEG or TIFF file (its first bytes say otherwise)`);
  if (kind === 'png' && head.length >= HEAD_BYTES) {
    const view = Buffer.from(head);
    const [width, height] = [view.readUInt32BE(16), view.readUInt32BE(20)];
    if (width * height > MAX_PAGE_PIXELS) throw new OcrRefused(`${display}: the image is ${width} × ${height} pixels; pages larger than ${MAX_PAGE_PIXELS / 1e6} megapixels are refused`);
  }
  return { file, display, kind, pages: kind === 'pdf' ? await pdfPageCount(file, display) : 1 };
}

async function pdfPageCount(file: string, display: string): Promise<number> {
  let info: string;
  try {
    info = await runProgram('pdfinfo', [file], { timeout: PDF_INFO_TIMEOUT_MS });
  } catch (error) {
    if (!(error instanceof OcrRefused) || /not installed/.test(error.message)) throw error;
    throw new OcrRefused(`${display}: not a readable PDF (${error.message.replace(/^pdfinfo failed: ?/, '')})`);
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  if (pages === 0) throw new OcrRefused(`${display}: the PDF has no pages`);
  return pages;
}

/**
 * Render page `page` (1-based) of a PDF for reading, as a greyscale PNG at `OCR_DPI`, to
 * `prefix`.png; returns the image's path.
 */
export async function renderPdfPage(scan: ScanFile, page: number, prefix: string): Promise<string> {
  await runRender(scan, page, ['-r', String(OCR_DPI), '-gray', '-png'], prefix);
  return `${prefix}.png`;
}

/**
 * Write the page image kept beside the text to `target` without extension; returns the file
 * written, or undefined when the page cannot be kept (a TIFF: browsers do not show it).
 */
export async function keepPageImage(scan: ScanFile, page: number, target: string): Promise<string | undefined> {
  if (scan.kind === 'pdf') {
    await runRender(scan, page, ['-r', String(KEPT_IMAGE_DPI), '-gray', '-jpeg', '-jpegopt', `quality=${KEPT_IMAGE_QUALITY}`], target);
    return `${target}.jpg`;
  }
  if (scan.kind === 'tiff') return undefined;
  const file = `${target}.${scan.kind === 'png' ? 'png' : 'jpg'}`;
  await copyFile(scan.file, file);
  return file;
}

async function runRender(scan: ScanFile, page: number, format: string[], prefix: string): Promise<void> {
  try {
    await runProgram('pdftoppm', [...format, '-f', String(page), '-l', String(page), '-singlefile', scan.file, prefix], { timeout: RENDER_TIMEOUT_MS });
  } catch (error) {
    if (!(error instanceof OcrRefused) || /not installed/.test(error.message)) throw error;
    throw new OcrRefused(`${scan.display}: page ${page} cannot be rendered (${error.message.replace(/^pdftoppm failed: ?/, '')})`);
  }
}

/** A page image's file name in the document's scan folder: page-001, page-002… */
export function pageImageName(page: number): string {
  return `page-${String(page).padStart(3, '0')}`;
}
