/**
 * Alignments made in other tools come in: a TMX file or a TSV of aligned pairs becomes a corpus
 * document, with its beads pinned in alignment.yml so that Sverka keeps them exactly. A TMX that
 * Sverka exported carries the whole document record and each paragraph's Markdown, so exporting
 * and importing again gives the same document.
 *
 * Nothing is dropped silently: a TMX with languages other than Russian and English, a TSV with a
 * column Sverka does not read or a row with more cells than the header, XML that is not
 * well-formed or declares entities, each is refused with the file and line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { lineOfOffset } from '../text';
import type { Bead } from '../types';
import { ALIGNED_PROPS, CHARACTER_PLACEHOLDER, PARAGRAPH_SEPARATOR, TSV_RECORD_COLUMN } from './aligned-format';

/** The texts and beads an alignment file holds. */
export interface AlignedImport {
  ru: string[];
  en: string[];
  beads: Bead[];
  title?: string;
  slug?: string;
  /** document.yml as Sverka exported it (TMX header, TSV document.yml column). */
  record?: string;
  /** Each paragraph's Markdown as it was written, where the file carries it (Sverka's TMX). */
  markdown: { ru: Array<string | undefined>; en: Array<string | undefined> };
}

/** An alignment file that cannot be read, naming the file and line. */
export class AlignedImportError extends Error {
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
  }
}

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false,
  isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
  // A segment is mixed content (text and inline codes in order): read it raw, see segmentText.
  stopNodes: ['tmx.body.tu.tuv.seg'],
});

/** Inline elements whose content is native code (tags of the source format), not text. */
const NATIVE_CODE = /<(bpt|ept|it|ph|ut)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;
/** The largest Unicode code point; a reference beyond it is kept as written. */
const MAX_CODE_POINT = 0x10ffff;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A document type declaration with an internal subset: the only way to declare entities (and XXE). */
const INTERNAL_SUBSET = /<!DOCTYPE[^>[]*\[/i;

/** The text of a segment's raw XML: Sverka's character placeholders restored, native codes dropped, other tags unwrapped, entities decoded. */
function segmentText(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) => {
    if (part.startsWith('<![CDATA[')) return part.slice('<![CDATA['.length, -']]>'.length);
    return decodeEntities(part
      // Sverka's placeholders for characters XML cannot hold: <ph type="x-sverka-char-0007"/>, and the older <ph type="x-sverka-char">U+0007</ph>.
      .replace(new RegExp(`<ph type="${CHARACTER_PLACEHOLDER}-([0-9A-F]{4,6})"\\s*/>|<ph type="${CHARACTER_PLACEHOLDER}">U\\+([0-9A-F]{4,6})</ph>`, 'g'), (_, hex: string | undefined, older: string | undefined) => `&#x${hex ?? older};`)
      .replace(NATIVE_CODE, '')
      .replace(/<[^>]*>/g, ''));
  }).join('');
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (entity, hex?: string, decimal?: string, name?: string) => {
    if (name) return ENTITIES[name.toLowerCase()];
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : entity;
  });
}

/** The language of a `<tuv>` as ru, en, or the code as written. */
function languageOf(variant: Record<string, unknown>): string {
  const code = String(variant['@xml:lang'] ?? variant['@lang'] ?? '').toLowerCase();
  return /^(ru|en)(?:[-_]|$)/.test(code) ? code.slice(0, 2) : code;
}

/** Read a TMX file (1.4b); `ru` and `en` language codes may carry regions (ru-RU, en-US). */
export function readTmx(text: string, file = 'input.tmx'): AlignedImport {
  const subset = INTERNAL_SUBSET.exec(text);
  if (subset) throw new AlignedImportError(file, lineOfOffset(text, subset.index), 'the TMX declares its own entities (a DOCTYPE with an internal subset); Sverka does not expand them: remove the declarations');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new AlignedImportError(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parsed: Record<string, any> = parser.parse(text);
  if (!parsed?.tmx) throw new AlignedImportError(file, 1, 'not a TMX file: no <tmx> element');
  const units: any[] = parsed.tmx.body?.tu ?? [];
  const props: any[] = parsed.tmx.header?.prop ?? [];
  const prop = (list: any[] | undefined, type: string): string | undefined => {
    const value = list?.find((p) => p['@type'] === type)?.['#text'];
    return value === undefined ? undefined : String(value);
  };
  const result: AlignedImport = {
    ru: [], en: [], beads: [], title: prop(props, ALIGNED_PROPS.title), slug: prop(props, ALIGNED_PROPS.slug),
    record: prop(props, ALIGNED_PROPS.record), markdown: { ru: [], en: [] },
  };
  const foreign = new Set<string>();
  for (const unit of units) {
    const bead: Bead = { ru: [], en: [] };
    for (const variant of unit.tuv ?? []) {
      const lang = languageOf(variant);
      if (lang !== 'ru' && lang !== 'en') {
        foreign.add(lang || '(none)');
        continue;
      }
      const seg = segmentText(typeof variant.seg === 'object' ? String(variant.seg['#text'] ?? '') : String(variant.seg ?? ''));
      const paragraphs = seg.split(PARAGRAPH_SEPARATOR).filter((p) => p.trim() !== '');
      const markdown = markdownOf(prop(unit.prop, ALIGNED_PROPS.markdown[lang]), paragraphs.length);
      paragraphs.forEach((paragraph, k) => {
        bead[lang].push(result[lang].length);
        result[lang].push(paragraph);
        result.markdown[lang].push(markdown?.[k]);
      });
    }
    if (bead.ru.length + bead.en.length > 0) result.beads.push(bead);
  }
  if (foreign.size > 0) {
    const [first] = foreign;
    const at = text.search(new RegExp(`lang=["']${first.replace(/[^\w-]/g, '')}["']`, 'i'));
    const languages = [...foreign].join(', ');
    throw new AlignedImportError(file, at >= 0 ? lineOfOffset(text, at) : 1,
      `the TMX holds segments in ${languages}; Sverka imports Russian (ru) and English (en) only, and would lose them`);
  }
  return result;
}

/** The per-paragraph Markdown of a side, when the prop holds one chunk per paragraph. */
function markdownOf(prop: string | undefined, count: number): string[] | undefined {
  if (prop === undefined) return undefined;
  const chunks = JSON.parse(prop) as unknown;
  return Array.isArray(chunks) && chunks.length === count && chunks.every((chunk) => typeof chunk === 'string') ? chunks : undefined;
}

/** Columns of a TSV that hold only the row's number: read and not kept (the row order is the bead order). */
const NUMBER_COLUMNS = new Set(['bead', 'id', '#', 'n', 'no', 'number']);

/**
 * Read a TSV of aligned pairs: a header row naming the columns ru and en (and, optionally, a
 * number column such as bead, and Sverka's document.yml column), then one bead per row. Cells are quoted as RFC 4180 says (a cell
 * holding a tab, a line break or a leading quote is wrapped in quotes, quotes inside doubled),
 * as spreadsheets and pandas write them; a blank line inside a cell separates paragraphs.
 */
export function readTsv(text: string, file = 'input.tsv'): AlignedImport {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parseCsv(text, { delimiter: '\t', info: true, relax_quotes: true, skip_empty_lines: true, relax_column_count: false, bom: true }) as any;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    const reason = error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
      ? 'this row has a different number of cells from the header; a cell holding a tab must be quoted, and every column needs a name'
      : error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed' : error.message;
    throw new AlignedImportError(file, line, reason);
  }
  const header = rows[0]?.record.map((cell) => cell.trim().toLowerCase()) ?? [];
  const column = (lang: 'ru' | 'en') => header.findIndex((name) => name === lang || name.startsWith(`${lang}-`) || name.startsWith(`${lang}_`));
  const columns = { ru: column('ru'), en: column('en') };
  if (columns.ru < 0 || columns.en < 0) throw new AlignedImportError(file, 1, 'the header row must name the columns "ru" and "en"');
  const recordColumn = header.indexOf(TSV_RECORD_COLUMN);
  const unread = header.filter((name, index) => index !== columns.ru && index !== columns.en && index !== recordColumn && !NUMBER_COLUMNS.has(name));
  if (unread.length > 0) {
    throw new AlignedImportError(file, 1, `the column${unread.length > 1 ? 's' : ''} ${unread.map((name) => `"${name}"`).join(', ')} would be lost: Sverka imports the columns ru and en (and a number column such as "bead", and ${TSV_RECORD_COLUMN})`);
  }
  const result: AlignedImport = { ru: [], en: [], beads: [], markdown: { ru: [], en: [] } };
  const record = recordColumn < 0 ? undefined : rows.slice(1).map((row) => row.record[recordColumn] ?? '').find((cell) => cell.trim() !== '');
  if (record !== undefined) result.record = record;
  for (const { record } of rows.slice(1)) {
    const bead: Bead = { ru: [], en: [] };
    for (const lang of ['ru', 'en'] as const) {
      for (const paragraph of (record[columns[lang]] ?? '').split(PARAGRAPH_SEPARATOR).filter((p) => p.trim() !== '')) {
        bead[lang].push(result[lang].length);
        result[lang].push(paragraph);
        result.markdown[lang].push(undefined);
      }
    }
    if (bead.ru.length + bead.en.length > 0) result.beads.push(bead);
  }
  return result;
}
