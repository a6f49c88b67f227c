import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractDocument, type ExtractResult } from '../pipeline/index.js';

/** Input paths (files, directories, '-') expanded to files in a stable order. */
export function expandInputs(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of inputs) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) files.push(...walk(p));
    else files.push(p);
  }
  return { files, missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

function readStdin(): Uint8Array {
  return readFileSync(0);
}

/** Extract files one at a time (memory stays flat in corpus size). */
export function* extractFiles(files: string[]): Generator<ExtractResult & { path: string }> {
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = f === '-' ? readStdin() : readFileSync(f);
    } catch (e) {
      yield { ok: false, source: f, path: f, error: `cannot read: ${(e as Error).message}`, diagnostics: [] };
      continue;
    }
    const source = f === '-' ? 'stdin' : basename(f);
    yield { ...extractDocument({ source, bytes }), path: f };
  }
}
