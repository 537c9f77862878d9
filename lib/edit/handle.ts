/**
 * The edit mode's one write route: check who is asking, read what they ask for, write it
 * through the corrections, and answer in JSON with a sentence the page shows. The page then
 * re-renders from the working tree, aligned around the new pins.
 */
import { AlignmentChanged, corpusDirectory, EditRefused, ReviewFileRefused } from '../corpus';
import { FileRefused } from '../files';
import { editModeToken, writeRefusal } from './access';
import { describeEdit, dismissFinding, editAlignment } from './corrections';
import type { EditResponseBody } from './protocol';
import { BadEditRequest, readEditRequest, type EditRequest } from './request';


/** Answer one edit request; `token` is the session's (none outside edit mode: every request is 404). */
export async function handleEditRequest(request: Request, token = editModeToken(), corpusDir = corpusDirectory()): Promise<Response> {
  if (!token) return answer(404, { ok: false, error: 'there is no edit mode here: run `npm run edit`' });
  const refusal = writeRefusal(request.headers, token);
  if (refusal) return answer(403, { ok: false, error: refusal });
  let asked: EditRequest;
  try {
    asked = await readEditRequest(request);
  } catch (error) {
    if (error instanceof BadEditRequest) return answer(400, { ok: false, error: error.message });
    throw error;
  }
  try {
    return answer(200, { ok: true, message: await perform(asked, corpusDir) });
  } catch (error) {
    if (error instanceof AlignmentChanged) return answer(409, { ok: false, error: error.message, stale: true });
    if (error instanceof EditRefused || error instanceof ReviewFileRefused || error instanceof FileRefused) return answer(409, { ok: false, error: error.message });
    throw error;
  }
}

async function perform(asked: EditRequest, corpusDir: string): Promise<string> {
  if ('review' in asked) {
    const { file, finding, problems } = await dismissFinding(corpusDir, asked.slug, asked.review);
    const trouble = problems.map((problem) => ` ${problem.file}:${problem.line}: ${problem.message}`).join('');
    return `Dismissed as reviewed (${finding.kind}) in ${file}.${trouble}`;
  }
  const { file, pins } = await editAlignment(corpusDir, asked.slug, asked.edit, asked.revision);
  const sentence = describeEdit(asked.edit);
  return `${sentence[0].toUpperCase()}${sentence.slice(1)}: ${file} holds ${pins.length} pin${pins.length === 1 ? '' : 's'}.`;
}

function answer(status: number, body: EditResponseBody): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
