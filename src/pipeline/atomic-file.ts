import { renameSync, writeFileSync } from 'node:fs';

/**
 * Write a file under a temporary name in the same folder, then rename it into place: another
 * process reading it at the same moment sees the old file or the whole new one, never half of it.
 */
export function writeFileAtomically(path: string, content: Uint8Array | string): void {
  const part = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(part, content);
  renameSync(part, path);
}
