/**
 * Read a file a person named, without trusting it: refuse what is not a regular file (a folder,
 * a FIFO that would block forever, /dev/zero that never ends) and check the size before reading,
 * so that a 1.5 GB file is refused at once rather than read whole. Every refusal is one line a
 * person can act on, naming the file.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** A file that cannot be read, with a one-line reason that names it. */
export class FileRefused extends Error {
  constructor(readonly file: string, readonly code: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** Plain words for the errors a path can give. */
const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links in the path',
  ENAMETOOLONG: 'the path is too long',
};

/** The error as a `FileRefused` when it is a file-system error a person can act on; otherwise unchanged. */
export function asFileRefused(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (error instanceof FileRefused || !code || !(code in ERRNO_REASONS)) return error;
  return new FileRefused(file, code, ERRNO_REASONS[code]);
}

/** Size of the chunks read, so that a file that grows while it is read is still cut at the limit. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Run `read` on `file` opened for reading, after refusing folders, devices, FIFOs and sockets
 * before opening anything, and files larger than `maxBytes` before reading them. Errors a person
 * can act on come out as FileRefused, naming the file.
 */
async function withCheckedFile<T>(file: string, maxBytes: number, read: (handle: FileHandle, size: number) => Promise<T>): Promise<T> {
  try {
    const info = await stat(file);
    refuseUnlessRegular(file, info);
    if (info.size > maxBytes) throw new FileRefused(file, 'file-too-large', `file is ${info.size} bytes; the limit is ${maxBytes}`);
    // O_NONBLOCK: should the path have become a FIFO since the check, opening it does not wait for a writer.
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      refuseUnlessRegular(file, await handle.stat());
      return await read(handle, info.size);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asFileRefused(error, file);
  }
}

/** The bytes of `file`, at most `maxBytes` of them, refused as `withCheckedFile` refuses. */
export async function readBoundedFile(file: string, maxBytes: number): Promise<Uint8Array> {
  return withCheckedFile(file, maxBytes, async (handle, size) => {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // No bigger than the file said it was, plus one byte to see the end (or that it grew):
      // a thousand small files read at once must not each hold a megabyte.
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total, Math.max(0, size - total) + 1));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new FileRefused(file, 'file-too-large', `file grew past the limit of ${maxBytes} bytes while it was read`);
    }
    return Buffer.concat(chunks, total);
  });
}

/**
 * The first `count` bytes of `file` (to tell what it holds) and its size, refused as
 * `readBoundedFile` refuses, without reading the rest.
 */
export async function readFileHead(file: string, count: number, maxBytes: number): Promise<{ head: Uint8Array; size: number }> {
  return withCheckedFile(file, maxBytes, async (handle, size) => {
    const head = Buffer.alloc(Math.min(count, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { head: head.subarray(0, bytesRead), size };
  });
}

/** The bytes of `file` as `readBoundedFile` reads them, or undefined when there is no such file. */
export async function readBoundedFileIfPresent(file: string, maxBytes: number): Promise<Uint8Array | undefined> {
  return readBoundedFile(file, maxBytes).catch((error) => {
    if (error instanceof FileRefused && error.code === 'ENOENT') return undefined;
    throw error;
  });
}

function refuseUnlessRegular(file: string, info: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean }): void {
  if (info.isFile()) return;
  const what = info.isDirectory() ? 'is a folder, not a file' : info.isFIFO() ? 'is a pipe (FIFO), not a file' : 'is a device or socket, not a file';
  throw new FileRefused(file, 'not-a-file', what);
}
