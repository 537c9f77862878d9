import { getSearchIndex } from '../../lib/view';

/** Written once at build time: the search page loads this file only when it is opened. */
export const dynamic = 'force-static';

/** The corpus search index as JSON. */
export async function GET(): Promise<Response> {
  return Response.json(await getSearchIndex());
}
