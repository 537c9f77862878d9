/**
 * What a bracketed span is, in the conventions of translated archival documents. Rules are
 * tried in order, the most specific first; every rule is one real pattern from the seeds or
 * the usual apparatus of document editions.
 */
import type { NoteKind } from '../types';

/** What the classifier looks at: the text inside the brackets and what surrounds them. */
export interface BracketContext {
  /** Text between the brackets, trimmed. */
  inner: string;
  /** Text of the paragraph before the opening bracket. */
  before: string;
  /** Kind of the enclosing note, for nested brackets. */
  parentKind?: NoteKind;
}

const TRANSLATOR_NOTE = /^(?:translator['’]s note|translator note|note of the translator|tn|прим(?:ечание)?\.?\s*перев(?:одчика)?\.?)\s*[:.-]?/iu;
const EDITOR_NOTE = /^(?:ed(?:itor['’]s|itorial)?\.?\s*note|прим(?:ечание)?\.?\s*ред(?:акции|актора)?\.?)\s*[:.-]?/iu;
const SIC = /^sic!?$/i;
const ARCHIVAL = /(?:РГАСПИ|АПРФ|АВП\s?РФ|ГАРФ|РГАНИ|ЦАМО|RGASPI|APRF|AVP\s?RF|GARF|RGANI)|(?:^|[\s.,])(?:ф|оп|д|л|лл|f|op|d|ll?)\.?\s*N?\s*\d/iu;
const PHYSICAL = /^(?:handwritten|hand-?written|stamp|seal|signature|signed|illegible|crossed out|underlined|in the margin|margin|typed|notation|resolution|рукой|рукописн|штамп|печать|подпись|неразборчиво|зачеркнуто|на полях|резолюция)/iu;
/** An abbreviation just before the bracket: NOA, IAD, ShAD, VKP(b). */
const ABBREVIATION_BEFORE = /(?:^|[\s(])([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,2}[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё()]{0,4})\s*$/u;
const LETTER_BEFORE = /[\p{L}]$/u;
/** Words that may join the parts of a name: "Gao Gang and Kim Il Sung", "Ли и Ким". */
const NAME_JOINERS = new Set(['and', 'or', 'of', 'the', 'de', 'van', 'von', 'и', 'или']);
/** Letter groups that English does not have and Russian transliteration does. */
const TRANSLITERATION_SIGNS = /(?:zh|kh|shch|iu|ia|yy|ii|ogo\b|ykh\b|iye\b|yi\b|nyi\b|sk(?:ii|iy)\b|\b[a-z]+ov[aoy]?\b)/;
const ENGLISH_FUNCTION_WORDS = /\b(?:the|a|an|of|to|in|on|for|with|and|or|is|are|was|were|be|by|from|at|this|that)\b/;

/** The kind of a bracketed span. */
export function classifyBracket({ inner, before, parentKind }: BracketContext): NoteKind {
  if (TRANSLATOR_NOTE.test(inner)) return 'translator-note';
  if (EDITOR_NOTE.test(inner)) return 'editor-note';
  if (SIC.test(inner)) return 'sic';
  if (ARCHIVAL.test(inner) && /\d/.test(inner)) return 'archival-reference';
  if (PHYSICAL.test(inner)) return 'physical';
  if (parentKind === 'physical') return 'supplied';
  if (LETTER_BEFORE.test(before)) return 'expansion';
  // "NOA [People's Liberation Army]", "IAD [fighter aviation division]": a phrase after an
  // abbreviation. A single word after capitals is a name being identified: "FILIPPOV [Stalin]".
  if (ABBREVIATION_BEFORE.test(before) && inner.split(/\s+/).length >= 2) return 'expansion';
  if (isProperName(inner)) return 'identification';
  if (isTransliteration(inner)) return 'transliteration';
  return 'supplied';
}

/** Every word capitalised (or a joiner such as "and"): Stalin, Gao Gang and Kim Il Sung, BEIJING, Рощина. */
function isProperName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_JOINERS.has(word.toLowerCase()))
    && words.some((word) => /^\p{Lu}/u.test(word));
}

/** Lowercase Latin words that read as Russian: "pristupit k obiednineniiu". */
function isTransliteration(text: string): boolean {
  const lower = text.toLowerCase();
  return /^[a-z'’\s-]+$/.test(text) && TRANSLITERATION_SIGNS.test(lower) && !ENGLISH_FUNCTION_WORDS.test(lower);
}
