/**
 * The edit mode's write route, called as the server calls it: who may write (loopback host, the
 * page's own origin, the session's token), what a request may say, and what lands on disk.
 * Chromium drives the same route in tests/browser/edit.test.ts.
 */
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPins } from '../../lib/corpus';
import { EDIT_TOKEN_HEADER, editModeToken, handleEditRequest, isLoopbackHost, MAX_EDIT_REQUEST_BYTES, parseEditRequest } from '../../lib/edit';
import { currentRevision } from '../helpers/sverka';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
const TOKEN = 'k'.repeat(43);
const HOST = '127.0.0.1:3000';

/** The revision of the telegram's alignment in `corpusDir` now: what a page rendered from it would send. */
const revisionIn = (corpusDir: string) => currentRevision(corpusDir, TELEGRAM);

/** An alignment edit of the telegram as its page sends it, made on the alignment of `revision`. */
const editBody = (edit: object, revision: string) => JSON.stringify({ slug: TELEGRAM, edit, revision });

let PIN_FIRST: string;
beforeAll(async () => { PIN_FIRST = editBody({ kind: 'pin', bead: 0 }, await revisionIn(path.join(process.cwd(), 'texts'))); });

let corpus: string;
beforeEach(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'sverka-edit-unit-'));
  await cp(path.join(process.cwd(), 'texts', TELEGRAM), path.join(corpus, TELEGRAM), { recursive: true });
});
afterEach(async () => { await rm(corpus, { recursive: true, force: true }); });

/** A request as the reader's page sends it, with some headers changed or removed (undefined). */
function editRequest(body: string | ReadableStream<Uint8Array>, headers: Record<string, string | undefined> = {}): Request {
  const all: Record<string, string | undefined> = { host: HOST, origin: `http://${HOST}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', [EDIT_TOKEN_HEADER]: TOKEN, ...headers };
  const present = Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined));
  // Request would drop a forbidden "host" header in a browser; Node keeps it, as Next's server does.
  return new Request(`http://${HOST}/edit`, { method: 'POST', headers: present, body, duplex: 'half' } as RequestInit);
}

async function answer(request: Request): Promise<{ status: number; body: { ok: boolean; message?: string; error?: string; stale?: boolean } }> {
  const response = await handleEditRequest(request, TOKEN, corpus);
  return { status: response.status, body: await response.json() };
}

const alignmentFile = () => path.join(corpus, TELEGRAM, 'alignment.yml');
const nothingWritten = async () => expect(await stat(alignmentFile()).catch(() => undefined)).toBeUndefined();

test('the reader\'s own page, with the token, writes the edit as a pin', async () => {
  const { status, body } = await answer(editRequest(PIN_FIRST));
  expect(status).toBe(200);
  expect(body.message).toMatch(/^Passage 1 kept as it is: .*alignment\.yml holds 1 pin\.$/);
  const { pins, problems } = readPins(await readFile(alignmentFile(), 'utf8'), 'alignment.yml', 30, 29);
  expect(problems).toEqual([]);
  expect(pins).toHaveLength(1);
});

test.each([
  ['another host name (DNS rebinding)', { host: 'attacker.example:3000', origin: 'http://attacker.example:3000' }, /only at a loopback address/],
  ['a host that only starts like loopback', { host: '127.0.0.1.attacker.example', origin: 'http://127.0.0.1.attacker.example' }, /only at a loopback address/],
  ['another origin', { origin: 'http://127.0.0.1:8080' }, /not from origin "http:\/\/127\.0\.0\.1:8080"/],
  ['no origin at all', { origin: undefined }, /not from origin ""/],
  ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, /not from a cross-site request/],
  ['no token', { [EDIT_TOKEN_HEADER]: undefined }, /another edit session/],
  ['a wrong token', { [EDIT_TOKEN_HEADER]: `${TOKEN}x` }, /another edit session/],
])('a write from %s is refused and writes nothing', async (_case, headers, reason) => {
  const { status, body } = await answer(editRequest(PIN_FIRST, headers));
  expect(status).toBe(403);
  expect(body.error).toMatch(reason);
  await nothingWritten();
});

test('outside edit mode there is no write route', async () => {
  const response = await handleEditRequest(editRequest(PIN_FIRST), undefined, corpus);
  expect(response.status).toBe(404);
  await nothingWritten();
  // Edit mode is the development server with a long enough token; a production server never is.
  expect(editModeToken({ NODE_ENV: 'development', SVERKA_EDIT_TOKEN: TOKEN })).toBe(TOKEN);
  expect(editModeToken({ NODE_ENV: 'production', SVERKA_EDIT_TOKEN: TOKEN })).toBeUndefined();
  expect(editModeToken({ NODE_ENV: 'development', SVERKA_EDIT_TOKEN: 'short' })).toBeUndefined();
});

test('loopback hosts are recognised with or without a port, and nothing else is', () => {
  for (const host of ['127.0.0.1', '127.0.0.1:3000', 'localhost:3000', '[::1]:3000', 'LOCALHOST:3000']) expect(isLoopbackHost(host)).toBe(true);
  for (const host of ['example.org', '127.0.0.2:3000', 'localhost.example:3000', '127.0.0.1@example.org', '[::1', '']) expect(isLoopbackHost(host)).toBe(false);
});

test.each([
  ['not JSON', '{pin', /not JSON/],
  ['no document', JSON.stringify({ edit: { kind: 'pin', bead: 0 } }), /names no document/],
  ['a path for a document', JSON.stringify({ slug: '../etc', edit: { kind: 'pin', bead: 0 } }), /names no document/],
  ['an unknown edit', JSON.stringify({ slug: TELEGRAM, edit: { kind: 'delete', bead: 0 } }), /edit\.kind must be/],
  ['a negative passage', JSON.stringify({ slug: TELEGRAM, edit: { kind: 'merge', bead: -1 } }), /edit\.bead must be a whole number/],
  ['a fractional paragraph', JSON.stringify({ slug: TELEGRAM, edit: { kind: 'split', bead: 1, ru: 1.5, en: 2 } }), /edit\.ru must be a whole number/],
  ['an edit that does not say which alignment it was made on', JSON.stringify({ slug: TELEGRAM, edit: { kind: 'pin', bead: 0 } }), /revision must name the alignment the page showed/],
  ['a revision that is not one', editBody({ kind: 'pin', bead: 0 }, 'latest'), /revision must name the alignment the page showed/],
  ['a dismissal without a reason', JSON.stringify({ slug: TELEGRAM, review: { finding: 'f-0123456789ab', reason: ' ' } }), /must say why/],
  ['a dismissal of no finding id', JSON.stringify({ slug: TELEGRAM, review: { finding: 'everything', reason: 'x' } }), /finding id/],
])('a request with %s is refused with the reason', async (_case, body, reason) => {
  expect(() => parseEditRequest(body)).toThrow(reason);
  const { status, body: answered } = await answer(editRequest(body));
  expect(status).toBe(400);
  expect(answered.error).toMatch(reason);
  await nothingWritten();
});

test('a body over the limit is refused before it is read whole, declared or not', async () => {
  const huge = JSON.stringify({ slug: TELEGRAM, review: { finding: 'f-0123456789ab', reason: 'x'.repeat(MAX_EDIT_REQUEST_BYTES) } });
  expect((await answer(editRequest(huge))).status).toBe(400);
  let pulled = 0;
  const endless = new ReadableStream<Uint8Array>({ pull(controller) { pulled += 1; controller.enqueue(new Uint8Array(1024).fill(32)); } });
  const { status, body } = await answer(editRequest(endless));
  expect(status).toBe(400);
  expect(body.error).toMatch(/over 16384 bytes/);
  expect(pulled).toBeLessThan(40);
});

test('an edit the document cannot take, or a finding it does not have, is refused with a sentence', async () => {
  const merge = await answer(editRequest(editBody({ kind: 'merge', bead: 400 }, await revisionIn(corpus))));
  expect(merge.status).toBe(409);
  expect(merge.body.error).toMatch(/there is no passage 401/);
  expect(merge.body.stale).toBeUndefined();
  const review = await answer(editRequest(JSON.stringify({ slug: TELEGRAM, review: { finding: 'f-0123456789ab', reason: 'checked' } })));
  expect(review.status).toBe(409);
  expect(review.body.error).toMatch(/no finding f-0123456789ab/);
  await nothingWritten();
});

test('an edit made on a page whose alignment has changed since is refused and writes nothing', async () => {
  const seen = await revisionIn(corpus);
  // Another window merges passages 4 and 5: passage 20 of the page is passage 19 of the document now.
  expect((await answer(editRequest(editBody({ kind: 'merge', bead: 3 }, seen)))).status).toBe(200);
  const afterMerge = await readFile(alignmentFile(), 'utf8');
  const stale = await answer(editRequest(editBody({ kind: 'merge', bead: 19 }, seen)));
  expect(stale.status).toBe(409);
  expect(stale.body.stale).toBe(true);
  expect(stale.body.error).toMatch(/the alignment has changed since this page was loaded .* show the current alignment \(or reload the page\) and make the edit again\. Nothing was written/);
  expect(await readFile(alignmentFile(), 'utf8')).toBe(afterMerge);
  // The page reloaded: the same passages, now numbered 19 and 20, are merged.
  const current = await revisionIn(corpus);
  expect(current).not.toBe(seen);
  expect((await answer(editRequest(editBody({ kind: 'merge', bead: 18 }, current)))).status).toBe(200);
  const { pins } = readPins(await readFile(alignmentFile(), 'utf8'), 'alignment.yml', 30, 29);
  expect(pins).toHaveLength(2);
});

test('a wrong content type is refused (a form post cannot write)', async () => {
  const { status, body } = await answer(editRequest(PIN_FIRST, { 'content-type': 'text/plain' }));
  expect(status).toBe(400);
  expect(body.error).toMatch(/application\/json/);
  await nothingWritten();
});
