import * as OpenCC from 'opencc-js';

// 'hk' → 'cn' rather than 'tw': the Taiwan table maps 显著 to 显着 (DESIGN §1).
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Per character: does conversion change it? (memoised; most articles need no conversion at all) */
const changes = new Map<string, boolean>();
function anyTraditional(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x2e80) continue;
    let v = changes.get(ch);
    if (v === undefined) {
      v = toSimplified(ch) !== ch;
      changes.set(ch, v);
    }
    if (v) return true;
  }
  return false;
}

/** Traditional → simplified, same length (characters that change length are converted one by one). */
export function simplify(text: string): string {
  // phrases convert only when some character of theirs does, so a text with none is already simplified
  if (!anyTraditional(text)) return text;
  const out = toSimplified(text);
  if (out.length === text.length) return out;
  let res = '';
  for (const ch of text) {
    const c = toSimplified(ch);
    res += c.length === ch.length ? c : ch;
  }
  return res;
}

/** 'simplified' | 'traditional' | 'mixed' by how many characters conversion changed. */
export function detectScript(original: string, simplified: string): 'simplified' | 'traditional' | 'mixed' {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (original[i] !== simplified[i]) changed++;
    }
  }
  if (changed === 0) return 'simplified';
  return changed / Math.max(1, han) > 0.03 ? 'traditional' : 'mixed';
}
