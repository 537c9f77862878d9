/**
 * Alignments made in other tools come in: a TMX file or a TSV of aligned pairs becomes a corpus
 * document, with its beads pinned in alignment.yml so that Sverka keeps them exactly.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CHARACTER_PLACEHOLDER, PARAGRAPH_SEPARATOR, unescapeTsv } from './aligned';
import type { Bead } from '../types';

/** The texts and beads an alignment file holds. */
export interface AlignedImport {
  ru: string[];
  en: string[];
  beads: Bead[];
  title?: string;
  slug?: string;
}

/** An alignment file that cannot be read, with the reason and, when known, the line. */
export class AlignedImportError extends Error {}

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

/** The text of a segment's raw XML: Sverka's character placeholders restored, native codes dropped, other tags unwrapped, entities decoded. */
function segmentText(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) => {
    if (part.startsWith('<![CDATA[')) return part.slice('<![CDATA['.length, -']]>'.length);
    return part
      .replace(new RegExp(`<ph type="${CHARACTER_PLACEHOLDER}">U\\+([0-9A-F]{4,6})</ph>`, 'g'), (_, hex: string) => `&#x${hex};`)
      .replace(NATIVE_CODE, '')
      .replace(/<[^>]*>/g, '')
      .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (entity, hex?: string, decimal?: string, name?: string) => {
        if (name) return ENTITIES[name.toLowerCase()];
        const code = hex ? parseInt(hex, 16) : Number(decimal);
        return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : entity;
      });
  }).join('');
}

/** Read a TMX file (1.4b); `ru` and `en` language codes may carry regions (ru-RU, en-US). */
export function readTmx(text: string): AlignedImport {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new AlignedImportError(`line ${valid.err.line}: not well-formed XML: ${valid.err.msg}`);
  const parsed: Record<string, any> = parser.parse(text);
  const units: any[] = parsed?.tmx?.body?.tu ?? [];
  if (!parsed?.tmx) throw new AlignedImportError('not a TMX file: no <tmx> element');
  const props: any[] = parsed.tmx.header?.prop ?? [];
  const prop = (type: string) => props.find((p) => p['@type'] === type)?.['#text'];
  const result: AlignedImport = { ru: [], en: [], beads: [], title: prop('x-sverka-title'), slug: prop('x-sverka-slug') };
  for (const unit of units) {
    const bead: Bead = { ru: [], en: [] };
    for (const variant of unit.tuv ?? []) {
      const lang = String(variant['@xml:lang'] ?? variant['@lang'] ?? '').slice(0, 2).toLowerCase();
      if (lang !== 'ru' && lang !== 'en') continue;
      const seg = segmentText(typeof variant.seg === 'object' ? String(variant.seg['#text'] ?? '') : String(variant.seg ?? ''));
      for (const paragraph of seg.split(PARAGRAPH_SEPARATOR).filter((p) => p.trim() !== '')) {
        bead[lang].push(result[lang].length);
        result[lang].push(paragraph);
      }
    }
    if (bead.ru.length + bead.en.length > 0) result.beads.push(bead);
  }
  return result;
}

/** Read a TSV of aligned pairs: a header row, then bead, ru, en (as Sverka writes it) or just ru, en. */
export function readTsv(text: string): AlignedImport {
  const rows = text.replace(/\r\n?/g, '\n').split('\n').filter((row) => row.trim() !== '');
  const header = rows[0]?.split('\t').map((cell) => cell.trim().toLowerCase()) ?? [];
  const ruColumn = header.indexOf('ru');
  const enColumn = header.indexOf('en');
  if (ruColumn < 0 || enColumn < 0) throw new AlignedImportError('line 1: the header row must name the columns "ru" and "en"');
  const result: AlignedImport = { ru: [], en: [], beads: [] };
  rows.slice(1).forEach((row) => {
    const cells = row.split('\t');
    const bead: Bead = { ru: [], en: [] };
    for (const [lang, column] of [['ru', ruColumn], ['en', enColumn]] as const) {
      for (const paragraph of unescapeTsv(cells[column] ?? '').split(PARAGRAPH_SEPARATOR).filter((p) => p.trim() !== '')) {
        bead[lang].push(result[lang].length);
        result[lang].push(paragraph);
      }
    }
    if (bead.ru.length + bead.en.length > 0) result.beads.push(bead);
  });
  return result;
}

/** alignment.yml pinning every bead, in the 1-based notation people write. */
export function pinsFile(beads: Bead[]): string {
  const range = (indices: number[]) => (indices.length === 1 ? `${indices[0] + 1}` : `${indices[0] + 1}-${indices[indices.length - 1] + 1}`);
  const lines = beads.map((bead) => (bead.en.length === 0 ? `ru ${range(bead.ru)} untranslated`
    : bead.ru.length === 0 ? `en ${range(bead.en)} added` : `ru ${range(bead.ru)} = en ${range(bead.en)}`));
  return `# Imported alignment: every bead is pinned, as the source tool had it.\npins:\n${lines.map((line) => `  - ${line}`).join('\n')}\n`;
}
