/**
 * A byte count as given on the command line: 20000000, 20MB, 20M, 512k (K, M, G: powers of 1024).
 * Null when it is not one.
 */
export function parseByteCount(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : null;
}
