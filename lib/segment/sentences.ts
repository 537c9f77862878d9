/**
 * Split paragraph text into sentences with character spans.
 *
 * The Unicode sentence-break rules (UAX #29, `Intl.Segmenter`, built into Node and every
 * browser) handle quotes, brackets and both scripts. They know no abbreviations, so segments
 * that end in one are joined to the next: Russian «г.», «тов.», «экз.», initials such as «И.В.»,
 * English «Mr.», «Jan.», «No.», and bare list or number markers such as "1." or "N 1503.". An
 * exclamation or question followed by a lowercase word («Господи! приди») runs on as well.
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
  for (const { segment, index } of segmentsInChunks(text)) {
    const start = pendingStart ?? index;
    const end = index + segment.length;
    if (end < text.length && (continuesIntoNext(text.slice(start, end)) || continuesLowercase(text.slice(start, end), text.slice(end, end + NEXT_LOOKAHEAD)))) {
      pendingStart = start;
      continue;
    }
    pendingStart = undefined;
    spans.push({ start, end, text: text.slice(start, end) });
  }
  if (pendingStart !== undefined) spans.push({ start: pendingStart, end: text.length, text: text.slice(pendingStart) });
  return spans;
}

/**
 * Longest stretch handed to Intl.Segmenter at once. V8's segment iterator slows down
 * quadratically with the length of the string (a 400 kB paragraph takes seconds), so a long
 * paragraph is cut after a sentence end near this length and each piece segmented alone.
 * Paragraphs of real documents are far shorter and are segmented whole.
 */
const SEGMENTER_CHUNK = 4096;
/** A likely sentence end: terminal punctuation, closing quotes or brackets, then white space. */
const SENTENCE_END = /[.!?…][»"”)\]]*\s+/g;

/** The segmenter's sentence segments of `text`, with offsets into `text`, cut into chunks when it is long. */
function* segmentsInChunks(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > SEGMENTER_CHUNK) {
      SENTENCE_END.lastIndex = from;
      let cut = -1;
      for (let match = SENTENCE_END.exec(text); match && match.index + match[0].length <= from + SEGMENTER_CHUNK; match = SENTENCE_END.exec(text)) cut = match.index + match[0].length;
      if (cut <= from) {
        const space = text.lastIndexOf(' ', from + SEGMENTER_CHUNK);
        cut = space > from ? space + 1 : from + SEGMENTER_CHUNK;
      }
      // Never split a surrogate pair.
      if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut++;
      to = cut;
    }
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) yield { segment, index: from + index };
    from = to;
  }
}

/**
 * Characters at the end of the gathered text that the tests look at: a marker, an initial or an
 * abbreviation is a few characters long. Testing the whole gathered text would make a paragraph
 * of many abbreviations ("тов.", "г.") quadratic in its length.
 */
const TAIL_LENGTH = 64;

/** The last TAIL_LENGTH characters, starting at a space so that no word is cut. */
function tailOf(text: string): string {
  if (text.length <= TAIL_LENGTH) return text;
  const tail = text.slice(-TAIL_LENGTH);
  const space = tail.search(/\s/);
  return space < 0 ? tail : tail.slice(space);
}

/** Characters after a segment looked at to see how the next one begins: quotes, a dash and a letter. */
const NEXT_LOOKAHEAD = 8;
/** A segment ending in an exclamation or question mark (and closing quotes). */
const EXCLAMATION_END = /[!?…][»"”’)\]]*\s*$/u;
/** The next segment begins with a lowercase letter, after opening quotes or a dash. */
const LOWERCASE_NEXT = /^[\s«"“„'‘—–-]*\p{Ll}/u;

/**
 * Whether an exclamation or a question runs on into a lowercase continuation: «Господи! приди,
 * пока не умер сын мой», "“Sir!” he said". The address and what follows are one sentence.
 */
function continuesLowercase(gathered: string, next: string): boolean {
  return EXCLAMATION_END.test(gathered) && LOWERCASE_NEXT.test(next);
}

/** Whether the text gathered so far stops at an abbreviation, an initial or a bare marker. */
function continuesIntoNext(gathered: string): boolean {
  if (gathered.length <= TAIL_LENGTH && MARKER_ONLY.test(gathered)) return true;
  const segment = tailOf(gathered);
  if (INITIAL.test(segment)) return true;
  const word = LAST_WORD.exec(segment)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}
