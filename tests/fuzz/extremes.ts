/**
 * Extreme shapes through the whole pipeline: one 5 MB paragraph, 100,000 one-word paragraphs,
 * and empty sides. Each must go through without an exception and with nothing lost (its outcome);
 * the campaign also reports how long each stage took.
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
import { beadsCover } from './stages';

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

/**
 * What a person would notice going wrong with a shape; each is true when the pipeline kept it.
 * The test run and the campaign both assert all of them.
 */
export interface ExtremeOutcome {
  /** Each paragraph is exactly its stretch of the source (these shapes are plain text). */
  paragraphsKeepTheirText: boolean;
  /** A paragraph's sentences join back to the paragraph. */
  sentencesKeepTheText: boolean;
  /** The beads cover every paragraph of both sides once, in order, and none is empty. */
  everyParagraphAligned: boolean;
  /** Search finds the last Russian paragraph's first word (true when there is no Russian). */
  lastParagraphFound: boolean;
  /** TMX and TSV exports read back to the same paragraphs and beads. */
  exportsRoundTrip: boolean;
}

/** One extreme shape's run: its name, the paragraphs each side parsed into, the outcome and each stage's time. */
export interface ExtremeResult {
  name: string;
  paragraphs: { ru: number; en: number };
  outcome: ExtremeOutcome;
  milliseconds: Record<string, number>;
}

/** The outcome of a shape that went through whole. */
export const EVERYTHING_KEPT: ExtremeOutcome = {
  paragraphsKeepTheirText: true, sentencesKeepTheText: true, everyParagraphAligned: true, lastParagraphFound: true, exportsRoundTrip: true,
};

/** Runs one shape through every stage: what came out, and the milliseconds each stage took. */
function throughPipeline(name: string, ruText: string, enText: string): ExtremeResult {
  const milliseconds: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    milliseconds[stage] = performance.now() - start;
    return result;
  };
  const decode = (text: string, file: string) => (text === '' ? '' : decodeSource(new TextEncoder().encode(text), file).text ?? '');
  const [ruSource, enSource] = time('decode', () => [decode(ruText, 'ru.md'), decode(enText, 'en.md')]);
  const [ruParsed, enParsed] = time('parse', () => [parseMarkdown(ruSource, 'ru.md'), parseMarkdown(enSource, 'en.md')]);
  const ru = ruParsed.paragraphs.map((paragraph) => paragraph.text);
  const en = enParsed.paragraphs.map((paragraph) => paragraph.text);
  const paragraphsKeepTheirText = ([[ruParsed, ruSource], [enParsed, enSource]] as const)
    .every(([parsed, source]) => parsed.paragraphs.every((paragraph) => paragraph.text === source.slice(paragraph.source.start, paragraph.source.end)));
  const sentencesKeepTheText = time('segment', () => ru.concat(en).every((text) => splitSentences(text).map((sentence) => sentence.text).join('') === text));
  const notes = time('notes', () => [...findNotes(ruParsed.paragraphs, 'ru').notes, ...findNotes(enParsed.paragraphs, 'en').notes]);
  const { beads } = time('align', () => alignParagraphs(ru, en));
  time('checks', () => runChecks({ ru, en, beads, notes }));
  const index = time('search', () => buildSearchIndex([{ slug: 'extreme', title: 'Extreme', ru, en, beads, notedBeads: [], flaggedBeads: [] }]));
  const lastParagraphFound = ru.length === 0 || search(index, ru[ru.length - 1].split(/\s+/)[0]).length > 0;
  const exportsRoundTrip = time('export', () => {
    const document = { slug: 'extreme', title: 'Extreme', ru, en, beads };
    return [readTmx(toTmx(document)), readTsv(toTsv(document))].every((back) => back.ru.join('\n') === ru.join('\n') && back.en.join('\n') === en.join('\n')
      && back.ru.length === ru.length && back.en.length === en.length && JSON.stringify(back.beads) === JSON.stringify(beads));
  });
  return {
    name,
    paragraphs: { ru: ru.length, en: en.length },
    outcome: { paragraphsKeepTheirText, sentencesKeepTheText, everyParagraphAligned: beadsCover(beads, ru.length, en.length), lastParagraphFound, exportsRoundTrip },
    milliseconds,
  };
}

/** A result as a row of the campaign's table: the stage times, or what was lost. */
export function extremeRow(result: ExtremeResult): [string, string] {
  const lost = Object.entries(result.outcome).filter(([, kept]) => !kept).map(([what]) => what);
  const times = Object.entries(result.milliseconds).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(', ');
  return [result.name, lost.length > 0 ? `FAILED: not ${lost.join(', not ')}` : times];
}

/** Every extreme shape at `scale` of the size. */
export async function runExtremes(scale = 1): Promise<ExtremeResult[]> {
  const huge = hugeParagraph(HUGE_PARAGRAPH_BYTES * scale);
  const many = Math.round(MANY_PARAGRAPHS * scale);
  return [
    throughPipeline(`extreme: one ${(Buffer.byteLength(huge) / 2 ** 20).toFixed(1)} MB paragraph each side`, huge, huge.replace(/[а-я]/g, 'e')),
    throughPipeline(`extreme: ${many} one-word paragraphs each side`, manyParagraphs(many, 'слово').join('\n\n'), manyParagraphs(many, 'word').join('\n\n')),
    throughPipeline('extreme: Russian only', 'Только по-русски.\n\nВторой абзац.', ''),
    throughPipeline('extreme: English only', '', 'English only.\n\nA second paragraph.'),
    throughPipeline('extreme: both sides empty', '', ''),
  ];
}
