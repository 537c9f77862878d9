/**
 * Numbers, dates and times that do not match across a bead. Dates and times are compared first;
 * the digits inside a matched date or time ("22.7" in "22.7 в 14 часов 30 минут") are then
 * accounted for, so that "14 часов 30 минут" ↔ "1430" and "22.7" ↔ "22 July" raise nothing.
 */
import { findNumberTokens, type NumberToken } from '../numbers';
import type { Bead, Finding, Lang } from '../types';
import type { CheckInput, NoteMask } from './context';

/** Below this a number is often spelt out, implied or counted differently: a mismatch matters less. */
const SMALL_NUMBER = 10;
/**
 * Ordinal words ("второй", "seventh"): a translation renders them as often by another turn of
 * phrase as by the same ordinal, so they take no part in a changed count.
 */
const ORDINAL: Record<Lang, RegExp> = {
  ru: /^(?:перв|втор|трет|четв[её]рт|пят[ыоа]|шест[ыоа]|седьм|восьм|девят[ыоа])/iu,
  en: /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|\d+(?:st|nd|rd|th))$/i,
};

interface Token extends NumberToken {
  paragraph: number;
  /** The characters the token was read from. */
  text: string;
  /** The word after it, lower case: what is counted ("копеек", "pence"). */
  unit: string;
}

/**
 * Money and measures whose amounts a translator may convert: fifteen kopecks become "fourpence",
 * versts become miles. Both sides counting in one of these is a conversion, a real difference but
 * not an error.
 */
const CONVERTIBLE: Record<Lang, RegExp> = {
  ru: /^(?:копе[еейкя]\p{L}*|коп|рубл\p{L}*|руб|червон\p{L}*|вёрст\p{L}*|верст\p{L}*|аршин\p{L}*|пуд\p{L}*|фунт\p{L}*|сажен\p{L}*|десятин\p{L}*|золотник\p{L}*)$/u,
  en: /^(?:pence|penny|pennies|shillings?|pounds?|guineas?|dollars?|cents?|roubles?|rubles?|kopecks?|copecks?|miles?|versts?|yards?|feet|foot|inches?|acres?|stone)$/,
};

/** Number and date findings of one bead. */
export function checkNumbers(bead: Bead, input: CheckInput, mask: NoteMask): Finding[] {
  if (bead.ru.length === 0 || bead.en.length === 0) return [];
  const ru = tokensOf('ru', bead.ru, input.ru, mask);
  const en = tokensOf('en', bead.en, input.en, mask);
  const compound = (token: Token) => !token.value.startsWith('n:');
  const ruCompound = unmatched(ru.filter(compound), en.filter(compound));
  const enCompound = unmatched(en.filter(compound), ru.filter(compound));
  const ruCovered = coveredBy(ru.filter(compound).filter((token) => !ruCompound.includes(token)));
  const enCovered = coveredBy(en.filter(compound).filter((token) => !enCompound.includes(token)));
  // Plain numbers are matched across all of both sides; those inside a matched date or time need no partner.
  const ruNumbers = ru.filter((token) => !compound(token));
  const enNumbers = en.filter((token) => !compound(token));
  // "one" and "два" are pronouns and idioms as often as counts: a spelt-out small number alone needs
  // no partner. But one on each side, with different values (три ↔ "four"), is a changed count.
  const spelt = (token: Token) => !/\d/.test(token.text) && Number(token.value.slice(2)) < SMALL_NUMBER;
  const ruLeft = unmatched(ruNumbers, enNumbers).filter((token) => !ruCovered(token));
  const enLeft = unmatched(enNumbers, ruNumbers).filter((token) => !enCovered(token));
  const counts = (tokens: Token[], lang: Lang) => new Set(tokens.filter((token) => spelt(token) && !ORDINAL[lang].test(token.text)));
  const [ruCounts, enCounts] = [counts(ruLeft, 'ru'), counts(enLeft, 'en')];
  const changed = ruCounts.size > 0 && enCounts.size > 0;
  const reportable = (token: Token) => !spelt(token) || (changed && (ruCounts.has(token) || enCounts.has(token)));
  const findings: Finding[] = [];
  findings.push(...pairUp(bead, settle(ruCompound, ruCovered), settle(enCompound, enCovered), 'date-mismatch'));
  // An amount of money or a measure on both sides is a conversion to report, however small its numbers.
  const converting = ruLeft.some((token) => CONVERTIBLE.ru.test(token.unit)) && enLeft.some((token) => CONVERTIBLE.en.test(token.unit));
  const kept = (token: Token, lang: Lang) => reportable(token) || (converting && CONVERTIBLE[lang].test(token.unit));
  findings.push(...pairUp(bead, ruLeft.filter((token) => kept(token, 'ru')), enLeft.filter((token) => kept(token, 'en')), 'number-mismatch'));
  return findings;
}

function tokensOf(lang: Lang, paragraphs: number[], texts: string[], mask: NoteMask): Token[] {
  return paragraphs.flatMap((paragraph) => findNumberTokens(mask.blank(lang, paragraph, texts[paragraph]), lang)
    .map((token) => ({ ...token, paragraph, text: texts[paragraph].slice(token.start, token.end), unit: unitAfter(texts[paragraph], token.end) })));
}

/** The word right after a number (its unit), lower case, or "" when none follows. */
function unitAfter(text: string, end: number): string {
  return /^[\s\u00A0-]*(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1].toLowerCase() ?? '';
}

/** Tokens of `side` whose value is not found in `other`, each of `other` used once. */
function unmatched(side: Token[], other: Token[]): Token[] {
  const available = new Map<string, number>();
  for (const token of other) available.set(token.value, (available.get(token.value) ?? 0) + 1);
  return side.filter((token) => {
    const count = available.get(token.value) ?? 0;
    if (count > 0) available.set(token.value, count - 1);
    return count === 0;
  });
}

/** A predicate: is the token inside one of these matched spans? */
function coveredBy(matched: Token[]): (token: Token) => boolean {
  return (token) => matched.some((span) => span.paragraph === token.paragraph && span.start <= token.start && token.end <= span.end
    && !(span.start === token.start && span.end === token.end && span.value === token.value));
}

/** Unmatched dates that overlap a matched date ("July 1950" in "22 July 1950") are the same date. */
function settle(tokens: Token[], covered: (token: Token) => boolean): Token[] {
  return tokens.filter((token) => !covered(token) && !overlapsCovered(token, covered));
}

function overlapsCovered(token: Token, covered: (token: Token) => boolean): boolean {
  return covered({ ...token, start: token.start, end: token.start + 1 }) || covered({ ...token, start: token.end - 1, end: token.end });
}

function pairUp(bead: Bead, ru: Token[], en: Token[], kind: 'number-mismatch' | 'date-mismatch'): Finding[] {
  const findings: Finding[] = [];
  const count = Math.max(ru.length, en.length);
  for (let k = 0; k < count; k++) {
    const [r, e] = [ru[k], en[k]];
    // A small number missing on one side is often counted differently; one changed into another is a real change.
    const small = !(r && e) && [r, e].every((token) => !token || (token.value.startsWith('n:') && Number(token.value.slice(2)) < SMALL_NUMBER));
    const what = kind === 'date-mismatch' ? 'date or time' : 'number';
    const converted = Boolean(r && e && CONVERTIBLE.ru.test(r.unit) && CONVERTIBLE.en.test(e.unit));
    findings.push({
      kind,
      severity: small || converted ? 'low' : 'high',
      ru: bead.ru,
      en: bead.en,
      ruSpans: r ? [{ paragraph: r.paragraph, start: r.start, end: r.end }] : [],
      enSpans: e ? [{ paragraph: e.paragraph, start: e.start, end: e.end }] : [],
      message: converted ? `${display(r!)} ${r!.unit} became ${display(e!)} ${e!.unit}: an amount converted into other units, a difference but not an error`
        : r && e ? `the Russian ${what} ${display(r)} does not match the English ${display(e)}`
        : r ? `the Russian ${what} ${display(r)} is not in the English` : `the English ${what} ${display(e!)} is not in the Russian`,
      evidence: `${r ? display(r) : 'nothing'} in the Russian, ${e ? display(e) : 'nothing'} in the English`,
    });
  }
  return findings;
}

function display(token: Token): string {
  return `“${token.text}”`;
}
