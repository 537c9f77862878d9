/**
 * Extreme shapes through the whole pipeline: one 5 MB paragraph, 100,000 one-word paragraphs,
 * and empty sides. Each must go through without an exception and with nothing lost; the
 * campaign reports how long each took.
 */
import { alignParagraphs } from '../../lib/align';
import { runChecks } from '../../lib/checks';
import { toTmx, toTsv } from '../../lib/export';
import { readTmx, readTsv } from '../../lib/import';
import { findNotes } from '../../lib/notes';
import { parseMarkdown } from '../../lib/parse';
import { buildSearchIndex, search } from '../../lib/search';
import { splitSentences } from '../../lib/segment';
import { decodeSource } from '../../lib/text';
import { expectBeadsCover } from './stages';

/** The sizes. */
export const HUGE_PARAGRAPH_BYTES = 5 * 1024 * 1024;
export const MANY_PARAGRAPHS = 100_000;

/** Text of about `bytes` UTF-8 bytes in one paragraph: Russian sentences with numbers and a note now and then. */
export function hugeParagraph(bytes: number): string {
  const sentence = 'Прошу сообщить о переброске 160 экипажей в район Мукдена [прим. ред.]. ';
  return sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence))).trim();
}

/** `count` one-word paragraphs, as Markdown. */
export function manyParagraphs(count: number, word: string): string[] {
  return Array.from({ length: count }, (_, index) => `${word}${index}`);
}

function fail(message: string): never {
  throw new Error(message);
}

/** Runs one shape through every stage; returns the milliseconds each took. */
function throughPipeline(ruText: string, enText: string): Record<string, number> {
  const times: Record<string, number> = {};
  const time = <T>(name: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    times[name] = performance.now() - start;
    return result;
  };
  const decode = (text: string, file: string) => (text === '' ? '' : decodeSource(new TextEncoder().encode(text), file).text ?? fail(`${file} refused`));
  const [ruSource, enSource] = time('decode', () => [decode(ruText, 'ru.md'), decode(enText, 'en.md')]);
  const [ruParsed, enParsed] = time('parse', () => [parseMarkdown(ruSource, 'ru.md'), parseMarkdown(enSource, 'en.md')]);
  const ru = ruParsed.paragraphs.map((paragraph) => paragraph.text);
  const en = enParsed.paragraphs.map((paragraph) => paragraph.text);
  // These shapes are plain text: each paragraph must be exactly its stretch of the source.
  for (const [parsed, source] of [[ruParsed, ruSource], [enParsed, enSource]] as const) {
    if (!parsed.paragraphs.every((paragraph) => paragraph.text === source.slice(paragraph.source.start, paragraph.source.end))) fail('text changed in parsing');
  }
  time('segment', () => ru.concat(en).forEach((text) => {
    if (splitSentences(text).map((sentence) => sentence.text).join('') !== text) fail('sentences lose text');
  }));
  const notes = time('notes', () => [...findNotes(ruParsed.paragraphs, 'ru').notes, ...findNotes(enParsed.paragraphs, 'en').notes]);
  const { beads } = time('align', () => alignParagraphs(ru, en));
  expectBeadsCover(beads, ru.length, en.length);
  time('checks', () => runChecks({ ru, en, beads, notes }));
  const index = time('search', () => buildSearchIndex([{ slug: 'extreme', title: 'Extreme', ru, en, beads, notedBeads: [], flaggedBeads: [] }]));
  if (ru.length > 0 && search(index, ru[ru.length - 1].split(/\s+/)[0]).length === 0) fail('the last paragraph cannot be found');
  time('export', () => {
    const document = { slug: 'extreme', title: 'Extreme', ru, en, beads };
    for (const back of [readTmx(toTmx(document)), readTsv(toTsv(document))]) {
      if (back.ru.length !== ru.length || back.en.length !== en.length || back.ru.join('\n') !== ru.join('\n') || back.en.join('\n') !== en.join('\n')) fail('export round trip lost text');
      if (JSON.stringify(back.beads) !== JSON.stringify(beads)) fail('export round trip changed the beads');
    }
  });
  return times;
}

const describe = (times: Record<string, number>) => Object.entries(times).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(', ');

/** Every extreme shape at `scale` of the size; rows for the campaign's table. */
export async function runExtremes(scale = 1): Promise<Array<[string, string]>> {
  const huge = hugeParagraph(HUGE_PARAGRAPH_BYTES * scale);
  const many = Math.round(MANY_PARAGRAPHS * scale);
  return [
    [`extreme: one ${(Buffer.byteLength(huge) / 2 ** 20).toFixed(1)} MB paragraph each side`, describe(throughPipeline(huge, huge.replace(/[а-я]/g, 'e')))],
    [`extreme: ${many} one-word paragraphs each side`, describe(throughPipeline(manyParagraphs(many, 'слово').join('\n\n'), manyParagraphs(many, 'word').join('\n\n')))],
    ['extreme: Russian only', describe(throughPipeline('Только по-русски.\n\nВторой абзац.', ''))],
    ['extreme: English only', describe(throughPipeline('', 'English only.\n\nA second paragraph.'))],
    ['extreme: both sides empty', describe(throughPipeline('', ''))],
  ];
}
