/**
 * Recognise text saved in a legacy encoding: UTF-16 (Trados and Windows "Unicode text" write it)
 * and the single-byte Cyrillic code pages archive texts still arrive in (Windows-1251, KOI8-R,
 * CP866, ISO-8859-5, Mac Cyrillic).
 *
 * General-purpose detectors (chardet, jschardet) guess from byte statistics and, on the short
 * texts Sverka meets (a TSV row, a name, a telegram header), pick ISO-8859-1 or Shift_JIS more
 * often than the right code page. Here the question is narrower: which Cyrillic code page makes
 * these bytes read as Russian? Each candidate decodes the text; the score is the log-likelihood
 * of its Cyrillic letters under Russian letter frequencies, with a penalty for capitals inside a
 * word (a wrong code page swaps the cases: KOI8-R read as Windows-1251 gives "рНЫХМ"). The best
 * candidate must turn nearly every non-ASCII byte into a Cyrillic letter or common punctuation
 * and beat the runner-up clearly; otherwise the file is refused as unreadable.
 */

/** Encodings recognised, by their WHATWG label (TextDecoder decodes them with ICU). */
export const CYRILLIC_CODE_PAGES = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5', 'x-mac-cyrillic'] as const;

/** Names a person knows these encodings by. */
const DISPLAY_NAMES: Record<string, string> = {
  'windows-1251': 'Windows-1251 (CP1251)', 'koi8-r': 'KOI8-R', ibm866: 'CP866 (DOS)', 'iso-8859-5': 'ISO-8859-5',
  'x-mac-cyrillic': 'Mac Cyrillic', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)',
};

/** What a legacy encoding gave: the text and the encoding's label. */
export interface LegacyDecoded {
  text: string;
  encoding: string;
  /** The encoding's name for messages, e.g. "KOI8-R". */
  name: string;
}

/**
 * Share of non-ASCII characters that must decode to Cyrillic letters or common typographic
 * marks (№ « » — – … ’ “ ”). Russian text in the right code page scores 1; a wrong Cyrillic code
 * page still gives letters, so this mainly rejects binary and Western European files.
 */
const MIN_CYRILLIC_SHARE = 0.9;
/** Log-likelihood margin per letter by which the winner must beat the runner-up. */
const MIN_MARGIN_PER_LETTER = 0.15;
/** Penalty, in nats, for a capital letter after a lowercase one inside a word. */
const MIXED_CASE_PENALTY = 4;
/** Penalty, in nats, for a non-ASCII character that is neither a Russian letter nor common typography (a symbol a wrong code page made). */
const FOREIGN_CHARACTER_PENALTY = 8;
/** Bytes looked at: enough letters to decide, without scoring a 32 MB file character by character. */
const SAMPLE_BYTES = 64 * 1024;
/** Fewest bytes that BOM-less UTF-16 is recognised in: a few characters, not a stray NUL or two. */
const MIN_UTF16_BYTES = 16;
/** Share of NUL bytes in the odd (or even) positions that marks BOM-less UTF-16 holding mostly ASCII or Cyrillic. */
const UTF16_NUL_SHARE = 0.3;

/**
 * Russian letter frequencies (per mille, from the Russian National Corpus as commonly quoted),
 * for а…я; ё counts as е.
 */
const RUSSIAN_FREQUENCY = [80, 16, 45, 17, 30, 85, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28, 47, 55, 63, 26, 3, 10, 5, 14, 7, 4, 0.4, 19, 17, 3, 6, 20];
const LOG_FREQUENCY = RUSSIAN_FREQUENCY.map((perMille) => Math.log(perMille / 1000));
/** A run of non-space characters holding at least one non-ASCII character: a word as the code page reads it. */
const NON_ASCII_TOKEN = /[^\s]*[^\x00-\x7f][^\s]*/g;
/** Fewest Cyrillic letters that make a verdict: a couple of stray bytes in an English file are not Russian text. */
const MIN_LETTERS = 8;
const TYPOGRAPHY = new Set('№«»—–…’‘“”„\u00a0'.split(''));
/** Quotes that open a word, and so stand right before its first letter. */
const OPENING_QUOTES = new Set('«„“'.split(''));

/** Decode `bytes` as UTF-16 (with or without a byte-order mark) or a Cyrillic code page, or undefined when none fits. */
export function decodeLegacy(bytes: Uint8Array): LegacyDecoded | undefined {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16, { fatal: false }).decode(bytes);
    // Without a byte-order mark, only text that reads as text: no controls a text file never holds, nothing undecodable.
    const hasMark = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (hasMark || !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/.test(text)) return { text, encoding: utf16, name: DISPLAY_NAMES[utf16] };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const scored = CYRILLIC_CODE_PAGES.map((encoding) => {
    const text = new TextDecoder(encoding).decode(sample);
    return { encoding, text, ...score(text) };
  }).sort((a, b) => b.logLikelihood - a.logLikelihood);
  const [best] = scored;
  if (best.letters < MIN_LETTERS || best.cyrillicShare < MIN_CYRILLIC_SHARE) return undefined;
  // Code pages that agree on these bytes (Windows-1251 and Mac Cyrillic share the lowercase letters) are no rival.
  const rival = scored.find((candidate) => candidate.text !== best.text);
  if (rival && (best.logLikelihood - rival.logLikelihood) / best.letters < MIN_MARGIN_PER_LETTER) return undefined;
  return { text: new TextDecoder(best.encoding).decode(bytes), encoding: best.encoding, name: DISPLAY_NAMES[best.encoding] };
}

/** The UTF-16 variant the bytes are in, by byte-order mark or by the NULs ASCII and Cyrillic leave in every other byte. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < MIN_UTF16_BYTES || bytes.length % 2 !== 0) return undefined;
  const pairs = Math.min(bytes.length, SAMPLE_BYTES) >> 1;
  let evenNul = 0;
  let oddNul = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) evenNul++;
    if (bytes[2 * pair + 1] === 0) oddNul++;
  }
  // ASCII has a NUL high byte; Cyrillic (U+04xx) has 0x04 there instead, so the other half has no NULs.
  if (oddNul / pairs >= UTF16_NUL_SHARE && evenNul === 0) return 'utf-16le';
  if (evenNul / pairs >= UTF16_NUL_SHARE && oddNul === 0) return 'utf-16be';
  return undefined;
}

function score(text: string): { logLikelihood: number; letters: number; cyrillicShare: number } {
  let logLikelihood = 0;
  let letters = 0;
  let nonAscii = 0;
  let cyrillicOrTypography = 0;
  for (const [token] of text.matchAll(NON_ASCII_TOKEN)) {
    // A word that mixes Latin letters and these characters is stray bytes in a Latin text, not Russian.
    const mixed = /[A-Za-z]/.test(token);
    let previousLower = false;
    const characters = [...token];
    characters.forEach((character, position) => {
      if (character.charCodeAt(0) < 0x80) { previousLower = /[a-z]/.test(character); return; }
      nonAscii++;
      // A dash or closing quote glued to the letter after it is what a wrong code page makes of a capital ("–ощин").
      const beforeLetter = /\p{L}/u.test(characters[position + 1] ?? '');
      if (TYPOGRAPHY.has(character) && (!beforeLetter || OPENING_QUOTES.has(character))) { cyrillicOrTypography++; return; }
      const lower = character.toLowerCase();
      const index = lower === 'ё' ? 5 : lower.charCodeAt(0) - 0x430;
      if (index < 0 || index >= 32 || mixed) {
        logLikelihood -= FOREIGN_CHARACTER_PENALTY;
        previousLower = lower === character;
        return;
      }
      cyrillicOrTypography++;
      letters++;
      logLikelihood += LOG_FREQUENCY[index];
      const isLower = lower === character;
      if (!isLower && previousLower) logLikelihood -= MIXED_CASE_PENALTY;
      previousLower = isLower;
    });
  }
  return { logLikelihood, letters, cyrillicShare: nonAscii === 0 ? 0 : cyrillicOrTypography / nonAscii };
}
