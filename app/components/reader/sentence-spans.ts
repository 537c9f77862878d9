/**
 * The sentence pairs of a document, fetched once per page from `/documents/<slug>/sentences`
 * (`SentenceSpansView`) and read per paragraph element: the sentence highlight and the citation
 * of selected sentences both use them.
 */
import type { SentenceSpansView } from '@/lib/view/model';
import { readParagraph } from './paragraph-text';

const loads = new Map<string, Promise<SentenceSpansView | undefined>>();

/** The sentence pairs at `source`, fetched on the first call; undefined when they cannot be had (offline, a 404). */
export function loadSentenceSpans(source: string): Promise<SentenceSpansView | undefined> {
  let load = loads.get(source);
  if (!load) {
    load = fetch(source).then((response) => (response.ok ? response.json() as Promise<SentenceSpansView> : undefined), () => undefined);
    loads.set(source, load);
  }
  return load;
}

/** The address of a document's sentence pairs. */
export function sentenceSource(slug: string): string {
  return `/documents/${slug}/sentences`;
}

/** The (start, end, pair) triples of a paragraph element's sentences. */
export function sentencesOf(spans: SentenceSpansView, paragraph: HTMLElement): number[][] {
  const values = spans[paragraph.dataset.lang === 'ru' ? 'ru' : 'en'][Number(paragraph.dataset.paragraph)] ?? [];
  const triples: number[][] = [];
  for (let index = 0; index + 2 < values.length; index += 3) triples.push(values.slice(index, index + 3));
  return triples;
}

/** The ranges, in every pane, of the sentences of passage `bead` that belong to one of `pairs`. */
export function pairRanges(spans: SentenceSpansView, panes: HTMLElement, bead: string, pairs: ReadonlySet<number>): Range[] {
  return [...panes.querySelectorAll<HTMLElement>(`[data-bead="${bead}"][data-paragraph]`)].flatMap((paragraph) => {
    const read = readParagraph(paragraph);
    return sentencesOf(spans, paragraph).filter(([, , pair]) => pairs.has(pair)).map(([start, end]) => read.range(start, end));
  });
}
