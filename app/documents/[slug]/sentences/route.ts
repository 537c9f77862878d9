import { getSentenceSpans, listDocumentSummaries } from '@/lib/view';

/** Only bilingual documents have sentence pairs; anything else is a 404. */
export const dynamicParams = false;

/** Every readable document with both texts, written as a static file at build time. */
export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
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
