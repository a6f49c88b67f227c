import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { sha256Hex } from '../domain/ids.js';
import { writeFileAtomically } from './atomic-file.mjs';
import { POSITION_WORDS } from './lexicon.js';
import { memo } from './memo.js';

/**
 * Word segmentation with nodejieba and a user dictionary of titles and organisations, so that
 * 市委副书记 or 常务副市长 come out as one token. Used for tokens in the output and the benchmark;
 * names are found by the title/list rules, not by jieba (it splits most official names).
 */
const require = createRequire(import.meta.url);
type Jieba = { load(opts: JiebaOptions): void; cut(s: string, hmm?: boolean): string[]; tag(s: string): Array<{ word: string; tag: string }> };
let jieba: Jieba | null = null;

const ORG_WORDS = ['市委', '县委', '区委', '旗委', '省委', '市政府', '县政府', '区政府', '旗政府', '省政府', '人大常委会', '政协', '纪委', '监委', '组织部', '宣传部', '统战部', '政法委', '党工委', '管委会', '经开区', '常务会议', '全体会议', '常委会', '专题会议', '座谈会', '电视电话会议', '视频会议'];
const TITLE_WORDS = ['市委书记', '市委副书记', '县委书记', '县委副书记', '区委书记', '区委副书记', '市委常委', '县委常委', '区委常委', '常务副市长', '常务副县长', '常务副区长', '秘书长', '副秘书长'];

/**
 * A file under the temp folder with this content, written once: named by its content (a version
 * with other words never reads an older one's file), under a temporary name then renamed (another
 * process starting at the same moment never reads half a file, which would abort it inside
 * nodejieba).
 */
function dictFile(name: string, content: string): string {
  const dir = join(tmpdir(), 'govgraph');
  const file = join(dir, `${name}-${sha256Hex(content).slice(0, 12)}.utf8`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileAtomically(file, content);
  }
  return file;
}

function userDict(): string {
  const words = [...new Set([...ORG_WORDS, ...TITLE_WORDS, ...POSITION_WORDS])];
  return dictFile('jieba-user', words.map((w) => `${w} 1000 n`).join('\n') + '\n');
}

/** What the segmenter is loaded with (nodejieba's option names). */
type JiebaOptions = { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string };
type NodeJieba = Jieba & { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string; DEFAULT_USER_DICT: string; DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };
type LiteBinding = {
  load(dict: string, hmm: string, user: string, idf: string, stop: string): boolean;
  preload(dict: string, hmm: string, user: string, idf: string, stop: string): Promise<boolean>;
  loaded(): number;
  cut(s: string, hmm: boolean): string[];
  tag(s: string): Array<{ word: string; tag: string }>;
};

/**
 * Where jieba-lite's binding is built (native/jieba-lite, by npm's postinstall): the project's
 * root is found from nodejieba's folder, so the path holds from the sources and from the
 * compiled worker bundle alike.
 */
export function liteBindingPath(): string {
  const nodejiebaDir = dirname(require.resolve('nodejieba/package.json'));
  return join(nodejiebaDir, '..', '..', 'native', 'jieba-lite', 'build', 'Release', 'jieba_lite.node');
}

/** The five files cppjieba loads (word dictionary, HMM model, user words, IDF, stop words): nodejieba's defaults where not given. */
export function dictionaryPaths(o: JiebaOptions): [string, string, string, string, string] {
  const nj = require('nodejieba') as NodeJieba;
  return [o.dict ?? nj.DEFAULT_DICT, o.hmmDict ?? nj.DEFAULT_HMM_DICT, o.userDict ?? nj.DEFAULT_USER_DICT, o.idfDict ?? nj.DEFAULT_IDF_DICT, o.stopWordDict ?? nj.DEFAULT_STOP_WORD_DICT];
}

/**
 * A segmenter binding. jieba-lite holds one dictionary per process, which every thread that loads
 * the same files shares (cppjieba's Cut and Tag are const: safe from several threads at once);
 * `preload` loads it off this thread, `loaded` counts the dictionaries held.
 */
type JiebaBinding = Jieba & { binding: 'lite' | 'nodejieba'; preload?: (o: JiebaOptions) => Promise<void>; loaded?: () => number };

/**
 * The segmenter's binding: jieba-lite (cppjieba's Jieba alone) where it was built, else nodejieba's,
 * which also builds a TextRank extractor from the same dictionary — the same words, a slower start.
 * GOVGRAPH_JIEBA=nodejieba asks for nodejieba's.
 */
export function jiebaBinding(which: 'lite' | 'nodejieba' | 'best' = process.env.GOVGRAPH_JIEBA === 'nodejieba' ? 'nodejieba' : 'best'): JiebaBinding {
  const nj = require('nodejieba') as NodeJieba;
  const path = liteBindingPath();
  // (nodejieba's module is shared: wrapped, not marked)
  if (which === 'nodejieba' || (which === 'best' && !existsSync(path))) return { binding: 'nodejieba', load: (o: JiebaOptions) => nj.load(o), cut: (s: string, hmm = false) => nj.cut(s, hmm), tag: (s: string) => nj.tag(s) };
  const lite = require(path) as LiteBinding;
  return {
    binding: 'lite',
    load: (o: JiebaOptions) => {
      lite.load(...dictionaryPaths(o));
    },
    preload: async (o: JiebaOptions) => {
      await lite.preload(...dictionaryPaths(o));
    },
    loaded: () => lite.loaded(),
    cut: (s: string, hmm = false) => lite.cut(s, hmm),
    tag: (s: string) => lite.tag(s),
  };
}

/** The options every govgraph segmenter is loaded with. */
export function jiebaOptions(): JiebaOptions {
  // Segmentation needs the word dictionary and the HMM model only. cppjieba also loads keyword
  // extraction's IDF table (6 MB) and stop words, which govgraph never uses: one-line stand-ins
  // (it refuses empty ones) take a fifth off the start of every extraction thread.
  return { userDict: userDict(), idfDict: dictFile('jieba-idf-unused', '的 1.0\n'), stopWordDict: dictFile('jieba-stop-unused', '的\n') };
}

let preloading: Promise<void> | null = null;

/**
 * Start loading the segmenter's dictionary in the background (once per process), so that the
 * extraction threads started next find it loaded, or wait for it, instead of each loading its own
 * copy (≈0.5 s and ≈100 MB a thread). Nothing to do with nodejieba's binding (no sharing there);
 * a failure here is no failure: each thread then loads as it would have.
 */
export function preloadSegmenter(): Promise<void> {
  preloading ??= (async () => {
    await jiebaBinding().preload?.(jiebaOptions());
  })().catch(() => undefined);
  return preloading;
}

/** How many dictionaries jieba-lite holds in this process (null with nodejieba's binding). */
export function segmenterDictionaries(): number | null {
  return jiebaBinding().loaded?.() ?? null;
}

export function jiebaInstance(): Jieba {
  if (jieba) return jieba;
  const j = jiebaBinding();
  j.load(jiebaOptions());
  jieba = j;
  return j;
}

/** Tokens of a text (HMM on, so unknown words such as names are grouped where it can). */
export function segment(text: string): string[] {
  return jiebaInstance().cut(text, true);
}

/** Tokens from the dictionaries alone (no HMM): unknown words such as names stay split, known words stay whole. */
export function segmentDict(text: string): string[] {
  return jiebaInstance().cut(text, false);
}

/** Whether the character at `at` is a word by itself in the dictionary segmentation of the text (read around it). */
export function standsAlone(text: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  const s = text.slice(from, at + 6);
  const i = at - from;
  let pos = 0;
  for (const tok of segmentDict(s)) {
    if (pos === i) return tok.length === 1;
    if (pos > i) return false;
    pos += tok.length;
  }
  return false;
}

/**
 * The dictionary's part of speech for a text the segmenter reads as one word (nr a person's name, nt
 * an organisation, n a noun, x unknown …), or null when it reads several: remembered, as the name
 * checks ask it of the same short strings again and again.
 */
export const wholeWordTag: (text: string) => string | null = memo((text) => {
  const w = taggedWords(text);
  return w.length === 1 ? w[0]!.tag : null;
});

/** One word of the dictionary, and not a person's name there (文摘 n; not 王平 nr, nor an unknown word, x). */
export function isPlainDictionaryWord(text: string): boolean {
  const tag = wholeWordTag(text);
  return tag !== null && !tag.startsWith('nr') && tag !== 'x';
}

/** Words with their part of speech from the dictionary (d adverb, v verb, n noun, nr a person's name …). */
export function taggedWords(text: string): Array<{ word: string; tag: string }> {
  return jiebaInstance().tag(text);
}
