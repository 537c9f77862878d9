/**
 * Exports of an aligned document: TMX 1.4b (one translation unit per bead, for OmegaT or
 * Trados), TSV (bead, ru, en) and JSON. Paragraphs of one side of a bead are joined by a blank
 * line, the corpus's own paragraph separator, so importing the export gives the same beads back.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Bead } from '../types';

/** What every aligned export needs. */
export interface AlignedDocument {
  slug: string;
  title: string;
  ru: string[];
  en: string[];
  beads: Bead[];
}

/** Separator of paragraphs within one side of a bead. */
export const PARAGRAPH_SEPARATOR = '\n\n';
/** The version written in TMX headers. */
const TOOL_VERSION = '0.1.0';

const side = (paragraphs: string[], indices: number[]) => indices.map((index) => paragraphs[index]).join(PARAGRAPH_SEPARATOR);

/**
 * Characters XML 1.0 cannot hold, not even as character references: C0 controls other than tab,
 * line feed and carriage return, U+FFFE and U+FFFF, and lone surrogates. Scans bring control
 * characters in, and the corpus keeps them (with a warning).
 */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** TMX placeholder type for such a character: `<ph type="x-sverka-char">U+0007</ph>`, TMX's way to carry native codes. */
export const CHARACTER_PLACEHOLDER = 'x-sverka-char';

/** Text escaped for XML; characters XML cannot hold become placeholders (in a segment) or U+FFFD (elsewhere). */
function xmlText(text: string, placeholders: boolean): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(NOT_IN_XML, (character) => (placeholders
    ? `<ph type="${CHARACTER_PLACEHOLDER}">U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}</ph>`
    : '\uFFFD'));
}

/** TMX 1.4b: header with srclang ru, a <tu> per bead with a <tuv> for each side that has text. */
export function toTmx(document: AlignedDocument): string {
  // Values are escaped here (xmlText), so that a segment can carry <ph> placeholders.
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: false });
  const body = document.beads.map((bead, index) => ({
    '@tuid': `b${index}`,
    prop: [{ '@type': 'x-sverka-bead', '#text': String(index) }, { '@type': 'x-sverka-paragraphs', '#text': `ru ${bead.ru.join(',') || '-'}; en ${bead.en.join(',') || '-'}` }],
    tuv: [
      ...(bead.ru.length > 0 ? [{ '@xml:lang': 'ru', seg: xmlText(side(document.ru, bead.ru), true) }] : []),
      ...(bead.en.length > 0 ? [{ '@xml:lang': 'en', seg: xmlText(side(document.en, bead.en), true) }] : []),
    ],
  }));
  const tmx = {
    tmx: {
      '@version': '1.4',
      header: {
        '@creationtool': 'Sverka', '@creationtoolversion': TOOL_VERSION, '@segtype': 'paragraph', '@o-tmf': 'Sverka',
        '@adminlang': 'en', '@srclang': 'ru', '@datatype': 'plaintext',
        prop: [{ '@type': 'x-sverka-slug', '#text': xmlText(document.slug, false) }, { '@type': 'x-sverka-title', '#text': xmlText(document.title, false) }],
      },
      body: { tu: body },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n${builder.build(tmx)}`;
}

/** TSV with a header row: bead, ru, en. Tabs, line breaks and backslashes in text are escaped. */
export function toTsv(document: AlignedDocument): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  const rows = document.beads.map((bead, index) => [String(index), escape(side(document.ru, bead.ru)), escape(side(document.en, bead.en))].join('\t'));
  return `${['bead', 'ru', 'en'].join('\t')}\n${rows.join('\n')}\n`;
}

/** The inverse of `toTsv`'s escaping. */
export function unescapeTsv(field: string): string {
  return field.replace(/\\(\\|t|n)/g, (_, code: string) => (code === 't' ? '\t' : code === 'n' ? '\n' : '\\'));
}
