/**
 * Spans of a text kept as flat number arrays ([start, end, start, end …]) and null for none: one kind
 * of array whatever the text. Hot loops read them; arrays of pairs, empty or not, are two kinds of
 * array to V8, which then throws away the code it optimised for one when it meets the other.
 */

/** Where a global pattern matches in the text, as flat spans (null: nowhere). */
export function matchSpans(text: string, re: RegExp): number[] | null {
  let spans: number[] | null = null;
  for (const m of text.matchAll(re)) (spans ??= []).push(m.index, m.index + m[0].length);
  return spans;
}

/** Whether `i` lies strictly inside one of the spans (after its start, before its end). */
export function strictlyInside(spans: number[] | null, i: number): boolean {
  if (!spans) return false;
  for (let k = 0; k < spans.length; k += 2) if (i > spans[k]! && i < spans[k + 1]!) return true;
  return false;
}

/** The last match of a global pattern in the text (null: none). */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}
