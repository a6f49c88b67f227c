import { createHash } from 'node:crypto';

/** Short, stable, deterministic id: same key, same id, across runs and machines. */
export function stableId(prefix: string, ...parts: Array<string | number | null | undefined>): string {
  const h = createHash('sha256');
  h.update(parts.map((p) => (p == null ? '' : String(p))).join('\u0001'));
  return `${prefix}:${h.digest('hex').slice(0, 16)}`;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
