import { getSentenceSpans, listDocumentSummaries, prerendersDocuments } from '@/lib/view';

/**
 * Files the build did not write (a large corpus, see lib/view/prerender.ts) are rendered on first
 * request and kept; only bilingual documents have sentence pairs, anything else is a 404.
 */
export const dynamicParams = true;
export const dynamic = 'force-static';

/** Every readable document with both texts, written as a static file at build time for a small corpus. */
export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
  if (!(await prerendersDocuments())) return [];
  const documents = (await listDocumentSummaries()).filter((document) => document.readable && document.languages.length === 2);
  return documents.map((document) => ({ slug: document.slug }));
}

/**
 * The document's sentences paired across the languages, as JSON (`SentenceSpansView`): the
 * reader fetches it when a sentence is first pointed at, so the page itself stays light.
 */
export async function GET(_: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const spans = await getSentenceSpans((await params).slug);
  if (!spans) return new Response('Not found', { status: 404 });
  return Response.json(spans);
}
