/**
 * Permalinks that survive corrections, short enough for a footnote: the passage numbers in the
 * hash (`#b17`) and, in the query, the opening words of the passage in one language with a hash
 * of its paragraphs (`?en=It+is+proposed+to+accomplish&v=3f9a1c`, see lib/cite/passage-link).
 * Opening the link: unchanged paragraphs are trusted at their numbers; otherwise the words are
 * looked for (exactly, then fuzzily) and the passage found again, or the reader is told it has
 * changed. Permalinks made before (`?cite=` with full quote selectors) still open.
 */
import type { LinkLanguage } from '@/lib/cite/passage-link';
import { lastNumberAtOrBelow } from '@/lib/sorted';
import type { BeadRange } from './bead-hash';
import type { ReaderParts } from './dom';

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

type PaneVersion = Awaited<ReturnType<typeof paneVersion>>;

/** Indices (in the version) of the paragraphs of beads first…last. */
function paragraphsInRange(version: PaneVersion, range: BeadRange): number[] {
  return version.paragraphs.map((paragraph, index) => ({ bead: Number(paragraph.dataset.bead), index }))
    .filter(({ bead }) => bead >= range.first && bead <= range.last).map(({ index }) => index);
}

/**
 * The permalink's query for beads first…last: the opening words and hash of the English, or of
 * the Russian where the passage has no English. The link code is loaded on first use, not with the page.
 */
export async function citeQuery(parts: ReaderParts, range: BeadRange): Promise<string> {
  const { encodePassageLink, toPassageLink } = await import('@/lib/cite/passage-link');
  for (const lang of ['en', 'ru'] as const) {
    const pane = parts[lang];
    if (!pane) continue;
    const version = await paneVersion(pane);
    const cited = paragraphsInRange(version, range);
    if (cited.length === 0) continue;
    return encodePassageLink(toPassageLink(lang, cited.map((index) => version.paragraphs[index].textContent ?? '')));
  }
  return '';
}

/** Find the cited passage again in the page as it is now, from the permalink's query and its bead range. */
export async function reanchor(parts: ReaderParts, query: string, linked: BeadRange | undefined): Promise<Reanchored | undefined> {
  const { decodePassageLink, findPassageLink } = await import('@/lib/cite/passage-link');
  const link = decodePassageLink(query);
  if (link) {
    const pane = parts[link.lang];
    if (!pane) return { status: 'changed', quote: link.words };
    const version = await paneVersion(pane);
    const range = linked ?? { first: 0, last: 0 };
    const cited = paragraphsInRange(version, range);
    const expected = cited.length > 0 ? version.starts[cited[0]] : 0;
    const found = findPassageLink(version.text, cited.map((index) => version.paragraphs[index].textContent ?? ''), link, expected);
    if (found?.unchanged) return { status: 'unchanged' };
    if (!found) return { status: 'changed', quote: link.words };
    return { status: 'found', range: rangeAt(version, found.start, found.end, range.last - range.first) };
  }
  return reanchorSelectors(parts, new URLSearchParams(query).get('cite'));
}

/** The beads at [start, end) of a version, spanning at least `span` beads after the first. */
function rangeAt(version: PaneVersion, start: number, end: number, span: number): BeadRange {
  const beadAt = (offset: number) => Number(version.paragraphs[Math.max(0, lastNumberAtOrBelow(version.starts, offset))].dataset.bead);
  const first = beadAt(start);
  return { first, last: Math.max(first + span, beadAt(Math.max(start, end - 1))) };
}

/** Permalinks made before short links: `?cite=` with a quote selector per language. */
async function reanchorSelectors(parts: ReaderParts, encoded: string | null): Promise<Reanchored | undefined> {
  if (!encoded) return undefined;
  const { decodeSelectors, fromSelector } = await import('@/lib/cite/selector');
  const selectors = decodeSelectors(encoded);
  if (!selectors) return undefined;
  let quote: string | undefined;
  for (const lang of ['ru', 'en'] as LinkLanguage[]) {
    const selector = selectors[lang];
    const pane = parts[lang];
    if (!selector || !pane) continue;
    quote ??= selector.exact;
    const version = await paneVersion(pane);
    const found = fromSelector(version.text, selector);
    if (found?.unchanged) return { status: 'unchanged' };
    if (found) return { status: 'found', range: rangeAt(version, found.start, found.end, selectors.span ?? 0) };
  }
  return { status: 'changed', quote };
}
