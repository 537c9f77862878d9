/**
 * `importOriginal`: a scan of the Russian original (a PDF, or page images) read by OCR into a
 * document's ru.md, with its provenance in document.yml (`ocr:`), its pages and doubtful words in
 * ocr.yml and its page images in `scan/`, so the reader can mark what a person should check.
 *
 * Everything is read and composed before anything is written, and written under the document's
 * lock: ocr.yml and the images first, then document.yml, then ru.md, each atomically. A kill in
 * between leaves the old ru.md with a provenance that no longer matches it, which the next run
 * takes for a person's text and refuses to replace without --force: nothing is lost.
 * A ru.md a person wrote or corrected (it no longer matches the provenance, or the OCR was marked
 * reviewed) is never replaced without `force`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSafeSlug, loadDocument, writeOcrLedger } from '../corpus';
import { displayPath, findLeftovers, readBoundedFileIfPresent, refuseLink, withDocumentLock, writeFileAtomic } from '../files';
import { paragraphsToMarkdown } from '../import';
import { readMetadata } from '../metadata';
import { decodeSource, MAX_SOURCE_BYTES, sha256Hex } from '../text';
import type { OcrPage, OcrRecord } from '../types';
import { composeText, type PageWords } from './compose';
import { leavesOf } from './leaves';
import { ocrEngine, OcrRefused } from './programs';
import { readPages } from './read-pages';
import { inspectScan, pageImageName, type ScanFile } from './scans';
import { replaceScanFolder, withOcrRecord } from './write';

/** What to read and how. */
export interface ImportOriginalOptions {
  corpusDir: string;
  slug: string;
  /** Scan files in page order. */
  scans: string[];
  /** Replace a ru.md a person wrote. */
  force?: boolean;
  /** The archival leaf of the first page, when document.yml's `listy` does not say or says otherwise. */
  firstLeaf?: string;
  /** Pages read at most; more is refused (a whole file of a delo is not one document). */
  maxPages?: number;
  /** Keep the page images in `scan/` for the reader (default true). */
  keepImages?: boolean;
  /** Tesseract models, e.g. "rus+eng" (the default: Russian telegrams quote English names and terms). */
  languages?: string;
  /** Today, for the provenance (tests fix it). */
  today?: string;
  /** Called as each page is read. */
  onPage?: (page: OcrPage, of: number) => void;
}

/** What the import did. */
export interface ImportOriginalResult {
  /** ru.md as a message shows it. */
  file: string;
  record: OcrRecord;
  pages: OcrPage[];
  doubts: number;
  paragraphs: number;
  /** Things a person should know: blank pages, images not kept, leaves guessed. */
  warnings: string[];
}

/** Pages read unless asked for more: a telegram or letter has a few; 100 take about two minutes on two cores. */
export const DEFAULT_MAX_PAGES = 100;
/** The default models: Russian, and English for the names and terms Russian telegrams quote. */
export const DEFAULT_LANGUAGES = 'rus+eng';

/**
 * Read `scans` into `<corpusDir>/<slug>/ru.md`. Throws OcrRefused (or FileRefused, for a path that is
 * not a readable file) with a message that names the file and says what to do.
 */
export async function importOriginal(options: ImportOriginalOptions): Promise<ImportOriginalResult> {
  const { corpusDir, slug } = options;
  const folder = path.join(corpusDir, slug);
  if (!isSafeSlug(slug)) throw new OcrRefused(`${displayPath(folder)}: not a document folder name (lowercase letters, digits and hyphens)`);
  const document = await loadDocument(slug, corpusDir);
  if (!document) throw new OcrRefused(`${displayPath(folder)}: no such document folder; import the translation first (sverka import) or create the folder with a document.yml`);
  if (!document.meta) {
    const problem = document.problems.find((candidate) => candidate.severity === 'error');
    throw new OcrRefused(problem ? `${problem.file}:${problem.line}: ${problem.message}` : `${displayPath(folder)}: document.yml is missing`);
  }
  const ruFile = path.join(folder, 'ru.md');
  if (!options.force) await refuseToReplace(ruFile, document.meta.ocr);
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const engine = await ocrEngine(languages);
  const scans: ScanFile[] = [];
  for (const file of options.scans) scans.push(await inspectScan(file, displayPath(file)));
  if (scans.length === 0) throw new OcrRefused('no scan given: name a PDF or page images (PNG, JPEG, TIFF) in page order');
  const pageCount = scans.reduce((sum, scan) => sum + scan.pages, 0);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (pageCount > maxPages) {
    throw new OcrRefused(`${scans.map((scan) => `${scan.display} (${scan.pages} page${scan.pages === 1 ? '' : 's'})`).join(', ')}: ${pageCount} pages, more than ${maxPages}; `
      + `a document is rarely that long (is this the whole file of a delo?). Pass --max-pages ${pageCount} to read them all (about 3 s a page)`);
  }
  const leaves = leavesOf(pageCount, document.meta.locators[0]?.listy, options.firstLeaf);
  const work = await mkdtemp(path.join(tmpdir(), 'sverka-ocr-'));
  try {
    const read = await readPages(scans, work, languages, options.keepImages !== false, (page) => options.onPage?.(page, pageCount));
    const pages: PageWords[] = read.map((page, index) => ({ page: index + 1, leaf: leaves.list[index], words: page.words }));
    const composed = composeText(pages);
    const warnings = [...leaves.warnings];
    for (const page of composed.pages) if (page.words === 0) warnings.push(`page ${page.page}: no text found (a blank page, or a picture): it has no folio mark in ru.md`);
    if (read.length > pageCount) warnings.push(`the TIFF files held ${read.length} pages in all; leaves were numbered on from the first`);
    if (composed.paragraphs.length === 0) {
      throw new OcrRefused(`${scans.map((scan) => scan.display).join(', ')}: no text found on any page (blank pages, pictures, or a scan too faint to read); nothing was written`);
    }
    const images = new Map<number, string>();
    read.forEach((page, index) => { if (page.image) images.set(index + 1, page.image); });
    if (options.keepImages !== false && scans.some((scan) => scan.kind === 'tiff')) warnings.push('TIFF pages are not kept in scan/: browsers cannot show TIFF; give PNG or JPEG pages to see them beside the text');
    const ledgerPages = composed.pages.map((page) => (images.has(page.page) && options.keepImages !== false
      ? { ...page, image: `scan/${pageImageName(page.page)}${path.extname(images.get(page.page)!)}` } : page));
    const markdown = paragraphsToMarkdown(composed.paragraphs, 'the OCR text');
    const record: OcrRecord = {
      engine, languages, date: options.today ?? new Date().toISOString().slice(0, 10), meanConfidence: composed.meanConfidence,
      pages: composed.pages.length, scans: scans.map((scan) => path.basename(scan.file)), outputSha256: sha256Hex(markdown), reviewed: false,
    };
    await withDocumentLock(corpusDir, slug, async () => {
      await refuseLink(folder, 'folder');
      // Checked again under the lock: a person may have saved ru.md while the pages were read.
      const current = await readBoundedFileIfPresent(path.join(folder, 'document.yml'), MAX_SOURCE_BYTES);
      const currentText = current ? decodeSource(current, displayPath(path.join(folder, 'document.yml'))).text : undefined;
      if (currentText === undefined) throw new OcrRefused(`${displayPath(folder)}: document.yml vanished while the scan was read`);
      const { meta: currentMeta, problems } = readMetadata(currentText, displayPath(path.join(folder, 'document.yml')));
      // Edited into a broken state while the pages were read: it is not written over.
      if (!currentMeta) throw new OcrRefused(`${problems[0].file}:${problems[0].line}: ${problems[0].message}; nothing was written`);
      if (!options.force) await refuseToReplace(ruFile, currentMeta.ocr);
      await replaceScanFolder(folder, options.keepImages !== false ? images : new Map());
      // What a killed import left (a staged scan folder, a temporary file): no writer is in flight while we hold the lock.
      for (const name of await findLeftovers(folder)) await rm(path.join(folder, name), { recursive: true, force: true });
      await writeFileAtomic(path.join(folder, 'ocr.yml'), writeOcrLedger({ pages: ledgerPages, doubts: composed.doubts }));
      await writeFileAtomic(path.join(folder, 'document.yml'), withOcrRecord(currentText, record));
      await writeFileAtomic(ruFile, markdown);
    });
    return { file: displayPath(ruFile), record, pages: ledgerPages, doubts: composed.doubts.length, paragraphs: composed.paragraphs.length, warnings };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Refuse unless ru.md is absent or is exactly the unreviewed OCR text the provenance describes. */
async function refuseToReplace(ruFile: string, ocr: OcrRecord | undefined): Promise<void> {
  // A ru.md that cannot be read (a folder, a link, too large) is refused by the read itself, naming it.
  const bytes = await readBoundedFileIfPresent(ruFile, MAX_SOURCE_BYTES);
  if (!bytes) return;
  const text = decodeSource(bytes, displayPath(ruFile)).text;
  const ours = ocr && !ocr.reviewed && text !== undefined && sha256Hex(text) === ocr.outputSha256;
  if (ours) return;
  const why = !ocr ? 'a person wrote it' : ocr.reviewed ? 'its OCR text was reviewed by a person' : 'it was corrected since it was read';
  throw new OcrRefused(`${displayPath(ruFile)} exists and ${why}: pass --force to replace it with the scan's text`);
}

