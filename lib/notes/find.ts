/**
 * Find the notes of a text's paragraphs: every bracketed span, classified, with the words it
 * attaches to; Markdown footnote markers and definitions; and a problem, with file and line,
 * for every bracket that has no partner.
 */
import type { Lang, Note, Paragraph, Problem } from '../types';
import { scanBrackets } from './brackets';
import { classifyBracket } from './classify';

const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*/;
/**
 * Characters before a bracket that its classification and attachment look at: the few words
 * before it, with room to spare. Looking at the whole paragraph would make a paragraph with
 * thousands of notes (an OCR'd register) take quadratic time.
 */
const BEFORE_WINDOW = 200;
/**
 * Deepest bracket nesting read as notes. Editorial apparatus nests two or three deep ("[Handwritten:
 * [reply]]"); deeper brackets are OCR debris or an attack, and as notes each would copy the text
 * inside it, making the notes of 50,000 nested brackets quadratic in size. Deeper ones stay text
 * inside their enclosing note, with a warning.
 */
export const MAX_NOTE_DEPTH = 8;
/** Words an insertion attaches to: the run of words right before it, up to three capitalised ones for names. */
const WORDS_BEFORE = /((?:[\p{Lu}][\p{L}\p{N}'’.-]*\s+){0,2}[\p{L}\p{N}'’().-]+)\s?$/u;
const WORD_BEFORE = /([\p{L}\p{N}'’().-]+)\s?$/u;
/** The letters of a word that a bracket continues with no space between ("В" of "В[есьма]"). */
const GLUED_STEM = /\p{L}+$/u;

/** Notes and bracket problems of the paragraphs of one file. */
export interface FoundNotes {
  notes: Note[];
  problems: Problem[];
}

/** The notes of paragraphs given as plain strings (no source file, so no problems to place): paragraph numbers are their positions. */
export function notesOfTexts(texts: readonly string[], lang: Lang): Note[] {
  return texts.flatMap((text, paragraph) => notesOfParagraph(text, lang, paragraph).notes);
}

/** Notes of every paragraph, in order; problems name each paragraph's source file and line. */
export function findNotes(paragraphs: Array<Pick<Paragraph, 'index' | 'text' | 'source'>>, lang: Lang): FoundNotes {
  const notes: Note[] = [];
  const problems: Problem[] = [];
  for (const paragraph of paragraphs) {
    const found = notesOfParagraph(paragraph.text, lang, paragraph.index);
    notes.push(...found.notes);
    if (found.tooDeep > 0) {
      problems.push({
        file: paragraph.source.file, line: paragraph.source.line, code: 'deep-brackets', severity: 'warning',
        message: `brackets nested more than ${MAX_NOTE_DEPTH} deep in paragraph ${paragraph.index + 1}: the ${found.tooDeep} innermost are read as text of their enclosing note`,
      });
    }
    for (const offset of found.unmatched) {
      const line = paragraph.source.line + (paragraph.text.slice(0, offset).match(/\n/g)?.length ?? 0);
      problems.push({
        file: paragraph.source.file, line, code: 'unbalanced-bracket', severity: 'warning',
        message: `unbalanced "${paragraph.text[offset]}" in paragraph ${paragraph.index + 1}: ${excerpt(paragraph.text, offset)} (the text is kept as it is)`,
      });
    }
  }
  return { notes, problems };
}

/** Notes of one paragraph's text, and the offsets of brackets without a partner. */
export function notesOfParagraph(text: string, lang: Lang, paragraph: number): { notes: Note[]; unmatched: number[]; tooDeep: number } {
  const definition = FOOTNOTE_DEFINITION.exec(text);
  if (definition) {
    return { notes: [{ kind: 'footnote', lang, paragraph, start: 0, end: text.length, text: text.slice(definition[0].length), depth: 0 }], unmatched: [], tooDeep: 0 };
  }
  const scan = scanBrackets(text);
  const { unmatched } = scan;
  const spans = scan.spans.filter((span) => span.depth < MAX_NOTE_DEPTH);
  const tooDeep = scan.spans.length - spans.length;
  const notes: Note[] = [];
  // Spans come in order of their opening, nested or apart: the notes still open form a stack.
  const enclosing: Note[] = [];
  for (const span of spans) {
    const inner = text.slice(span.start + 1, span.end - 1).trim();
    const before = text.slice(Math.max(0, span.start - BEFORE_WINDOW), span.start);
    while (enclosing.length > 0 && !(enclosing[enclosing.length - 1].start < span.start && span.end <= enclosing[enclosing.length - 1].end)) enclosing.pop();
    const parent = enclosing[enclosing.length - 1];
    // A footnote marker is "[^1]": the caret right after the bracket ("[ ^]" is an ordinary bracket).
    const kind = text[span.start + 1] === '^' ? 'footnote' : classifyBracket({ inner, before, parentKind: parent?.kind });
    const note: Note = { kind, lang, paragraph, start: span.start, end: span.end, text: kind === 'footnote' ? inner.slice(1) : inner, depth: span.depth };
    const attachedTo = attachment(kind, before);
    if (attachedTo) note.attachedTo = attachedTo;
    // Brackets glued to the letters before them complete that word: В[есьма] is Весьма.
    const stem = kind === 'expansion' ? GLUED_STEM.exec(before)?.[0] : undefined;
    if (stem) note.expandsTo = `${stem}${inner}`;
    notes.push(note);
    enclosing.push(note);
  }
  return { notes, unmatched, tooDeep };
}

function attachment(kind: Note['kind'], before: string): string | undefined {
  if (!['identification', 'expansion', 'supplied', 'sic', 'transliteration'].includes(kind)) return undefined;
  if (before === '' || /\s{2,}$|[\n([]$/.test(before)) return undefined;
  const words = (kind === 'identification' ? WORDS_BEFORE : WORD_BEFORE).exec(before)?.[1]?.trim();
  // A name identifies a name: "Filippov [Stalin]"; after "from" or "the", the bracket stands alone.
  if (kind === 'identification' && words && !/^\p{Lu}/u.test(words)) return undefined;
  return words || undefined;
}

function excerpt(text: string, offset: number): string {
  const from = Math.max(0, offset - 20);
  const to = Math.min(text.length, offset + 20);
  return `…${text.slice(from, to).replace(/\s+/g, ' ')}…`;
}
