/**
 * The body of an edit request, read with a size limit and checked field by field: an alignment
 * edit (passage and paragraph numbers, 0-based as the page holds them) or a finding dismissed
 * as reviewed.
 */
import { ALIGNMENT_REVISION_LENGTH, isAlignmentRevision, isSafeSlug, type AlignmentEdit } from '../corpus';
import type { Dismissal } from '../types';

/**
 * The largest request body read. An edit is a few numbers; a dismissal's reason is a sentence or
 * a paragraph, and 16 kB holds several pages of it.
 */
export const MAX_EDIT_REQUEST_BYTES = 16 * 1024;

/**
 * One write the reader asks for. An alignment edit carries the revision of the alignment the
 * page showed (`alignmentRevision`): its passage numbers mean those passages only.
 */
export type EditRequest = { slug: string; edit: AlignmentEdit; revision: string } | { slug: string; review: Dismissal };

/** A request that does not say what to do, with the reason. */
export class BadEditRequest extends Error {}

/** The finding ids the checks give: "f-" and 12 hex digits. */
const FINDING_ID = /^f-[0-9a-f]{12}$/;

/** Read and check the body of `request`; throws BadEditRequest. */
export async function readEditRequest(request: Request): Promise<EditRequest> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) throw new BadEditRequest('an edit is sent as application/json');
  return parseEditRequest(await readBoundedBody(request));
}

/** Check a parsed request body; throws BadEditRequest. */
export function parseEditRequest(text: string): EditRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadEditRequest('the request body is not JSON');
  }
  if (!isRecord(body)) throw new BadEditRequest('the request body is not an object');
  const slug = body.slug;
  if (typeof slug !== 'string' || !isSafeSlug(slug)) throw new BadEditRequest('the request names no document (slug)');
  if (isRecord(body.review)) return { slug, review: dismissalOf(body.review) };
  if (isRecord(body.edit)) return { slug, edit: alignmentEditOf(body.edit), revision: revisionOf(body.revision) };
  throw new BadEditRequest('the request has neither an edit nor a review');
}

function alignmentEditOf(edit: Record<string, unknown>): AlignmentEdit {
  const index = (name: string): number => {
    const value = edit[name];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new BadEditRequest(`edit.${name} must be a whole number from 0`);
    return value;
  };
  switch (edit.kind) {
    case 'merge': return { kind: 'merge', bead: index('bead') };
    case 'pin': return { kind: 'pin', bead: index('bead') };
    case 'unpin': return { kind: 'unpin', bead: index('bead') };
    case 'split': return { kind: 'split', bead: index('bead'), ru: index('ru'), en: index('en') };
    case 'untranslated': return { kind: 'untranslated', ru: index('ru') };
    case 'added': return { kind: 'added', en: index('en') };
    default: throw new BadEditRequest('edit.kind must be merge, split, untranslated, added, pin or unpin');
  }
}

function revisionOf(revision: unknown): string {
  if (typeof revision !== 'string' || !isAlignmentRevision(revision)) {
    throw new BadEditRequest(`revision must name the alignment the page showed (${ALIGNMENT_REVISION_LENGTH} hex digits)`);
  }
  return revision;
}

function dismissalOf(review: Record<string, unknown>): Dismissal {
  const { finding, reason } = review;
  if (typeof finding !== 'string' || !FINDING_ID.test(finding)) throw new BadEditRequest('review.finding must be a finding id (f- and 12 hex digits)');
  if (typeof reason !== 'string' || reason.trim() === '') throw new BadEditRequest('review.reason must say why the finding is dismissed');
  return { finding, reason: reason.trim() };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as text, refused as soon as it passes MAX_EDIT_REQUEST_BYTES, declared or not. */
async function readBoundedBody(request: Request): Promise<string> {
  const tooLarge = () => new BadEditRequest(`the request body is over ${MAX_EDIT_REQUEST_BYTES} bytes`);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_EDIT_REQUEST_BYTES) throw tooLarge();
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > MAX_EDIT_REQUEST_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BadEditRequest('the request body is not UTF-8');
  }
}
