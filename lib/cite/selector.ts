/**
 * Quote selectors as data, in pairs: `toSelector` records a passage of a text version as a W3C
 * Web Annotation TextQuoteSelector (the exact text, some context, where it stood, and a hash of
 * the version), and `fromSelector` finds it again in the text as it is now. The reader opens the
 * permalinks made with them before short links; the fuzz campaign checks the pair.
 * No Node imports.
 */
import { sha256Hex } from '../text/hash';
import { anchorQuote, type Anchor } from './anchor';

/** The selector's type tag, as the Web Annotation model names it. */
export const QUOTE_SELECTOR_TYPE = 'TextQuoteSelector';
/** Characters of context kept on each side of the quote: enough to tell repeated quotes apart. */
export const QUOTE_CONTEXT = 32;
/** Hex digits of a text version's hash: 64 bits, so that a changed text is never taken for the cited one. */
const VERSION_HASH_DIGITS = 16;
/** How the paragraphs of a text version are joined into the one string a selector indexes. */
const PARAGRAPH_JOINER = '\n\n';

/** A TextQuoteSelector with the position it had and a hash of the text it was taken from. */
export interface QuoteSelector {
  type: typeof QUOTE_SELECTOR_TYPE;
  exact: string;
  prefix: string;
  suffix: string;
  /** Start offset in the text version the citation was made from. */
  start: number;
  /** sha256 (first 16 hex digits) of that text version. */
  textHash: string;
}

/** A text version as selectors index it: its paragraphs joined by blank lines, and where each starts. */
export interface VersionText {
  text: string;
  starts: number[];
}

/** Join the paragraphs of a text version as selectors index them. */
export function versionText(paragraphs: readonly string[]): VersionText {
  const starts: number[] = [];
  let offset = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) offset += PARAGRAPH_JOINER.length;
    starts.push(offset);
    offset += paragraph.length;
  }
  return { text: paragraphs.join(PARAGRAPH_JOINER), starts };
}

/** The hash of a text version: it changes when any character changes. */
export function hashVersion(text: string): string {
  return sha256Hex(text, VERSION_HASH_DIGITS);
}

/** The selector for [start, end) of `text`. */
export function toSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    type: QUOTE_SELECTOR_TYPE,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
    start,
    textHash: hashVersion(text),
  };
}

/**
 * Where the selector's quote stands in `text` now: `unchanged` when the text is the very version
 * it was made from, else the quote found again (exactly or fuzzily), else undefined.
 */
export function fromSelector(text: string, selector: QuoteSelector): (Anchor & { unchanged: boolean }) | undefined {
  if (hashVersion(text) === selector.textHash) return { start: selector.start, end: selector.start + selector.exact.length, method: 'exact', unchanged: true };
  const found = anchorQuote(text, selector);
  return found && { ...found, unchanged: false };
}

/** Selectors of a citation, per language, and how many beads after the first the passage spans. */
export type CitationSelectors = Partial<Record<'ru' | 'en', QuoteSelector>> & { span?: number };

/**
 * The selectors of a permalink's `cite` parameter (URL-safe base64 of their JSON, as permalinks
 * were made before the short links of passage-link.ts), or undefined when it is not one.
 * Selectors from before the type tag are read as TextQuoteSelectors.
 */
export function decodeSelectors(value: string): CitationSelectors | undefined {
  let parsed: unknown;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0))));
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  const selectors: CitationSelectors = {};
  if (Number.isInteger(record.span) && (record.span as number) >= 0) selectors.span = record.span as number;
  for (const lang of ['ru', 'en'] as const) {
    const selector = asQuoteSelector(record[lang]);
    if (selector) selectors[lang] = selector;
  }
  return selectors.ru || selectors.en ? selectors : undefined;
}

function asQuoteSelector(value: unknown): QuoteSelector | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { type = QUOTE_SELECTOR_TYPE, exact, prefix, suffix, start, textHash } = value as Record<string, unknown>;
  if (type !== QUOTE_SELECTOR_TYPE || typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') return undefined;
  if (!Number.isInteger(start) || (start as number) < 0 || typeof textHash !== 'string') return undefined;
  return { type, exact, prefix, suffix, start: start as number, textHash };
}
