/**
 * The local edit mode's one write route, POST /edit. The `.edit.ts` name makes it a route only in
 * the development server that `npm run edit` starts (see `pageExtensions` in next.config.js): a
 * built site has no such route, and every request to it is a 404.
 */
import { handleEditRequest } from '@/lib/edit';

/** Write one alignment edit or dismissal, after checking who asks (lib/edit/access.ts). */
export async function POST(request: Request): Promise<Response> {
  return handleEditRequest(request);
}
