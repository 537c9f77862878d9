/**
 * Writes that cannot leave a half-written file or folder behind, and never write through a link.
 *
 * A file is written to a temporary name beside it, flushed to disk and renamed over the target:
 * a reader sees the old file or the new one, never a part. A document folder is written whole
 * the same way: staged beside it, then swapped in with two renames; the old folder is kept under
 * a hidden name until the new one is in place, so a kill between the renames loses nothing and
 * the next write (or `check:texts`) finds and restores it.
 *
 * write-file-atomic does the first half of this, but it follows a symbolic link and writes to its
 * target, which is exactly what a corpus must not do (a link in `texts/` could point anywhere).
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { asFileRefused, FileRefused } from './read';

/** Hidden names of staged and set-aside folders: `.<slug>.new-<id>` and `.<slug>.old-<id>`. */
const STAGED = (name: string) => `.${name}.new-${uniqueId()}`;
const SET_ASIDE = (name: string) => `.${name}.old-${uniqueId()}`;
const LEFTOVER = /^\.(.+)\.(new|old)-[0-9a-f]+-[0-9a-f]+$|^\..+\.[0-9a-f]+-[0-9a-f]+\.tmp$/;

function uniqueId(): string {
  return `${process.pid.toString(16)}-${randomBytes(4).toString('hex')}`;
}

/** Refuse when `target` is a symbolic link (or, with `kind`, exists but is not that kind of entry). */
export async function refuseLink(target: string, kind?: 'file' | 'folder'): Promise<void> {
  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw asFileRefused(error, target);
  });
  if (!info) return;
  if (info.isSymbolicLink()) throw new FileRefused(target, 'symbolic-link', 'is a symbolic link; Sverka does not write through links (replace it with a real file or folder)');
  if (kind === 'file' && !info.isFile()) throw new FileRefused(target, 'not-a-file', 'exists and is not a regular file');
  if (kind === 'folder' && !info.isDirectory()) throw new FileRefused(target, 'not-a-folder', 'exists and is not a folder');
}

/** Write `content` to `file` atomically: a temporary file beside it, flushed, then renamed over it. */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await refuseLink(file, 'file');
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${uniqueId()}.tmp`);
  try {
    await writeDurably(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw asFileRefused(error, file);
  }
  await syncFolder(path.dirname(file));
}

/** A file copied into the folder rather than held in memory (a scan's page images can be large). */
export interface CopiedFile {
  copyFrom: string;
}

/** What `replaceFolder` writes: file name → content, or the file to copy it from. */
export type FolderFiles = Record<string, string | CopiedFile>;

/**
 * Make `folder` hold exactly `files`, plus the files of the old folder that `carryOver` names
 * (a person's files the writer does not own): all or nothing. The caller holds the folder's lock.
 */
export async function replaceFolder(folder: string, files: FolderFiles, carryOver: (name: string) => boolean = () => false): Promise<void> {
  const parent = path.dirname(folder);
  const name = path.basename(folder);
  await refuseLink(folder, 'folder');
  await restoreSetAside(folder);
  const existing = await lstat(folder).then(() => true, () => false);
  const staged = path.join(parent, STAGED(name));
  let setAside: string | undefined;
  try {
    await mkdir(staged);
    for (const [fileName, content] of Object.entries(files)) {
      if (typeof content === 'string') await writeDurably(path.join(staged, fileName), content);
      else await copyDurably(content.copyFrom, path.join(staged, fileName));
    }
    if (existing) {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (entry.name in files || !carryOver(entry.name)) continue;
        if (!entry.isFile()) throw new FileRefused(path.join(folder, entry.name), 'not-a-file', 'is not a regular file (a link or a folder); move it away and try again');
        await copyFile(path.join(folder, entry.name), path.join(staged, entry.name), constants.COPYFILE_EXCL);
      }
    }
    await syncFolder(staged);
    if (existing) {
      setAside = path.join(parent, SET_ASIDE(name));
      await rename(folder, setAside);
    }
    await rename(staged, folder);
    await syncFolder(parent);
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    if (setAside) await rename(setAside, folder).catch(() => undefined);
    throw asFileRefused(error, folder);
  }
  if (setAside) await rm(setAside, { recursive: true, force: true });
}

/**
 * If a write was killed between setting the old folder aside and renaming the new one in,
 * `folder` is missing and its old contents wait under a hidden name: put them back.
 */
export async function restoreSetAside(folder: string): Promise<boolean> {
  const parent = path.dirname(folder);
  const name = path.basename(folder);
  if (await lstat(folder).then(() => true, () => false)) return false;
  const entries = await readdir(parent).catch(() => [] as string[]);
  const setAside = entries.filter((entry) => entry.startsWith(`.${name}.old-`)).sort();
  if (setAside.length === 0) return false;
  await rename(path.join(parent, setAside[setAside.length - 1]), folder);
  return true;
}

/** Hidden entries an interrupted write left in `folder` (staged or set-aside folders, temporary files), by name. */
export async function findLeftovers(folder: string): Promise<string[]> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  return entries.filter((entry) => LEFTOVER.test(entry)).sort();
}

async function writeDurably(file: string, content: string | Uint8Array): Promise<void> {
  // 'wx': never reuse (or follow a link at) an existing name.
  const handle = await open(file, 'wx', 0o644);
  try {
    await handle.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function copyDurably(source: string, target: string): Promise<void> {
  await copyFile(source, target, constants.COPYFILE_EXCL);
  const handle = await open(target, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flush a folder's entries, so that a rename survives a power cut. Best effort: not every file system allows it. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
