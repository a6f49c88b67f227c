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
  const text = src.text;
  // the edits first (start, end and replacement of each), the new text and its map in one pass after
  const spans: number[] = [];
  const replacements: string[] = [];
  let grow = 0;
  // whether every replacement is as long as what it replaces (，for ,): the map stays as it is
  let sameLengths = true;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = replace(m);
    if (r === null || r === m[0]) continue;
    spans.push(m.index, m.index + m[0].length);
    replacements.push(r);
    grow += r.length - m[0].length;
    if (r.length !== m[0].length) sameLengths = false;
  }
  if (!replacements.length) return src;
  if (sameLengths) return { text: editedText(text, spans, replacements), map: src.map };
  return applyEdits(src, spans, replacements, text.length + grow);
}

/** The text with spans [spans[2k], spans[2k+1]) replaced by replacements[k] (in order, not overlapping). */
function editedText(text: string, spans: number[], replacements: string[]): string {
  const parts: string[] = [];
  let last = 0;
  for (let k = 0; k < replacements.length; k++) {
    parts.push(text.slice(last, spans[2 * k]!), replacements[k]!);
    last = spans[2 * k + 1]!;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** The text with spans [spans[2k], spans[2k+1]) replaced by replacements[k] (in order, not overlapping), and its map. */
function applyEdits(src: MappedText, spans: number[], replacements: string[], length: number): MappedText {
  const { text, map: from } = src;
  const map = new Int32Array(length + 1);
  let o = 0;
  let last = 0;
  for (let k = 0; k < replacements.length; k++) {
    const start = spans[2 * k]!;
    const end = spans[2 * k + 1]!;
    const r = replacements[k]!;
    for (let i = last; i < start; i++) map[o++] = from[i]!;
    // a replacement's characters map to the matched text's, spread evenly
    const len = end - start;
    for (let i = 0; i < r.length; i++) map[o++] = from[start + Math.min(len - 1, Math.floor((i * len) / Math.max(1, r.length)))]!;
    last = end;
  }
  for (let i = last; i < text.length; i++) map[o++] = from[i]!;
  map[length] = from[text.length]!;
  return { text: editedText(text, spans, replacements), map };
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
