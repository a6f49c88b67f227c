import { once } from 'node:events';
import { createWriteStream, mkdtempSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { GovgraphError } from '../domain/index.js';

export type Out = (s: string) => Promise<void>;

/** Writes to a stream, waiting when it asks to (memory stays flat however long the output). */
export function streamOut(w: WriteStream): Out {
  return async (s) => {
    if (!w.write(s)) await once(w, 'drain');
  };
}

/** Where a file may be written: its folder exists and is a folder (checked before any work). */
export function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new GovgraphError('BAD_INPUT', `cannot write ${path}: the folder ${dir} does not exist`);
  }
  if (!st.isDirectory()) throw new GovgraphError('BAD_INPUT', `cannot write ${path}: ${dir} is not a folder`);
}

/**
 * Write a file whole or not at all: into a temporary file beside it, renamed over it when complete
 * (a failure or an interruption leaves any earlier file as it was, and no half-written one).
 */
export async function atomicFile(path: string, write: (out: Out) => Promise<void>): Promise<void> {
  checkWritable(path);
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const w = createWriteStream(tmp, { flags: 'wx' });
  try {
    await once(w, 'open');
    await write(streamOut(w));
    w.end();
    await once(w, 'finish');
    renameSync(tmp, target);
  } catch (e) {
    w.destroy();
    rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EACCES' || err.code === 'EROFS' || err.code === 'ENOSPC' || err.code === 'EISDIR') throw new GovgraphError('BAD_INPUT', `cannot write ${path}: ${err.message}`);
    throw e;
  }
}

/** A folder written whole or not at all: built as a temporary folder beside it, renamed into place. */
export async function atomicFolder(path: string, write: (dir: string) => Promise<void>): Promise<void> {
  checkWritable(path);
  const target = resolve(path);
  let existing = false;
  try {
    existing = statSync(target).isDirectory();
  } catch {
    /* new */
  }
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  try {
    await write(tmp);
    if (existing) rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
