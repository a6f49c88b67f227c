import * as OpenCC from 'opencc-js';

// 'hk' → 'cn' rather than 'tw': the Taiwan table maps 显著 to 显着 (DESIGN §1).
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Traditional → simplified, same length (characters that change length are converted one by one). */
export function simplify(text: string): string {
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
