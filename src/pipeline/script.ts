import * as OpenCC from 'opencc-js';
import { memo } from './memo.js';

// 'hk' → 'cn' rather than 'tw': the Taiwan table maps 显著 to 显着 (DESIGN §1).
export const toSimplified = hkToCn();

/** OpenCC's preset for a conversion: its steps' dictionaries (the package's types leave out the normalisation). */
interface Preset {
  normalizationChain: OpenCC.DictGroup[];
  segmentation: OpenCC.DictLike | OpenCC.DictGroup;
  conversionChain: OpenCC.DictGroup[];
}

/**
 * OpenCC.Converter({ from: 'hk', to: 'cn' }) built from the same dictionaries in the same steps —
 * normalise, cut into the segmentation dictionary's phrases, convert each phrase through the chain —
 * with each phrase's conversion remembered (an article says its phrases again and again; the library
 * converts every occurrence anew) and the normalisation skipped where no character of the text starts
 * one of its entries. A preset of another shape gets the library's own converter.
 */
function hkToCn(): (text: string) => string {
  const preset = (OpenCC.Locale.configs as Record<string, Partial<Preset>>)['hk2s'];
  if (!preset?.normalizationChain || !preset.segmentation || !preset.conversionChain) return OpenCC.Converter({ from: 'hk', to: 'cn' });
  const trieOf = (group: OpenCC.DictGroup) => {
    const t = new OpenCC.Trie();
    t.loadDictGroup(group);
    return t;
  };
  const normalising = preset.normalizationChain.map(trieOf);
  const starts = new Set<number>();
  for (const group of preset.normalizationChain) for (const dict of group) for (const src of entrySources(dict)) starts.add(src.codePointAt(0)!);
  const segmenting = new OpenCC.Trie();
  const seg = preset.segmentation;
  if (Array.isArray(seg) && seg.every((d) => typeof d === 'string')) segmenting.loadDictGroup(seg as OpenCC.DictGroup);
  else segmenting.loadDict(seg as OpenCC.DictLike);
  const chain = preset.conversionChain.map(trieOf);
  const convertPhrase = memo((phrase: string) => chain.reduce((text, t) => t.convert(text), phrase));
  // (a character class: one search of the text, not a set lookup per character)
  const normalisable = new RegExp(`[${[...starts].map((c) => `\\u{${c.toString(16)}}`).join('')}]`, 'u');
  return (text) => {
    const normalised = normalisable.test(text) ? normalising.reduce((t, trie) => trie.convert(t), text) : text;
    return shenKept(normalised, qianKept(normalised, segmenting.segment(normalised).map(convertPhrase).join('')));
  };
}

/** Characters that make 乾 'dry' (干) after it (乾淨, 乾旱, 乾杯) or before it (餅乾, 曬乾, 烘乾). */
const DRY_AFTER = new Set('淨净燥旱杯脆枯涸糧粮貨货洗冰果菜癟瘪裂渴透爽巴硬瞪笑咳熬等着著坐');
const DRY_BEFORE = new Set('餅饼曬晒烘風风晾陰阴吹擦烤榨抽吸喝熬蒸烙焙');

/**
 * 乾 is 'dry' (干) in the words the table converts it for, but qián in names and their like (王乾發
 * is 王乾发, as simplified writing keeps it): a 乾 the table made 干 stays 乾 unless a character
 * beside it makes it 'dry'. Only where the conversion kept the text's length (it does, nearly always).
 */
function qianKept(source: string, converted: string): string {
  return keptAsWritten(source, converted, '乾', (i) => converted[i] === '干' && !DRY_AFTER.has(source[i + 1] ?? '') && !DRY_BEFORE.has(source[i - 1] ?? ''));
}

/** The text converted, with the character `ch` of the source put back where `keep` says (only where the conversion kept the text's length). */
function keptAsWritten(source: string, converted: string, ch: string, keep: (i: number) => boolean): string {
  if (!source.includes(ch) || source.length !== converted.length) return converted;
  let out = '';
  let last = 0;
  for (let i = source.indexOf(ch); i >= 0; i = source.indexOf(ch, i + 1)) {
    if (converted[i] === ch || !keep(i)) continue;
    out += converted.slice(last, i) + ch;
    last = i + 1;
  }
  return last === 0 ? converted : out + converted.slice(last);
}

/**
 * 沈 is the surname Shěn in traditional writing as it is in simplified (沈思宏), 沉 being 'sink'; the
 * table's older phrases read 沈 as 沉 (沈思, 沈默) and would turn the surname into 沉: a 沈 stays 沈.
 */
function shenKept(source: string, converted: string): string {
  return keptAsWritten(source, converted, '沈', () => true);
}

/** The source sides of a dictionary's entries ("源 目|源 目" or [source, replacement] pairs). */
function entrySources(dict: OpenCC.DictLike): string[] {
  if (typeof dict === 'string') return dict.split('|').map((entry) => entry.split(' ')[0]!).filter(Boolean);
  return (dict as ReadonlyArray<readonly [string, string]>).map(([source]) => source);
}

/** Per BMP character: 0 not yet known, 1 unchanged by conversion, 2 changed (most articles need none). */
const changes = new Uint8Array(0x10000);
function anyTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    let v = changes[c]!;
    if (v === 0) {
      // surrogate halves are looked at as a pair
      const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
      v = toSimplified(ch) !== ch ? 2 : 1;
      if (ch.length === 1) changes[c] = v;
      else if (v === 2) return true;
      else continue;
    }
    if (v === 2) return true;
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

/**
 * Characters the conversion replaces that simplified Chinese also writes, in names above all
 * (毕昇, 陞, 乾): kept as written in a text that is not traditional, where they are no traditional
 * forms (a simplified writer's 升 and 干 are 升 and 干).
 */
const SIMPLIFIED_ALSO = new Set(['昇', '陞', '乾']);
const SIMPLIFIED_ALSO_RE = /[昇陞乾]/;

/** The text in simplified script, and which script it was written in. */
export function inSimplifiedScript(text: string): { text: string; script: 'simplified' | 'traditional' | 'mixed' } {
  const out = simplify(text);
  if (out === text) return { text, script: 'simplified' };
  if (!SIMPLIFIED_ALSO_RE.test(text)) return { text: out, script: detectScript(text, out) };
  // the script is read from the other characters
  let kept = '';
  for (let i = 0; i < out.length; i++) kept += SIMPLIFIED_ALSO.has(text[i]!) ? text[i]! : out[i]!;
  const script = detectScript(text, kept);
  return { text: script === 'traditional' ? out : kept, script };
}
