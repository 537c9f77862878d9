/**
 * Inputs for the fuzz campaign: random Unicode, the corpus's own texts mutated the way scans, OCR
 * and copy-paste mutate them (lines deleted, duplicated and shuffled, brackets cut in half,
 * scripts mixed, BOMs and CRLF), and Markdown and HTML fragments.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const CORPUS = path.join(process.cwd(), 'texts');

/** Lines of every text in the bundled corpus: the material mutations start from. */
const SEED_LINES: string[] = readdirSync(CORPUS).flatMap((slug) => ['ru.md', 'en.md']
  .map((name) => path.join(CORPUS, slug, name))
  .filter((file) => existsSync(file))
  .flatMap((file) => readFileSync(file, 'utf8').split('\n')));

/** Latin letters that look like Cyrillic ones, as OCR mixes them. */
const HOMOGLYPHS: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X' };

/** Fragments that trip parsers: brackets, Markdown and HTML syntax, bidi controls, odd spaces. */
const TRICKY = ['[', ']', '(', ')', '[[', ']]', '[^1]', '[^1]: note', '*', '**', '_', '`', '```', '#', '> ', '- ', '1. ', '---', '***',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!--', '-->', '&amp;', '&#0;', '&lt;', '\\', '|', '\t', '\n', '\n\n',
  '\r\n', '\uFEFF', '\u202E', '\u200B', '\u00A0', '\u0000', '\u0007', 'ё', 'Ё', 'тов.Cталину', '1950', '22.7', '№', '«', '»', '—', '…', '🇷🇺', 'é', 'й'];

/** Any Unicode text (whole code points, so every string is valid UTF-16). */
export const randomUnicode = fc.string({ unit: 'binary', maxLength: 300 });

/** Text built of tricky fragments and random characters. */
export const trickyText = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...SEED_LINES)), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

type Mutation = (lines: string[], pick: () => number) => string[];
const MUTATIONS: Mutation[] = [
  (lines, pick) => lines.filter(() => pick() > 0.2), // lines deleted
  (lines, pick) => lines.flatMap((line) => (pick() < 0.15 ? [line, line] : [line])), // duplicated
  (lines, pick) => [...lines].sort(() => pick() - 0.5), // shuffled
  (lines, pick) => lines.map((line) => (pick() < 0.3 ? line.replace(/[\])]/, '') : line)), // brackets cut in half
  (lines, pick) => lines.map((line) => (pick() < 0.3 ? line.replace(/[а-яА-Я]/g, (letter) => (pick() < 0.3 ? HOMOGLYPHS[letter] ?? letter : letter)) : line)), // scripts mixed
  (lines) => lines.map((line) => `${line}\r`), // CRLF
  (lines) => ['\uFEFF' + (lines[0] ?? ''), ...lines.slice(1)], // BOM
  (lines, pick) => lines.map((line) => (pick() < 0.1 ? `${line} ${TRICKY[Math.floor(pick() * TRICKY.length)]}` : line)), // debris
];

/** A stretch of the corpus, mutated by a few of the mutations. */
export const mutatedSeed = fc.tuple(fc.nat(SEED_LINES.length), fc.integer({ min: 1, max: 40 }), fc.array(fc.nat(MUTATIONS.length - 1), { maxLength: 4 }), fc.integer())
  .map(([start, length, mutations, seed]) => {
    let state = seed;
    const pick = () => ((state = (Math.imul(state, 1103515245) + 12345) | 0) >>> 0) / 4294967296;
    let lines = SEED_LINES.slice(start, start + length);
    for (const mutation of mutations) lines = MUTATIONS[mutation](lines, pick);
    return lines.join('\n');
  });

/** Any of the above: what the campaign feeds every stage that takes text. */
export const hostileText = fc.oneof(randomUnicode, trickyText, mutatedSeed);

/** A paragraph as the corpus holds one: non-empty, trimmed, no blank line inside. */
export const paragraph = hostileText.map((text) => text.replace(/\r/g, '').replace(/\n\s*\n/g, '\n').trim()).filter((text) => text !== '');

/** Paragraph lists for the two sides; either may be empty. */
export const sides = fc.tuple(fc.array(paragraph, { maxLength: 25 }), fc.array(paragraph, { maxLength: 25 }));
