/**
 * `alignment.yml`: beads fixed by a person, which the aligner keeps. Paragraph numbers count
 * from 1, as the reader shows them:
 *
 *   pins:
 *     - ru 3 = en 3-4        # Russian ¶ 3 is translated by English ¶ 3 and 4
 *     - ru 7 untranslated    # Russian ¶ 7 has no translation
 *     - en 12 added          # English ¶ 12 has no original
 *     - ru 9-10 = en 11
 *
 * A pin that names a paragraph the text does not have, overlaps another pin or crosses it is an
 * error naming the file and line.
 */
import { isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import { readYamlMapping } from '../metadata';
import type { Pin, Problem } from '../types';

const RANGE = '(\\d+)(?:\\s*[-–]\\s*(\\d+))?';
const PAIRED = new RegExp(`^ru\\s+${RANGE}\\s*(?:=|↔|<->|->)\\s*en\\s+${RANGE}$`, 'i');
const UNTRANSLATED = new RegExp(`^ru\\s+${RANGE}\\s+(?:untranslated|omitted|not translated)$`, 'i');
const ADDED = new RegExp(`^en\\s+${RANGE}\\s+(?:added|inserted)$`, 'i');

/** Pins read from `alignment.yml`, 0-based, sorted; with every problem found. */
export interface ReadPins {
  pins: Pin[];
  problems: Problem[];
}

/** Read and check `alignment.yml` against the paragraph counts of the texts it pins. */
export function readPins(text: string, file: string, ruCount: number, enCount: number): ReadPins {
  const { mapping, problems, report } = readYamlMapping(text, file, '"pins: [ru 3 = en 3-4]"');
  if (!mapping) return { pins: [], problems };
  const pins: Pin[] = [];
  for (const pair of mapping.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    if (key !== 'pins') {
      report(pair.key?.range?.[0], 'unknown-field', `unknown field "${key}" in alignment.yml; the only field is "pins"`);
      continue;
    }
    if (!isSeq(pair.value)) {
      report(pair.value?.range?.[0] ?? pair.key?.range?.[0], 'wrong-type', '"pins" must be a list such as "- ru 3 = en 3-4"');
      continue;
    }
    for (const item of pair.value.items as YamlNode[]) {
      const offset = item?.range?.[0];
      const line = lineOf(text, offset);
      const value = isScalar(item) ? String(item.value).trim() : '';
      const pin = parsePin(value, line);
      if (!pin) {
        report(offset, 'bad-pin', `cannot read pin "${value}": write "ru 3 = en 3-4", "ru 7 untranslated" or "en 12 added"`);
        continue;
      }
      const outside = [
        pin.ru.length > 0 && pin.ru[pin.ru.length - 1] >= ruCount ? `ru ${pin.ru[pin.ru.length - 1] + 1} (ru.md has ${ruCount} paragraphs)` : '',
        pin.en.length > 0 && pin.en[pin.en.length - 1] >= enCount ? `en ${pin.en[pin.en.length - 1] + 1} (en.md has ${enCount} paragraphs)` : '',
      ].filter(Boolean);
      if (outside.length > 0) {
        report(offset, 'pin-out-of-range', `pin "${value}" names a paragraph the text does not have: ${outside.join(', ')}`);
        continue;
      }
      pins.push(pin);
    }
  }
  return { pins: checkOrder(pins, file, problems), problems };
}

function lineOf(text: string, offset: number | undefined): number {
  return text.slice(0, offset ?? 0).split('\n').length;
}

function range(from: string, to: string | undefined): number[] {
  const first = Number(from) - 1;
  const last = to === undefined ? first : Number(to) - 1;
  if (first < 0 || last < first) return [];
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function parsePin(value: string, line: number): Pin | undefined {
  let match = PAIRED.exec(value);
  if (match) {
    const pin = { ru: range(match[1], match[2]), en: range(match[3], match[4]), line };
    return pin.ru.length > 0 && pin.en.length > 0 ? pin : undefined;
  }
  match = UNTRANSLATED.exec(value);
  if (match) return range(match[1], match[2]).length > 0 ? { ru: range(match[1], match[2]), en: [], line } : undefined;
  match = ADDED.exec(value);
  if (match) return range(match[1], match[2]).length > 0 ? { ru: [], en: range(match[1], match[2]), line } : undefined;
  return undefined;
}

/**
 * Pins must not share paragraphs or cross each other. Read in file order, a pin that conflicts
 * with one kept before it is reported at its own line and dropped.
 */
function checkOrder(pins: Pin[], file: string, problems: Problem[]): Pin[] {
  const kept: Pin[] = [];
  for (const pin of pins) {
    const conflict = kept.find((other) => overlaps(pin.ru, other.ru) || overlaps(pin.en, other.en) || crosses(pin, other));
    if (conflict) {
      problems.push({ file, line: pin.line, code: 'pin-conflict', severity: 'error',
        message: `this pin overlaps or crosses the pin on line ${conflict.line}: pins must follow each other in both texts` });
      continue;
    }
    kept.push(pin);
  }
  return kept.sort((a, b) => position(a).ru - position(b).ru || position(a).en - position(b).en);
}

function overlaps(a: number[], b: number[]): boolean {
  return a.some((index) => b.includes(index));
}

/** Where a pin sits in each text; an empty side sits just before its first index on the other. */
function position(pin: Pin): { ru: number; en: number } {
  return { ru: pin.ru[0] ?? Number.NaN, en: pin.en[0] ?? Number.NaN };
}

/** Two pins cross when one comes first in the Russian and the other first in the English. */
function crosses(a: Pin, b: Pin): boolean {
  const ruOrder = a.ru.length > 0 && b.ru.length > 0 ? Math.sign(a.ru[0] - b.ru[0]) : 0;
  const enOrder = a.en.length > 0 && b.en.length > 0 ? Math.sign(a.en[0] - b.en[0]) : 0;
  return ruOrder * enOrder < 0;
}
