/**
 * Exports of an aligned document: TMX 1.4b (one translation unit per bead, for OmegaT or
 * Trados), TSV (bead, ru, en) and JSON. Paragraphs of one side of a bead are joined by a blank
 * line, the corpus's own paragraph separator, so importing the export gives the same beads back.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { ALIGNED_PROPS, CHARACTER_PLACEHOLDER, PARAGRAPH_SEPARATOR, TSV_RECORD_COLUMN } from '../import';
import type { Bead } from '../types';

/** What every aligned export needs. */
export interface AlignedDocument {
  slug: string;
  title: string;
  ru: string[];
  en: string[];
  beads: Bead[];
  /** document.yml as it is, carried whole in the TMX header so that an import restores the record. */
  record?: string;
  /** Each paragraph's Markdown as written, carried in the TMX so that an import restores it exactly. */
  markdown?: { ru: string[]; en: string[] };
}
/** The version written in TMX headers. */
const TOOL_VERSION = '0.1.0';

const side = (paragraphs: string[], indices: number[]) => indices.map((index) => paragraphs[index]).join(PARAGRAPH_SEPARATOR);

/**
 * Characters XML 1.0 cannot hold, not even as character references: C0 controls other than tab,
 * line feed and carriage return, U+FFFE and U+FFFF, and lone surrogates. Scans bring control
 * characters in, and the corpus keeps them (with a warning).
 */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text escaped for XML. Characters XML cannot hold become, in a segment, an empty placeholder
 * whose type names the character (other tools show a tag, not text; Sverka's import restores
 * the character), and U+FFFD elsewhere.
 */
function xmlText(text: string, placeholders: boolean): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(NOT_IN_XML, (character) => (placeholders
    ? `<ph type="${CHARACTER_PLACEHOLDER}-${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`
    : '\uFFFD'));
}

/**
 * TMX 1.4b: a <tu> per bead. The source language is Russian, or English for a document without
 * Russian. In a bilingual document every unit has both <tuv>s, Russian first, the side a bead
 * lacks as an empty segment: tools that take a unit's first <tuv> as its source (translate-toolkit)
 * then never read an added English paragraph as the source.
 */
export function toTmx(document: AlignedDocument): string {
  const bilingual = document.ru.length > 0 && document.en.length > 0;
  const variant = (lang: 'ru' | 'en', bead: Bead) => (bead[lang].length > 0 || bilingual ? [{ '@xml:lang': lang, seg: xmlText(side(document[lang], bead[lang]), true) }] : []);
  // Values are escaped here (xmlText), so that a segment can carry <ph> placeholders.
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: false });
  const markdownProps = (bead: Bead) => (['ru', 'en'] as const)
    .filter((lang) => document.markdown && bead[lang].length > 0)
    .map((lang) => ({ '@type': ALIGNED_PROPS.markdown[lang], '#text': xmlText(JSON.stringify(bead[lang].map((index) => document.markdown![lang][index])), false) }));
  const body = document.beads.map((bead, index) => ({
    '@tuid': `b${index}`,
    prop: [
      { '@type': 'x-sverka-bead', '#text': String(index) },
      { '@type': 'x-sverka-paragraphs', '#text': `ru ${bead.ru.join(',') || '-'}; en ${bead.en.join(',') || '-'}` },
      ...markdownProps(bead),
    ],
    tuv: [...variant('ru', bead), ...variant('en', bead)],
  }));
  const tmx = {
    tmx: {
      '@version': '1.4',
      header: {
        '@creationtool': 'Sverka', '@creationtoolversion': TOOL_VERSION, '@segtype': 'paragraph', '@o-tmf': 'Sverka',
        '@adminlang': 'en', '@srclang': document.ru.length > 0 ? 'ru' : 'en', '@datatype': 'plaintext',
        prop: [
          { '@type': ALIGNED_PROPS.slug, '#text': xmlText(document.slug, false) },
          { '@type': ALIGNED_PROPS.title, '#text': xmlText(document.title, false) },
          ...(document.record === undefined ? [] : [{ '@type': ALIGNED_PROPS.record, '#text': xmlText(document.record, false) }]),
        ],
      },
      body: { tu: body },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n${builder.build(tmx)}`;
}

/**
 * TSV with a header row: bead, ru, en, and, when the document record is given, a fourth column
 * `document.yml` whose first row holds the whole record (so that an import restores it; the other
 * rows leave it empty). Cells are quoted as RFC 4180 says when they hold a tab, a line break or a
 * quote (quotes inside doubled), as spreadsheets, pandas and Python's csv read them; an empty
 * side is an empty cell.
 */
export function toTsv(document: AlignedDocument): string {
  const withRecord = document.record !== undefined;
  const rows = document.beads.map((bead, index) => [String(index), side(document.ru, bead.ru), side(document.en, bead.en),
    ...(withRecord ? [index === 0 ? document.record! : ''] : [])]);
  const header = ['bead', 'ru', 'en', ...(withRecord ? [TSV_RECORD_COLUMN] : [])];
  return stringifyCsv([header, ...rows], { delimiter: '\t', record_delimiter: '\n', quoted_match: /^\s|\s$|"/ });
}
