/**
 * One property per pipeline stage, with the invariants the product promises: no uncaught
 * exception; every source character reaches exactly one paragraph; beads cover both sides once,
 * in order; export then import is lossless; a citation finds its passage again.
 */
import fc from 'fast-check';
import { alignParagraphs } from '../../lib/align';
import { runChecks } from '../../lib/checks';
import { fromSelector, toSelector } from '../../lib/cite';
import { toTmx, toTsv } from '../../lib/export';
import { readTmx, readTsv } from '../../lib/import';
import { importPage, UnreadablePage } from '../../lib/import';
import { notesOfParagraph, notesOfTexts, removeInsertions, restoreInsertions } from '../../lib/notes';
import { parseMarkdown } from '../../lib/parse';
import { buildSearchIndex, search, termsOf, wordsOf } from '../../lib/search';
import { splitSentences } from '../../lib/segment';
import { decodeSource } from '../../lib/text';
import type { Bead } from '../../lib/types';
import { hostileText, paragraph, sides } from './arbitraries';

/** A stage of the pipeline and its property. */
export interface FuzzStage {
  name: string;
  /** What the property asserts, for the campaign's table. */
  invariant: string;
  property: () => fc.IProperty<any>;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Beads cover 0…n-1 of each side exactly once and in order, and no bead is empty. */
export function beadsCover(beads: Bead[], ru: number, en: number): boolean {
  const ruOrder = beads.flatMap((bead) => bead.ru);
  const enOrder = beads.flatMap((bead) => bead.en);
  return ruOrder.length === ru && ruOrder.every((index, position) => index === position)
    && enOrder.length === en && enOrder.every((index, position) => index === position)
    && beads.every((bead) => bead.ru.length + bead.en.length > 0);
}

const encoder = new TextEncoder();
const LETTERS = /[\p{L}\p{N}]/u;
/** Lines Markdown itself consumes without text: thematic breaks. */
const SYNTAX_ONLY_LINE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Block-quote marks and list markers at the start of a line: kept as the paragraph's kind and marker, not its text. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)|[ \t]*>)*/;

/** The stages, in pipeline order. */
export const STAGES: FuzzStage[] = [
  {
    name: 'decode',
    invariant: 'no exception; text = input less BOMs, with CRLF/CR → LF; or an error with a line',
    property: () => fc.property(hostileText, fc.boolean(), (text, withBom) => {
      const input = (withBom ? '\uFEFF' : '') + text;
      const decoded = decodeSource(encoder.encode(input), 'fuzz.md');
      if (decoded.text === undefined) {
        check(decoded.problems.some((problem) => problem.severity === 'error' && problem.line >= 1), 'refused without an error naming a line');
        return;
      }
      check(decoded.text === input.replace(/\uFEFF/g, '').replace(/\r\n?/g, '\n'), 'characters lost or changed in decoding');
    }),
  },
  {
    name: 'parse',
    invariant: 'no exception; every non-blank source character lies in exactly one paragraph; no paragraph invents letters',
    property: () => fc.property(hostileText, (raw) => {
      // As the corpus loader does: decode (BOMs out, line ends normalised), then parse.
      const text = decodeSource(encoder.encode(raw), 'fuzz.md').text;
      if (text === undefined) return;
      const { paragraphs } = parseMarkdown(text, 'fuzz.md');
      const owner = new Int32Array(text.length).fill(-1);
      for (const paragraph of paragraphs) {
        for (let offset = paragraph.source.start; offset < paragraph.source.end; offset++) {
          check(owner[offset] === -1 || owner[offset] === paragraph.index, `offset ${offset} in two paragraphs`);
          owner[offset] = paragraph.index;
        }
        const source = text.slice(paragraph.source.start, paragraph.source.end);
        const letters = (value: string) => [...value].filter((character) => LETTERS.test(character));
        const available = new Map<string, number>();
        for (const letter of letters(source.normalize('NFC'))) available.set(letter, (available.get(letter) ?? 0) + 1);
        for (const letter of letters(paragraph.text.normalize('NFC'))) {
          // Character references (&#1044;, &eacute;) legitimately produce letters their source spells differently.
          if (/&#?\w+;/.test(source)) break;
          check((available.get(letter) ?? 0) > 0, `paragraph ${paragraph.index} has "${letter}" its source does not`);
          available.set(letter, available.get(letter)! - 1);
        }
      }
      let lineStart = 0;
      for (const line of text.split('\n')) {
        const prefix = CONTAINER_PREFIX.exec(line)![0].length;
        if (!SYNTAX_ONLY_LINE.test(line.slice(prefix))) {
          for (let k = prefix; k < line.length; k++) {
            if (/\S/u.test(line[k]) && !/[\uFEFF\u200B]/.test(line[k])) check(owner[lineStart + k] !== -1, `character "${line[k]}" at offset ${lineStart + k} reached no paragraph`);
          }
        }
        lineStart += line.length + 1;
      }
    }),
  },
  {
    name: 'import',
    invariant: 'no exception but a refusal naming file and line; every non-blank input line is in the ledger, whole',
    property: () => fc.property(hostileText, (text) => {
      let page;
      try {
        page = importPage(encoder.encode(text), 'fuzz-page.txt');
      } catch (error) {
        check(error instanceof UnreadablePage && error.problems.every((problem) => problem.file === 'fuzz-page.txt' && problem.line >= 1), `unexpected ${error}`);
        return;
      }
      // Markdown decoration (heading hashes, emphasis wrappers, autolink brackets, hard-break
      // backslashes) is syntax, not content: the importer takes it off metadata lines by design.
      // White space is the importer's: Unicode spaces and the zero-width space count as blank.
      const squash = (value: string) => value.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\uFEFF*_#<>\\]/g, '');
      const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
      lines.forEach((line, index) => {
        if (squash(line) === '') return;
        const entry = page.ledger.find((item) => item.line === index + 1);
        check(entry !== undefined, `line ${index + 1} is not in the ledger`);
        check(squash(entry!.destinations.map((destination) => destination.text).join('')) === squash(line.replace(/\uFEFF/g, '')), `line ${index + 1} not kept whole`);
      });
    }),
  },
  {
    name: 'segment',
    invariant: 'sentences are contiguous and cover the paragraph exactly',
    property: () => fc.property(hostileText, (text) => {
      const sentences = splitSentences(text);
      let at = 0;
      for (const sentence of sentences) {
        check(sentence.start === at && sentence.text === text.slice(sentence.start, sentence.end) && sentence.end > sentence.start, 'a gap, overlap or empty sentence');
        at = sentence.end;
      }
      check(at === text.length, 'the sentences stop short of the end');
    }),
  },
  {
    name: 'align',
    invariant: 'no exception; beads cover both sides once, in order; empty sides allowed',
    property: () => fc.property(sides, ([ru, en]) => {
      const { beads } = alignParagraphs(ru, en);
      check(beadsCover(beads, ru.length, en.length), `beads do not cover ${ru.length} + ${en.length} paragraphs once in order: ${JSON.stringify(beads)}`);
    }),
  },
  {
    name: 'notes',
    invariant: 'notes nest or stand apart and lie inside the text; removing and restoring insertions gives the text back',
    property: () => fc.property(hostileText, fc.constantFrom('ru' as const, 'en' as const), (text, lang) => {
      const { notes } = notesOfParagraph(text, lang, 0);
      for (const note of notes) check(note.start >= 0 && note.end <= text.length && note.start < note.end, 'a note outside its paragraph');
      for (const a of notes) for (const b of notes) {
        const apart = a.end <= b.start || b.end <= a.start;
        const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
        check(apart || nested, 'crossing notes');
      }
      check(restoreInsertions(removeInsertions(text, notes)) === text, 'bare text does not restore');
    }),
  },
  {
    name: 'checks',
    invariant: 'no exception; every finding names paragraphs and spans that exist',
    property: () => fc.property(sides, ([ru, en]) => {
      const { beads } = alignParagraphs(ru, en);
      const notes = [...notesOfTexts(ru, 'ru'), ...notesOfTexts(en, 'en')];
      for (const finding of runChecks({ ru, en, beads, notes })) {
        check(finding.ru.every((p) => p < ru.length) && finding.en.every((p) => p < en.length), 'a finding names a missing paragraph');
        for (const span of finding.ruSpans) check(span.paragraph < ru.length && span.end <= ru[span.paragraph].length && span.start <= span.end, 'a Russian span out of range');
        for (const span of finding.enSpans) check(span.paragraph < en.length && span.end <= en[span.paragraph].length && span.start <= span.end, 'an English span out of range');
      }
    }),
  },
  {
    name: 'search',
    invariant: 'no exception on any query; a word of a passage finds that passage; marks point at words',
    property: () => fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), hostileText, fc.nat(), (texts, query, choice) => {
      const half = Math.ceil(texts.length / 2);
      const document = { slug: 'fuzz', title: 'Fuzz', ru: texts.slice(0, half), en: texts.slice(half), notedBeads: [], flaggedBeads: [] };
      const beads = alignParagraphs(document.ru, document.en).beads;
      const index = buildSearchIndex([{ ...document, beads }]);
      for (const hit of search(index, query)) {
        const words = { ru: wordsOf(hit.ru), en: wordsOf(hit.en) };
        check(hit.matched.ru.every((position) => position < words.ru.length) && hit.matched.en.every((position) => position < words.en.length), 'a mark past the last word');
      }
      const bead = choice % beads.length;
      const passage = [...beads[bead].ru.map((p) => document.ru[p]), ...beads[bead].en.map((p) => document.en[p])].join(' ');
      const words = wordsOf(passage);
      if (words.length === 0 || termsOf(words[choice % words.length]).length === 0) return;
      const word = words[choice % words.length];
      check(search(index, word).some((hit) => hit.bead === bead), `"${word}" does not find its own passage`);
    }),
  },
  {
    name: 'export',
    invariant: 'TMX and TSV export then import give the same texts and beads',
    property: () => fc.property(sides, ([ru, en]) => {
      const { beads } = alignParagraphs(ru, en);
      const document = { slug: 'fuzz', title: 'Fuzz <&> "title"', ru, en, beads };
      const tmx = toTmx(document);
      check(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(tmx), 'TMX holds a character XML 1.0 forbids');
      for (const [format, back] of [['TMX', readTmx(tmx)], ['TSV', readTsv(toTsv(document))]] as const) {
        check(JSON.stringify(back.ru) === JSON.stringify(ru) && JSON.stringify(back.en) === JSON.stringify(en), `${format} round trip changed the texts`);
        check(JSON.stringify(back.beads) === JSON.stringify(beads), `${format} round trip changed the beads`);
      }
    }),
  },
  {
    name: 'cite',
    invariant: 'a quote is found again where it was; after an edit elsewhere it is found or reported as changed',
    property: () => fc.property(paragraph, fc.nat(), fc.nat(), hostileText, (text, a, b, insertion) => {
      const start = a % text.length;
      const end = start + 1 + (b % (text.length - start));
      const selector = toSelector(text, start, end);
      const same = fromSelector(text, selector);
      check(same !== undefined && text.slice(same.start, same.end) === selector.exact, 'an unchanged text loses its quote');
      const edited = text.slice(0, end) + insertion + text.slice(end);
      const moved = fromSelector(edited, selector);
      if (moved) check(moved.start >= 0 && moved.end <= edited.length && moved.start <= moved.end, 'an anchor outside the text');
    }),
  },
];
