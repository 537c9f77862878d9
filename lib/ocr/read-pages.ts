/**
 * Every page of the scan files read by the OCR engine, a page per core at a time: PDF pages
 * rendered for reading first, the page images to keep beside the text made on the way.
 */
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { OcrPage } from '../types';
import type { PageWords } from './compose';
import { OcrRefused, runProgram } from './programs';
import { keepPageImage, renderPdfPage, type ScanFile } from './scans';
import { parseTesseractTsv } from './tsv';

/** Time allowed to read one page: a dense 300 dpi page takes 2–4 s here. */
const PAGE_TIMEOUT_MS = 180_000;

/** One page as read: its words, and the image kept of it (none for TIFF pages, or when images are not kept). */
export interface ReadPage {
  words: PageWords['words'];
  image?: string;
}

/** Read every page, a page per core at a time; pages come back in order. */
export async function readPages(scans: ScanFile[], work: string, languages: string, keepImages: boolean, onPage: (page: OcrPage) => void): Promise<ReadPage[]> {
  const tasks = scans.flatMap((scan) => Array.from({ length: scan.pages }, (_, index) => ({ scan, page: index + 1 })));
  const results: ReadPage[][] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < tasks.length; index = next++) {
      const { scan, page } = tasks[index];
      const prefix = path.join(work, `task-${index}`);
      const image = scan.kind === 'pdf' ? await renderPdfPage(scan, page, prefix) : scan.file;
      let tsv: string;
      try {
        tsv = await runProgram('tesseract', [image, '-', '-l', languages, 'tsv'], { timeout: PAGE_TIMEOUT_MS });
      } catch (error) {
        if (!(error instanceof OcrRefused) || /not installed/.test(error.message)) throw error;
        throw new OcrRefused(`${scan.display}${scan.pages > 1 ? `, page ${page}` : ''}: the OCR engine could not read it (${error.message.replace(/^tesseract failed: ?/, '')})`);
      }
      const words = parseTesseractTsv(tsv);
      // A multi-page TIFF: one page per page of the file.
      const filePages = [...new Set(words.map((word) => word.page))];
      const perPage: ReadPage[] = filePages.length > 1 ? filePages.map((filePage) => ({ words: words.filter((word) => word.page === filePage) })) : [{ words }];
      if (keepImages && perPage.length === 1) perPage[0].image = await keepPageImage(scan, page, path.join(work, `kept-${index}`));
      if (scan.kind === 'pdf') await rm(image, { force: true });
      results[index] = perPage;
      for (const read of perPage) onPage({ page: index + 1, words: read.words.length, meanConfidence: mean(read.words.map((word) => word.confidence)) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), tasks.length) }, worker));
  return results.flat();
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

