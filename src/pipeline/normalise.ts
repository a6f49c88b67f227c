import { createRequire } from 'node:module';
import type { Diagnostic } from '../domain/index.js';
import { identity, mapSameLength, originalSlice, rewrite, type MappedText } from './text-map.js';
import { memo } from './memo.js';
import { ROC_DATE } from './dates.js';
import { digitDate, digitMonthDay } from './numerals.js';
import { inSimplifiedScript, simplify } from './script.js';
import { BRACKETED_LABELS, BYLINE_LABELS, BYLINE_LINE } from './staff.js';
import { segmentDict } from './segment.js';
import { FIELD as MINUTES_FIELD, isName, isTitle as isTitleWord } from './people.js';

const require = createRequire(import.meta.url);
/**
 * iconv-lite and pinyin-pro, loaded the first time a text needs them (mojibake to repair, glosses to
 * check): most texts need neither, and loading both takes ≈0.13 s of every process's and thread's start.
 */
let iconvLoaded: typeof import('iconv-lite') | null = null;
const iconv = (): typeof import('iconv-lite') => (iconvLoaded ??= require('iconv-lite') as typeof import('iconv-lite'));
let pinyinLoaded: typeof import('pinyin-pro') | null = null;
/** Every reading pinyin-pro knows for a character, without tones. */
const pinyinReadings = (c: string): string[] => (pinyinLoaded ??= require('pinyin-pro') as typeof import('pinyin-pro')).pinyin(c, { multiple: true, type: 'array', toneType: 'none' });

/** Metadata the page around the article gave (its header and footer lines). */
export interface PageMeta {
  title: string | null;
  /** Date strings found in publication lines, as written (parsed later with the body's dates). */
  publishedRaw: string[];
  sourceName: string | null;
  /** Lines that belong to the page, not the article, that were removed. */
  removedLines: number;
  /**
   * Where the page sits in its site (首页 > 新闻中心 > 某县要闻, 您的位置：…), removed from the text:
   * a section's name may be all that names the place.
   */
  siteSections: string[];
  /**
   * The removed header and footer lines that carry metadata (来源, 作者, 发布时间 …), normalised and
   * as written: bylines there (作者：某某 责任编辑：某某) are still read.
   */
  pageLines: Array<{ text: string; original: string }>;
  hardWrapped: boolean;
}

export interface NormalisedText extends MappedText {
  original: string;
  script: 'simplified' | 'traditional' | 'mixed';
  meta: PageMeta;
  diagnostics: Diagnostic[];
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const HAN_OR_DIGIT_AT_END = new RegExp(`[${HAN}\\d]$`);
/**
 * A two-character name padded to three (田　野): one character, spaces, one character, then what
 * follows a name — list punctuation, a connector, a role verb, a verb of speech, a day (global, multiline);
 * not what a byline's name gave, closing it ((某某 文), (某某 文 某某 图), 某某 摄).
 */
const PADDED_NAME_G = new RegExp(`([${HAN}])[ \\t]{1,3}(?![文图摄](?:[)）]|[ \\t]*$))([${HAN}])(?=[、，,。；）)\\n]|$|参加|出席|列席|主持|等|及|和|与|同志|向|在|就|对|说|指出|强调|表示|要求|应邀|作|做|代表|讲话|发言|[昨今前]天|[昨今]日|\\d{1,2}日)`, 'gm');
const HAN_OR_DIGIT_AT_START = new RegExp(`^[${HAN}\\d]`);

// ---------------------------------------------------------------- mojibake
/**
 * UTF-8 or GBK text decoded one byte off shows as a run of odd characters after a lost byte
 * ('?'). Encoding the run back to GBK and decoding it one byte later restores it when the run
 * really is shifted GBK; otherwise the text is left alone.
 */
function repairMojibake(src: MappedText, diags: Diagnostic[]): MappedText {
  const re = /[?\uFFFD](!?[^\x00-\x7F\uFFFD]{2,60})/g;
  return rewrite(src, re, (m) => {
    const run = (m[1] ?? '').replace(/^!/, '！');
    const bytes = iconv().encode(run, 'gbk');
    const doubt = () => {
      if (wordiness(simplify(run)) < 0.3) {
        diags.push({ stage: 'normalise', code: 'mojibake-suspected', message: `text after a lost byte does not read as words and could not be repaired: "${m[0].slice(0, 20)}"`, severity: 'warning', offset: src.map[m.index] });
      }
      return null;
    };
    if (iconv().decode(bytes, 'gbk') !== run) return doubt(); // not all GBK: not this kind of damage
    let body = bytes.subarray(1);
    if (body.length % 2 === 1) body = body.subarray(0, body.length - 1);
    let repaired: string;
    try {
      repaired = new TextDecoder('gb18030', { fatal: true }).decode(body);
    } catch {
      return doubt();
    }
    if (repaired.length < 2 || /[\x00-\x1f]/.test(repaired)) return doubt();
    // keep the repair only if it reads as Chinese words where the damage did not
    const before = wordiness(simplify(run));
    const after = wordiness(simplify(repaired));
    if (after < 0.4 || after < before + 0.2) return doubt();
    // the lost first byte is unknown; a GB punctuation lead byte (A1) is by far the most common
    let lead = '';
    try {
      const c = new TextDecoder('gb18030', { fatal: true }).decode(Uint8Array.from([0xa1, bytes[0]!]));
      if (/^[。，、；：？！…—]$/.test(c)) lead = c;
    } catch {
      /* keep no lead */
    }
    diags.push({
      stage: 'normalise',
      code: 'mojibake-repaired',
      message: `repaired shifted GBK text "${m[0]}" → "${lead}${repaired}"`,
      severity: 'info',
      offset: src.map[m.index],
    });
    return lead + repaired;
  });
}

/**
 * What is left of characters a mirror decoded with the wrong code page — two or more ?, perhaps
 * with a stray letter (调研??h领导某某…, a line's ??? where its indent was) — between or before Chinese
 * text: at a line's start nothing, within a line a comma, since what was lost there (。縣) may end
 * a clause and the next begin with a list of names. (global: rewrite resets it)
 */
const MOJIBAKE_DEBRIS_G = /(?<!\?)\?{2,}[A-Za-z]?(?=[ \t]*[\u3400-\u9fff\d])/g;

/**
 * One lost character between Chinese ones (会议?h县人大…): a wrong code page made its first byte a ?
 * and left the second as the ASCII letter it also is. Read so only where it recurs (a page so
 * damaged has it many times), so that a question mark before a Latin word (涨了?A股) stays.
 */
const LOST_CHARACTER_G = /(?<=[\u3400-\u9fff])\?[A-Za-z](?=[\u3400-\u9fff])/g;

function dropMojibakeDebris(src: MappedText, diags: Diagnostic[]): MappedText {
  if (!src.text.includes('?')) return src;
  let dropped = 0;
  let restored = 0;
  const lost = new LostCharacters(src.text);
  /** The character a stray letter was the second byte of, when the text tells, after a comma for what ended there (none at a line's start). */
  const repair = (debris: string, next: string, lineStart = false): string => {
    const c = lost.guess(debris[debris.length - 1]!, next);
    if (c) restored++;
    return lineStart ? c : `，${c}`;
  };
  let mt = !src.text.includes('??')
    ? src
    : rewrite(src, MOJIBAKE_DEBRIS_G, (m) => {
        const before = src.text.slice(Math.max(0, m.index - 8), m.index);
        const lineStart = /(?:^|\n)[ \t]*$/.test(before);
        // (after Chinese text or at a line's start only: 真的吗?? in a quotation stays)
        if (!lineStart && !/[\u3400-\u9fff]$/.test(before)) return null;
        dropped++;
        return repair(m[0], src.text[m.index + m[0].length] ?? '', lineStart);
      });
  const single = mt.text.match(LOST_CHARACTER_G)?.length ?? 0;
  if (single >= 2 || (single && dropped)) {
    const text = mt.text;
    mt = rewrite(mt, LOST_CHARACTER_G, (m) => repair(m[0], text[m.index + 2] ?? ''));
    dropped += single;
  }
  if (restored) diags.push({ stage: 'normalise', code: 'mojibake-restored', message: `restored ${restored} character(s) from the byte a wrong code page left`, severity: 'info' });
  if (dropped) diags.push({ stage: 'normalise', code: 'mojibake-debris', message: `removed ${dropped} run(s) of ?? left by a wrong code page`, severity: 'warning' });
  return mt;
}

/**
 * The characters a stray letter after ? may be the rest of: in GBK their second byte is that
 * letter (縣, 黨 and 議 all end in 0x68, h). Of those the text itself uses, the one it uses before
 * the character that follows the debris (縣 before 長 where the page writes 縣長 elsewhere); none
 * when the text never does — a guess it cannot back is no repair.
 */
class LostCharacters {
  private byLetter: Map<string, string[]> | null = null;
  /** How often each candidate is written before each character (one pass over the text, whatever the debris). */
  private pairs: Map<string, number> | null = null;

  constructor(private readonly text: string) {}

  guess(letter: string, next: string): string {
    if (!/[A-Za-z]/.test(letter) || !/[\u3400-\u9fff]/.test(next)) return '';
    const pairs = this.pairCounts();
    let best = '';
    let bestCount = 0;
    for (const c of this.candidates().get(letter) ?? []) {
      const n = pairs.get(c + next) ?? 0;
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  private candidates(): Map<string, string[]> {
    if (this.byLetter) return this.byLetter;
    this.byLetter = new Map();
    for (const c of new Set(this.text.match(/[\u3400-\u9fff]/g) ?? [])) {
      const b = iconv().encode(c, 'gbk');
      if (b.length !== 2 || b[1]! >= 0x80) continue;
      const letter = String.fromCharCode(b[1]!);
      if (!/[A-Za-z]/.test(letter)) continue;
      const list = this.byLetter.get(letter);
      if (list) list.push(c);
      else this.byLetter.set(letter, [c]);
    }
    return this.byLetter;
  }

  private pairCounts(): Map<string, number> {
    if (this.pairs) return this.pairs;
    const isCandidate = new Set([...this.candidates().values()].flat());
    this.pairs = new Map();
    for (let i = 0; i + 1 < this.text.length; i++) {
      if (!isCandidate.has(this.text[i]!)) continue;
      const pair = this.text.slice(i, i + 2);
      this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + 1);
    }
    return this.pairs;
  }
}

/** Share of Han characters that fall in dictionary words of two or more characters. */
function wordiness(text: string): number {
  let han = 0;
  let inWords = 0;
  for (const tok of segmentDict(text)) {
    const h = (tok.match(/[\u3400-\u9fff]/g) ?? []).length;
    han += h;
    if (tok.length >= 2) inWords += h;
  }
  return han ? inWords / han : 0;
}

// ---------------------------------------------------------------- pinyin glosses
const toneless = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/v/g, 'u').toLowerCase();
/** toneless, remembered: a text glossed throughout repeats a few hundred syllables. */
const tonelessSyllable = memo(toneless, 5_000);

const readingsCache = new Map<string, Set<string> | null>();
function readings(ch: string): Set<string> | null {
  let r = readingsCache.get(ch);
  if (r !== undefined) return r;
  const out = new Set<string>();
  for (const c of new Set([ch, simplify(ch)])) {
    const py = pinyinReadings(c);
    for (const p of py) if (p && p !== c) out.add(toneless(p));
  }
  r = out.size ? out : null;
  readingsCache.set(ch, r);
  return r;
}

/** A lone pinyin syllable, with or without tone marks. */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:i(?:a(?:ng?|o)?|e|ng?|ong|u)?|u(?:a(?:i|ng?)?|e|i|n|o)?|a(?:i|ng?|o)?|e(?:i|ng?|r)?|o(?:ng|u)?|ü(?:e|n)?|v)$/;

/** A pinyin letter, with or without its tone mark. */
const PINYIN = '[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]';
/** Spaces, or one line break, between a gloss's brackets and its syllable. */
const GLOSS_GAP = '[ \\t\\u00a0\\u3000]*\\n?[ \\t\\u00a0\\u3000]*';
/** A bracket opening on a pinyin letter: a text without one has no gloss (a cheap test first). */
const GLOSS_OPENING = new RegExp(`[(（]\\s*${PINYIN}`);

/**
 * Remove scraper glosses such as 務(wù): only when the bracket right after a Han character holds
 * that character's own reading (or, for characters the dictionary lacks, a toned syllable).
 */
function removePinyinGlosses(src: MappedText): { mt: MappedText; removed: number } {
  if (!GLOSS_OPENING.test(src.text)) return { mt: src, removed: 0 };
  let removed = 0;
  // a space may sit inside the bracket (會(huì )議), as some page templates write it, and a line break
  // where a PDF's hard wrap fell (業⏎(yè), 負(fù⏎)責, 風(fē⏎ng)險)
  const re = new RegExp(`([${HAN}])${GLOSS_GAP}[(（]${GLOSS_GAP}(${PINYIN}{1,7}(?:[ \t]*\n[ \t]*${PINYIN}{1,6})?)${GLOSS_GAP}[)）]`, 'g');
  const mt = rewrite(src, re, (m) => {
    const ch = m[1]!;
    const wrapped = m[0].includes('\n');
    const raw = wrapped ? m[2]!.replace(/\s+/g, '') : m[2]!;
    if (raw.length > 7 || (wrapped && m[0].indexOf('\n') !== m[0].lastIndexOf('\n'))) return null;
    const syl = tonelessSyllable(raw);
    const known = readings(ch);
    const ok = known ? known.has(syl) : SYLLABLE.test(syl) && /[^\x00-\x7f]/.test(raw);
    if (!ok) return null;
    removed++;
    // (the line break stays: where lines end is for the hard-wrap reading to decide)
    return wrapped ? ch + '\n' : ch;
  });
  return { mt, removed };
}

// ---------------------------------------------------------------- punctuation
const ENTITIES: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', divide: '÷', deg: '°', laquo: '«', raquo: '»',
};
const CHARACTER_FOR: Record<string, string> = {
  '「': '“', '」': '”', '『': '‘', '』': '’', ';': '；', '（': '(', '）': ')',
  // small and vertical forms of the marks (Big5 pages: 主持會議並講話﹔市長某某﹐…)
  '﹐': '，', '﹑': '、', '﹒': '。', '﹔': '；', '﹕': '：', '﹖': '？', '﹗': '！', '﹙': '(', '﹚': ')',
  '︐': '，', '︑': '、', '︒': '。', '︓': '：', '︔': '；', '︕': '！', '︖': '？',
};
/** Small and vertical forms of the marks (global: rewrite resets it). */
const SMALL_FORM = /[\ufe50-\ufe5a\ufe10-\ufe16]/;
const SMALL_FORM_G = new RegExp(SMALL_FORM.source, 'g');
/** An ASCII full stop after Chinese text or a closing mark, not in a number or an ellipsis (global: rewrite resets it). */
const FULL_STOP_AFTER_HAN_G = new RegExp(`(?<=[${HAN})）”》])\\.(?![\\d.])(?<!\\.\\.)`, 'g');
/** An ASCII full stop joining the parts of a name listed after or before a 、 (、阿沛.阿旺晋美、, 、帕巴拉.格列朗杰，) (global). */
const LISTED_NAME_DOT_G = new RegExp(`(?<=、[${HAN}]{2,5})\\.(?=[${HAN}]{2,8}[、，])|(?<=[、，：][${HAN}]{2,5})\\.(?=[${HAN}]{2,8}、)`, 'g');
/** A name's romanised form (Bakan Pawa) right after the name, inside a list of names (global). */
const LISTED_ROMANISED_NAME_G = new RegExp(`(?<=[、，：][${HAN}]{2,5}[.·]?[${HAN}]{0,8})[ ]?[A-Z][a-z]+(?: [A-Z][a-z]+)*(?=[、，。])`, 'g');
/** An enumeration's Chinese numeral alone at a line's start (一.), before its full stop. */
const ITEM_NUMERAL_BEFORE = /(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]{1,3}$/;
/** Dots other than · that a transliterated name may be written with; the same between Han characters (global). */
const OTHER_DOT = /[•・‧∙⋅．]/;
const NAME_DOT_G = new RegExp(`(?<=[${HAN}])[•・‧∙⋅．](?=[${HAN}])`, 'g');
const STRENGTH: Record<string, number> = { '。': 5, '；': 4, '：': 3, '、': 2, '，': 1 };

function normalisePunctuation(src: MappedText): MappedText {
  let mt = src;
  // full-width digits and Latin letters → ASCII; ideographic and no-break spaces → space
  mt = rewrite(mt, /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0]/g, (m) => {
    const c = m[0].charCodeAt(0);
    if (c === 0x3000 || c === 0xa0) return ' ';
    return String.fromCharCode(c - 0xfee0);
  });
  mt = rewrite(mt, /[\u200b-\u200d\ufeff]/g, () => '');
  // the dot of a transliterated name written with another dot (阿依古丽•买买提, 艾力・吐尔逊): ·
  if (OTHER_DOT.test(mt.text)) mt = rewrite(mt, NAME_DOT_G, () => '·');
  // HTML entities a scraper left behind (&nbsp; &ldquo; &#12288; …)
  mt = rewrite(mt, /&(?:#(\d{2,6})|#x([0-9a-fA-F]{2,5})|([a-zA-Z]{2,8}));/g, (m) => {
    if (m[1] || m[2]) {
      const cp = m[1] ? Number(m[1]) : parseInt(m[2]!, 16);
      return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : null;
    }
    return ENTITIES[m[3]!] ?? null;
  });
  // one character for another, in one pass: corner brackets used as quotation marks (「」『』) → “” ‘’,
  // an ASCII semicolon → ；, full-width parentheses → ASCII ones, small forms (﹔﹐) → ；，
  mt = rewrite(mt, /[「」『』;（）]/g, (m) => CHARACTER_FOR[m[0]] ?? null);
  if (SMALL_FORM.test(mt.text)) mt = rewrite(mt, SMALL_FORM_G, (m) => CHARACTER_FOR[m[0]] ?? null);
  // straight double quotes around Chinese words ("某某办法") → “某某办法”, as a quoted title reads them
  if (mt.text.includes('"')) mt = rewrite(mt, /"([^"\n]{1,80})"/g, (m) => (/[\u3400-\u9fff]/.test(m[1]!) ? `“${m[1]}”` : null));
  mt = rewrite(mt, /\r\n?/g, () => '\n');
  // ASCII punctuation used as Chinese punctuation (not inside numbers or clock times)
  // (a comma stays only between a digit and three more, 1,250; a colon only between digits, 8:30; each
  // pattern starts with its mark, which a search finds fast)
  mt = rewrite(mt, /,(?:(?<!\d,)|(?!\d{3}))/g, () => '，');
  mt = rewrite(mt, /:(?:(?<!\d:)|(?!\d))/g, () => '：');
  // an ASCII full stop after Chinese text ends a sentence (not in 5.18, www.某.cn, …, nor an item's 一.)
  // — but between the two parts of a transliterated name in a list of names (、阿沛.阿旺晋美、) it is
  // the name's dot
  // a listed name's romanised form right after it (、巴干.巴万Bakan Pawa、, as Taiwan writes an
  // indigenous name) is the same name again: it goes
  if (/[A-Z][a-z]/.test(mt.text)) mt = rewrite(mt, LISTED_ROMANISED_NAME_G, () => '');
  if (mt.text.includes('.')) {
    mt = rewrite(mt, LISTED_NAME_DOT_G, () => '·');
    const text = mt.text;
    mt = rewrite(mt, FULL_STOP_AFTER_HAN_G, (m) => (ITEM_NUMERAL_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) ? null : '。'));
  }
  // an ordinal spaced out (第 68 次常务会议, 第 3 届): one word, as a meeting's name needs it
  mt = rewrite(mt, /第[ \t]+(\d{1,4})[ \t]*(?=[次届期号])|第(\d{1,4})[ \t]+(?=[次届期号])/g, (m) => `第${m[1] ?? m[2]}`);
  // two-character names padded to the width of three ("田　野、欧阳明", "县长徐　荩向全会…"): join them
  // where the second character is followed by what follows a name
  mt = rewrite(mt, PADDED_NAME_G, (m) => m[1]! + m[2]!);
  // doubled or broken punctuation: keep the strongest mark of a run
  mt = rewrite(mt, /[，、。；：](?:\s*[，、。；：])+/g, (m) => {
    let best = '';
    for (const ch of m[0]) if (ch in STRENGTH && (!best || STRENGTH[ch]! > STRENGTH[best]!)) best = ch;
    return best;
  });
  return mt;
}

// ---------------------------------------------------------------- page clutter and metadata
/** A link to another article in a list: a headline (a bullet before it, no sentence in it) and its date. */
const LINK_LINE = /^[·•●◆■□▪▸►>\-\s]*(?=(?:[^\u3400-\u9fff]*[\u3400-\u9fff]){6})(?![^：:]{0,6}[：:])[^。，；！？\s\d][^。，；！？]{4,60}?[\s　]*[(（\[【]?(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[)）\]】]?$/;
/** …about an event (召开, 主持, 调研 …): a sign-off (某县人民政府办公室 2024年3月2日) is no link. */
const EVENT_WORD = /召开|举行|主持|出席|参加|会议|座谈|调研|检查|督导|视察|慰问|走访|会见|部署|推进|开幕|闭幕/;
const isLinkLine = (line: string): boolean => DATE_AT_END.test(line) && LINK_LINE.test(line) && EVENT_WORD.test(line);
/** A cheap test first: the line ends as a date does. */
const DATE_AT_END = /[\d日)）\]】]$/;
/** A site's greeting (欢迎进入某某人民政府网站!, 欢迎访问…): no text, but it names the site. */
const SITE_GREETING = /^欢迎(?:进入|访问|来到|光临).{0,40}[!！]?$/;
const CLUTTER_LINE = new RegExp(
  [
    '^[-—_=|*·\\s]*$',
    '^(?:字号|字体)[：:\\s]*(?:[大中小\\s]|\\[\\])*$',
    '^(?:打印|关闭|关闭窗口|转发|分享|分享到|收藏|返回|返回顶部|顶部|海报|VIP专免|侵权投诉|登录/注册|登录|注册|展开>>|收起<<|展开|收起|上一篇|下一篇|请打开微信扫一扫|扫一扫在手机打开当前页|扫一扫|没有更多评论了哦~?|\\d+\\+|\\d+(?:\\.\\d+)?\\s*[KMG]B|\\d+\\s*页|【打印本页】|【关闭窗口】)$',
    '^评论\\s*\\(\\d+\\)$',
    '^(?:声明|免责声明)[：:].{0,60}$',
    '^请登录.{0,30}$',
    // a reading-time hint (本篇文章512字，读完约2分钟; 全文共1200字，阅读大约需要4分钟)
    '^(?:本篇文章|本文|全文)[共约]?\\s*\\d+\\s*字[，,\\s]*(?:预计)?(?:阅读|读完)[^。，]{0,8}?\\d+(?:\\.\\d+)?\\s*分钟[。.]?$',
    // a site's tool bar (微信 智能问答 繁體版, 无障碍 | 长辈版, 登录 | 注册 简体 繁体) and an image's file name
    '^(?:[\\s|｜/／·•]*(?:登录|注册|用户中心|个人中心|退出登录|无障碍阅读|进入适老模式|适老模式|关怀模式|微信|微博|抖音|智能问答|繁體版|繁体版|简体版|繁體|繁体|简体|无障碍|长辈版|关怀版|适老版|English|手机版|移动版|网站地图|RSS|设为首页|加入收藏|本网站已支持IPV6|支持IPV6|IPV6|IPv6))+[\\s|｜/／·•]*$',
    '^[^\\s。，]{1,60}\\.(?:jpe?g|png|gif|webp|bmp)$',
    // a site's menu (·网上投稿 ·主任信箱 ·阳光投诉) and an app's banner (某某APP, 某某公众号)
    '^(?:[·•●]\\s*[^\\s·•●。，]{2,8}\\s*){2,}$',
    '^[\\u3400-\\u9fffA-Za-z]{0,12}(?:APP|App|客户端|公众号|小程序)$',
    // a notice to phone readers (欢迎使用手机浏览, 请使用手机扫码阅读)
    '^(?:欢迎|请)使用(?:手机|移动端|微信)[^。，]{0,12}(?:浏览|阅读|访问|查看)[!！。]?$',
    // links to the neighbouring articles, e-paper page labels (第A02版：要闻), an e-paper's tool bar
    // (3 上一篇  下一篇 4 放大 缩小 默认)
    '^[<«《\\s]*(?:上一篇|下一篇|上一条|下一条)',
    '^(?:[\\s\\d<>«»]*(?:上一篇|下一篇|上一版|下一版|放大|缩小|默认|打印|返回))+[\\s\\d<>«»]*$',
    '^第?\\s*[A-Z]?\\d{1,3}\\s*版(?:[：:\\s].{0,20})?$',
    // an e-paper's issue and page (1679 期 / 第2版：2)
    '^第?\\s*\\d{1,5}\\s*期(?:\\s*[/／|｜]?\\s*第?\\s*[A-Z]?\\d{1,3}\\s*版.{0,20})?$',
    '^版(?:次|面)[：:].{0,20}$',
    // … and where a page's header fields were cut apart before it (-- 某某报 -- 版次：[J2])
    '^[^。，]{0,24}版(?:次|面)[：:]\\s*[\\[【(（]?[A-Z]?\\d{1,3}[\\]】)）]?$',
    // a picture's number and caption (图 1会场全景, 图2 某某作报告): what the text says again under a photo
    '^图\\s*\\d{1,2}\\s*[\\u3400-\\u9fff].{0,40}$',
    // an e-paper's masthead (某某日报 数字报纸, 某某晚报电子版)
    '^[\\u3400-\\u9fff]{0,12}\\s*(?:数字报纸|数字报|电子报纸|电子报|电子版|数字版)$',
    '^摘\\s*要[：:]?$',
    // page numbers of PDF text: "- 3 -", "— 12 —", "第3页 共22页", "3/22"
    '^[-—–\\s]*\\d{1,4}[-—–\\s]*$',
    '^第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$',
    '^\\d{1,4}\\s*/\\s*\\d{1,4}$',
  ].join('|'),
);
/** A photograph's source (图片来源：, 图源：): the line is a caption. */
const PICTURE_SOURCE = /(?:图片来源|图源|图片)[：:]/;
const HAN_G = /[\u3400-\u9fff]/g;
/**
 * A byline standing alone above the text (□记者 某某 报道, 记者：某某, 某新闻|记者某某/台北报导,
 * 〔记者甲、乙/某地报导〕): no headline, though short.
 */
const BYLINE_ALONE = /^[?？□■◆●\s]*(?:[\u3400-\u9fff]{2,8}[|｜丨])?[（(【〔]?(?:(?:本报|本台|本网|全媒体|融媒体?)?(?:记者|通讯员)|作者|撰稿|责任编辑|编辑)(?:[ \t\u3000：:]|[\u3400-\u9fff]{2,3}(?:、[\u3400-\u9fff]{2,3})*(?:[ \t\u3000]*(?:报道|报导|摄)?[)）】〕]?$|[／/]))/;
/**
 * A field of a meeting's record (会议地点：某某, 会议时间：…, 主持人：某某, 会议摘要：…): a label and its
 * value, no headline — though a headline may quote a person after a colon (某某：加快…).
 */
const FIELD_LINE = /^(?:会议)?(?:地点|时间|日期|摘要|主题|议题|内容|名称|类型|主持人?|参加人员|出席人员|列席人员|参会人员|记录人?)[：:]/;
/** Where the page sits in its site: a line the page has, not the article. */
const SITE_SECTION_LINE = new RegExp(
  [
    // 您的位置, 当前位置, 您现在所在的位置(是), 当前您的位置: 首页 > … (after the section's own label: 人代会 当前位置 : 首页 > …)
    '^[•·●▪■◆►▶\\s]*(?:[^\\s。，：:]{1,12}\\s+)?(?:当前)?(?:(?:您|你)(?:现在|当前)?|当前|现在|所在)(?:所在)?的?(?:位置|页面|栏目)是?\\s*[：:].{0,80}$',
    // breadcrumbs (首页 > 新闻中心 > 政务要闻)
    // (>> as some sites write it: 人民网>>地方频道)
    '^(?:[^。，>＞»]{1,12}|\\s*(?=[>＞»›→]))(?:\\s*[>＞»›→]{1,2}\\s*[^。，>＞»]{1,12}){1,6}$',
    // … and with bars or slashes from the home page on (首页 | 新闻中心 | 政务动态; a byline "编辑 | 某某" is no breadcrumb)
    '^(?:网站首页|首页|主页)(?:\\s*[|｜/／]\\s*[^。，|｜/／]{1,12}){1,6}$',
  ].join('|'),
);
/** A clock time after a date, with the space before it (global: replace). */
const CLOCK_TIME_G = /\s+\d{1,2}:\d{2}(?::\d{2})?/g;
/** A date written as eight digits in a labelled line (20230506). */
const COMPACT_DATE = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;
const DATE_IN_LINE = /(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}/g;
/**
 * A bracketed byline field (【编辑：某某】, 【作者】某某) or a reporter's byline in brackets before the
 * lead (【全媒体记者 某某】6月30日，…), which the page-label patterns below leave alone.
 */
const NOT_BYLINE_FIELD = `(?!【(?:${[...BRACKETED_LABELS].join('|')})】|【[^】\\n]*(?:${BYLINE_LABELS.join('|')})[：:]|【[^】\\n]{0,6}?(?:记者|通讯员)[ \\t\u3000]+[^】\\n]{2,}】)`;
/** A mark that a headline's story has pictures ([图], [组图], 【组图】, (图)) before it (global: rewrite resets it). */
const PICTURE_MARK_G = /^[ \t]*(?:\[(?:组图|图|图片|视频)\]|【(?:组图|图|图片|视频)】|[(（](?:组图|图)[)）])(?=[^\n])/gm;
/** A section label before a headline (【政务要闻】…) (global: rewrite resets it). */
const SECTION_LABEL_G = new RegExp(`^[ \\t]*${NOT_BYLINE_FIELD}【[^】\\n]{1,12}】(?=[^\\n【])`, 'gm');
/** The labels of a page's header fields. */
const PAGE_FIELD_LABEL = '(?:发布时间|发布日期|发文日期|发表时间|更新时间|日期|时间|信息来源|文章来源|稿件来源|来源|浏览次数|访问次数|阅读次数|点击数)[：:]';
/** A page's date and time with no label (2017-08-22 10:30), as a header writes it. */
const BARE_PAGE_DATE =
  '(?:(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{2}\\.\\d{2}\\.(?:19|20)\\d{2})(?:[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?)?|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日[ \\t]*星期[一二三四五六日天](?:[ \\t]*[|｜])?';
/** Whether a text has such a field after a space at all (a cheaper scan than the rewrite's). */
const PAGE_FIELD_AFTER_SPACE = new RegExp(`(?:^|[ \\t\\u3000])(?:${PAGE_FIELD_LABEL}|(?:${BARE_PAGE_DATE})(?:[ \\t\\u3000]|$))`, 'm');
/**
 * A page's header field inside a line, with a space before and after it (or the line's end): the
 * label and a date (and time), one word or nothing (来源： left empty), or a date alone
 * (标题 2017-08-22 某某网 …, a masthead's 2025年4月2日 星期三 |) (global: rewrite resets it). The
 * space before may be the one a field just before it ended with, or the line's start.
 */
const INLINE_PAGE_FIELD_G = new RegExp(
  `(?:(?<=\\S)([ \\t\\u3000]+)|(?<=[ \\t\\u3000])|^)(${PAGE_FIELD_LABEL}[ \\t]*(?:(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?)?|[^\\s：:，。]{1,30})?|${BARE_PAGE_DATE})([ \\t\\u3000]+|$)`,
  'gm',
);
/** Spaces between Han characters or digits (global: rewrite resets it). */
const LAYOUT_SPACE_G = new RegExp(`(?<=[${HAN}\\d]) +(?=[${HAN}\\d])`, 'g');
/** A byline's names up to a point: after a staff label, or in a bracket of short Han runs that closes a paragraph. */
const BYLINE_BEFORE = new RegExp(`(?:(?:${BYLINE_LABELS.filter((l) => l.length >= 2).join('|')})[ \\t：:]*(?:[${HAN}]{2,4}[ \\t]+){0,6}[${HAN}]{2,4}|[(（](?:[${HAN}]{2,4}[ \\t]+){0,4}[${HAN}]{2,4})$`);
const BYLINE_BRACKET_AFTER = new RegExp(`^[ \\t]*(?:[${HAN}]{2,4}[ \\t]*){1,4}[)）]`);
function inByline(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 60), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const m = BYLINE_BEFORE.exec(before);
  if (!m) return false;
  // a bracket's names only when the bracket closes right after them
  return !/^[(（]/.test(m[0]) || BYLINE_BRACKET_AFTER.test(text.slice(at, at + 24));
}

/** The line around `at` if it is at most `max` characters long (looked for only that far), else null. */
function shortLineAround(text: string, at: number, max: number): string | null {
  const from = Math.max(0, at - max);
  const back = text.slice(from, at).lastIndexOf('\n');
  if (back < 0 && from > 0) return null;
  const start = back < 0 ? 0 : from + back + 1;
  const fwd = text.slice(at, start + max + 1).indexOf('\n');
  if (fwd < 0 && start + max < text.length) return null;
  return text.slice(start, fwd < 0 ? text.length : at + fwd);
}

/** A date with no label that a sentence governs (会议定于 2024-05-06 召开): no page field. */
function dateInSentence(text: string, m: RegExpExecArray): boolean {
  if (!/^[\d]/.test(m[2]!)) return false;
  // (nor is the date closing a link to another article: 某某主持召开…会议 2023-05-06)
  // (a link's line is short: a longer one is not looked at, nor scanned for its ends)
  const line = shortLineAround(text, m.index, 120);
  if (line !== null && isLinkLine(line.trim())) return true;
  const before = text.slice(Math.max(0, m.index - 2), m.index).trimEnd();
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
  return /[于在至到自从止为是定]$/.test(before) || /^(?:召开|举行|开幕|闭幕|前|后|起|至|到|以来|期间)/.test(after);
}

/** A title in angle brackets, not nested in 《》: two or more Han characters inside (global: rewrite resets it). */
const ANGLE_TITLE_G = /(?<!《[^》\n]{0,80})[<＜〈]((?=[^<>＜＞〈〉《》\n]*[\u3400-\u9fff]{2})[\u3400-\u9fff“”"()（）\d、·—-][^<>＜＞〈〉《》\n]{1,60}?)[>＞〉]/g;
/** A section label that is an outlet's name (【某某新闻网】, 【某某日报】, 【某某发布】). */
const OUTLET_LABEL = /^[\u3400-\u9fff]{2,}(?:新闻网|网|日报|晚报|报|电视台|广播电视台|融媒|融媒体|发布|客户端|新闻)$/;
/** What a record's heading says someone did (【某某同志发言】): no widget's label. */
const SPEAKS_AT_END = '(?:发言|讲话|致辞|汇报|主持)】';
/**
 * A line of bracketed widgets (【打印】【关闭】) (global: rewrite resets it) — not a date so bracketed
 * (【2024-03-05】: the page's date), nor a record's heading of who spoke (【区发改局某某同志发言】).
 */
const WIDGET_LINE_G = new RegExp(`^[ \\t]*${NOT_BYLINE_FIELD}(?:【(?!\\s*(?:19|20)\\d{2}[-/.年])(?![^】\\n]*${SPEAKS_AT_END})[^】\\n]{1,12}】[ \\t]*)+$`, 'gm');
/** What may stand before a minutes' field: a bullet, or the field's number (一、时间：…, (三)出席：…). */
const FIELD_LEAD = '[•·●◆ \\t]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?';
/** A minutes' time field (时间：…, 会议时间：…, 开会日期：…): the meeting's day when a 地点 field is beside it. */
export const MEETING_TIME_FIELD = new RegExp(`^${FIELD_LEAD}(?:(?:会议|开会)?时间|(?:会议|开会)日期)[：:]`);
/** A field's label alone on its line, its value on the next (会议时间：⏎…, 地点：⏎…). */
const FIELD_LABEL_ALONE = /^\s*(?:(?:会议|开会)?(?:时间|地点)|(?:会议|开会)日期)[：:]\s*$/;
/** A place field (地点：…, 会议地点), or its label alone as a table's cell gives it (地点⏎⏎…). */
const PLACE_FIELD_NEXT = /^\s*(?:会议|开会)?地点(?:[：:]|\s*$)/;
/** The first line after line i with text on it ('' if none). */
function nextTextLine(lines: string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return lines[j]!;
  return '';
}
/** Line i is a meeting's time label alone (会议时间：, or 时间： with a 地点 field after its value). */
function meetingTimeLabelAlone(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  return FIELD_LABEL_ALONE.test(line) && MEETING_TIME_FIELD.test(line.trim()) && (/^\s*(?:会议|开会)/.test(line) || /^\s*(?:会议|开会)?地点[：:]/.test(lines[i + 2] ?? ''));
}
const META_LINE = /^(?:发布时间|发布日期|发文日期|日期|时间|来源|信息来源|文章来源|稿件来源|供稿|作者|浏览次数|访问次数|阅读次数|点击数|阅读)[：:]/;
/** An e-paper's page navigation (下一版» 本期共4版，当前第1版): no headline, even with a comma in it. */
const EPAPER_NAV = /[上下]一版|本期共\d+版|当前第\d+版/;
const PAGE_WIDGET = new RegExp(`字号|字型大小|打印|转发|分享到|浏览次数|阅读次数|访问次数|浏览量|阅读量|访问量|点击数|点击量|点阅率|【关闭】|按Enter到|(?:跳到|跳至|跳转到|进入|前往)主?要?内容(?:区块|区域|区)?$|${EPAPER_NAV.source}`);

/** A heading of links to other articles at a page's foot (新闻推荐, 相关新闻, 推荐阅读 …), a line by itself. */
const OTHER_ARTICLES_HEADING = /^[【\[]?(?:新闻推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|相关链接|相关文章|热点推荐|热门推荐|猜你喜欢|更多新闻|更多阅读|往期回顾|精彩推荐)[】\]]?[：:]?$/;

/**
 * A field of a government information-disclosure page's header table (索引号：… 发文机关：… 文号：,
 * 组配分类：… 成文日期：…), its label often spaced out to the table's width (索  引  号).
 */
const DISCLOSURE_WORDS = ['索引号', '发文机关', '发布机构', '文号', '发文字号', '组配分类', '主题分类', '体裁分类', '信息分类', '公开目录', '服务对象', '成文日期', '生成日期', '发文日期', '废止日期', '有效性', '时效', '文种', '公开方式', '公开范围', '公开时限']
  .map((w) => [...w].join('\\s*'))
  .join('|');
/**
 * A disclosure page's fields (索引号：…, 主题分类：…), or its table flattened with spaces for colons: a
 * row of fields (索引号 1133…/2022-112754 组配分类 常务会议), one field and a short value (发布机构 区政府办公室),
 * or a label whose value was read off (发文日期).
 */
const DISCLOSURE_FIELD = new RegExp(`^(?:${DISCLOSURE_WORDS})(?:\\s*[：:]|\\s*$|\\s+\\S[^。，！？]{0,40}$|\\s+\\S.*?(?:${DISCLOSURE_WORDS}))`);

/** A disclosure page's 名称 field (名 称 | 某某召开…会议 |): the document's title, in the text as written. */
const DOCUMENT_NAME_FIELD = /^名\s*称\s*[|｜:：]\s*([^|｜]{4,80}?)\s*[|｜\s]*$/;

/** A page's time or date field with a full date (加入时间：2012-12-15, 更新日期：2020年5月6日). */
const DATED_FIELD = /(?:时间|日期)[：:]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}/;

/** A web address in a page's header line (http://www.example.com 2008年3月4日 某某报; its colon may be read as ：): the site's, no text (global: replace only). */
const WEB_ADDRESS_G = /(?:https?[:：]\/\/|www\.)[\x21-\x7e]+/g;

/** Title, publication date and source from header/footer lines; returns the lines to drop. */
/** A source field in a page's line (来源：某某网), the source in group 1. */
/** Who a page is from: its source field, or on a disclosure page its publisher (发布机构, 发文机关). */
const SOURCE_FIELD = /(?:信息来源|文章来源|稿件来源|来源|发布机构|发文机关)[：:]\s*([^\s|)）]{2,30})/;
/** A line only an e-paper has: its masthead (数字报, 电子版), a page label (第A01版, 版次：), its page navigation. */
const EPAPER_PAGE = new RegExp(`数字报|电子报|电子版|第\\s*[A-Z]?\\d{1,3}\\s*版|版[次面][：:]|${EPAPER_NAV.source}`);
/** What is left of a line that is a date and its weekday alone (2023年03月29日 星期三 |): a site's clock. */
const DATE_BANNER = /^[\s|｜]*(?:星期|周)[一二三四五六日天][\s|｜]*$/;

/** Where an account's post was published from (发表于浙江), as its header ends. */
const PUBLISHED_FROM = /^发表于[\u3400-\u9fff]{2,8}$/;
/** A page's date (and time) alone on its line. */
const DATE_LINE_ALONE = /^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A social-media account's header (原创 某某发布 2024-07-09 18:30 发表于浙江, cut at its date): the
 * account's line before the date and the place it was posted from after it — neither a headline nor
 * text. The date line itself is read as any page's date.
 */
function accountHeaderLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    if (!PUBLISHED_FROM.test(lines[i]!.trim())) continue;
    out.add(i);
    const account = (lines[i - 2] ?? '').trim();
    if (DATE_LINE_ALONE.test((lines[i - 1] ?? '').trim()) && account.length <= 40 && !/[。，！？]/.test(account)) out.add(i - 2);
  }
  return out;
}

function readPageLines(lines: string[]): { meta: Omit<PageMeta, 'hardWrapped' | 'pageLines'>; drop: Set<number>; metaLines: number[] } {
  const drop = new Set<number>();
  const metaLines: number[] = [];
  const publishedRaw: string[] = [];
  /** Dates standing alone on a line with their weekday: read after the page's other dates. */
  const bannerDates: string[] = [];
  const siteSections: string[] = [];
  let sourceName: string | null = null;
  let title: string | null = null;
  let firstBody = -1;
  /** Past a heading of other articles (新闻推荐, 相关阅读 …): their teasers, not this text. */
  let othersFollow = false;
  const accountHeader = accountHeaderLines(lines);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (accountHeader.has(i)) {
      drop.add(i);
      return;
    }
    if (firstBody >= 0 && OTHER_ARTICLES_HEADING.test(line)) {
      othersFollow = true;
      drop.add(i);
      return;
    }
    // (a byline or a page field after them is still this page's)
    if (othersFollow && !META_LINE.test(line) && !BYLINE_LINE.test(line)) {
      drop.add(i);
      return;
    }
    // (after the body has begun, a short line ending in a date is a link to another article:
    // 相关新闻 · 某某主持召开…会议 2023-05-06 — neither text nor this page's date)
    if (CLUTTER_LINE.test(line) || (firstBody >= 0 && isLinkLine(line))) {
      drop.add(i);
      return;
    }
    // (a site's greeting, 欢迎访问某某县人民政府网, names the site as its breadcrumbs do)
    if (SITE_SECTION_LINE.test(line) || SITE_GREETING.test(line)) {
      drop.add(i);
      siteSections.push(line);
      return;
    }
    // a meeting's own fields (时间：…⏎地点：…, as minutes give them) are the text's, not the page's
    // (or a label alone on its line, the day on the next: 会议时间：⏎2023年5月6日上午⏎会议地点：…)
    const meetingTime =
      (MEETING_TIME_FIELD.test(line) && (/地点[：:]/.test(line) || PLACE_FIELD_NEXT.test(nextTextLine(lines, i)) || /^[•·●◆\s]*(?:会议|开会)/.test(line))) || meetingTimeLabelAlone(lines, i) || meetingTimeLabelAlone(lines, i - 1);
    const isMeta =
      !meetingTime &&
      // (a labelled line that runs on into sentences is text: 作者：某某 字号：T|T2月9日下午，…)
      ((META_LINE.test(line) && (line.length <= 120 || !/[。！？]/.test(line))) ||
        /^[(（](?:来源|供稿)[：:].*[)）]$/.test(line) ||
        // (a section's name before the field may hold a stop: 要闻。快讯  加入时间：2012-12-15 15:29)
        (line.length <= 80 && DATED_FIELD.test(line)) ||
        (line.length <= 160 && DISCLOSURE_FIELD.test(line)) ||
        (line.length <= 80 && !/[。，]/.test(line) && (PAGE_WIDGET.test(line) || (DATE_IN_LINE.test(line.replace(/\s+/g, '')) && stripDates(line).replace(WEB_ADDRESS_G, '').trim().length <= 20))));
    DATE_IN_LINE.lastIndex = 0;
    if (isMeta) {
      drop.add(i);
      metaLines.push(i);
      // (the clock time goes first: 2023/5/6 09:12 is not 2023/5/60)
      const dates = line.replace(CLOCK_TIME_G, '').replace(/\s+/g, '').match(DATE_IN_LINE) ?? [];
      // a date alone on its line with its weekday (a site's clock, 2023年03月29日 星期三, above a page
      // published years before) comes after every date a field of the page gives
      if (DATE_BANNER.test(stripDates(line))) bannerDates.push(...dates);
      else publishedRaw.push(...dates);
      if (!dates.length && META_LINE.test(line)) {
        // a Taiwan page dates by the Republic's years (发布日期：113-05-21 is 2024-05-21)
        const roc = ROC_DATE.exec(line);
        if (roc) publishedRaw.push(`${Number(roc[1]) + 1911}-${roc[2]}-${roc[3]}`);
        // a date written without separators (发布日期：20230506)
        const compact = COMPACT_DATE.exec(line);
        if (!roc && compact) publishedRaw.push(`${compact[1]}-${compact[2]}-${compact[3]}`);
      }
      const src = SOURCE_FIELD.exec(line);
      if (src && !sourceName) sourceName = src[1]!;
      else if (!src && !sourceName) {
        // "2017-08-22 武汉文明网 字号:[][][]": the site name sits between the date and the widgets
        const rest = stripDates(line).replace(WEB_ADDRESS_G, '').replace(/(?:字号|打印|转发|分享到)[：:]?[\s\S]*$/, '').trim();
        // (not a field's label whose value was the date: 发文日期 2022-04-08)
        if (/^[\p{Script=Han}A-Za-z0-9]{2,20}$/u.test(rest) && !DISCLOSURE_FIELD.test(rest) && !/^(?:发布|更新|加入|发表)?(?:时间|日期)$/.test(rest)) sourceName = rest;
      }
      return;
    }
    if (firstBody < 0) firstBody = i;
  });
  // the title is the first short line before the body that reads like a headline
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i)) continue;
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    // (a disclosure page's 名称 field gives it: 名 称 | 某某召开…会议 |; the line stays text)
    const named = DOCUMENT_NAME_FIELD.exec(line);
    if (named) {
      title = named[1]!;
      break;
    }
    // (a line that ends in a colon is none: a notice's addressees, 各乡镇人民政府，县直各部门：)
    if (/[：:]$/.test(line) && line.length <= 60) continue;
    if (line.length > 60 || /[。！？]$/.test(line) || /^\d{1,2}月\d{1,2}日/.test(line) || /[，。].{12,}/.test(line)) break;
    // (a photograph's caption with its source, 会场 图片来源：某某中心, is no headline)
    if (PICTURE_SOURCE.test(line) || BYLINE_ALONE.test(line) || EPAPER_NAV.test(line) || FIELD_LINE.test(line)) continue;
    // (a headline is words: a line of telephone numbers and addresses, 0310-3111082 某@qq.com, is not)
    if (line.length >= 6 && (line.match(HAN_G)?.length ?? 0) >= 4) {
      // (a page's separator after it, 某某会议召开 |, is no part of it)
      title = line.replace(/[\s|｜]+$/, '');
      break;
    }
  }
  // (an e-paper's masthead date is its issue's: there it comes first, as written)
  // (looked for only where such a line was seen: most pages have none)
  if (bannerDates.length && lines.some((l) => EPAPER_PAGE.test(l))) publishedRaw.unshift(...bannerDates);
  else publishedRaw.push(...bannerDates);
  return { meta: { title, publishedRaw, sourceName, removedLines: drop.size, siteSections }, drop, metaLines };
}

/** Some lines of the mapped text, each trimmed, with the original text behind it. */
function linesAsWritten(mt: MappedText, original: string, lines: string[], which: number[]): Array<{ text: string; original: string }> {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  return which.map((i) => {
    const raw = lines[i]!;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    return { text, original: originalSlice(original, mt, starts[i]! + lead, starts[i]! + lead + text.length) };
  });
}

function stripDates(line: string): string {
  return line.replace(/\s+/g, ' ').replace(DATE_IN_LINE, '').replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '').trim();
}

/** Where each of a text's lines (split at \n) starts in it. */
function lineStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  return starts;
}

/** A line that starts with a short label and a colon (出席：, 请假：, 记录：). */
const LABELLED_LINE = /^[\u3400-\u9fff]{1,6}[：:]/;

// ---------------------------------------------------------------- lists set out line by line
/** A list's heading ending its line: 出席会议的县领导有：, 在主席台就座的有：, or a minutes' field alone (列席人员：, 会议主持人：) */
const LIST_HEADING_AT_LINE_END = new RegExp(`(?:出席|参加|列席|参会|与会|就座|就坐|执行主席)[^。！？\\n]{0,24}有[：:][ \\t]*$|^[ \\t]*(?:本[府局院会部委厅])?${MINUTES_FIELD}[：:][ \\t]*$`, 'm');
/** One item of such a list on a line of its own (a title and a name, short, no sentence in it), or a line of names listed with 、. */
const LIST_ITEM_LINE = /^(?:[\u3400-\u9fff·()、，；,;]{2,40}|[\u3400-\u9fff·()]{2,16}(?:[、，,][\u3400-\u9fff·()]{2,16}){2,15})$/;

/**
 * 出席会议的县领导有：⏎县委常委、组织部部长某某⏎副县长某某: the items set out one per line are one
 * list, as if written on the heading's line (甲；乙。), so the heading's verb reaches them all.
 */
function joinListLines(src: MappedText): MappedText {
  if (!LIST_HEADING_AT_LINE_END.test(src.text)) return src;
  const lines = src.text.split('\n');
  const starts = lineStarts(lines);
  // the offset of each line's \n
  const ends = starts.map((start, i) => start + lines[i]!.length);
  // what each break (a line's \n) and each space of a table's row becomes
  const joins = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_HEADING_AT_LINE_END.test(lines[i]!)) continue;
    let j = i + 1;
    for (; j < lines.length && j - i <= 30; j++) {
      const item = lines[j]!.trim();
      // (an agenda's numbered heading after the list, 一、…, 壹、…, is none of its items)
      if (NUMBERED_HEADING.test(item)) break;
      const row = !LIST_ITEM_LINE.test(item) && TABLE_ROW.test(item) ? tableRowSpaces(lines[j]!, starts[j]!) : null;
      if (!row && !LIST_ITEM_LINE.test(item)) break;
      for (const [at, r] of row ?? []) joins.set(at, r);
      const prev = lines[j - 1]!.trimEnd();
      joins.set(ends[j - 1]!, j === i + 1 || /[；;、，,]$/.test(prev) ? '' : '；');
    }
    if (j > i + 1 && j < lines.length && !/[；;、，,]$/.test(lines[j - 1]!.trimEnd())) joins.set(ends[j - 1]!, '。\n');
    i = j - 1;
  }
  return joins.size ? rewrite(src, /\n|[ \t\u3000]+/g, (m) => joins.get(m.index) ?? null) : src;
}

/** A numbered heading (一、…, 壹、…, (一)…, 1.…). */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])/;
/** A row of a table of those present: words set apart by spaces, no punctuation (市　　长　某某　　副 市 长　某某). */
const TABLE_ROW = /^[\u3400-\u9fff·]+(?:[ \t\u3000]+[\u3400-\u9fff·]+){1,15}$/;

/**
 * A table row's spaces as a list writes it: none inside a word spaced out to the column's width
 * (市　　长, 李　玟: single characters), none between a title and its name, 、 between the items
 * (县长 甲 副县长 乙 丙 → 县长甲、副县长乙、丙; 甲 乙 丙 → 甲、乙、丙); null where the row is no such list
 * (no title in it, and not names alone).
 */
function tableRowSpaces(line: string, lineAt: number): Array<[number, string]> | null {
  const parts = [...line.matchAll(/[^ \t\u3000]+/g)].map((m) => ({ text: m[0], end: m.index + m[0].length }));
  // the row's words, each a run of parts [from, to]
  const words: Array<{ text: string; from: number; to: number }> = [];
  for (let k = 0; k < parts.length; ) {
    // a title spaced out to the column's width (市　　长, 副  秘书 长): the longest run of parts that makes one
    let to = k;
    let text = parts[k]!.text;
    let joined = text;
    for (let e = k + 1; text.length === 1 && e < parts.length && e - k <= 3 && joined.length < 8; e++) {
      joined += parts[e]!.text;
      if (isTitleWord(joined) && !isTitleWord(parts[e]!.text)) {
        to = e;
        text = joined;
      }
    }
    // (a name's characters spaced out likewise: 李　玟)
    if (to === k && text.length === 1 && parts[k + 1]?.text.length === 1) {
      to = k + 1;
      text += parts[k + 1]!.text;
    }
    words.push({ text, from: k, to });
    k = to + 1;
  }
  const titles = words.map((w) => isTitleWord(w.text));
  // (a row of names alone under the heading, 甲　乙　丙, is its items too)
  const namesAlone = !titles.some(Boolean) && words.every((w) => w.text.length <= 4 && isName(w.text, { needSurname: true, maxLen: 4 }));
  if ((!titles.some(Boolean) && !namesAlone) || titles[titles.length - 1]) return null;
  const out: Array<[number, string]> = [];
  words.forEach((w, wi) => {
    for (let p = w.from; p < w.to; p++) out.push([lineAt + parts[p]!.end, '']);
    if (wi > 0) out.push([lineAt + parts[w.from - 1]!.end, titles[wi - 1] ? '' : '、']);
  });
  return out;
}

// ---------------------------------------------------------------- minutes' fields
/** The fields a meeting's minutes open with (主席, 出席, 列席, 纪录, 开会日期 …), as labels. */
const MINUTES_LABEL = '(?:主席|主持人?|出列席(?:人员)?|出席(?:人员)?|列席(?:人员)?|纪录|记录(?:人)?|请假(?:人员)?|缺席(?:人员)?|(?:开会|会议)?(?:日期|时间|地点))';
/** Those that say who took part: two of them alone on their lines make a table of fields. */
const PARTS_LABEL = /^(?:主席|主持人?|出列席(?:人员)?|出席(?:人员)?|列席(?:人员)?|纪录|记录(?:人)?)$/;
/**
 * A label alone on its line with no colon (a table's cell), blank lines, then its value's line (global:
 * rewrite resets it). (With a colon, 出席：⏎甲⏎乙, the lines after it are a list's, joined as such; a value
 * that repeats its label with a colon, 时间⏎时间：…, is left as it is.)
 */
const LABEL_ALONE_G = new RegExp(`^[ \\t]*(${MINUTES_LABEL})[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*(?=\\S)(?![ \\t]*${MINUTES_LABEL}[ \\t]*[：:]?[ \\t]*$)(?!\\1[ \\t]*[：:])`, 'gm');
/** A numbered field of minutes (三、出席人：, 五、主席：) right after text on its line (global). */
const NUMBERED_FIELD_RUN_ON_G = /(?<=[\u3400-\u9fff。：）)\d])[一二三四五六七八九十]{1,2}、(?=(?:(?:开会|会议)?(?:时间|地点|日期)|出列席|出席|列席|主席|纪录|记录|司仪|主持)(?:人员|人)?[：:])/g;
/** The chair's field (主席：某某, as Taiwan's minutes head it), where the minutes list those present. */
const CHAIR_FIELD_G = new RegExp(`^(${FIELD_LEAD})主席(?=[：:])`, 'gm');
const PRESENT_FIELD = new RegExp(`^${FIELD_LEAD}(?:出列席|出席|列席)(?:人员|人)?[：:]`, 'm');

/**
 * A meeting's minutes set out as a table, each label on a line of its own and its value on the next
 * (主席⏎⏎某某⏎⏎出席⏎⏎甲、乙): one field a line, label：value, as minutes written out give them. And
 * in minutes that list those present, the 主席 field names the one who chaired (主持：).
 */
function minutesFields(src: MappedText): MappedText {
  let mt = src;
  // (fields run together on one line, as a page copied from a PDF gives them: …本会议事厅三、出席人：…)
  if (/[一二三四五六七八九十]、/.test(mt.text)) mt = rewrite(mt, NUMBERED_FIELD_RUN_ON_G, (m) => `\n${m[0]}`);
  if (/(?:主席|主持|出席|列席|纪录|记录)[ \t]*\n/.test(mt.text)) {
    const labels = new Set([...mt.text.matchAll(LABEL_ALONE_G)].map((m) => m[1]!).filter((l) => PARTS_LABEL.test(l)));
    if (labels.size >= 2) mt = rewrite(mt, LABEL_ALONE_G, (m) => `${m[1]}：`);
  }
  if (PRESENT_FIELD.test(mt.text)) mt = rewrite(mt, CHAIR_FIELD_G, (m) => `${m[1]}主持`);
  return mt;
}

// ---------------------------------------------------------------- PDF hard line breaks
/** Nearly every line followed by a blank line, hardly two lines of text in a row, and the lines of text hard-wrapped. */
function isDoubleSpacedWrap(text: string): boolean {
  // (a cheap test first: eight blank lines at least)
  const blankLine = /\n[ \t\u3000]*\n/g;
  let pairs = 0;
  while (pairs < 8 && blankLine.exec(text)) pairs++;
  if (pairs < 8) return false;
  const widths: number[] = [];
  let blank = 0;
  let adjacent = 0;
  let prevText = false;
  for (const l of text.split('\n')) {
    const w = l.trim().length;
    if (w > 0) {
      widths.push(w);
      if (prevText) adjacent++;
    } else blank++;
    prevText = w > 0;
  }
  return widths.length >= 8 && blank >= widths.length * 0.7 && adjacent <= widths.length * 0.1 && isHardWrapped(widths).wrapped;
}

const NO_LINE_END = /[和与及的、，“《(]$/;

/**
 * The width of line i (without its indent unless `withIndent`): in the original text when what was
 * removed from it counts (`asWritten`: pinyin glosses took up the page's width), else as it is now.
 */
function writtenWidths(mt: MappedText, lines: string[], asWritten: boolean): (i: number, withIndent: boolean) => number {
  const starts = lineStarts(lines);
  return (i, withIndent) => {
    const l = lines[i]!;
    const end = l.trimEnd().length;
    const start = withIndent ? 0 : l.length - l.trimStart().length;
    if (end <= start) return 0;
    return asWritten ? mt.map[starts[i]! + end]! - mt.map[starts[i]! + start]! : end - start;
  };
}

function isHardWrapped(lineLengths: number[]): { wrapped: boolean; width: number } {
  const lens = lineLengths.filter((n) => n >= 8);
  if (lens.length < 8) return { wrapped: false, width: 0 };
  const sorted = [...lens].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.8)]!;
  if (width < 12 || width > 60) return { wrapped: false, width };
  const full = lens.filter((n) => n >= width * 0.85 && n <= width + 3).length;
  return { wrapped: full / lens.length >= 0.4, width };
}

function unclosed(line: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (ch === open) depth++;
    else if (ch === close && depth > 0) depth--;
  }
  return depth > 0;
}

/** How much of the text's opening a repeated summary is looked for in. */
const SUMMARY_SOURCE_CHARS = 6000;

// ---------------------------------------------------------------- the stage
/**
 * Decoded text → normalised simplified text with an offset map back to the original.
 * Never throws on odd text: what it repairs or doubts goes to `diagnostics`.
 */
export function normalise(original: string): NormalisedText {
  const diagnostics: Diagnostic[] = [];
  const chars = normaliseCharacters(identity(original), diagnostics);
  const markup = stripMarkup(chars.mt);
  const lines = rebuildLines(minutesFields(markup.mt), original, chars.glossed, diagnostics);
  let mt = joinListLines(lines.mt);
  mt = dropRepeatedSummary(mt, diagnostics);
  mt = rewrite(mt, /\n{3,}/g, () => '\n\n');
  return {
    ...mt,
    original,
    script: chars.script,
    meta: { ...lines.page.meta, sourceName: lines.page.meta.sourceName ?? markup.outlet, hardWrapped: lines.wrapped, pageLines: lines.pageLines },
    diagnostics,
  };
}

/** A day in Chinese numerals (a cheap test before the rewrite). */
const CN_DAY_HINT = /[一二三四五六七八九十]日/;
/**
 * A day in Chinese numerals, its month before it or not, that dates an event: a time of day, the
 * event's verb or a comma after it; not a count or an ordinal (第一日, 每三日, 一日游) (global: rewrite resets it).
 */
const CN_MONTH_DAY_G = /(?<![〇零一二三四五六七八九十第每某逐前后])(?:([一二三四五六七八九十]{1,2})月)?([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?=上午|下午|晚上|晚间|早上|中午|傍晚|凌晨|召开|举行|在|于|起|，)/g;

/** A list's order in brackets (按姓氏笔画排序, 以姓名笔划为序, 排名不分先后) (global: rewrite resets it). */
const ORDER_NOTE_G = /\((?:按|以)[^()\n]{0,6}(?:笔画|笔划|拼音)[^()\n]{0,6}\)|\(排名不分(?:先后|前后)\)/g;
const ORDER_NOTE_HINT = /笔画|笔划|拼音|不分[先前]后/;

/** Characters: mojibake repaired, pinyin glosses removed, simplified script, punctuation, dates in Chinese numerals. */
function normaliseCharacters(src: MappedText, diagnostics: Diagnostic[]): { mt: MappedText; script: NormalisedText['script']; glossed: boolean } {
  let mt = dropMojibakeDebris(repairMojibake(src, diagnostics), diagnostics);
  const gl = removePinyinGlosses(mt);
  mt = gl.mt;
  if (gl.removed) {
    diagnostics.push({ stage: 'normalise', code: 'pinyin-glosses', message: `removed ${gl.removed} pinyin glosses`, severity: 'info' });
  }
  const converted = inSimplifiedScript(mt.text);
  mt = mapSameLength(mt, converted.text);
  mt = normalisePunctuation(mt);
  // a note on a list's order (执行主席是(按姓名笔画排列)：甲、乙; 排名不分先后): no part of the list or its heading
  if (ORDER_NOTE_HINT.test(mt.text)) mt = rewrite(mt, ORDER_NOTE_G, () => '');
  // hard-wrapped text with every line followed by a blank one (double-spaced PDF text): one blank line
  // is a line break, so its hard wraps and headlines split over lines read as on any page (a web page
  // whose paragraphs are set apart by blank lines is not wrapped, and keeps them)
  if (isDoubleSpacedWrap(mt.text)) mt = rewrite(mt, /\n[ \t]*\n(?=[ \t]*\S)/g, () => '\n');
  // dates in Chinese numerals (a masthead's 二〇二三年五月十日; a year of this century has 〇 or 零) read like every other date
  if (mt.text.includes('〇') || mt.text.includes('零')) mt = rewrite(mt, /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g, (m) => digitDate(m[1]!, m[2]!, m[3]!));
  // and a day so written where a report dates its event (某县政府十三日召开…, 五月八日上午): as digits too
  if (CN_DAY_HINT.test(mt.text)) mt = rewrite(mt, CN_MONTH_DAY_G, (m) => digitMonthDay(m[1], m[2]!));
  return { mt, script: converted.script, glossed: gl.removed > 0 };
}

/**
 * A page's markup: section labels before a headline (【政务要闻】…) and lines of bracketed widgets
 * (【打印】【关闭】) — never a byline (【编辑：某某】) —, abstract prefixes, HTML tags, angle brackets as
 * title marks, and the header fields of a page flattened into one line put on lines of their own. An
 * outlet's label (【某某新闻网】) names the source: kept as such when no 来源 line does.
 */
const FORUM_CLOCK_G = /GMT[+-]\d{1,2}(?::?\d{2})?[,，]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g;

function stripMarkup(src: MappedText): { mt: MappedText; outlet: string | null } {
  let outlet: string | null = null;
  let mt = src.text.includes('图') ? rewrite(src, PICTURE_MARK_G, () => '') : src;
  mt = rewrite(mt, SECTION_LABEL_G, (m) => {
    const label = /【([^】]+)】/.exec(m[0])?.[1]?.trim() ?? '';
    if (!outlet && OUTLET_LABEL.test(label)) outlet = label;
    return '';
  });
  mt = rewrite(mt, WIDGET_LINE_G, () => '');
  // a forum's clock (GMT+8, 2025-3-28 20:36): the time the page was shown, no date of the text
  if (mt.text.includes('GMT')) mt = rewrite(mt, FORUM_CLOCK_G, () => '');
  // abstract-page prefixes such as "摘 要: | <正>"
  mt = rewrite(mt, /^[ \t]*摘\s*要[：:]\s*\|?\s*(?:<正>)?\s*/gm, () => '');
  mt = rewrite(mt, /<\/?[a-zA-Z][^<>\n]{0,80}>|<正>/g, () => '');
  // angle brackets used as title marks (<某市停车管理办法>, 〈某某方案〉 outside any 《》): 《》, as a plan reads them
  if (/[<＜〈]/.test(mt.text)) mt = rewrite(mt, ANGLE_TITLE_G, (m) => `《${m[1]}》`);
  // a page flattened into one line (标题 发布时间：… 来源：… 正文…): its header fields on lines of their own
  // (a space becomes the line break: offsets into the text stay those of the page)
  if (PAGE_FIELD_AFTER_SPACE.test(mt.text)) {
    const text = mt.text;
    mt = rewrite(mt, INLINE_PAGE_FIELD_G, (m) => (dateInSentence(text, m) ? null : `${m[1] ? '\n' : ''}${m[2]}${m[3] ? '\n' : ''}`));
  }
  return { mt, outlet };
}

/**
 * The page's lines read (title, date, source, clutter), then the text rebuilt: the page's lines
 * dropped, hard-wrapped lines joined (measured as the page set them, glosses included), and a
 * paragraph broken mid-sentence joined again.
 */
function rebuildLines(src: MappedText, original: string, glossed: boolean, diagnostics: Diagnostic[]) {
  const lines = src.text.split('\n');
  const page = readPageLines(lines);
  const pageLines = linesAsWritten(src, original, lines, page.metaLines);
  // a line's width as the page set it: with the glosses removed above (會(huì)議 wraps as five characters)
  const written = writtenWidths(src, lines, glossed);
  const wrap = isHardWrapped(lines.map((_, i) => i).filter((i) => !page.drop.has(i)).map((i) => written(i, false)));
  const keep = lines.map((_, i) => !page.drop.has(i));
  const joinAfter = wrap.wrapped ? wrappedJoins(lines, keep, (i) => written(i, true) >= wrap.width * 0.85) : brokenParagraphJoins(lines, keep);
  // rewrite line by line in one pass: dropped lines vanish, joined lines lose their break
  let idx = -1;
  let mt = rewrite(src, /[^\n]*\n?/g, (m) => {
    idx++;
    if (m[0].length === 0) return null;
    if (!keep[idx]) return m[0].endsWith('\n') ? '\n' : '';
    return joinAfter.has(idx) ? m[0].replace(/\n$/, '').trim() : null;
  });
  if (wrap.wrapped) {
    // PDF text: spaces between Han characters and digits are layout, not content — except between
    // the names of a byline ((甲 乙), 记者 甲 通讯员 乙), where they are what separates the names
    const text = mt.text;
    mt = rewrite(mt, LAYOUT_SPACE_G, (m) => (inByline(text, m.index) ? null : ''));
    // a gloss the line breaks cut in two (负(fù\n)责人) reads whole once they are joined
    mt = removePinyinGlosses(mt).mt;
    diagnostics.push({ stage: 'normalise', code: 'hard-wrapped', message: `joined hard line breaks (line width ≈ ${wrap.width})`, severity: 'info' });
  }
  return { mt, page, pageLines, wrapped: wrap.wrapped };
}

/** In hard-wrapped text, the lines that go on into the next: full to the page's width, or open (、, 《, “ …). */
function wrappedJoins(lines: string[], keep: boolean[], fullWidth: (i: number) => boolean): Set<number> {
  const joinAfter = new Set<number>();
  const kept = lines.map((l, i) => ({ l: l.trim(), i })).filter((x) => keep[x.i] && x.l.length > 0);
  for (let k = 0; k + 1 < kept.length; k++) {
    const { l, i } = kept[k]!;
    // (a first line's indent counts: the page's width holds it)
    const full = fullWidth(i) && !/[。！？：]$/.test(l);
    if (full || NO_LINE_END.test(l) || unclosed(l, '《', '》') || unclosed(l, '“', '”') || unclosed(l, '(', ')')) joinAfter.add(i);
  }
  return joinAfter;
}

/** A paragraph that ends a sentence and then a stray footnote or picture number (…新的台阶。1): complete. */
const MARK_AFTER_STOP = /[。！？]\d{1,2}$/;
/** A paragraph closed by its photograph's credit or byline (…主持会议。 记者 某某 摄): complete, not broken. */
const CREDIT_AT_END = /(?:[ \t\u3000](?:摄|摄影)|(?:记者|通讯员|摄影)(?:[ \t\u3000：:]+[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff·]{2,4}[ \t\u3000]*(?:摄|摄影|报道)))$/;

/**
 * Elsewhere, a paragraph broken mid-sentence ("…主持召开市政府第\n12次常务会议"): a long line of running
 * text that stops without punctuation, or at a comma, followed directly by more text; a 《title》
 * broken across lines.
 */
function brokenParagraphJoins(lines: string[], keep: boolean[]): Set<number> {
  const joinAfter = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = (lines[i] ?? '').trim();
    const next = (lines[i + 1] ?? '').trim();
    if (!keep[i] || !keep[i + 1] || !l || !next) continue;
    // (a 、 alone is no sign of running text in a short line: it joins a headline's titles, 县委副书记、县长某某参加…)
    const running = (HAN_OR_DIGIT_AT_END.test(l) && ((l.length >= 15 && /[，；]/.test(l)) || (l.length >= 30 && l.includes('、')))) || (l.length >= 8 && /[，、]$/.test(l));
    // (never into a labelled line: 列席：…⏎请假：某某 are two fields; nor into a numbered one, 五、主席：…)
    if (running && !CREDIT_AT_END.test(l) && !MARK_AFTER_STOP.test(l) && HAN_OR_DIGIT_AT_START.test(next) && !/^(?:责任编辑|编辑|记者|审核|来源|作者)/.test(next) && !LABELLED_LINE.test(next) && !NUMBERED_HEADING.test(next)) joinAfter.add(i);
    // a field's label alone, its value on the next line (会议时间：⏎2023年5月6日上午)
    else if (FIELD_LABEL_ALONE.test(l) && !LABELLED_LINE.test(next)) joinAfter.add(i);
    // (the title may go on over more lines: no sentence ends in the next before its 》)
    else if (unclosed(l, '《', '》') && !/^[^》]*[。！？]/.test(next)) joinAfter.add(i);
    // a mark that ends or splits a sentence, or closes a title or a quotation, never starts a line: a
    // page that broke its lines before the marks (…第一次会议开幕⏎。肩负…, 余斌、张宏⏎、杨杰,
    // …实施方案⏎》《…) is joined where it broke
    else if (/^[，、。；：！？》”」』]/.test(next)) joinAfter.add(i);
  }
  return joinAfter;
}

/**
 * A repeated summary (document sites repeat the opening as an abstract): looked for in the opening
 * only, so that a text of many lines takes time in proportion to its length.
 */
function dropRepeatedSummary(src: MappedText, diagnostics: Diagnostic[]): MappedText {
  let opening = '';
  const dropDup = new Set<number>();
  src.text.split('\n').forEach((line, i) => {
    const compact = line.replace(/\s+/g, '');
    if (compact.length >= 40 && opening.includes(compact.slice(0, 30))) dropDup.add(i);
    else if (opening.length < SUMMARY_SOURCE_CHARS) opening += compact.slice(0, SUMMARY_SOURCE_CHARS - opening.length);
  });
  if (!dropDup.size) return src;
  let idx = -1;
  const mt = rewrite(src, /[^\n]*\n?/g, (m) => {
    idx++;
    if (m[0].length === 0) return null;
    return dropDup.has(idx) ? '' : null;
  });
  diagnostics.push({ stage: 'normalise', code: 'duplicate-summary', message: `dropped ${dropDup.size} repeated summary line(s)`, severity: 'info' });
  return mt;
}
