/**
 * What the reader's page and the edit server agree on: where edits are sent, the header the
 * session's token travels in, and the shape of the answer. Kept apart from the server's code
 * (node:crypto, the file writes) so that the page can import it.
 */

/** The edit mode's one write route (app/edit/route.edit.ts). */
export const EDIT_ROUTE = '/edit';

/** The request header the reader sends the session's token in. */
export const EDIT_TOKEN_HEADER = 'x-sverka-edit-token';

/**
 * The answer to an edit request: what was written, or why nothing was. `stale` says the page's
 * alignment is out of date: once the page shows the current one, the edit can be made again.
 */
export type EditResponseBody = { ok: true; message: string } | { ok: false; error: string; stale?: boolean };
