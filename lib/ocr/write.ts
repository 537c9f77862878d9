/**
 * What an OCR import writes beside ru.md: the scan's page images in `scan/`, swapped in whole,
 * and the `ocr:` record in document.yml, set without touching the rest of the person's file.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { refuseLink, replaceFolder, type FolderFiles } from '../files';
import { ocrFields } from '../metadata';
import type { OcrRecord } from '../types';
import { pageImageName } from './scans';

/**
 * Make `<folder>/scan` hold exactly `images` (page → image file), named page-001… by page,
 * swapped in whole (`replaceFolder`), so the reader never sees half a scan; no images, no folder.
 * The caller holds the document's lock.
 */
export async function replaceScanFolder(folder: string, images: Map<number, string>): Promise<void> {
  const target = path.join(folder, 'scan');
  if (images.size === 0) {
    await refuseLink(target, 'folder');
    await rm(target, { recursive: true, force: true });
    return;
  }
  const files: FolderFiles = {};
  for (const [page, image] of images) files[`${pageImageName(page)}${path.extname(image)}`] = { copyFrom: image };
  await replaceFolder(target, files);
}

/**
 * document.yml's text with its `ocr:` record set and everything else byte for byte as the person
 * left it (comments, order, line folding): the block is appended, or put in place of the old one.
 */
export function withOcrRecord(text: string, record: OcrRecord): string {
  const block = stringify({ ocr: ocrFields(record) }, { lineWidth: 100 });
  const document = parseDocument(text);
  const pair = isMap(document.contents) ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'ocr') : undefined;
  const [start, end] = [(pair?.key as YamlNode | undefined)?.range?.[0], (pair?.value as YamlNode | undefined)?.range?.[2]];
  if (start === undefined || end === undefined) return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${block}`;
  return text.slice(0, start) + block + text.slice(end).replace(/^\n+/, '');
}
