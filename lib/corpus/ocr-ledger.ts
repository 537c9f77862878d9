/**
 * `ocr.yml`: what `sverka import-original` knows of a scan that a person's ru.md does not say: the
 * pages (the leaf each is, its image in `scan/`, how sure the engine was) and the words the engine
 * was unsure of. A doubtful word is found again in ru.md by the text around it, as a quote selector
 * is, so a word a person has corrected simply stops being marked.
 *
 *   pages:
 *     - { page: 1, leaf: "88", image: scan/page-001.jpg, words: 212, confidence: 93.1 }
 *   doubts:
 *     - { word: З3—тов.Молотову, paragraph: 5, page: 1, confidence: 30, why: the engine was unsure of it, before: "Экз.N ", after: "" }
 */
import { Document as YamlDocument, isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { readYamlMapping } from '../metadata';
import type { OcrDoubt, OcrLedger, OcrPage, Problem } from '../types';

/** An image kept beside the text: `scan/page-001.jpg`; nothing that could leave the folder. */
export const SCAN_IMAGE_NAME = /^scan\/page-\d{3,5}\.(?:png|jpg)$/;

/** The ledger read from ocr.yml, with every problem found (a broken ledger loses only the marks). */
export interface ReadOcrLedger {
  ledger: OcrLedger;
  problems: Problem[];
}

/** Read and check the text of an ocr.yml. */
export function readOcrLedger(text: string, file: string): ReadOcrLedger {
  const { mapping, problems, report } = readYamlMapping(text, file, '"pages: [...]" and "doubts: [...]"');
  const ledger: OcrLedger = { pages: [], doubts: [] };
  if (!mapping) return { ledger, problems };
  for (const pair of mapping.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    if ((key !== 'pages' && key !== 'doubts') || !isSeq(pair.value)) {
      report(pair.key?.range?.[0], key === 'pages' || key === 'doubts' ? 'wrong-type' : 'unknown-field',
        key === 'pages' || key === 'doubts' ? `"${key}" must be a list` : `unknown field "${key}" in ocr.yml; its fields are "pages" and "doubts"`);
      continue;
    }
    for (const item of pair.value.items as YamlNode[]) {
      const entry = isMap(item) ? (key === 'pages' ? pageOf(item) : doubtOf(item)) : undefined;
      if (!entry) {
        report(item?.range?.[0], 'bad-ocr-entry', key === 'pages'
          ? 'each page needs "page" (from 1), "words" and "confidence"; "image" must be scan/page-NNN.png or .jpg'
          : 'each doubt needs "word", "paragraph", "page", "confidence", "before" and "after"');
        continue;
      }
      if (key === 'pages') ledger.pages.push(entry as OcrPage);
      else ledger.doubts.push(entry as OcrDoubt);
    }
  }
  return { ledger, problems };
}

function numberIn(map: YAMLMap, key: string): number | undefined {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function textIn(map: YAMLMap, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function pageOf(map: YAMLMap): OcrPage | undefined {
  const [page, words, meanConfidence] = [numberIn(map, 'page'), numberIn(map, 'words'), numberIn(map, 'confidence')];
  const [leaf, image] = [textIn(map, 'leaf'), textIn(map, 'image')];
  if (!page || !Number.isInteger(page) || words === undefined || meanConfidence === undefined) return undefined;
  if (image !== undefined && !SCAN_IMAGE_NAME.test(image)) return undefined;
  return { page, words, meanConfidence, ...(leaf ? { leaf } : {}), ...(image ? { image } : {}) };
}

function doubtOf(map: YAMLMap): OcrDoubt | undefined {
  const [paragraph, page, confidence] = [numberIn(map, 'paragraph'), numberIn(map, 'page'), numberIn(map, 'confidence')];
  const [word, before, after] = [textIn(map, 'word'), textIn(map, 'before') ?? '', textIn(map, 'after') ?? ''];
  if (!word || paragraph === undefined || page === undefined || confidence === undefined) return undefined;
  return { word, paragraph, page, confidence, reason: textIn(map, 'why') ?? 'the engine was unsure of it', before, after };
}

/** ocr.yml text for a ledger, each entry on one line so that a long scan stays readable. */
export function writeOcrLedger(ledger: OcrLedger): string {
  const header = '# Written by sverka import-original: the scan\'s pages and the words the OCR engine was unsure of.\n';
  const document = new YamlDocument({
    pages: ledger.pages.map((page) => ({ page: page.page, ...(page.leaf ? { leaf: page.leaf } : {}), ...(page.image ? { image: page.image } : {}),
      words: page.words, confidence: page.meanConfidence })),
    doubts: ledger.doubts.map((doubt) => ({ word: doubt.word, paragraph: doubt.paragraph, page: doubt.page, confidence: doubt.confidence,
      why: doubt.reason, before: doubt.before, after: doubt.after })),
  });
  for (const key of ['pages', 'doubts']) {
    const list = document.get(key);
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
  return header + document.toString({ lineWidth: 0, flowCollectionPadding: true });
}
