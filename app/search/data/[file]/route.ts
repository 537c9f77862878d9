import { getSearchFiles } from '@/lib/view';

/** Every file is written at build time; the search page fetches the ones a query needs. */
export const dynamic = 'force-static';
/** Only the files the index has; any other name is a 404. */
export const dynamicParams = false;

/** The names of the index's files: manifest, postings shards, passage texts. */
export async function generateStaticParams(): Promise<Array<{ file: string }>> {
  return [...(await getSearchFiles()).keys()].map((file) => ({ file }));
}

/** One file of the search index, as JSON. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const data = (await getSearchFiles()).get((await params).file);
  return data === undefined ? new Response('Not found', { status: 404 }) : Response.json(data);
}
