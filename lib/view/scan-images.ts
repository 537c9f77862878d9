/**
 * The page images of a scanned original (`texts/<slug>/scan/`), served beside the reader so a
 * folio mark opens its page. Only images the document's ocr.yml lists are served, by names that
 * cannot leave the folder, and each is read within a size limit.
 */
import path from 'node:path';
import { corpusDirectory, isReadable, loadDocument, SCAN_IMAGE_NAME } from '../corpus';
import { FileRefused, readBoundedFile } from '../files';
import { corpusSnapshot } from './corpus-snapshot';

/** The largest page image served: `import-original` writes about 200 kB a page; a person's PNG may be larger. */
const MAX_SCAN_IMAGE_BYTES = 32 * 1024 * 1024;

/** Media types of the image kinds a scan folder holds. */
const SCAN_IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg' };

/** Every page image of every readable document, as route parameters (`image` is the file name in scan/). */
export async function listScanImages(corpusDir = corpusDirectory()): Promise<Array<{ slug: string; image: string }>> {
  const documents = await corpusSnapshot(corpusDir);
  return documents.filter(isReadable).flatMap((document) => (document.ocr?.pages ?? [])
    .flatMap((page) => (page.image ? [{ slug: document.slug, image: path.basename(page.image) }] : [])));
}

/** The bytes and media type of one page image, or undefined when the document's ledger lists no such image or it cannot be read. */
export async function getScanImage(slug: string, image: string, corpusDir = corpusDirectory()): Promise<{ bytes: Uint8Array; type: string } | undefined> {
  const name = `scan/${image}`;
  if (!SCAN_IMAGE_NAME.test(name)) return undefined;
  const document = await loadDocument(slug, corpusDir);
  if (!document || !isReadable(document) || !document.ocr?.pages.some((page) => page.image === name)) return undefined;
  try {
    const bytes = await readBoundedFile(path.join(/* turbopackIgnore: true */ corpusDir, slug, name), MAX_SCAN_IMAGE_BYTES);
    return { bytes, type: SCAN_IMAGE_TYPES[path.extname(name)] };
  } catch (error) {
    if (error instanceof FileRefused) return undefined;
    throw error;
  }
}
