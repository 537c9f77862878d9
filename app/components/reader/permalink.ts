/**
 * Permalinks that survive corrections. A cited passage is recorded, for each language, as a
 * quote selector over the text version as the page shows it (paragraphs joined by blank lines)
 * with a hash of that version. Opening the link: if the version is unchanged, the bead numbers
 * are trusted; otherwise the quote is looked for (exactly, then fuzzily) and the passage found
 * again, or the reader is told it has changed.
 */
import type { QuoteSelector } from '../../../lib/cite/anchor';
import type { BeadRange } from './bead-hash';
import type { ReaderParts } from './dom';

/** Selectors of a citation, per language, and how many beads after the first the passage spans. */
export type CitationSelectors = Partial<Record<'ru' | 'en', QuoteSelector>> & { span?: number };

/**
 * Characters of the passage kept as its quote. The start of a passage finds it; the whole of a
 * long one would make URLs of many kilobytes, which mail and chat programs break.
 */
const MAX_QUOTE_LENGTH = 240;

/** What opening a permalink found. */
export interface Reanchored {
  status: 'unchanged' | 'found' | 'changed';
  range?: BeadRange;
  /** The quote as it was cited, for the "changed" notice. */
  quote?: string;
}

interface VersionText {
  text: string;
  paragraphs: HTMLElement[];
  starts: number[];
}

function versionText(pane: HTMLElement): VersionText {
  const paragraphs = [...pane.querySelectorAll<HTMLElement>('[data-paragraph]')]
    .sort((a, b) => Number(a.dataset.paragraph) - Number(b.dataset.paragraph));
  const starts: number[] = [];
  let text = '';
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) text += '\n\n';
    starts.push(text.length);
    text += paragraph.textContent ?? '';
  });
  return { text, paragraphs, starts };
}

async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, 16);
}

/** Selectors for beads first…last on each side that has text there. */
export async function citationSelectors(parts: ReaderParts, range: BeadRange): Promise<CitationSelectors> {
  const { quoteSelectorWithHash } = await import('../../../lib/cite/anchor');
  const selectors: CitationSelectors = { span: range.last - range.first };
  for (const lang of ['ru', 'en'] as const) {
    const pane = parts[lang];
    if (!pane) continue;
    const version = versionText(pane);
    const inRange = version.paragraphs.map((paragraph, index) => ({ bead: Number(paragraph.dataset.bead), index }))
      .filter(({ bead }) => bead >= range.first && bead <= range.last);
    if (inRange.length === 0) continue;
    const first = inRange[0].index;
    const last = inRange[inRange.length - 1].index;
    const end = Math.min(version.starts[last] + (version.paragraphs[last].textContent ?? '').length, version.starts[first] + MAX_QUOTE_LENGTH);
    selectors[lang] = quoteSelectorWithHash(version.text, version.starts[first], end, await hashText(version.text));
  }
  return selectors;
}

/** URL-safe base64 of the selectors' JSON. */
export function encodeSelectors(selectors: CitationSelectors): string {
  const bytes = new TextEncoder().encode(JSON.stringify(selectors));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeSelectors(value: string): CitationSelectors | undefined {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)))) as CitationSelectors;
  } catch {
    return undefined;
  }
}

/** Find the cited passage again in the page as it is now. */
export async function reanchor(parts: ReaderParts, encoded: string): Promise<Reanchored | undefined> {
  const selectors = decodeSelectors(encoded);
  if (!selectors) return undefined;
  const { anchorQuote } = await import('../../../lib/cite/anchor');
  let quote: string | undefined;
  for (const lang of ['ru', 'en'] as const) {
    const selector = selectors[lang];
    const pane = parts[lang];
    if (!selector || !pane) continue;
    quote ??= selector.exact;
    const version = versionText(pane);
    if (await hashText(version.text) === selector.textHash) return { status: 'unchanged' };
    const found = anchorQuote(version.text, selector);
    if (!found) continue;
    const paragraphAt = (offset: number) => {
      let index = 0;
      while (index + 1 < version.starts.length && version.starts[index + 1] <= offset) index++;
      return Number(version.paragraphs[index].dataset.bead);
    };
    const first = paragraphAt(found.start);
    return { status: 'found', range: { first, last: Math.max(first + (selectors.span ?? 0), paragraphAt(Math.max(found.start, found.end - 1))) } };
  }
  return { status: 'changed', quote };
}
