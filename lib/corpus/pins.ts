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
import type { Bead, Pin, Problem } from '../types';

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
  const { mapping, problems, report, lineOf } = readYamlMapping(text, file, '"pins: [ru 3 = en 3-4]"');
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
      const value = isScalar(item) ? String(item.value).trim() : '';
      const ranges = parsePin(value);
      if (!ranges) {
        report(offset, 'bad-pin', `cannot read pin "${value}": write "ru 3 = en 3-4", "ru 7 untranslated" or "en 12 added"`);
        continue;
      }
      // Bounds are checked on the numbers as written, before any range is expanded: "ru 1-999999999" costs nothing.
      const outside = [
        ranges.ru && ranges.ru.last >= ruCount ? `ru ${ranges.ru.last + 1} (ru.md has ${ruCount} paragraphs)` : '',
        ranges.en && ranges.en.last >= enCount ? `en ${ranges.en.last + 1} (en.md has ${enCount} paragraphs)` : '',
      ].filter(Boolean);
      if (outside.length > 0) {
        report(offset, 'pin-out-of-range', `pin "${value}" names a paragraph the text does not have: ${outside.join(', ')}`);
        continue;
      }
      pins.push({ ru: expand(ranges.ru), en: expand(ranges.en), line: lineOf(offset) });
    }
  }
  return { pins: checkOrder(pins, file, problems, ruCount, enCount), problems };
}

/** A 0-based inclusive range of paragraphs, as a pin writes it. */
interface Range {
  first: number;
  last: number;
}

function range(from: string, to: string | undefined): Range | undefined {
  const first = Number(from) - 1;
  const last = to === undefined ? first : Number(to) - 1;
  return first < 0 || last < first || !Number.isSafeInteger(last) ? undefined : { first, last };
}

function expand(span: Range | undefined): number[] {
  return span ? Array.from({ length: span.last - span.first + 1 }, (_, k) => span.first + k) : [];
}

function parsePin(value: string): { ru?: Range; en?: Range } | undefined {
  let match = PAIRED.exec(value);
  if (match) {
    const ru = range(match[1], match[2]);
    const en = range(match[3], match[4]);
    return ru && en ? { ru, en } : undefined;
  }
  match = UNTRANSLATED.exec(value);
  if (match) return range(match[1], match[2]) && { ru: range(match[1], match[2]) };
  match = ADDED.exec(value);
  if (match) return range(match[1], match[2]) && { en: range(match[1], match[2]) };
  return undefined;
}

/**
 * Pins must not share paragraphs or cross each other. Read in file order, a pin that conflicts
 * with one kept before it is reported at its own line and dropped.
 *
 * Linear in the paragraphs pinned, plus a logarithm per pin: each paragraph records the pin that
 * owns it, so an overlap is found by looking at the pin's own paragraphs; and two Fenwick trees
 * over the Russian paragraphs hold the kept two-sided pins' English starts (the greatest before a
 * position, the least after it), so a crossing is found without comparing pins pairwise.
 */
function checkOrder(pins: Pin[], file: string, problems: Problem[], ruCount: number, enCount: number): Pin[] {
  const ruOwner = new Int32Array(ruCount).fill(-1);
  const enOwner = new Int32Array(enCount).fill(-1);
  const greatestEnBefore = new PrefixMax(ruCount);
  const leastEnAfter = new PrefixMax(ruCount);
  const kept: Pin[] = [];
  for (const pin of pins) {
    const overlap = pin.ru.find((index) => ruOwner[index] >= 0) ?? -1;
    const enOverlap = pin.en.find((index) => enOwner[index] >= 0) ?? -1;
    let conflict = overlap >= 0 ? kept[ruOwner[overlap]] : enOverlap >= 0 ? kept[enOwner[enOverlap]] : undefined;
    if (!conflict && pin.ru.length > 0 && pin.en.length > 0) {
      const ruStart = pin.ru[0];
      const enStart = pin.en[0];
      const before = greatestEnBefore.query(ruStart - 1);
      const after = leastEnAfter.query(ruCount - 2 - ruStart);
      if (before.value > enStart) conflict = kept[before.owner];
      else if (after.owner >= 0 && -after.value < enStart) conflict = kept[after.owner];
    }
    if (conflict) {
      problems.push({ file, line: pin.line, code: 'pin-conflict', severity: 'error',
        message: `this pin overlaps or crosses the pin on line ${conflict.line}: pins must follow each other in both texts` });
      continue;
    }
    const id = kept.length;
    kept.push(pin);
    for (const index of pin.ru) ruOwner[index] = id;
    for (const index of pin.en) enOwner[index] = id;
    if (pin.ru.length > 0 && pin.en.length > 0) {
      greatestEnBefore.raise(pin.ru[0], pin.en[0], id);
      // Mirrored index, negated value: the least English start after a position, as a prefix maximum.
      leastEnAfter.raise(ruCount - 1 - pin.ru[0], -pin.en[0], id);
    }
  }
  return kept.sort((a, b) => position(a).ru - position(b).ru || position(a).en - position(b).en);
}

/** Fenwick tree of running maxima over positions 0…size-1, remembering which pin set each. */
class PrefixMax {
  private readonly values: Float64Array;
  private readonly owners: Int32Array;

  constructor(private readonly size: number) {
    this.values = new Float64Array(size + 1).fill(-Infinity);
    this.owners = new Int32Array(size + 1).fill(-1);
  }

  /** Raise position `at` to at least `value`, set by pin `owner`. */
  raise(at: number, value: number, owner: number): void {
    for (let i = at + 1; i <= this.size; i += i & -i) {
      if (value > this.values[i]) { this.values[i] = value; this.owners[i] = owner; }
    }
  }

  /** The greatest value at positions 0…`upTo` (none: -Infinity, owner -1). */
  query(upTo: number): { value: number; owner: number } {
    let value = -Infinity;
    let owner = -1;
    for (let i = Math.min(upTo, this.size - 1) + 1; i > 0; i -= i & -i) {
      if (this.values[i] > value) { value = this.values[i]; owner = this.owners[i]; }
    }
    return { value, owner };
  }
}

/** Where a pin sits in each text; an empty side sits just before its first index on the other. */
function position(pin: Pin): { ru: number; en: number } {
  return { ru: pin.ru[0] ?? Number.NaN, en: pin.en[0] ?? Number.NaN };
}

/** alignment.yml pinning every bead, in the 1-based notation people write; `readPins` reads it back. */
export function writePins(beads: Bead[], comment: string): string {
  return `# ${comment}\npins:\n${beads.map((bead) => `  - ${pinNotation(bead)}`).join('\n')}\n`;
}

/** A bead in the notation of alignment.yml, 1-based: "ru 3 = en 3-4", "ru 7 untranslated", "en 12 added". */
export function pinNotation(bead: Bead): string {
  const span = (indices: number[]) => (indices.length > 0 ? { first: indices[0], last: indices[indices.length - 1] } : undefined);
  return notation(span(bead.ru), span(bead.en));
}

/** A pin as written, in the one notation `pinNotation` writes ("ru 3 ↔ en 3–4" → "ru 3 = en 3-4"); undefined when it is no pin. */
export function canonicalPin(value: string): string | undefined {
  const ranges = parsePin(value.trim());
  return ranges && notation(ranges.ru, ranges.en);
}

function notation(ru: Range | undefined, en: Range | undefined): string {
  const text = (span: Range) => (span.first === span.last ? `${span.first + 1}` : `${span.first + 1}-${span.last + 1}`);
  if (!en) return `ru ${text(ru!)} untranslated`;
  if (!ru) return `en ${text(en)} added`;
  return `ru ${text(ru)} = en ${text(en)}`;
}
