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

/** TMX 1.4b: header with srclang ru, a <tu> per bead with a <tuv> for each side that has text. */
export function toTmx(document: AlignedDocument): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true });
  const body = document.beads.map((bead, index) => ({
    '@tuid': `b${index}`,
    prop: [{ '@type': 'x-sverka-bead', '#text': String(index) }, { '@type': 'x-sverka-paragraphs', '#text': `ru ${bead.ru.join(',') || '-'}; en ${bead.en.join(',') || '-'}` }],
    tuv: [
      ...(bead.ru.length > 0 ? [{ '@xml:lang': 'ru', seg: side(document.ru, bead.ru) }] : []),
      ...(bead.en.length > 0 ? [{ '@xml:lang': 'en', seg: side(document.en, bead.en) }] : []),
    ],
  }));
  const tmx = {
    tmx: {
      '@version': '1.4',
      header: {
        '@creationtool': 'Sverka', '@creationtoolversion': TOOL_VERSION, '@segtype': 'paragraph', '@o-tmf': 'Sverka',
        '@adminlang': 'en', '@srclang': 'ru', '@datatype': 'plaintext',
        prop: [{ '@type': 'x-sverka-slug', '#text': document.slug }, { '@type': 'x-sverka-title', '#text': document.title }],
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
