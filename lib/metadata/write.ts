/**
 * Serialise document metadata as `document.yml`, in the field order a reviewer expects.
 * The inverse of `readMetadata`: reading the output gives back the same `DocumentMeta`.
 */
import { stringify } from 'yaml';
import type { DocumentMeta, OcrRecord } from '../types';

/**
 * Line width for folding long values. Wide enough that locators and titles stay on one line
 * (a reviewer greps for them), narrow enough that summaries diff well in git.
 */
const YAML_LINE_WIDTH = 100;

/** YAML text for `meta`, with snake_case field names and no empty fields. */
export function writeMetadata(meta: DocumentMeta): string {
  const plain: Record<string, unknown> = {
    title: meta.title,
    date: meta.date,
    date_printed: meta.datePrinted,
    from: meta.from,
    to: meta.to,
    kind: meta.kind,
    original_language: meta.originalLanguage,
    locators: meta.locators.length > 0 ? meta.locators.map((locator) => ({ ...locator })) : undefined,
    citation: meta.citation,
    source: meta.source && { archive: meta.source.archive, url: meta.source.url, record_id: meta.source.recordId },
    translator: meta.translator,
    summary: meta.summary,
    credits: meta.credits,
    rights: meta.rights,
    remarks: meta.remarks,
    imported: meta.imported && {
      source_file: meta.imported.sourceFile,
      source_sha256: meta.imported.sourceSha256,
      output_sha256: meta.imported.outputSha256,
      files: meta.imported.files?.join(' '),
    },
    ocr: meta.ocr && ocrFields(meta.ocr),
  };
  return stringify(withoutEmpty(plain), { lineWidth: YAML_LINE_WIDTH, minContentWidth: 0 });
}

/** The `ocr:` mapping of document.yml, as `sverka import-original` writes it. */
export function ocrFields(ocr: OcrRecord): Record<string, string | number | boolean> {
  return {
    engine: ocr.engine,
    languages: ocr.languages,
    date: ocr.date,
    mean_confidence: ocr.meanConfidence,
    pages: ocr.pages,
    scans: ocr.scans.join('; '),
    output_sha256: ocr.outputSha256,
    reviewed: ocr.reviewed,
  };
}

function withoutEmpty(value: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || item === '') continue;
    result[key] = item && typeof item === 'object' && !Array.isArray(item) ? withoutEmpty(item as Record<string, unknown>) : item;
  }
  return result;
}
