/**
 * Read and validate `document.yml` (its fields are listed in the README, "Adding a document"), reporting every problem with its line.
 *
 * Every node keeps its source range, so problems name their line. Scalars are read as written
 * (`fond: 059a`, `listy: 0088`), never re-typed as numbers, so archival numbers keep their
 * leading zeros.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { ArchivalLocator, DocumentMeta, DocumentSource, ImportRecord, OcrRecord, Problem } from '../types';
import { editDistance } from '../text';
import { isIsoDate } from './date';
import { readYamlMapping, type Report } from './yaml';

/** Document kinds a historian distinguishes. `other` keeps the list from being a straitjacket. */
export const DOCUMENT_KINDS = ['telegram', 'letter', 'memorandum', 'note', 'report', 'minutes',
  'decree', 'resolution', 'speech', 'diary', 'conversation', 'other'] as const;

/** The fields of `document.yml`, in the order the importer writes them. */
export const DOCUMENT_FIELDS = ['title', 'date', 'date_printed', 'from', 'to', 'kind', 'original_language',
  'locators', 'citation', 'source', 'translator', 'summary', 'credits', 'rights', 'remarks', 'imported', 'ocr'] as const;
const LOCATOR_FIELDS = ['printed', 'repository', 'fond', 'opis', 'delo', 'papka', 'listy'] as const;
const SOURCE_FIELDS = ['archive', 'url', 'record_id'] as const;
const IMPORT_FIELDS = ['source_file', 'source_sha256', 'output_sha256', 'files'] as const;
const OCR_FIELDS = ['engine', 'languages', 'date', 'mean_confidence', 'pages', 'scans', 'output_sha256', 'reviewed'] as const;
/** A file name the importer may list as its own (`files: document.yml ru.md en.md`). */
const IMPORTED_FILE_NAME = /^[a-z0-9][a-z0-9.-]*$/;
const REQUIRED_FIELDS = ['title', 'kind'] as const;

/** Result of reading `document.yml`: `meta` is absent when the file is unusable. */
export interface ReadMetadata {
  meta?: DocumentMeta;
  problems: Problem[];
}

/** Parse and validate the text of a `document.yml`. `file` names it in problems. */
export function readMetadata(text: string, file: string): ReadMetadata {
  const { mapping, problems, report } = readYamlMapping(text, file, '"title: …"');
  if (!mapping) return { problems };
  const reader = new FieldReader(report);
  const fields = reader.mapping(mapping, DOCUMENT_FIELDS, 'document.yml');
  for (const required of REQUIRED_FIELDS) {
    if (fields[required] === undefined) report(0, 'missing-field', `required field "${required}" is missing`);
  }
  const meta = reader.meta(fields);
  return problems.length > 0 ? { problems } : { meta, problems };
}

/** Reads typed values out of YAML nodes, reporting each mismatch at the node's line. */
class FieldReader {
  constructor(private readonly report: Report) {}

  /** The pairs of a mapping, keyed by field name; unknown fields are reported. */
  mapping<K extends string>(map: YAMLMap, known: readonly K[], where: string): Partial<Record<K, YamlNode>> {
    const fields: Partial<Record<K, YamlNode>> = {};
    for (const pair of map.items as Pair<YamlNode, YamlNode>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || !(known as readonly string[]).includes(key)) {
        const suggestion = key ? closest(key, known) : undefined;
        this.report(pair.key?.range?.[0], 'unknown-field',
          `unknown field "${key ?? '?'}" in ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known fields: ${known.join(', ')}`);
        continue;
      }
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
      fields[key as K] = pair.value;
    }
    return fields;
  }

  /** A scalar read as written in the file. */
  string(node: YamlNode | undefined, name: string): string | undefined {
    if (node === undefined) return undefined;
    if (!isScalar(node) || typeof node.value === 'object') {
      this.report(node.range?.[0], 'wrong-type', `field "${name}" must be text, not a ${isSeq(node) ? 'list' : 'mapping'}`);
      return undefined;
    }
    const value = typeof node.value === 'string' ? node.value : String(node.source ?? node.value);
    const trimmed = value.trim();
    if (trimmed === '') {
      this.report(node.range?.[0], 'empty-field', `field "${name}" is empty; remove it or give it a value`);
      return undefined;
    }
    return trimmed;
  }

  meta(fields: Partial<Record<(typeof DOCUMENT_FIELDS)[number], YamlNode>>): DocumentMeta {
    const text = (name: (typeof DOCUMENT_FIELDS)[number]) => this.string(fields[name], name);
    const meta: DocumentMeta = { title: text('title') ?? '', kind: text('kind') ?? 'other', locators: [] };
    const date = text('date');
    if (date !== undefined) {
      if (isIsoDate(date)) meta.date = date;
      else this.report(fields.date?.range?.[0], 'bad-date', `date "${date}" is not an ISO 8601 date such as 1950-07-22, 1950-07 or 1950`);
    }
    if (fields.kind && !(DOCUMENT_KINDS as readonly string[]).includes(meta.kind)) {
      this.report(fields.kind.range?.[0], 'unknown-kind', `kind "${meta.kind}" is not one of: ${DOCUMENT_KINDS.join(', ')}`);
    }
    const language = text('original_language');
    if (language !== undefined) {
      if (/^[a-z]{2,3}$/.test(language)) meta.originalLanguage = language;
      else this.report(fields.original_language?.range?.[0], 'bad-language', `original_language "${language}" must be an ISO 639 code such as ru or en`);
    }
    const optional = { datePrinted: 'date_printed', from: 'from', to: 'to', citation: 'citation', translator: 'translator',
      summary: 'summary', credits: 'credits', rights: 'rights', remarks: 'remarks' } as const;
    for (const [property, name] of Object.entries(optional) as Array<[keyof typeof optional, (typeof optional)[keyof typeof optional]]>) {
      const value = text(name);
      if (value !== undefined) meta[property] = value;
    }
    meta.locators = this.locators(fields.locators);
    const source = this.source(fields.source);
    if (source) meta.source = source;
    const imported = this.imported(fields.imported);
    if (imported) meta.imported = imported;
    const ocr = this.ocr(fields.ocr);
    if (ocr) meta.ocr = ocr;
    return meta;
  }

  private locators(node: YamlNode | undefined): ArchivalLocator[] {
    if (node === undefined) return [];
    if (!isSeq(node)) {
      this.report(node.range?.[0], 'wrong-type', 'field "locators" must be a list of locators, each with "printed:"');
      return [];
    }
    const locators: ArchivalLocator[] = [];
    for (const item of node.items as YamlNode[]) {
      if (!isMap(item)) {
        this.report(item?.range?.[0], 'wrong-type', 'each locator must be a mapping with "printed:", "repository:", "fond:"…');
        continue;
      }
      const fields = this.mapping(item, LOCATOR_FIELDS, 'a locator');
      const printed = this.string(fields.printed, 'printed');
      if (printed === undefined) {
        if (!fields.printed) this.report(item.range?.[0], 'missing-field', 'locator has no "printed" field: keep the locator as the source printed it');
        continue;
      }
      const locator: ArchivalLocator = { printed };
      for (const name of LOCATOR_FIELDS.slice(1)) {
        const value = this.string(fields[name], name);
        if (value !== undefined) locator[name] = value;
      }
      if (locator.listy !== undefined && !/^\d+[a-zа-я]?(?:-\d+[a-zа-я]?)?$/.test(locator.listy)) {
        this.report(fields.listy?.range?.[0], 'bad-locator', `listy "${locator.listy}" must be a sheet or range such as 85 or 88-89`);
      }
      locators.push(locator);
    }
    return locators;
  }

  /** The fields of a nested mapping such as `source:`; undefined (and reported) when it is not one. */
  private nested<K extends string>(node: YamlNode | undefined, name: string, known: readonly K[]): Partial<Record<K, YamlNode>> | undefined {
    if (node === undefined) return undefined;
    if (!isMap(node)) {
      this.report(node.range?.[0], 'wrong-type', `field "${name}" must be a mapping with ${known.join(', ')}`);
      return undefined;
    }
    return this.mapping(node, known, name);
  }

  private source(node: YamlNode | undefined): DocumentSource | undefined {
    const fields = this.nested(node, 'source', SOURCE_FIELDS);
    if (!fields) return undefined;
    const source: DocumentSource = {};
    const archive = this.string(fields.archive, 'archive');
    if (archive) source.archive = archive;
    const recordId = this.string(fields.record_id, 'record_id');
    if (recordId) source.recordId = recordId;
    const url = this.string(fields.url, 'url');
    if (url !== undefined) {
      if (isWebUrl(url)) source.url = url;
      else this.report(fields.url?.range?.[0], 'bad-url', `source url "${url}" must be an http or https address`);
    }
    return source;
  }

  private imported(node: YamlNode | undefined): ImportRecord | undefined {
    const fields = this.nested(node, 'imported', IMPORT_FIELDS);
    if (!fields) return undefined;
    const sourceFile = this.string(fields.source_file, 'source_file');
    const sourceSha256 = this.string(fields.source_sha256, 'source_sha256');
    const outputSha256 = this.string(fields.output_sha256, 'output_sha256');
    if (!sourceFile || !sourceSha256 || !outputSha256) {
      this.report(node?.range?.[0], 'missing-field', '"imported" (written by the importer) needs source_file, source_sha256 and output_sha256');
      return undefined;
    }
    const record: ImportRecord = { sourceFile, sourceSha256, outputSha256 };
    const files = this.string(fields.files, 'files');
    if (files !== undefined) {
      const names = files.split(/\s+/).filter(Boolean);
      if (names.every((name) => IMPORTED_FILE_NAME.test(name))) record.files = names;
      else this.report(fields.files?.range?.[0], 'wrong-type', '"files" (written by the importer) lists file names separated by spaces');
    }
    return record;
  }

  private ocr(node: YamlNode | undefined): OcrRecord | undefined {
    const fields = this.nested(node, 'ocr', OCR_FIELDS);
    if (!fields) return undefined;
    const text = (name: (typeof OCR_FIELDS)[number]) => this.string(fields[name], name);
    const [engine, languages, date, outputSha256] = [text('engine'), text('languages'), text('date'), text('output_sha256')];
    if (!engine || !languages || !date || !outputSha256) {
      this.report(node?.range?.[0], 'missing-field', '"ocr" (written by sverka import-original) needs engine, languages, date and output_sha256');
      return undefined;
    }
    const number = (name: 'mean_confidence' | 'pages', max: number) => {
      const value = text(name);
      if (value === undefined) return 0;
      const parsed = Number(value);
      if (Number.isFinite(parsed) && parsed >= 0 && parsed <= max) return parsed;
      this.report(fields[name]?.range?.[0], 'wrong-type', `"${name}" must be a number from 0 to ${max}`);
      return 0;
    };
    const reviewed = text('reviewed') ?? 'false';
    if (!YES.test(reviewed) && !NO.test(reviewed)) {
      this.report(fields.reviewed?.range?.[0], 'wrong-type', '"reviewed" must be true (a person checked the text against the scan) or false');
    }
    return {
      engine, languages, date, outputSha256,
      meanConfidence: number('mean_confidence', 100),
      pages: number('pages', Number.MAX_SAFE_INTEGER),
      scans: (text('scans') ?? '').split(/\s*;\s*/).filter(Boolean),
      reviewed: YES.test(reviewed),
    };
  }
}

/** `reviewed:` as a person writes it. */
const YES = /^(?:true|yes)$/i;
const NO = /^(?:false|no)$/i;

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The known name nearest to a misspelt one, when it is close enough to be a typo. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) { best = candidate; bestDistance = distance; }
  }
  // Two edits catch "tilte", "transator" and "orginal_language" without suggesting nonsense.
  return bestDistance <= 2 ? best : undefined;
}


