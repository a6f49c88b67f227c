// Plain JavaScript: bin/govgraph.mjs's bundle cache (src/app/bundle-cache.mjs) writes with it
// before TypeScript can run; the segmenter's dictionary files are written with it too.
import { renameSync, writeFileSync } from 'node:fs';

/**
 * Write a file under a temporary name in the same folder, then rename it into place: another
 * process reading it at the same moment sees the old file or the whole new one, never half of it.
 * @param {string} path
 * @param {Uint8Array | string} content
 */
export function writeFileAtomically(path, content) {
  const part = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(part, content);
  renameSync(part, path);
}
