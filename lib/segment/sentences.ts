/**
 * Split paragraph text into sentences with character spans.
 *
 * The Unicode sentence-break rules (UAX #29, `Intl.Segmenter`, built into Node and every
 * browser) handle quotes, brackets and both scripts. They know no abbreviations, so segments
 * that end in one are joined to the next: Russian «г.», «тов.», «экз.», initials such as «И.В.»,
 * English «Mr.», «Jan.», «No.», and bare list or number markers such as "1." or "N 1503.".
 * The spans cover the text exactly: concatenating the sentences gives the paragraph back.
 */

/** One sentence: its text (with trailing white space) and offsets in the paragraph. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Abbreviations that end in a full stop but rarely end a sentence. Russian: dates and times
 * (г., гг., ч., мин.), ranks and address (тов., ген.), archival apparatus (экз., ф., оп., д.,
 * л., лл.), counts (тыс., млн.). English: titles, months, "No.", "p.m.". Lowercase; compared
 * case-insensitively.
 */
const ABBREVIATIONS = new Set([
  'г', 'гг', 'ч', 'мин', 'тов', 'т', 'ген', 'полк', 'экз', 'ф', 'оп', 'д', 'л', 'лл', 'п', 'с', 'ст', 'стр', 'см',
  'им', 'тыс', 'млн', 'млрд', 'руб', 'коп', 'др', 'пр', 'ул', 'обл', 'в', 'вв', 'н', 'э', 'т.е', 'т.к', 'т.н', 'и.о',
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'capt', 'maj', 'sgt', 'cde', 'com', 'gov', 'amb', 'no', 'nos', 'vol',
  'p', 'pp', 'ff', 'cf', 'vs', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'f', 'op', 'd', 'l', 'll',
]);

/** A segment that is only a marker or a number ("1.", "N 1503.", "II.") is not a sentence of its own. */
const MARKER_ONLY = /^[\s(«"“]*(?:[NnNo№#]*\.?\s*)?(?:\d+|[IVXLC]+|[a-zа-я])[.)]?[\s»"”]*$/u;
/** The last word of a segment, before its final full stop. */
const LAST_WORD = /(?:^|[\s(«"“'‘—–-])([\p{L}.]+)\.[\s»"”']*$/u;
/** A single capital letter and a full stop: an initial, as in «И.В. Сталину» or "J. Smith". */
const INITIAL = /(?:^|[\s.])\p{Lu}\.[\s]*$/u;

const segmenter = new Intl.Segmenter('ru', { granularity: 'sentence' });

/** Sentences of `text`, in order, covering it exactly. An empty text has no sentences. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pendingStart: number | undefined;
  for (const { segment, index } of segmenter.segment(text)) {
    const start = pendingStart ?? index;
    const end = index + segment.length;
    if (continuesIntoNext(text.slice(start, end)) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = undefined;
    spans.push({ start, end, text: text.slice(start, end) });
  }
  if (pendingStart !== undefined) spans.push({ start: pendingStart, end: text.length, text: text.slice(pendingStart) });
  return spans;
}

/** Whether the text gathered so far stops at an abbreviation, an initial or a bare marker. */
function continuesIntoNext(segment: string): boolean {
  if (MARKER_ONLY.test(segment)) return true;
  if (INITIAL.test(segment)) return true;
  const word = LAST_WORD.exec(segment)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}
