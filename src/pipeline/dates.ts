/** Dates: month-day expressions in the body, the page's publication date, and the year that applies. */

export interface MonthDay {
  year: number | null;
  month: number | null;
  day: number;
  /** 今天/昨天/前天: days relative to the publication date (day is then 0). */
  relative?: number;
  /**
   * 上周五, 本周三, 星期二下午: a day of the week (1 Monday … 7 Sunday) of the publication date's week
   * or, lastWeek, of the week before (relative is then 0). A day later in the week than the
   * publication date is of the week before: a report tells what was held.
   */
  weekday?: { dow: number; lastWeek: boolean };
  /** 上月28日: a day of the month before the publication date's (month is then null). */
  lastMonth?: boolean;
  /** Offset within the text searched. */
  at: number;
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (d: YMD) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

function valid(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * The date expression in a piece of text nearest its end (the one closest to what follows):
 * 2020年4月29日, 4月29日 (or 4月29号), or a bare 21日. Datelines ("1月16日讯", "1月16日电") are the report's
 * date, not the event's, and are skipped.
 */
export function findMonthDay(text: string): MonthDay | null {
  let last: MonthDay | null = null;
  for (const md of allMonthDays(text)) if (!last || md.at >= last.at) last = md;
  return last;
}

/** A date's day and a range mark right before another date (…日至, …日—). */
const RANGE_END_BEFORE = /日\s*[至到—\-~～－–]\s*$/;

export function* allMonthDays(text: string): Generator<MonthDay> {
  // 日前 ("recently") counts as the publication day, as a reader dates it; only at a clause's start
  // (not 5月10日前, 节日前); 昨 alone is yesterday too (县长某某昨主持…, as Taiwan's and wire reports write it),
  // but not 昨(20)日, whose day is in the brackets
  const rel = /(今天|今日|昨天|昨日|昨(?![天日\s(（])|前天|(?<![\u3400-\u9fff])前日|(?<![\d\u3400-\u9fff])日前)(?!\s*[(（]?\d{1,2}月)/.exec(text);
  if (rel) yield { year: null, month: null, day: 0, relative: rel[1] === '前天' || rel[1] === '前日' ? -2 : /^[今日]/.test(rel[1]!) ? 0 : -1, at: rel.index };
  const wd = weekdayOf(text);
  if (wd) yield wd;
  // 今(21)日 / 昨(20)日, as Taiwan pages write the day: the day in brackets (今日(5/29): its month too)
  // (5月9号, as spoken: only with its month, and not a number's 号 — 9号文件, 1号线; 本月28日: the day alone;
  // 7月28上午, its 日 left out before the time of day)
  const re = /(?:((?:19|20)\d{2})年)?(\d{1,2}|元)月(\d{1,2})(?:日|号(?![文令线楼院馆])|(?=[上下]午|晚上|凌晨|早上))|(?:(?<![\d月年.\-/—至到])|(?<=[本上]月))(\d{1,2})日(?![\d])|(?<=[今昨前]\s?\()(\d{1,2})(?=\)\s?日)|(?<=[今昨]日?\s?\()(\d{1,2})\/(\d{1,2})(?=\))/g;
  let m: RegExpExecArray | null;
  // a dateline's day (新华社北京3月5日电): a later bare day is in its month (inDatelineMonth)
  let dateline: { month: number; day: number } | null = null;
  while ((m = re.exec(text)) !== null) {
    // the end of a range (2月28日至3月1日, 12月30日-1月2日): a meeting is dated by its first day
    if (RANGE_END_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // 今日(5/29), as Taiwan pages write the day: month and day in brackets
    if (m[6] && valid(Number(m[6]), Number(m[7]))) {
      yield { year: null, month: Number(m[6]), day: Number(m[7]), at: m.index };
      continue;
    }
    if (m[2]) {
      // (元月: the first month)
      const month = m[2] === '元' ? 1 : Number(m[2]);
      const day = Number(m[3]);
      if (!valid(month, day)) continue;
      if (/^(?:讯|电)/.test(text.slice(m.index + m[0].length))) {
        dateline = { month, day };
        continue;
      }
      yield { year: m[1] ? Number(m[1]) : null, month, day, at: m.index };
      continue;
    }
    const day = Number(m[4] ?? m[5]);
    if (day >= 1 && day <= 31 && !/^(?:讯|电)/.test(text.slice(m.index + m[0].length))) {
      if (text.slice(m.index - 2, m.index) === '上月') yield { year: null, month: null, day, lastMonth: true, at: m.index };
      else yield inDatelineMonth({ year: null, month: null, day, at: m.index }, dateline);
    }
  }
  yield* mangledDates(text);
}

const DOW: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
/**
 * A day of the week: 上周五 / 上星期五 (the week before), 本周三 / 这周三 / 星期三 (this week); a bare 周三
 * only before a time of day or a comma (周 is a surname too). Not the weekday a masthead or a
 * dateline gives after its date (2023年5月10日 星期三), not a span (周一至周五), not a habit (每周一).
 */
const WEEKDAY = /(上|本|这)?(?:周|星期|礼拜)([一二三四五六日天])(?![至到—\-~～])/g;
function weekdayOf(text: string): MonthDay | null {
  let m: RegExpExecArray | null;
  WEEKDAY.lastIndex = 0;
  while ((m = WEEKDAY.exec(text)) !== null) {
    const bare = !m[1] && m[0][0] === '周';
    if (bare && !/^(?:[上下]午|中午|晚|早上|凌晨|[，,])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // (the page's own weekday after its date: 5月10日 星期三, 日（周三）)
    if (!m[1] && /[日号\d][\s(（]*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // (每周一, 逢周五: a habit, not a day; 3月5日是星期天: what day a date is)
    if (/[每逢隔是]/.test(text[m.index - 1] ?? '')) continue;
    return { year: null, month: null, day: 0, relative: 0, weekday: { dow: DOW[m[2]!]!, lastWeek: m[1] === '上' }, at: m.index };
  }
  return null;
}

/**
 * A full date whose 年 and 月 a page lost (202448日 for 2024年4月8日): read only when the digits
 * after the year split into a month and a day one way alone (2024118日 could be 1月18日 or 11月8日:
 * unknown, not a guess).
 */
function* mangledDates(text: string): Generator<MonthDay> {
  const zeroPadded = (x: string) => x.length === 2 && x[0] === '0';
  const re = /(?<![\d.\-/])((?:19|20)\d{2})(\d{2,4})日(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const digits = m[2]!;
    const readings: Array<[number, number]> = [];
    for (let k = 1; k < digits.length && k <= 2; k++) {
      const [mo, d] = [digits.slice(0, k), digits.slice(k)];
      // zero-padded both (0408) or neither (48, 1231): 1|08 and 04|8 are not how dates are written
      if (d.length > 2 || zeroPadded(mo) !== zeroPadded(d)) continue;
      if (valid(Number(mo), Number(d))) readings.push([Number(mo), Number(d)]);
    }
    if (readings.length === 1) yield { year: Number(m[1]), month: readings[0]![0], day: readings[0]![1], at: m.index };
  }
}

/** A news agency's or paper's dateline (新华社北京3月12日电, 某某网讯 5月6日讯 as 5月6日讯). */
const DATELINE = /(\d{1,2})月(\d{1,2})日\s*(?:电|讯)/;

/** The month and day of the article's dateline, if it has one. */
export function datelineOf(text: string): { month: number; day: number } | null {
  const m = DATELINE.exec(text);
  return m && valid(Number(m[1]), Number(m[2])) ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/**
 * A bare day (12日下午在北京举行) in the month of the dateline before it; a day later than the
 * dateline's (filed on the 2nd, 28日) stays without a month — last month's, or one to come: unknown,
 * not a guess.
 */
export function inDatelineMonth(md: MonthDay, dateline: { month: number; day: number } | null): MonthDay {
  if (!dateline || md.month !== null || md.lastMonth) return md;
  // 今天/昨天 in a report filed with a dateline (某某网2月21日讯 今天上午…): days from the dateline's
  // day, within its month (a day in the month before stays relative)
  if (md.relative !== undefined) {
    const day = dateline.day + md.relative;
    return md.weekday || day < 1 ? md : { year: null, month: dateline.month, day, at: md.at };
  }
  if (md.day > dateline.day) return md;
  return { ...md, month: dateline.month };
}

/** A date by the Republic's years (113-05-21, 民国111年4月27日): year 2 or 3 digits, 1911 before the common era's. */
export const ROC_DATE = /(?<!\d)(?:民国)?(\d{2,3})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?!\d)/;
const FULL_DATE = /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})(?!\d)/;

/**
 * The first whole date in a field (2020-12-22, 2020年12月22日), else one by the Republic's years
 * (中华民国111年4月27日 is 2022-04-27), as a day with its year; null where there is none.
 */
export function wholeDate(text: string): MonthDay | null {
  const full = FULL_DATE.exec(text);
  if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]), at: full.index };
  const roc = ROC_DATE.exec(text);
  return roc ? { year: 1911 + Number(roc[1]), month: Number(roc[2]), day: Number(roc[3]), at: roc.index } : null;
}

/** Publication-line dates: 2020-05-07, 2020年5月7日, 2020/05/07, and the ambiguous 07.01.2015. */
export function parsePublished(raw: string[]): YMD[][] {
  const out: YMD[][] = [];
  for (const r of raw) {
    let m = /^((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(r);
    if (m) {
      const c = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      if (valid(c.m, c.d)) out.push([c]);
      continue;
    }
    m = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/.exec(r);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = Number(m[3]);
      const cands: YMD[] = [];
      if (valid(b, a)) cands.push({ y, m: b, d: a }); // dd.mm.yyyy
      if (valid(a, b) && a !== b) cands.push({ y, m: a, d: b }); // mm.dd.yyyy
      if (cands.length) out.push(cands);
    }
  }
  return out;
}

const ord = (d: { m: number; d: number }) => d.m * 100 + d.d;

/** After a year: a part of it gone by (上半年, 前三季度, 1-6月), which is reported within the year. */
const YEAR_PARTS = '上半年|前三季度|第?[一二三]季度|\\d{1,2}[-—–~至到]\\d{1,2}月|一至[二三四五六七八九十]{1,2}月';
const PART_OF_YEAR = new RegExp(`^年(?:${YEAR_PARTS})`);
/** The same part named later in the phrase, before no other year (2024年国民经济和社会发展计划上半年执行情况). */
const PART_OF_YEAR_LATER = new RegExp(`^年[^\\d年]{0,16}?(?:${YEAR_PARTS})(?:的)?(?:执行|完成|工作)情况`);

/**
 * Years written in the body (2020年, 2024四川…) that can date the meeting, leaving out ranges
 * (2025-2030), anniversaries, and years looked back on (2022年决算, …执行情况, …年度工作情况,
 * …工作总结, …年度民主生活会: those are reviewed the year after). `titleOnly`: those written only inside a document's title (《2012年政府
 * 工作报告》), which late in a year is more often the next year's than this one's.
 */
export function bodyYears(text: string): { years: Set<number>; titleOnly: Set<number> } {
  const years = new Set<number>();
  const outside = new Set<number>();
  const re = /(?<![\d\-—–~至到])((?:19|20)\d{2})(?![\d\-—–~至到]|\s*周年|年?[-—–~至到](?:19|20)\d{2})/g;
  // whether each year is inside 《》: the marks between one year and the next, counted once
  let depth = 0;
  let scanned = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    for (; scanned < m.index; scanned++) {
      const ch = text[scanned];
      if (ch === '《') depth++;
      else if (ch === '》' && depth > 0) depth--;
    }
    const after = text.slice(m.index + 4, m.index + 24).split(/[，。；、《》]/)[0] ?? '';
    // a year looked back on (its accounts, audit, summing up) is not the year of the meeting — unless
    // a part of it is reported (2024年上半年…执行情况: reported within that year)
    if (!PART_OF_YEAR.test(after) && !PART_OF_YEAR_LATER.test(after) && /决算|执行情况|工作情况|收支情况|总结|考核|考评|评选|表彰|述职|评议|完成情况|统计公报|年报|审计|民主生活会|组织生活会/.test(after)) continue;
    years.add(Number(m[1]));
    if (depth === 0) outside.add(Number(m[1]));
  }
  return { years, titleOnly: new Set([...years].filter((y) => !outside.has(y))) };
}

export interface ResolvedDate {
  date: string | null;
  precision: 'day' | 'month-day' | null;
  rule: string;
}

/**
 * A meeting's date from its month-day and what the document says about the year:
 * the publication date (a meeting is reported on or after the day it is held), a year in the
 * meeting's name, else the one year the body names — unless the meeting falls in December or
 * January, when year-labelled plans and reports straddle two years, or from October on and the year
 * is named only in a title.
 */
/** Days from the publication date back to a day of the week (0 when none is named). */
function weekdayOffset(pub: YMD, wd: MonthDay['weekday']): number {
  if (!wd) return 0;
  const pubDow = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay() || 7;
  let off = wd.dow - pubDow;
  if (wd.lastWeek || off > 0) off -= 7;
  return off;
}

export function resolveDate(md: MonthDay | null, ctx: { published: YMD[][]; nameYear: number | null; nameYearLookedBack?: boolean; years: Set<number>; titleOnly?: Set<number> }): ResolvedDate {
  if (!md) return { date: null, precision: null, rule: 'date:none' };
  if (md.year && md.month) return { date: isoDate({ y: md.year, m: md.month, d: md.day }), precision: 'day', rule: 'date:explicit' };
  if (md.relative !== undefined) {
    const pub = ctx.published[0]?.[0];
    if (!pub) return { date: null, precision: null, rule: 'date:relative-no-published' };
    const d = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + md.relative + weekdayOffset(pub, md.weekday)));
    return { date: isoDate({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }), precision: 'day', rule: 'date:relative+published' };
  }
  const pubs = ctx.published.flat();
  if (md.month == null) {
    // a bare "21日": the month (and year) of the publication date, or the month before it
    const pub = ctx.published[0]?.[0];
    if (!pub) return { date: null, precision: null, rule: 'date:day-only' };
    let y = pub.y;
    let m = pub.m;
    if (md.day > pub.d || md.lastMonth) {
      m -= 1;
      if (m === 0) {
        m = 12;
        y -= 1;
      }
    }
    // the meeting's name says another year: the page date does not date it (a year looked back on,
    // 2020年度民主生活会, fits the next year too)
    if (ctx.nameYear && ctx.nameYear !== y && !(ctx.nameYearLookedBack && ctx.nameYear + 1 === y)) return { date: null, precision: null, rule: 'date:day-only-conflict' };
    return { date: isoDate({ y, m, d: md.day }), precision: 'day', rule: 'date:day+published' };
  }
  const month = md.month;
  if (pubs.length) {
    // choose the publication reading closest after the meeting
    let best: { y: number; gap: number } | null = null;
    for (const p of pubs) {
      const y = ord({ m: month, d: md.day }) <= ord(p) ? p.y : p.y - 1;
      const gap = (p.y - y) * 1200 + ord(p) - ord({ m: month, d: md.day });
      if (!best || gap < best.gap) best = { y, gap };
    }
    if (best) return { date: isoDate({ y: best.y, m: month, d: md.day }), precision: 'day', rule: 'date:published' };
  }
  // (a year looked back on, 2020年度民主生活会 on 2月8日, was reviewed in the next year's first half)
  if (ctx.nameYear) return { date: isoDate({ y: ctx.nameYear + (ctx.nameYearLookedBack && month <= 6 ? 1 : 0), m: month, d: md.day }), precision: 'day', rule: 'date:name-year' };
  // (from October, a year named only in a title, 《某年政府工作报告》, is too often the next year's)
  const onlyYear = ctx.years.size === 1 ? [...ctx.years][0]! : null;
  if (onlyYear && month !== 1 && month !== 12 && !(month >= 10 && ctx.titleOnly?.has(onlyYear))) {
    const y = onlyYear;
    return { date: isoDate({ y, m: month, d: md.day }), precision: 'day', rule: 'date:body-year' };
  }
  return { date: `XXXX-${pad(month)}-${pad(md.day)}`, precision: 'month-day', rule: 'date:no-year' };
}
