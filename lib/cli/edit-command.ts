/**
 * `sverka edit [texts] [--port N]` (`npm run edit`): the reader served on this machine from the
 * working tree, with controls that fix the alignment and dismiss findings. It starts Next.js's
 * development server on loopback with a fresh random token; the server's write route
 * (app/edit/route.edit.ts) exists only then and takes writes only from pages carrying the token
 * (lib/edit/access.ts). Edits go to alignment.yml and review.yml; the page re-renders at once.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EDIT_TOKEN_VARIABLE } from '../edit';
import { displayPath } from '../files';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const EDIT_USAGE = 'edit [texts] [--port N]   serve the reader on 127.0.0.1 with controls that fix alignments and dismiss findings';

/** Next.js's own default port, so the address is the one people already know. */
export const DEFAULT_EDIT_PORT = 3000;

/** Random bytes in the session token: 256 bits, beyond guessing. */
const TOKEN_BYTES = 32;

/** Run the edit server until it stops; returns its exit code. */
export async function runEdit(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' } } });
  const port = values.port === undefined ? DEFAULT_EDIT_PORT : Number(values.port);
  if (positionals.length > 1 || !Number.isSafeInteger(port) || port < 1 || port > 65535) {
    output.error(`usage: sverka ${EDIT_USAGE}`);
    return 2;
  }
  const corpus = path.resolve(positionals[0] ?? 'texts');
  if (!(await stat(corpus).catch(() => undefined))?.isDirectory()) {
    output.error(`${displayPath(corpus)}: not a folder of documents`);
    return 1;
  }
  const nextBinary = createRequire(import.meta.url).resolve('next/dist/bin/next');
  // The project is the folder that holds node_modules/next.
  const project = path.resolve(path.dirname(nextBinary), '..', '..', '..', '..');
  output.line(`Edit mode on ${displayPath(corpus)}: open http://127.0.0.1:${port}/ (this machine only). Select a passage to fix its alignment; changes are written to each document's alignment.yml and review.yml. Ctrl-C stops it.`);
  const server = spawn(process.execPath, [nextBinary, 'dev', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    stdio: 'inherit',
    // The development server, whatever the shell says: edit mode is defined as it (lib/edit/access.ts).
    env: { ...process.env, NODE_ENV: 'development', SVERKA_TEXTS: corpus, [EDIT_TOKEN_VARIABLE]: randomBytes(TOKEN_BYTES).toString('base64url'), NEXT_TELEMETRY_DISABLED: '1' },
  });
  return new Promise((resolve) => {
    server.on('error', (error) => { output.error(`the edit server did not start: ${error.message}`); resolve(1); });
    server.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
}
