/**
 * Permalinks that survive corrections. A cited passage is recorded, for each language, as a
 * quote selector over the text version as the page shows it (paragraphs joined by blank lines)
 * with a hash of that version. Opening the link: if the version is unchanged, the bead numbers
 * are trusted; otherwise the quote is looked for (exactly, then fuzzily) and the passage found
 * again, or the reader is told it has changed.
 */
import type { CitationSelectors } from '@/lib/cite/selector';
import type { BeadRange } from './bead-hash';
import type { ReaderParts } from './dom';
import { lastNumberAtOrBelow } from '@/lib/sorted';

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

/** A pane's text version as the page shows it, with the element of each paragraph. */
async function paneVersion(pane: HTMLElement) {
  const { versionText } = await import('@/lib/cite/selector');
  const paragraphs = [...pane.querySelectorAll<HTMLElement>('[data-paragraph]')]
    .sort((a, b) => Number(a.dataset.paragraph) - Number(b.dataset.paragraph));
  return { paragraphs, ...versionText(paragraphs.map((paragraph) => paragraph.textContent ?? '')) };
}

/**
 * The permalink's `cite` parameter for beads first…last: a selector for each side that has text
 * there. The selector code is loaded on first use, not with the page.
 */
export async function citeParameter(parts: ReaderParts, range: BeadRange): Promise<string> {
  const { encodeSelectors, toSelector } = await import('@/lib/cite/selector');
  const selectors: CitationSelectors = { span: range.last - range.first };
  for (const lang of ['ru', 'en'] as const) {
    const pane = parts[lang];
    if (!pane) continue;
    const version = await paneVersion(pane);
    const inRange = version.paragraphs.map((paragraph, index) => ({ bead: Number(paragraph.dataset.bead), index }))
      .filter(({ bead }) => bead >= range.first && bead <= range.last);
    if (inRange.length === 0) continue;
    const first = inRange[0].index;
    const last = inRange[inRange.length - 1].index;
    const end = Math.min(version.starts[last] + (version.paragraphs[last].textContent ?? '').length, version.starts[first] + MAX_QUOTE_LENGTH);
    selectors[lang] = toSelector(version.text, version.starts[first], end);
  }
  return encodeSelectors(selectors);
}

/** Find the cited passage again in the page as it is now. */
export async function reanchor(parts: ReaderParts, encoded: string): Promise<Reanchored | undefined> {
  const { decodeSelectors, fromSelector } = await import('@/lib/cite/selector');
  const selectors = decodeSelectors(encoded);
  if (!selectors) return undefined;
  let quote: string | undefined;
  for (const lang of ['ru', 'en'] as const) {
    const selector = selectors[lang];
    const pane = parts[lang];
    if (!selector || !pane) continue;
    quote ??= selector.exact;
    const version = await paneVersion(pane);
    const found = fromSelector(version.text, selector);
    if (found?.unchanged) return { status: 'unchanged' };
    if (!found) continue;
    const beadAt = (offset: number) => Number(version.paragraphs[Math.max(0, lastNumberAtOrBelow(version.starts, offset))].dataset.bead);
    const first = beadAt(found.start);
    return { status: 'found', range: { first, last: Math.max(first + (selectors.span ?? 0), beadAt(Math.max(found.start, found.end - 1))) } };
  }
  return { status: 'changed', quote };
}
