/**
 * Text with an offset map back to the original: map[i] is the offset in the original text of
 * character i; map[text.length] is the original length. Every normalising step goes through
 * these helpers so that provenance survives any number of rewrites.
 */
export interface MappedText {
  text: string;
  map: Int32Array;
}

export function identity(text: string): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/**
 * Replace every match of `re` (must be global) by what `replace` returns (null keeps the match).
 * Characters of a replacement map to the original offsets of the matched text, in order.
 */
export function rewrite(
  src: MappedText,
  re: RegExp,
  replace: (m: RegExpExecArray) => string | null,
): MappedText {
  if (!re.global) throw new Error('rewrite needs a global RegExp');
  re.lastIndex = 0;
  const parts: string[] = [];
  const maps: Int32Array[] = [];
  let last = 0;
  let changed = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = replace(m);
    if (r === null || r === m[0]) continue;
    changed = true;
    const start = m.index;
    const end = start + m[0].length;
    parts.push(src.text.slice(last, start));
    maps.push(src.map.subarray(last, start));
    parts.push(r);
    const rm = new Int32Array(r.length);
    const len = end - start;
    for (let i = 0; i < r.length; i++) rm[i] = src.map[start + Math.min(len - 1, Math.floor((i * len) / Math.max(1, r.length)))]!;
    maps.push(rm);
    last = end;
  }
  if (!changed) return src;
  parts.push(src.text.slice(last));
  maps.push(src.map.subarray(last));
  const text = parts.join('');
  const map = new Int32Array(text.length + 1);
  let o = 0;
  for (const a of maps) {
    map.set(a, o);
    o += a.length;
  }
  map[text.length] = src.map[src.text.length]!;
  return { text, map };
}

/** A same-length, character-by-character transformation (e.g. script conversion). */
export function mapSameLength(src: MappedText, out: string): MappedText {
  if (out.length !== src.text.length) throw new Error('mapSameLength: length changed');
  return { text: out, map: src.map };
}

/** The original text behind a span of the mapped text (including anything removed inside it). */
export function originalSlice(original: string, mt: MappedText, start: number, end: number): string {
  const n = mt.text.length;
  const s = mt.map[Math.max(0, Math.min(start, n))]!;
  const e = mt.map[Math.max(0, Math.min(end, n))]!;
  return original.slice(s, Math.max(s, e));
}
