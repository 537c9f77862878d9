/**
 * What an OCR import writes beside ru.md: the scan's page images in `scan/`, swapped in whole,
 * and the `ocr:` record in document.yml, set without touching the rest of the person's file.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { refuseLink } from '../files';
import { ocrFields } from '../metadata';
import type { OcrRecord } from '../types';
import { pageImageName } from './scans';

/** The staging and set-aside scan folders of `replaceScanFolder`. */
const LEFTOVER_SCAN = /^\.scan\.[0-9a-f-]+\.(?:tmp|old)$/;

/**
 * Make `<folder>/scan` hold exactly `images` (page → image file), named page-001… by page:
 * written beside it, then swapped in, so the reader never sees half a scan.
 */
export async function replaceScanFolder(folder: string, images: Map<number, string>): Promise<void> {
  const target = path.join(folder, 'scan');
  await refuseLink(target, 'folder');
  // What an import killed while it swapped the scan in left behind (the reader never sees hidden names).
  for (const name of await readdir(folder)) if (LEFTOVER_SCAN.test(name)) await rm(path.join(folder, name), { recursive: true, force: true });
  const fresh = path.join(folder, `.scan.${randomUUID()}.tmp`);
  const old = path.join(folder, `.scan.${randomUUID()}.old`);
  if (images.size === 0) {
    await rename(target, old).catch(() => undefined);
    await rm(old, { recursive: true, force: true });
    return;
  }
  await mkdir(fresh);
  try {
    for (const [page, image] of images) await copyFile(image, path.join(fresh, `${pageImageName(page)}${path.extname(image)}`));
    const hadOne = await readdir(target).then(() => true, () => false);
    if (hadOne) await rename(target, old);
    await rename(fresh, target);
  } finally {
    await rm(fresh, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
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
