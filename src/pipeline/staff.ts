import { hasSurname, isName, readsAsOffice, unlistedSurnameName } from './people.js';
import { gazetteer } from './place.js';
import type { RuleId } from './rules.js';
import { isPlainDictionaryWord } from './segment.js';

export interface StaffMention {
  name: string;
  role: 'REPORTED' | 'EDITED';
  label: string;
  /** Whether the byline names the role (记者, 责任编辑): then the label is also the person's title. */
  labelled: boolean;
  /** The rule (rules.ts) that read it. */
  rule: RuleId;
  start: number;
  end: number;
}

const LABELS: Record<string, StaffMention['role']> = {
  记者: 'REPORTED',
  特约记者: 'REPORTED',
  实习记者: 'REPORTED',
  见习记者: 'REPORTED',
  通讯员: 'REPORTED',
  撰稿: 'REPORTED',
  撰稿人: 'REPORTED',
  作者: 'REPORTED',
  撰文: 'REPORTED',
  文字: 'REPORTED',
  文: 'REPORTED',
  摄影: 'REPORTED',
  摄像: 'REPORTED',
  图片: 'REPORTED',
  图: 'REPORTED',
  实习生: 'REPORTED',
  图文: 'REPORTED',
  转载: 'EDITED',
  责任编辑: 'EDITED',
  责编: 'EDITED',
  编辑: 'EDITED',
  审核: 'EDITED',
  审核人: 'EDITED',
  审核领导: 'EDITED',
  主编: 'EDITED',
  执行主编: 'EDITED',
  监制: 'EDITED',
  统筹: 'EDITED',
  信息员: 'REPORTED',
  审校: 'EDITED',
  核稿: 'EDITED',
  审签: 'EDITED',
  责任校对: 'EDITED',
  值班编辑: 'EDITED',
  编审: 'EDITED',
  校审: 'EDITED',
  签发: 'EDITED',
  审稿: 'EDITED',
  审稿人: 'EDITED',
  校对: 'EDITED',
  终审: 'EDITED',
  复审: 'EDITED',
  初审: 'EDITED',
  一审: 'EDITED',
  二审: 'EDITED',
  三审: 'EDITED',
  // a video report's credits (审片：某某, 剪辑：某某)
  审片: 'EDITED',
  剪辑: 'EDITED',
  // (and who read, fronted or filmed it: 播音：某某, 出镜：某某, 航拍：某某; who finished it, 后期：某某)
  播音: 'REPORTED',
  配音: 'REPORTED',
  主播: 'REPORTED',
  出镜: 'REPORTED',
  航拍: 'REPORTED',
  后期: 'EDITED',
  // a page's credits, like the video report's (文图 | 某某, 视频：某某, 制作：某某, 值班主任：某某)
  文图: 'REPORTED',
  视频: 'REPORTED',
  制作: 'EDITED',
  值班主任: 'EDITED',
  值班总编: 'EDITED',
  // who put the page up (发布人：某某, 录入：某某)
  发布人: 'EDITED',
  发稿人: 'EDITED',
  录入: 'EDITED',
  // who supplied the text (供稿：某某; 供稿：某县县委办 names an office, no one)
  供稿: 'REPORTED',
  // who put the text together and laid the page out (统稿：某某, 美编：某某, 排版：某某)
  统稿: 'EDITED',
  美编: 'EDITED',
  排版: 'EDITED',
};

/** Labels that are everyday words too: a byline only with a separator after them (统筹：某某, not 统筹管理). */
const SEPARATOR_ONLY = new Set(['统稿', '排版', '转载', '统筹', '监制', '主编', '执行主编', '信息员', '审片', '剪辑', '发布人', '发稿人', '录入', '视频', '制作', '值班主任', '值班总编', '供稿']);

/** Labels a page may set in brackets of their own, the name after them (【作者】某某, 【责任编辑】某某). */
export const BRACKETED_LABELS: ReadonlySet<string> = new Set(['作者', '记者', '通讯员', '撰稿', '摄影', '编辑', '责任编辑', '责编', '审核', '供稿']);

/** Every byline label (记者, 责任编辑, 摄影 …). */
export const BYLINE_LABELS: readonly string[] = Object.keys(LABELS);

/** A label's characters may be spaced out on a page ("编 辑：", "责 编："). */
const spaced = (label: string) => [...label].join('[ \\t\\u3000]?');
const LABEL_ALTERNATIVES = Object.keys(LABELS).sort((a, b) => b.length - a.length);
/**
 * What may follow a name in a byline: a separator, a bracket, a slash, 报道/报导, a photographer's
 * closing 摄 (记者某某摄), the line's end, or the next label of a byline written without spaces
 * (记者某某通讯员某某, 编辑：某某责编：某某).
 */
const NAME_END = `(?=$|[\\s、，,()（）|｜丨/／】\\]」?\\uFFFD]|报道|报导|字号|来源|浏览|点击|阅读|发布|摄影?(?=$|[\\s)）】\\]])|(?:${LABEL_ALTERNATIVES.filter((l) => l.length >= 2).join('|')})[：:]?)`;
const LABEL_RE = new RegExp(`(${LABEL_ALTERNATIVES.map(spaced).join('|')})(?:\\s*[：:/／|｜丨]\\s*|】\\s*|\\s+|(?=[\\u3400-\\u9fff]{2,4}${NAME_END}|[\\u3400-\\u9fff][ \\t\\u3000][\\u3400-\\u9fff]${NAME_END}))`, 'gm');
const LABEL_AHEAD = new RegExp(`^(?:${LABEL_ALTERNATIVES.map(spaced).join('|')})`);
/** A line that is a byline: a label first, after an opening bracket or not (责任编辑：某某, (记者 某某), 【编辑：某某】). */
export const BYLINE_LINE = new RegExp(`^[(（【\\[]?(?:${LABEL_ALTERNATIVES.map(spaced).join('|')})`);
const NAME_IN_BYLINE = new RegExp(`^([\\u3400-\\u9fff·]{2,4}?)${NAME_END}`);
/** A newsroom, website or office that a bracketed byline may name before its reporters, or where a name would be (作者：某湖网). */
const NEWSROOM = /(?:融媒体中心|融媒中心|新闻中心|办公室|宣传部|日报|晚报|报社|电视台|广播电视台|[\u3400-\u9fff]网|记者站)$/;
/**
 * An office, outlet or newsroom in a byline before the names (市政府办公室, 某县融媒体中心), with the
 * space after it — or without one where an office's or a street's word ends it and a short name
 * alone follows (图文：某某街道某某, 文/某县融媒体中心某某).
 */
const ORG_IN_BYLINE = /^[\u3400-\u9fff]{2,16}(?:办公室|办|中心|宣传部|日报|晚报|报社|电视台|广播电视台|网|街道|办事处|局|委)[ \t\u3000]+(?=[\u3400-\u9fff])|^[\u3400-\u9fff]{2,16}?(?:街道办事处|街道|办事处|融媒体中心|新闻中心|办公室|宣传部)(?=[\u3400-\u9fff]{2,3}(?:$|[\s、，,)）|]))/;

/**
 * Reporters and editors from bylines: "(记者 某某)", "记者 甲 通讯员 乙", "责任编辑: 某某", "(撰稿:某某)",
 * "(记者某某报道)", "记者某某/综合报导", "某某/文", and a bracket of names closing a paragraph
 * ("。(甲 乙)"). A label must be followed by a separator or a name that ends there, so that body
 * words (记者从…) are not read as names.
 */
export function findStaff(text: string): StaffMention[] {
  const out: StaffMention[] = [];
  const keys = new Set<string>();
  const add = (m: StaffMention) => {
    const key = `${m.name}|${m.role}`;
    if (keys.has(key)) return;
    keys.add(key);
    out.push(m);
  };
  labelledBylines(text).forEach(add);
  datelineBylines(text).forEach(add);
  namesBeforeLabels(text, out).forEach(add);
  bracketedBylines(text, out).forEach(add);
  leadBracketBylines(text).forEach(add);
  namesAfterLastSentence(text, out).forEach(add);
  nameLinesUnderHeadline(text).forEach(add);
  headerLineNames(text).forEach(add);
  return out;
}

/**
 * A page's header line of date, source and writers with no label (2021-09-29 17:09 某某镇人民政府
 * 甲乙 丙丁, the date perhaps read off already): the names after the source, to the line's end. Only
 * among the page's first lines, and only after a government, an outlet or a newsroom — a minutes'
 * table of bodies and their people (县发改委 某某) lists those present, not writers.
 */
const HEADER_LINE = /^[ \t]*(?:(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+)?[\u3400-\u9fff]{2,20}(?:政府|网|中心|日报|晚报|报|台|办|办公室|宣传部|融媒)((?:[ \t\u3000]+[\u3400-\u9fff]{2,3}){1,4})[ \t]*$/gm;
const HEADER_LINES = 6;
/**
 * The same line closing the text, as county outlets sign it (平某融媒 甲 乙 丙): after an outlet only
 * (a minutes' closing list, 县政府办 某某, names those present).
 */
const FOOTER_LINE = /^[ \t]*[\u3400-\u9fff]{2,20}(?:融媒|融媒体中心|新闻中心|网|日报|晚报|电视台)((?:[ \t\u3000]+[\u3400-\u9fff]{2,3}){1,4})[ \t]*$/gm;
const FOOTER_LINES = 4;

function headerLineNames(text: string): StaffMention[] {
  const out: StaffMention[] = [];
  let topEnd = 0;
  for (let k = 0; k < HEADER_LINES && topEnd < text.length; k++) {
    const nl = text.indexOf('\n', topEnd);
    topEnd = nl < 0 ? text.length : nl + 1;
  }
  let bottomAt = text.length;
  for (let k = 0; k < FOOTER_LINES && bottomAt > 0; k++) bottomAt = Math.max(0, text.lastIndexOf('\n', bottomAt - 1));
  bottomAt = Math.max(bottomAt, topEnd);
  const parts: Array<[RegExp, number, number]> = [[HEADER_LINE, 0, topEnd], [FOOTER_LINE, bottomAt, text.length]];
  for (const [re, from0, to] of parts) for (const m of text.slice(from0, to).matchAll(re)) {
    const names = m[1]!.trim().split(/[ \t\u3000]+/);
    if (!names.every(isStaffName)) continue;
    let from = from0 + m.index + m[0].length - m[1]!.length;
    for (const name of names) {
      const at = text.indexOf(name, from);
      out.push({ name, role: 'REPORTED', label: '', labelled: false, rule: 'staff:header-line', start: at, end: at + name.length });
      from = at + name.length;
    }
  }
  return out;
}

/**
 * A writer's name alone on a line between a page's headline and its text (标题⏎⏎某某⏎⏎本网讯…), as
 * government sites set it; not under a speech's title, where a name alone is the speaker's.
 */
function nameLinesUnderHeadline(text: string): StaffMention[] {
  const out: StaffMention[] = [];
  let headline: string | null = null;
  let offset = 0;
  for (const raw of text.split('\n', 8)) {
    const line = raw.trim();
    if (line && headline === null) headline = line;
    else if (line) {
      if (/[。，；：！？]/.test(line) || /(?:讲话|致辞|主持词|发言)$/.test(headline!)) break;
      const names = line.split(/[ \t\u3000]+/);
      // (a word of the dictionary that happens to start with a surname is a label: 关键字, 文摘)
      if (names.length > 3 || !names.every((n) => isStaffName(n) && !isPlainDictionaryWord(n))) break;
      let at = offset;
      for (const name of names) {
        const start = text.indexOf(name, at);
        at = start + name.length;
        out.push({ name, role: 'REPORTED', label: '署名', labelled: false, rule: 'staff:name-under-headline', start, end: at });
      }
    }
    offset += raw.length + 1;
  }
  return out;
}

/** What a site writes where a byline's name would be (编辑：管理员, 作者：佚名): no one's name, though 管 or 佚 may start one. */
const NO_ONE = new Set(['管理员', '系统管理员', '网站管理员', '网管', '站长', '小编', '编者', '佚名', '匿名', '本站', '本网', '未知', '网络', '网友']);
/** A label, what a site writes instead of a name, or a newsroom or website (作者：某湖网): no person, whatever its first character. */
const namesNoOne = (name: string) => name in LABELS || NO_ONE.has(name) || NEWSROOM.test(name);
const isStaffName = (name: string) => !namesNoOne(name) && isName(name, { needSurname: true }) && hasSurname(name);
/** A name a byline gives whose surname we do not list (编辑：玉某某): no office, no dictionary word. */
const isUnlistedStaffName = (name: string) => !namesNoOne(name) && !readsAsOffice(name) && unlistedSurnameName(name);

/** A two-character name spaced out to the width of a three-character one (记者冯 艳 孙 敏): surname, space, given name. */
const SPACED_NAME = new RegExp(`^([\\u3400-\\u9fff])[ \\t\\u3000]([\\u3400-\\u9fff])${NAME_END}`);

/** Runs of a byline with each two-character name spaced out (冯 艳 孙 敏) joined again: two one-character runs in a row are one name. */
function joinSpacedNames(runs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < runs.length; i++) {
    if (runs[i]!.length === 1 && runs[i + 1]?.length === 1) out.push(runs[i]! + runs[++i]!);
    else out.push(runs[i]!);
  }
  return out;
}

/** The name a byline's text starts with (a surname we do not list too, after a label), and how many characters it takes. */
function nameInByline(s: string): { name: string; length: number } | null {
  const nm = NAME_IN_BYLINE.exec(s);
  if (nm && (isStaffName(nm[1]!) || isUnlistedStaffName(nm[1]!))) return { name: nm[1]!, length: nm[1]!.length };
  const sp = SPACED_NAME.exec(s);
  return sp && isStaffName(sp[1]! + sp[2]!) ? { name: sp[1]! + sp[2]!, length: 3 } : null;
}

/** Right after a name that a bracket or a line starts, and a space (what a one-character label there belongs to) (sticky: set lastIndex). */
const NAME_THEN_SPACE = /(?<=(?:^|[\n(（])[\u3400-\u4e27\u4e29-\u9fff]{2,4}[ \t\u3000]{1,4})/y;

/** "记者 甲 乙", "责任编辑：某某": names after a label, separated by spaces or 、, until a bracket, a new label or the line's end. */
function labelledBylines(text: string): StaffMention[] {
  const out: StaffMention[] = [];
  let m: RegExpExecArray | null;
  LABEL_RE.lastIndex = 0;
  while ((m = LABEL_RE.exec(text)) !== null) {
    const label = m[1]!.replace(/[ \t\u3000]/g, '');
    // one-character labels (文, 图) only inside brackets, at a line start or after another label (文/图)
    if (label.length === 1 && !/(?:^|[\n(（|\s]|[文图][/／])$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // (and not after a name and a space: (某某 文 某某 图) — the label is that name's, read in namesBeforeLabels)
    NAME_THEN_SPACE.lastIndex = m.index;
    if (label.length === 1 && NAME_THEN_SPACE.test(text)) continue;
    // and with nothing between label and name, only right after a bracket (（文某某）; a line's 文章不错 is no byline)
    if (label.length === 1 && m[0].length === m[1]!.length && !/[(（]/.test(text[m.index - 1] ?? '')) continue;
    // labels that are everyday words too (统筹管理, 主编了…) only with a colon or bar after them
    if (SEPARATOR_ONLY.has(label) && !/[：:/／|｜丨]/.test(m[0].slice(m[1]!.length))) continue;
    // a label in its own brackets, the name after them (【作者】某某 【编辑】某某): a writer's or editor's label only
    if (m[0].includes('】') && !(text[m.index - 1] === '【' && BRACKETED_LABELS.has(label))) continue;
    let pos = m.index + m[0].length;
    for (let k = 0; k < 6; k++) {
      // 撰稿：市政府办公室 某某: the office that sent it, then the writer
      const org = ORG_IN_BYLINE.exec(text.slice(pos, pos + 24));
      if (org) {
        pos += org[0].length;
        continue;
      }
      const found = nameInByline(text.slice(pos, pos + 12));
      if (!found) break;
      const { name, length } = found;
      out.push({ name, role: LABELS[label]!, label, labelled: true, rule: 'staff:labelled', start: pos, end: pos + length });
      pos += length;
      const sep = /^[ \t、，,]+/.exec(text.slice(pos, pos + 8));
      if (!sep) break;
      pos += sep[0].length;
      if (LABEL_AHEAD.test(text.slice(pos, pos + 12))) break;
    }
  }
  return out;
}

/**
 * A wire dateline, 记者某某台北10日电: the reporter's name runs into the place it was filed from.
 * The name is where the rest, up to the day, is a known place.
 */
function datelineBylines(text: string): StaffMention[] {
  const out: StaffMention[] = [];
  const re = /(?:特派)?记者[ \t\u3000]*([\u3400-\u9fff·]{3,14}?)\d{1,2}日电/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const blob = m[1]!;
    const at = m.index + m[0].indexOf(blob);
    for (const len of [3, 2, 4]) {
      const name = blob.slice(0, len);
      const place = blob.slice(len);
      if (place && isStaffName(name) && gazetteer().bySurface.has(place)) {
        out.push({ name, role: 'REPORTED', label: '记者', labelled: true, rule: 'staff:dateline', start: at, end: at + len });
        break;
      }
    }
  }
  return out;
}

/** "某某/文 某某/图": the name before the label. */
function namesBeforeLabels(text: string, seen: StaffMention[]): StaffMention[] {
  const out: StaffMention[] = [];
  // 某某/文, 某某/图, and a photographer's 某某 摄 (a space, then 摄 closing the bracket or line)
  // (and a caption's photographer with 摄 right after the name, 图为会场。某某摄, after a stop or at a line's start;
  // and a line of a name and 摄影报道 or 报道 alone, closing a picture story)
  // (and 某某 文 某某 图, each name before what it gave, spaced: the first before the second's pair, the
  // last before the bracket's or line's end)
  const after = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,4})(?:\s*[/／]\s*(文|图|摄|摄影)(?![\u3400-\u9fff])|[ \t\u3000]+(摄|摄影|文|图)(?=[)）]|[ \t]*$))|(?<=[。！(（]|^)([\u3400-\u9fff]{2,3})(摄)(?=[ \t]*$|[)）])|^[ \t]*([\u3400-\u9fff]{2,3})[ \t\u3000]*(摄影报道|报道)[ \t]*$|(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,4})[ \t\u3000]+(文|图)(?=[ \t\u3000]+[\u3400-\u9fff]{2,4}[ \t\u3000]+(?:文|图|摄|摄影)(?:[)）]|[ \t]*$))/gm;
  const seenNames = new Set(seen.map((x) => x.name));
  let m: RegExpExecArray | null;
  while ((m = after.exec(text)) !== null) {
    const name = (m[1] ?? m[4] ?? m[6] ?? m[8])!;
    if (!isStaffName(name) || seenNames.has(name)) continue;
    out.push({ name, role: 'REPORTED', label: (m[2] ?? m[3] ?? m[5] ?? m[7] ?? m[9])!, labelled: true, rule: 'staff:name-before-label', start: m.index, end: m.index + name.length });
  }
  return out;
}

/**
 * "…研究了其他事项。(甲 乙)": a bracket holding nothing but one to four names, closing a paragraph
 * (after a sentence's end or alone on its line): the article's reporters, unlabelled.
 */
/**
 * Two names written without a space between them (朱某旭李某胜): the one way to cut the run into two
 * names of two or three characters that each start with a surname, if there is exactly one.
 */
function twoNames(run: string): [string, string] | null {
  const cuts = [2, 3].filter((k) => run.length - k >= 2 && run.length - k <= 3 && hasSurname(run.slice(0, k)) && hasSurname(run.slice(k)) && isStaffName(run.slice(0, k)) && isStaffName(run.slice(k)));
  return cuts.length === 1 ? [run.slice(0, cuts[0]), run.slice(cuts[0])] : null;
}

/**
 * Names that end a paragraph after its last sentence: in brackets ((某某), (某某 某某), (某某、某某)) or after a
 * mark some papers put before the reporter (■某某, ◆某某 某某); a page's table bar may follow ((某某) |).
 * (global: reset lastIndex before a scan)
 */
// (a ? between two names is the separator a wrong code page lost: (某某?某某); the first run may be the
// newsroom or office that sent them, of up to sixteen characters: (某某县融媒体中心 某某 某某))
const BYLINE_NAMES = '[\\u3400-\\u9fff]{1,16}(?:(?:[ \\t\\u3000]+|[ \\t\\u3000]*[、，?][ \\t\\u3000]*)[\\u3400-\\u9fff]{1,6}){0,7}';
/**
 * What the people of a closing bracket did, written after their names: after a space, or right after
 * the last name where the verb is a word no name ends in ((某某撰稿), (某某 某某供稿)).
 */
const DID_AFTER_NAMES = /(?:[ \t\u3000]+(?:摄影报道|摄影|摄|报道|供稿|撰稿|整理|文[/／]图|图[/／]文|图文|文图|文|图)|(?<=[\u3400-\u9fff]{2})(?:摄影报道|供稿|撰稿|整理))$/;
/** What the people of a closing bracket wrote, after their names and a space: text and pictures ((市人大 某某 文/图)). */
const TEXT_AND_PICTURES = '(?:[ \\t\\u3000]+(?:文[/／]图|图[/／]文))?';
const BYLINE_AT_END = new RegExp(
  `(?:^|[。！？!?”』])[ \\t\\u3000]*(?:[(（][ \\t\\u3000]*(${BYLINE_NAMES}${TEXT_AND_PICTURES})[ \\t\\u3000]*[)）]|■[ \\t\\u3000]*(${BYLINE_NAMES}))[ \\t\\u3000|｜]*$`,
  'gm',
);

/**
 * The runs of a bracket of names without the one that sent them, when it comes first: a newsroom
 * (县融媒体中心 某某), a place or an office (西王镇 某某, 县委办 某某).
 */
function dropSender(runs: string[]): void {
  if (runs.length > 1 && (NEWSROOM.test(runs[0]!) || readsAsOffice(runs[0]!))) runs.shift();
}

function bracketedBylines(text: string, seen: StaffMention[]): StaffMention[] {
  const out: StaffMention[] = [];
  const re = BYLINE_AT_END;
  re.lastIndex = 0;
  const seenNames = new Set(seen.map((x) => x.name));
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // (what they did, after the names: (某某 某某 摄影报道), (县委办 某某 供稿))
    const run = (m[1] ?? m[2]!).replace(DID_AFTER_NAMES, '');
    // (names listed with 、 or ， are whole names each: (某某、某某))
    const runs = run.split(/[ \t\u3000]*[、，?][ \t\u3000]*/).flatMap((part) => joinSpacedNames(part.split(/[ \t\u3000]+/)));
    dropSender(runs);
    const names = runs.flatMap((run) => (run.length > 4 ? twoNames(run) ?? [run] : [run]));
    // (a name whose surname we do not list beside one we do: (玉某某 某某))
    if (!names.every((n) => isStaffName(n) || isUnlistedStaffName(n)) || !names.some(isStaffName)) continue;
    let at = m.index + m[0].indexOf(run);
    for (const name of names) {
      // (a spaced-out name, 郑 雯, spans its space)
      const start = text.indexOf(name[0]!, at);
      let end = start + 1;
      for (const ch of name.slice(1)) end = text.indexOf(ch, end) + 1;
      at = end;
      if (!seenNames.has(name)) out.push({ name, role: 'REPORTED', label: '署名', labelled: false, rule: 'staff:bracketed-names', start, end });
    }
  }
  return out;
}

/**
 * The names a text ends with, after its last sentence on the same line and with no bracket or label
 * (…等参加会议。甲 / …。甲 乙): its writers. Only at the text's very end, where no hard-wrapped line
 * goes on, and only names that start no dictionary word (a wrapped text cut short ends 。重点).
 */
const NAMES_AFTER_LAST_SENTENCE = /[。！？!?”][ \t\u3000]*([\u3400-\u9fff]{2,3}(?:[ \t\u3000]+[\u3400-\u9fff]{2,3})?)\s*$/;

function namesAfterLastSentence(text: string, seen: StaffMention[]): StaffMention[] {
  const end = text.trimEnd().length;
  const from = Math.max(0, end - 24);
  const m = NAMES_AFTER_LAST_SENTENCE.exec(text.slice(from, end));
  if (!m) return [];
  const names = m[1]!.split(/[ \t\u3000]+/);
  // (a caption's 某某摄 is read as the photographer's)
  if (!names.every((n) => isStaffName(n) && !n.endsWith('摄') && !isPlainDictionaryWord(n) && !isPlainDictionaryWord(n.slice(0, 2)))) return [];
  const seenNames = new Set(seen.map((x) => x.name));
  const base = from + m.index + m[0].indexOf(m[1]!);
  const out: StaffMention[] = [];
  let at = base;
  for (const name of names) {
    const start = text.indexOf(name, at);
    at = start + name.length;
    if (!seenNames.has(name)) out.push({ name, role: 'REPORTED', label: '署名', labelled: false, rule: 'staff:names-after-last-sentence', start, end: at });
  }
  return out;
}

/**
 * A report's lead at a line's start — 本报讯, 某某网讯, an outlet and a colon (某某法制网：) — then a
 * bracket of names alone: the reporters (本报讯（甲 乙）5月3日…). (global: reset lastIndex before a scan)
 */
const LEAD_THEN_BRACKET = new RegExp(`^[ \\t\u3000\\\\/|]*(?:[\\u3400-\\u9fff]{1,14}?讯|[\\u3400-\\u9fff]{2,14}?(?:网|报|台|客户端)[：:])[ \\t\u3000]*[(（][ \\t\u3000]*(${BYLINE_NAMES})[ \\t\u3000]*[)）]`, 'gm');

/**
 * A bracket of names opening a line, right before the day the report begins with ((某区外宣办 某某)5月28日，…):
 * the reporters, with no lead before them. (global: reset lastIndex before a scan)
 */
const BRACKET_THEN_DAY = new RegExp(`^[ \\t\u3000]*[(（][ \\t\u3000]*(${BYLINE_NAMES})[ \\t\u3000]*[)）][ \\t\u3000]*(?=\\d{1,2}月\\d{1,2}日|\\d{1,2}日|[昨今前][天日]|近日|日前)`, 'gm');

function leadBracketBylines(text: string): StaffMention[] {
  // (the two never meet: one has a lead before its bracket, the other opens its line on it)
  return [...bracketOpening(text, LEAD_THEN_BRACKET, 'staff:lead-bracket'), ...bracketOpening(text, BRACKET_THEN_DAY, 'staff:bracket-before-day')];
}

/** The names of each bracket a pattern finds (its group 1), an office sending them left out. */
function bracketOpening(text: string, re: RegExp, rule: 'staff:lead-bracket' | 'staff:bracket-before-day'): StaffMention[] {
  const out: StaffMention[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const runs = joinSpacedNames(m[1]!.split(/[ \t\u3000]+/));
    dropSender(runs);
    if (!runs.every(isStaffName)) continue;
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of runs) {
      const start = text.indexOf(name, at);
      at = start + name.length;
      out.push({ name, role: 'REPORTED', label: '署名', labelled: false, rule, start, end: at });
    }
  }
  return out;
}
