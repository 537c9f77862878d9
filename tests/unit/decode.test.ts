import { decodeSource, firstInvalidUtf8, openingOf } from '../../lib/text';

const bytes = (text: string) => new TextEncoder().encode(text);
const codes = (result: ReturnType<typeof decodeSource>) => result.problems.map((problem) => [problem.code, problem.line]);

describe('decodeSource', () => {
  test('plain UTF-8 passes unchanged, Cyrillic and all', () => {
    const result = decodeSource(bytes('Шифртелеграмма No. 22591\n\nCopy N1'), 'ru.md');
    expect(result.text).toBe('Шифртелеграмма No. 22591\n\nCopy N1');
    expect(result.problems).toEqual([]);
  });

  test('a byte-order mark is removed and reported as a warning on line 1', () => {
    const result = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('title: x')]), 'document.yml');
    expect(result.text).toBe('title: x');
    expect(codes(result)).toEqual([['bom', 1]]);
    expect(result.problems[0].severity).toBe('warning');
  });

  test('CRLF and lone CR become LF, reported at the first one', () => {
    const result = decodeSource(bytes('one\ntwo\r\nthree\rfour'), 'en.md');
    expect(result.text).toBe('one\ntwo\nthree\nfour');
    expect(codes(result)).toEqual([['crlf', 2]]);
  });

  test('a stray BOM inside the text is removed and its line named', () => {
    const result = decodeSource(bytes('a\nb\uFEFFc'), 'en.md');
    expect(result.text).toBe('a\nbc');
    expect(codes(result)).toEqual([['stray-bom', 2]]);
  });

  test('invalid UTF-8 is an error naming the line and byte, and yields no text', () => {
    const result = decodeSource(new Uint8Array([...bytes('ok\nok\nbad '), 0xc3, 0x28]), 'en.md');
    expect(result.text).toBeUndefined();
    expect(codes(result)).toEqual([['invalid-utf8', 3]]);
    expect(result.problems[0].message).toMatch(/byte 10/);
  });

  test('a NUL byte marks a binary file', () => {
    const result = decodeSource(new Uint8Array([...bytes('a\n'), 0, 1]), 'en.md');
    expect(codes(result)).toEqual([['binary-file', 2]]);
  });

  test('empty and white-space-only files are errors', () => {
    expect(codes(decodeSource(new Uint8Array(), 'en.md'))).toEqual([['empty-file', 1]]);
    expect(codes(decodeSource(bytes(' \n\t\n'), 'en.md'))).toEqual([['empty-file', 1]]);
  });

  test('control characters are kept but reported', () => {
    const result = decodeSource(bytes('a\n\nb\u000cc'), 'en.md');
    expect(result.text).toBe('a\n\nb\u000cc');
    expect(codes(result)).toEqual([['control-character', 3]]);
  });

  test('a bidirectional override (copy-pasted from the web) is kept but reported with its line', () => {
    const result = decodeSource(bytes('title: Telegram\nfrom: \u202eRoshchin\n'), 'document.yml');
    expect(result.text).toContain('\u202eRoshchin');
    expect(codes(result)).toEqual([['bidi-control', 2]]);
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    ['overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['lone continuation byte', [0x80], 0],
  ])('rejects %s', (_, input, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(offset);
  });

  test('accepts every kind of valid sequence', () => {
    expect(firstInvalidUtf8(bytes('a é — 𝔸 Ж'))).toBe(-1);
  });
});

test('a text is named by its opening words, cut at a word, as quotes and the edit panel\'s menus show it', () => {
  expect(openingOf('  Ввиду  того,\nчто ', 40)).toBe('Ввиду того, что');
  expect(openingOf('Для подготовки 160 экипажей, на передаваемую нам реактивную материальную часть', 40)).toBe('Для подготовки 160 экипажей, на…');
  // One word longer than the room is cut inside it.
  expect(openingOf('x'.repeat(100), 40)).toBe(`${'x'.repeat(40)}…`);
});
