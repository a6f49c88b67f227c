import { hash } from 'node:crypto';

/** Short, stable, deterministic id: same key, same id, across runs and machines. */
export function stableId(prefix: string, ...parts: Array<string | number | null | undefined>): string {
  return `${prefix}:${hash('sha256', parts.map((p) => (p == null ? '' : String(p))).join('\u0001'), 'hex').slice(0, 16)}`;
}

export function sha256Hex(data: Uint8Array | string): string {
  return hash('sha256', typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), 'hex');
}
