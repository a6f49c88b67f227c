import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/pipeline/normalise.js';
import { bodyYears, datelineOf, findMonthDay, inDatelineMonth, parsePublished, resolveDate, wholeDate } from '../../src/pipeline/dates.js';
import { digitDate } from '../../src/pipeline/numerals.js';
import { extractDocument } from '../../src/pipeline/extract.js';

const none = { published: [], nameYear: null, years: new Set<number>() };

describe('dates', () => {
  it('finds the date nearest the meeting and skips datelines', () => {
    expect(findMonthDay('某区融媒3月9日讯 3月8日下午，区政府召开会议')).toMatchObject({ month: 3, day: 8 });
    expect(findMonthDay('2019年11月2日上午')).toMatchObject({ year: 2019, month: 11, day: 2 });
    expect(findMonthDay('16日，县长主持召开')).toMatchObject({ month: null, day: 16 });
    // 7月28上午: its 日 left out before the time of day; a count is no day (7月28个项目)
    expect(findMonthDay('本网讯 7月28上午，区人大常委会召开会议')).toMatchObject({ month: 7, day: 28 });
    expect(findMonthDay('1至7月28个项目开工')).toBeNull();
    // a bare day after a wire dateline is in the dateline's month, when it is not after the dateline's day
    expect(findMonthDay('某社某地3月5日电 某某5日主持召开')).toMatchObject({ month: 3, day: 5 });
    expect(findMonthDay('某社某地3月2日电 某某28日主持召开')).toMatchObject({ month: null, day: 28 });
    // 本月28日: this month's day, the month from the publication date (not 5月28日's 月 before it)
    expect(findMonthDay('本月28日上午，县长主持召开')).toMatchObject({ month: null, day: 28 });
    expect(findMonthDay('5月至6月28日')).toMatchObject({ month: 6, day: 28 });
    // a range across months is dated by its first day
    expect(findMonthDay('2月28日至3月1日，县人代会召开')).toMatchObject({ month: 2, day: 28 });
    expect(findMonthDay('12月30日-1月2日，')).toMatchObject({ month: 12, day: 30 });
    expect(findMonthDay('1—9月全市经济运行情况')).toBeNull();
  });

  it('5月9号 as spoken is the 9th of May; a number\'s 号 (9号文件, 1号线) is no day', () => {
    expect(findMonthDay('5月9号上午，县长主持召开')).toMatchObject({ month: 5, day: 9 });
    expect(findMonthDay('传达学习省委5月9号文件精神')).toBeNull();
    expect(findMonthDay('审议地铁3月1号线工程方案')).toBeNull();
  });

  it('a full date that lost its 年 and 月 (202448日) is read only when the digits split one way', () => {
    expect(findMonthDay('202448日，县长主持召开会议')).toMatchObject({ year: 2024, month: 4, day: 8 });
    expect(findMonthDay('20231231日上午召开')).toMatchObject({ year: 2023, month: 12, day: 31 });
    expect(findMonthDay('20230408日召开')).toMatchObject({ year: 2023, month: 4, day: 8 });
    // 1月18日 or 11月8日: unknown rather than a guess
    expect(findMonthDay('2024118日召开')).toBeNull();
    // not a date: too few digits, or part of a longer number
    expect(findMonthDay('编号20231日')).toBeNull();
    expect(findMonthDay('第120241231日')).toBeNull();
  });

  it('a month-day takes the year of the publication date, or the year before when it would be later', () => {
    const pub = parsePublished(['2022-01-04']);
    expect(resolveDate({ year: null, month: 1, day: 3, at: 0 }, { ...none, published: pub }).date).toBe('2022-01-03');
    expect(resolveDate({ year: null, month: 12, day: 30, at: 0 }, { ...none, published: pub }).date).toBe('2021-12-30');
  });

  it('a bare day takes the publication month, or the month before', () => {
    const pub = parsePublished(['2023-03-10']);
    expect(resolveDate({ year: null, month: null, day: 9, at: 0 }, { ...none, published: pub }).date).toBe('2023-03-09');
    expect(resolveDate({ year: null, month: null, day: 28, at: 0 }, { ...none, published: pub }).date).toBe('2023-02-28');
    expect(resolveDate({ year: null, month: null, day: 9, at: 0 }, none).date).toBeNull();
    // a bare day that would fall in another year than the meeting's name says: unknown
    const jan = parsePublished(['2024-01-05']);
    expect(resolveDate({ year: null, month: null, day: 20, at: 0 }, { ...none, published: jan, nameYear: 2024 }).date).toBeNull();
  });

  it('a year the meeting looks back on (2020年度民主生活会) dates its first half-year meetings in the next year', () => {
    const back = { ...none, nameYear: 2020, nameYearLookedBack: true };
    expect(resolveDate({ year: null, month: 2, day: 8, at: 0 }, back).date).toBe('2021-02-08');
    expect(resolveDate({ year: null, month: 12, day: 28, at: 0 }, back).date).toBe('2020-12-28');
    // a page date of the next year is no conflict with it; of the year itself neither
    expect(resolveDate({ year: null, month: null, day: 8, at: 0 }, { ...back, published: parsePublished(['2021-02-09']) }).date).toBe('2021-02-08');
    expect(resolveDate({ year: null, month: null, day: 8, at: 0 }, { ...back, published: parsePublished(['2020-12-09']) }).date).toBe('2020-12-08');
    // a year not looked back on dates as written
    expect(resolveDate({ year: null, month: 2, day: 8, at: 0 }, { ...none, nameYear: 2020 }).date).toBe('2020-02-08');
    // in the body, such a year is the one reviewed, not the meeting's
    expect([...bodyYears('某县政府党组召开2020年度民主生活会').years]).toEqual([]);
  });

  it('dd.mm.yyyy and mm.dd.yyyy: the reading just after the meeting wins', () => {
    const pub = parsePublished(['09.03.2016']);
    expect(resolveDate({ year: null, month: 3, day: 8, at: 0 }, { ...none, published: pub }).date).toBe('2016-03-08');
  });

  it('a year in the meeting name, else the single year the body names, else XXXX', () => {
    expect(resolveDate({ year: null, month: 6, day: 2, at: 0 }, { ...none, nameYear: 2021 }).date).toBe('2021-06-02');
    expect(resolveDate({ year: null, month: 6, day: 2, at: 0 }, { ...none, years: new Set([2018]) }).date).toBe('2018-06-02');
    // January and December meetings discuss next year's plans: a body year is no evidence then
    expect(resolveDate({ year: null, month: 1, day: 20, at: 0 }, { ...none, years: new Set([2018]) }).date).toBe('XXXX-01-20');
    expect(resolveDate({ year: null, month: 6, day: 2, at: 0 }, { ...none, years: new Set([2018, 2019]) }).date).toBe('XXXX-06-02');
  });

  it('a mid-year report is of its own year, however the part of the year is placed; a past year\'s accounts are not', () => {
    const s = '会议审议了县政府关于2009年国民经济和社会发展计划上半年执行情况的报告；关于2008年财政决算及2009年财政预算上半年执行情况的报告；关于2008年度财政预算及其他财政收支情况的报告';
    expect([...bodyYears(s).years]).toEqual([2009]);
    expect([...bodyYears('关于2009年上半年计划执行情况的报告').years]).toEqual([2009]);
    expect([...bodyYears('关于2009年计划执行情况的报告').years]).toEqual([]);
  });

  it('body years leave out ranges and anniversaries', () => {
    expect([...bodyYears('《规划(2021-2035年)》，建党100周年，2022年工作').years]).toEqual([2022]);
  });

  it('from October, a year named only in a title dates nothing (《2012年政府工作报告》 drafted the autumn before)', () => {
    const inTitle = bodyYears('会议听取了《2012年政府工作报告》起草提纲汇报');
    expect([...inTitle.titleOnly]).toEqual([2012]);
    expect(resolveDate({ year: null, month: 11, day: 25, at: 0 }, { ...none, ...inTitle }).date).toBe('XXXX-11-25');
    // earlier in the year, or named outside a title too, it does
    expect(resolveDate({ year: null, month: 4, day: 25, at: 0 }, { ...none, ...inTitle }).date).toBe('2012-04-25');
    const plain = bodyYears('会议听取了2012年1至9月《政府工作报告》落实情况');
    expect([...plain.titleOnly]).toEqual([]);
    expect(resolveDate({ year: null, month: 10, day: 25, at: 0 }, { ...none, ...plain }).date).toBe('2012-10-25');
  });
});

describe('years looked back on', () => {
  it('a year whose accounts or summary are reviewed does not date the meeting', () => {
    expect([...bodyYears('审议了市政府关于2022年市级决算的报告').years]).toEqual([]);
    expect([...bodyYears('听取2023年预算执行情况').years]).toEqual([]);
    expect([...bodyYears('《2021年行动计划》').years]).toEqual([2021]);
    expect([...bodyYears('各专门委员会汇报了本委员会2016年度工作情况').years]).toEqual([]);
    // an audit of a year's budget is reported the year after
    expect([...bodyYears('听取了2019年度本级预算执行和其他财政收支的审计工作报告').years]).toEqual([]);
    // a year's assessment, selection of the best, commendation or duty reports come after it
    expect([...bodyYears('听取了2021年度全县绩效管理考评情况汇报').years]).toEqual([]);
    expect([...bodyYears('研究2021年度先进集体评选事项，筹备2021年度表彰大会').years]).toEqual([]);
  });
  it('a part of a year gone by (上半年, 前三季度, 1-6月) is reported within that year, whatever follows', () => {
    expect([...bodyYears('听取了2019年上半年预算执行情况的汇报').years]).toEqual([2019]);
    expect([...bodyYears('通报了2019年1-9月主要经济指标完成情况').years]).toEqual([2019]);
    expect([...bodyYears('听取了2018年本级决算和2019年前三季度计划执行情况的报告').years]).toEqual([2019]);
  });
});

describe('a bare day after a dateline', () => {
  it('is in the dateline\'s month; a day later than the dateline\'s stays without a month', () => {
    const dl = datelineOf('新华社北京3月12日电 某委员会第一次会议12日下午在北京举行');
    expect(dl).toEqual({ month: 3, day: 12 });
    expect(inDatelineMonth({ year: null, month: null, day: 12, at: 0 }, dl)).toMatchObject({ month: 3, day: 12 });
    expect(inDatelineMonth({ year: null, month: null, day: 28, at: 0 }, { month: 1, day: 2 })).toMatchObject({ month: null, day: 28 });
    // 今天/昨天 are counted from the dateline's day, within its month (某某网2月21日讯 今天上午…)
    expect(inDatelineMonth({ year: null, month: null, day: 0, relative: 0, at: 0 }, { month: 2, day: 21 })).toMatchObject({ month: 2, day: 21 });
    expect(inDatelineMonth({ year: null, month: null, day: 0, relative: -1, at: 0 }, { month: 2, day: 21 })).toMatchObject({ month: 2, day: 20 });
    expect(inDatelineMonth({ year: null, month: null, day: 0, relative: -1, at: 0 }, { month: 3, day: 1 })).toMatchObject({ relative: -1 });
    const r = extractDocument({ source: 't.txt', text: '某某新闻网2月21日讯 今天上午，市政协十一届四次会议开幕。市政协主席钟立主持会议。' });
    expect(r.ok && r.record.meetings[0]?.date).toBe('XXXX-02-21');
    // a day with its month is left as it is; no dateline, no month
    expect(inDatelineMonth({ year: null, month: 5, day: 12, at: 0 }, dl)).toMatchObject({ month: 5 });
    expect(inDatelineMonth({ year: null, month: null, day: 12, at: 0 }, null)).toMatchObject({ month: null });
    expect(datelineOf('3月12日下午，会议在北京举行')).toBeNull();
  });

  it('dates the meeting of a wire report', () => {
    const r = extractDocument({ source: 't.txt', text: '新华社北京3月12日电 某省政协第一次主席会议12日下午在某地举行。某省政协主席甘宁主持会议。' });
    expect(r.ok && r.record.meetings.map((m) => m.date)).toEqual(['XXXX-03-12']);
  });
});

describe('dates in Chinese numerals', () => {
  it('reads 二〇二三年五月十日 as 2023年5月10日, and nothing that is no date', () => {
    expect(digitDate('二〇二三', '五', '十')).toBe('2023年5月10日');
    expect(digitDate('二零一九', '十二', '三十一')).toBe('2019年12月31日');
    expect(digitDate('二〇二三', '十三', '一')).toBeNull();
    expect(digitDate('二〇二', '五', '十')).toBeNull();
  });

  it('a day so written where an event is dated (某县政府十三日召开…, 五月八日上午) reads as digits; a count does not', () => {
    expect(normalise('某县政府十三日召开县务会议。').text).toBe('某县政府13日召开县务会议。');
    expect(normalise('五月八日上午，县长主持会议。').text).toBe('5月8日上午，县长主持会议。');
    expect(normalise('2023年五月八日上午，县长主持会议。').text).toBe('2023年5月8日上午，县长主持会议。');
    expect(normalise('第一日在县城，每三日一次，一日游。').text).toBe('第一日在县城，每三日一次，一日游。');
    const r = extractDocument({ source: 't.txt', text: ['发布日期：2025-03-14', '某县政府十三日召开今年第三次县务会议，县长主持。'].join('\n') });
    expect(r.ok && r.record.meetings.map((m) => m.date)).toEqual(['2025-03-13']);
  });

  it('a masthead dated in Chinese numerals dates the page, and 昨天 counts from it', () => {
    const r = extractDocument({ source: 't.txt', text: ['二〇二三年五月十日  星期三', '市委召开常委会议', '昨天下午，市委书记某某主持召开市委常委会议。'].join('\n') });
    if (!r.ok) throw new Error(r.error);
    expect(r.record.document.publishedAt).toBe('2023-05-10');
    expect(r.record.meetings[0]?.date).toBe('2023-05-09');
  });

  it('a date alone with its weekday above a page that gives its own 日期 field is the site\'s clock: the field dates the page', () => {
    const r = extractDocument({ source: 't.txt', text: ['2024年05月10日 星期五 |', '市委召开常委会议', '来源：某某日报 日期：2021-03-08 10:15', '昨天下午，市委书记某某主持召开市委常委会议。'].join('\n') });
    if (!r.ok) throw new Error(r.error);
    expect(r.record.document.publishedAt).toBe('2021-03-08');
    expect(r.record.meetings[0]?.date).toBe('2021-03-07');
    // (on an e-paper the masthead's date is the issue's, whatever time the page was put up)
    const e = extractDocument({ source: 't.txt', text: ['2021年03月08日 星期一', '某某日报 数字报纸', '第A01版：要闻', '市委召开常委会议', '发布时间：2021-03-09 00:05', '昨天下午，市委书记某某主持召开市委常委会议。'].join('\n') });
    if (!e.ok) throw new Error(e.error);
    expect(e.record.document.publishedAt).toBe('2021-03-08');
    expect(e.record.meetings[0]?.date).toBe('2021-03-07');
  });
});

describe('a day of the week', () => {
  // 2023-05-10 is a Wednesday
  const dateOf = (text: string, head = '日期：2023-05-10') => {
    const r = extractDocument({ source: 't.txt', text: [head, text].join('\n') });
    return r.ok ? r.record.meetings.map((m) => m.date) : null;
  };

  it('上周五 is the Friday of the week before the publication date', () => {
    expect(dateOf('上周五，县长主持召开县政府常务会议。')).toEqual(['2023-05-05']);
    expect(dateOf('上星期一下午，县委书记主持召开县委常委会会议。')).toEqual(['2023-05-01']);
    // published on a Friday, 上周五 is a week before
    expect(dateOf('上周五，县长主持召开县政府常务会议。', '日期：2023-05-12')).toEqual(['2023-05-05']);
  });

  it('本周一, 星期二 and a bare 周一 before a time of day are of the publication week; a later day is of the week before', () => {
    expect(dateOf('本周一，县长主持召开县政府常务会议。')).toEqual(['2023-05-08']);
    expect(dateOf('星期二上午，县长主持召开县政府常务会议。')).toEqual(['2023-05-09']);
    expect(dateOf('周一下午，县长主持召开县政府常务会议。')).toEqual(['2023-05-08']);
    expect(dateOf('周五下午，县长主持召开县政府常务会议。')).toEqual(['2023-05-05']);
  });

  it('not a masthead\'s weekday after its date, a habit, a span, or a person named 周', () => {
    expect(findMonthDay('2023年5月10日 星期三')).toMatchObject({ year: 2023, month: 5, day: 10 });
    expect(findMonthDay('5月10日（星期三）上午')).toMatchObject({ month: 5, day: 10 });
    expect(findMonthDay('每周一召开调度会')).toBeNull();
    expect(findMonthDay('3月5日是星期天')).toMatchObject({ month: 3, day: 5 });
    expect(findMonthDay('周一至周五办公')).toBeNull();
    expect(findMonthDay('副县长周一鸣出席')).toBeNull();
  });
});

describe('the day in brackets', () => {
  it('今(21)日 is the 21st', () => {
    expect(findMonthDay('某县政府今(21)日上午召开县务会议')).toMatchObject({ month: null, day: 21 });
  });

  it('今日(5/29) is the 29th of May', () => {
    expect(findMonthDay('本公所于今日(5/29)在二楼会议室召开里长业务联系会报')).toMatchObject({ month: 5, day: 29 });
    expect(findMonthDay('比例为(5/29)')).toBeNull();
  });

  it('昨 alone is yesterday (秘书长某某昨主持…), and 昨(20)日 the 20th', () => {
    expect(findMonthDay('秘书长邬启明昨主持县政府管考会议')).toMatchObject({ relative: -1 });
    expect(findMonthDay('县府昨(20)日召开县务会议')).toMatchObject({ month: null, day: 20 });
    const r = extractDocument({ source: 't.txt', text: ['县府召开管考会议', '发布时间：2024-03-12', '秘书长邬启明昨主持县政府第5次管考会议，处长童嘉树与会。'].join('\n') });
    expect(r.ok && r.record.meetings.map((m) => [m.name, m.date])).toEqual([['县政府第5次管考会议', '2024-03-11']]);
  });
});

describe('a day named by its month in words', () => {
  const dateOf = (text: string) => {
    const r = extractDocument({ source: 't.txt', text: ['日期：2023-05-06', text].join('\n') });
    return r.ok ? r.record.meetings.map((m) => m.date) : null;
  };

  it('上月28日 is in the month before the publication date, across a year too', () => {
    expect(dateOf('上月3日，县长主持召开县政府常务会议。')).toEqual(['2023-04-03']);
    const r = extractDocument({ source: 't.txt', text: ['日期：2023-01-06', '上月28日，县长主持召开县政府常务会议。'].join('\n') });
    expect(r.ok && r.record.meetings.map((m) => m.date)).toEqual(['2022-12-28']);
  });

  it('元月 is the first month', () => {
    expect(dateOf('元月5日，县长主持召开县政府常务会议。')).toEqual(['2023-01-05']);
  });
});

describe('wholeDate', () => {
  it('reads a field\'s whole date, dashed or in 年月日, or by the Republic\'s years; none where the year is missing', () => {
    expect(wholeDate('开会日期：2020-12-22 09:00:00')).toMatchObject({ year: 2020, month: 12, day: 22 });
    expect(wholeDate('时间：2024年4月22日上午')).toMatchObject({ year: 2024, month: 4, day: 22 });
    expect(wholeDate('一、时间：中华民国111年4月27日上午9时')).toMatchObject({ year: 2022, month: 4, day: 27 });
    expect(wholeDate('时间：4月22日上午')).toBeNull();
  });
});
