/**
 * Decode a source file's bytes into normalised text, reporting every repair with its line.
 *
 * Source texts come from scans, OCR and copy-paste. Repairs that lose nothing are made and
 * reported as warnings (a byte-order mark, CRLF or lone CR line ends, UTF-16 or a Russian code
 * page such as Windows-1251 or KOI8-R converted to UTF-8); input that cannot be read as text
 * (binary, undecodable, empty, too large) is an error and yields no text.
 */
import type { Problem } from '../types';
import { decodeLegacy } from './legacy-encoding';

/**
 * Largest source file accepted, in bytes. A book-length translation is 2–5 MB of UTF-8; the
 * limit leaves room for that and for the 5 MB single-paragraph stress case, while refusing
 * files that would make a static build run out of memory.
 */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024;

const BYTE_ORDER_MARK = '\uFEFF';
/** C0 controls other than tab and line feed, plus DEL and the C1 range: invisible in a page. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/**
 * Unicode bidirectional embeddings, overrides, isolates and marks. Copy-paste from web pages
 * brings them in, and an override can make the text around it display in a misleading order.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Result of decoding: `text` is absent when the file cannot be read as text. */
export interface DecodedSource {
  text?: string;
  problems: Problem[];
}

/**
 * Decode UTF-8 bytes, strip byte-order marks, normalise line ends to LF and report
 * everything unusual with its line.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  const problem = (code: string, line: number, message: string, severity: Problem['severity'] = 'error'): Problem => ({
    file, line, code, severity, message,
  });
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { problems: [problem('file-too-large', 1, `file is ${bytes.length} bytes; the limit is ${MAX_SOURCE_BYTES}`)] };
  }
  const problems: Problem[] = [];
  let text: string;
  const invalidAt = firstInvalidUtf8(bytes);
  const nulAt = bytes.indexOf(0);
  if (invalidAt < 0 && nulAt < 0) {
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  } else {
    // Not UTF-8: UTF-16 (Trados, Windows "Unicode text") or a Russian code page (legacy archive files) are read and said so.
    const legacy = decodeLegacy(bytes);
    if (!legacy) {
      if (nulAt >= 0) return { problems: [problem('binary-file', lineOfByte(bytes, nulAt), `binary file: NUL byte at byte ${nulAt}; expected UTF-8 text`)] };
      return {
        problems: [problem('invalid-utf8', lineOfByte(bytes, invalidAt),
          `invalid UTF-8 at byte ${invalidAt} (0x${bytes[invalidAt].toString(16).padStart(2, '0')}), and not a Russian code page Sverka recognises; save the file as UTF-8`)],
      };
    }
    text = legacy.text;
    problems.push(problem('legacy-encoding', 1, `the file is in ${legacy.name}, not UTF-8: read as ${legacy.name} and converted`, 'warning'));
  }
  if (text.startsWith(BYTE_ORDER_MARK)) {
    text = text.slice(1);
    problems.push(problem('bom', 1, 'byte-order mark at the start of the file (removed)', 'warning'));
  }
  const strayBom = text.indexOf(BYTE_ORDER_MARK);
  if (strayBom >= 0) {
    problems.push(problem('stray-bom', lineOfOffset(text, strayBom), 'stray byte-order mark (U+FEFF) inside the text (removed)', 'warning'));
    text = text.split(BYTE_ORDER_MARK).join('');
  }
  const carriageReturn = text.indexOf('\r');
  if (carriageReturn >= 0) {
    problems.push(problem('crlf', lineOfOffset(text, carriageReturn), 'CRLF or CR line ends (normalised to LF)', 'warning'));
    text = text.replace(/\r\n?/g, '\n');
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    problems.push(problem('control-character', lineOfOffset(text, control.index),
      `invisible control character U+${code} in the text (kept; remove it if it is a scanning artefact)`, 'warning'));
  }
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    const code = bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    problems.push(problem('bidi-control', lineOfOffset(text, bidi.index),
      `Unicode bidirectional control U+${code} in the text: it can reorder how nearby text is displayed (kept; the reader isolates it)`, 'warning'));
  }
  if (text.trim() === '') {
    problems.push(problem('empty-file', 1, bytes.length === 0 ? 'file is empty' : 'file holds only white space'));
    return { problems };
  }
  return { text, problems };
}

/** 1-based line of a character offset in a string. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Byte offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629:
 * no overlongs, no surrogates, nothing above U+10FFFF), or -1 when the whole input is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) { i++; continue; }
    let length: number;
    let min: number;
    let codePoint: number;
    if (lead >= 0xc2 && lead <= 0xdf) { length = 2; min = 0x80; codePoint = lead & 0x1f; }
    else if (lead >= 0xe0 && lead <= 0xef) { length = 3; min = 0x800; codePoint = lead & 0x0f; }
    else if (lead >= 0xf0 && lead <= 0xf4) { length = 4; min = 0x10000; codePoint = lead & 0x07; }
    else return i;
    if (i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const continuation = bytes[i + k];
      if ((continuation & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
