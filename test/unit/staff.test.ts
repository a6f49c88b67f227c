import { describe, expect, it } from 'vitest';
import { findStaff } from '../../src/pipeline/staff.js';

const staff = (s: string) => findStaff(s).map((x) => [x.name, x.role]);

describe('staff', () => {
  it('reads bylines in brackets, after labels and in lists', () => {
    expect(staff('（记者 柏杨 通讯员 童文）')).toEqual([['柏杨', 'REPORTED'], ['童文', 'REPORTED']]);
    expect(staff('责任编辑：祝晓')).toEqual([['祝晓', 'EDITED']]);
    expect(staff('(撰稿:房军)')).toEqual([['房军', 'REPORTED']]);
    expect(staff('本报讯(记者柏杨)')).toEqual([['柏杨', 'REPORTED']]);
    expect(staff('某某融媒体中心记者 单丽 蒋涛')).toEqual([['单丽', 'REPORTED'], ['蒋涛', 'REPORTED']]);
  });

  it('a bracket of names alone right after the lead (本报讯（甲）, 某某网：(甲 乙), 本报讯(县委办 甲)) is the byline', () => {
    expect(staff('本报讯（柏杨）5月3日，县政府召开常务会议。')).toEqual([['柏杨', 'REPORTED']]);
    expect(staff('某某法制网：(柏杨 童文)5月3日，某乡召开人代会。')).toEqual([['柏杨', 'REPORTED'], ['童文', 'REPORTED']]);
    expect(staff('本报讯(县政府办 童文)5月3日，县政府召开常务会议。')).toEqual([['童文', 'REPORTED']]);
    // an office alone, or a bracket that is no byline, names nobody
    expect(staff('本报讯（县政府办）5月3日，县政府召开常务会议。')).toEqual([]);
    expect(staff('会议讯息(扩大)：5月3日，县政府召开常务会议。')).toEqual([]);
    // a stray mark a scraper left before the lead
    expect(staff('\\ 本网讯(柏杨)5月3日，区人大常委会召开会议。')).toEqual([['柏杨', 'REPORTED']]);
  });

  it('a bracket of names opening a line right before the day (（某区外宣办 甲）5月28日，…) is the byline, with no lead', () => {
    expect(staff('(某州区外宣办 童文)5月28日，区长主持召开区长办公会议。')).toEqual([['童文', 'REPORTED']]);
    expect(staff('（柏杨 童文）昨日，县政府召开常务会议。')).toEqual([['柏杨', 'REPORTED'], ['童文', 'REPORTED']]);
    // an office alone, a note or a bracket before no day names nobody
    expect(staff('（县政府办）5月28日，县政府召开常务会议。')).toEqual([]);
    expect(staff('（二）5月28日，县政府召开常务会议。')).toEqual([]);
    expect(staff('（柏杨）县政府召开常务会议。')).toEqual([]);
  });

  it('a name alone on a line between the headline and the text is the writer\'s; not a word, not under a speech\'s title', () => {
    expect(staff(['区人大常委会召开第九次会议', '', '柏杨', '', '5月3日，区人大常委会召开第九次会议。'].join('\n'))).toEqual([['柏杨', 'REPORTED']]);
    expect(staff(['区人大常委会召开第九次会议', '文摘', '5月3日，区人大常委会召开第九次会议。'].join('\n'))).toEqual([]);
    expect(staff(['在全县经济工作会议上的讲话', '柏杨', '同志们：'].join('\n'))).toEqual([]);
    // past the text's first sentence a name alone is no byline of this kind
    expect(staff(['区人大常委会召开会议', '5月3日，区人大常委会召开会议。', '柏杨'].join('\n'))).toEqual([]);
  });

  it('a ? between the names of a closing bracket is the separator a wrong code page lost ((甲?乙))', () => {
    expect(staff('5月3日，县政府召开常务会议。(柏杨?童文)')).toEqual([['柏杨', 'REPORTED'], ['童文', 'REPORTED']]);
  });

  it('the names a text ends with, after its last sentence on the same line, are its writers (…参加会议。甲 乙)', () => {
    expect(staff('5月3日，县政府召开常务会议。\n副县长钱文等参加会议。柏杨')).toEqual([['柏杨', 'REPORTED']]);
    expect(staff('5月3日，县政府召开常务会议。\n副县长钱文等参加会议。柏杨 童文\n\n')).toEqual([['柏杨', 'REPORTED'], ['童文', 'REPORTED']]);
    // not a hard-wrapped text cut short (。重点, 。如果没), nor names before the text's last line
    expect(staff('5月3日，县政府召开常务会议。重点')).toEqual([]);
    expect(staff('5月3日，县政府召开常务会议。如果没')).toEqual([]);
    expect(staff('5月3日，县政府召开常务会议。柏杨\n会议研究了有关事项。')).toEqual([]);
  });

  it('does not read body text as a byline', () => {
    expect(staff('记者从会上获悉，全市各部门积极行动')).toEqual([]);
    expect(staff('供稿：某县县委办')).toEqual([]);
  });
});

describe('byline forms seen on other pages', () => {
  it('文字/摄影 labels, 文/图 together, a bar after the label, a 【】 field, less common surnames', () => {
    expect(staff('文字：邰敏 摄影：洪涛')).toEqual([['邰敏', 'REPORTED'], ['洪涛', 'REPORTED']]);
    expect(staff('图片：卜凡 摄像：应晨')).toEqual([['卜凡', 'REPORTED'], ['应晨', 'REPORTED']]);
    // the bar of social-media pages (丨, a Han character), a note in brackets after the name, more review labels
    expect(staff('文丨宓洁 图丨亓峰 编辑丨钮扬')).toEqual([['宓洁', 'REPORTED'], ['亓峰', 'REPORTED'], ['钮扬', 'EDITED']]);
    expect(staff('责任编辑：郗文（实习）')).toEqual([['郗文', 'EDITED']]);
    expect(staff('编审：柏松 校审：阙明 签发：竺远')).toEqual([['柏松', 'EDITED'], ['阙明', 'EDITED'], ['竺远', 'EDITED']]);
    expect(staff('审核领导：郁岚 审校：祁峰 核稿：晏青')).toEqual([['郁岚', 'EDITED'], ['祁峰', 'EDITED'], ['晏青', 'EDITED']]);
    // labels that are everyday words too only with a separator after them
    expect(staff('主编：郁岚 监制：祁峰 统筹：晏青')).toEqual([['郁岚', 'EDITED'], ['祁峰', 'EDITED'], ['晏青', 'EDITED']]);
    expect(staff('所有园区都由市发改委统筹管理，统筹兼顾')).toEqual([]);
    // a video report's credits; the words in a sentence are none
    expect(staff('审片：王夏明\n剪辑：李小雨')).toEqual([['王夏明', 'EDITED'], ['李小雨', 'EDITED']]);
    // (who read it on air, fronted or filmed it from the air, and who finished it)
    expect(staff('记者：柏杨 播音：童文 后期：钟立')).toEqual([['柏杨', 'REPORTED'], ['童文', 'REPORTED'], ['钟立', 'EDITED']]);
    expect(staff('出镜：童文\n航拍：柏杨')).toEqual([['童文', 'REPORTED'], ['柏杨', 'REPORTED']]);
    expect(staff('要加强审片剪辑工作')).toEqual([]);
    // who put the page up, with a colon; the word in a sentence is none
    expect(staff('信息来源：县政府办公室  发布人：王夏明')).toEqual([['王夏明', 'EDITED']]);
    expect(staff('录入：李小雨')).toEqual([['李小雨', 'EDITED']]);
    // who supplied the text (供稿：某某), after its office too; an office alone is no one
    expect(staff('信息来源：某县融媒体中心 供稿：王夏明')).toEqual([['王夏明', 'REPORTED']]);
    expect(staff('（供稿：县财政局 李小雨）')).toEqual([['李小雨', 'REPORTED']]);
    expect(staff('供稿：某某县县委办')).toEqual([]);
    expect(staff('各单位要及时供稿')).toEqual([]);
    // a label in brackets of its own, the name after them; a section's tag is none
    expect(staff('【作者】张小三 【编辑】李小四')).toEqual([['张小三', 'REPORTED'], ['李小四', 'EDITED']]);
    expect(staff('【图片】会议现场')).toEqual([]);
    // a page's credits: 文图 | 某某, 视频：某某, 制作：某某, 值班主任：某某; the words in a sentence are none
    expect(staff('文图 | 王夏明')).toEqual([['王夏明', 'REPORTED']]);
    expect(staff('视频：王夏明\n制作：李小雨\n值班主任：钟立')).toEqual([['王夏明', 'REPORTED'], ['李小雨', 'EDITED'], ['钟立', 'EDITED']]);
    expect(staff('要加强视频会议系统建设，文图并茂。')).toEqual([]);
    expect(staff('由县长担任新闻发布人李小雨')).toEqual([]);
    // what the people of a closing bracket did, after their names
    expect(staff('会议要求抓好落实。(郁岚 祁峰 摄影报道)')).toEqual([['郁岚', 'REPORTED'], ['祁峰', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。（县委办公室 晏青 供稿）')).toEqual([['晏青', 'REPORTED']]);
    // (撰稿, 供稿, 整理 right after the last name: no part of it, and no second name made of it)
    expect(staff('会议还研究了其他事项。(晏青峰撰稿)')).toEqual([['晏青峰', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。(晏青 祁峰 撰稿)')).toEqual([['晏青', 'REPORTED'], ['祁峰', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。(晏青供稿)')).toEqual([['晏青', 'REPORTED']]);
    // (text and pictures, after the names and a space: (某人大 某某 文/图), (某某 文))
    expect(staff('下图是会议实况。(市人大  晏青峰  文/图)')).toEqual([['晏青峰', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。(晏青 图/文)')).toEqual([['晏青', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。(晏青峰 文)')).toEqual([['晏青峰', 'REPORTED']]);
    // (each name before what it gave, spaced: (某某 文 某某 图) — 文 is the first's, not a label of the second)
    expect(staff('会议还研究了其他事项。(晏青峰 文 祁峰 图)')).toEqual([['晏青峰', 'REPORTED'], ['祁峰', 'REPORTED']]);
    expect(staff('(晏青峰 文 祁峰 摄)')).toEqual([['晏青峰', 'REPORTED'], ['祁峰', 'REPORTED']]);
    // (the sender may be a council or a federation: 某市政协, 某县工商联)
    expect(staff('会议还研究了其他事项。（某某市政协 晏青 供稿）')).toEqual([['晏青', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。（某某县工商联 晏青 供稿）')).toEqual([['晏青', 'REPORTED']]);
    expect(staff('文/图 傅晓')).toEqual([['傅晓', 'REPORTED']]);
    expect(staff('编辑 | 赖文')).toEqual([['赖文', 'EDITED']]);
    expect(staff('【责任编辑：萧然】')).toEqual([['萧然', 'EDITED']]);
    expect(staff('记者 占洁 诸葛明')).toEqual([['占洁', 'REPORTED'], ['诸葛明', 'REPORTED']]);
    // an office before the writer; the three reviews of a government site (一审/二审/三审)
    expect(staff('撰稿：市政府办公室 邬明')).toEqual([['邬明', 'REPORTED']]);
    // …or a street's or an office's name run into the writer's (图文：某某街道某某, 文/某县融媒体中心某某)
    expect(staff('图文：东门街道邬明 编辑：柏佳')).toEqual([['邬明', 'REPORTED'], ['柏佳', 'EDITED']]);
    expect(staff('文/某县融媒体中心童宁')).toEqual([['童宁', 'REPORTED']]);
    expect(staff('编辑：南湖街道办事处 柏佳')).toEqual([['柏佳', 'EDITED']]);
    expect(staff('责任编辑：柏佳 二审：邬伟 三审：童宁')).toEqual([['柏佳', 'EDITED'], ['邬伟', 'EDITED'], ['童宁', 'EDITED']]);
    expect(staff('作者：某县融媒体中心')).toEqual([]);
    // 转载 is a label only with its colon (转载请注明来源 is a request, 请注明 no one)
    expect(staff('转载请注明来源于《某某发布》官方微信')).toEqual([]);
    expect(staff('(来源：某区融媒体中心 转载：邬明)')).toEqual([['邬明', 'EDITED']]);
  });
});

describe('slash bylines', () => {
  it('文/某某 图/某某', () => {
    expect(staff('文/龙飞 图/石磊')).toEqual([['龙飞', 'REPORTED'], ['石磊', 'REPORTED']]);
    // a one-character label with nothing between it and the name: no byline at a line's start
    expect(staff('文章不错，点个赞再走。')).toEqual([]);
    // a picture story's closing line: a name and 摄影报道 (or 报道) alone
    expect(staff('会议即将闭幕。\n\n龙飞摄影报道')).toEqual([['龙飞', 'REPORTED']]);
    expect(staff('会议即将闭幕。\n石磊 报道')).toEqual([['石磊', 'REPORTED']]);
    expect(staff('各媒体作了全面报道')).toEqual([]);
    expect(staff('正文如下。\n图片很多，请翻阅。')).toEqual([]);
  });
});

describe('name before the label', () => {
  it('某某/文 某某/图', () => {
    expect(staff('房军/文 龙飞/图')).toEqual([['房军', 'REPORTED'], ['龙飞', 'REPORTED']]);
    expect(staff('发展/文化')).toEqual([]);
  });
});

describe('more byline forms', () => {
  it('a label spaced out on the page, 图文 and 转载', () => {
    expect(staff('编 辑：邵明远\n责 编：邵明远')).toEqual([['邵明远', 'EDITED']]);
    expect(staff('（图文：聂青禾）')).toEqual([['聂青禾', 'REPORTED']]);
    expect(staff('（来源：某区融媒体中心 转载：卓怡然）')).toEqual([['卓怡然', 'EDITED']]);
  });

  it('a name right after the label, closed by 报道 or a slash', () => {
    expect(staff('某某日报讯（记者钟立报道）3月2日，')).toEqual([['钟立', 'REPORTED']]);
    expect(staff('记者吕文轩/综合报导')).toEqual([['吕文轩', 'REPORTED']]);
    expect(staff('记者从会上获悉')).toEqual([]);
  });

  it('a bracket of names closing a paragraph is the byline', () => {
    expect(staff('会议还研究了其他事项。（郑晓雯 袁博）')).toEqual([['郑晓雯', 'REPORTED'], ['袁博', 'REPORTED']]);
    expect(staff('会议要求狠抓落实。\n（杜鹃）')).toEqual([['杜鹃', 'REPORTED']]);
    // not a byline: a bracket inside a sentence, or one that is not all names
    expect(staff('副县长（袁博）出席会议。')).toEqual([]);
    expect(staff('审议了实施方案。（草案）')).toEqual([]);
    expect(staff('会议研究了有关事项。（完）')).toEqual([]);
    // names listed with 、 are the byline too; bodies so listed are not
    expect(staff('会议要求狠抓落实。(郑晓雯、袁博)')).toEqual([['郑晓雯', 'REPORTED'], ['袁博', 'REPORTED']]);
    expect(staff('会议要求狠抓落实。(县委办、县政府办)')).toEqual([]);
  });

  it('two-character names spaced out to the width of three (记者冯 艳 孙 敏, (冯 艳 孙 敏))', () => {
    expect(staff('(记者郑 雯 袁 博)5日晚，')).toEqual([['郑雯', 'REPORTED'], ['袁博', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。（郑 雯 袁 博）')).toEqual([['郑雯', 'REPORTED'], ['袁博', 'REPORTED']]);
    expect(staff('记者 郑晓雯 袁 博')).toEqual([['郑晓雯', 'REPORTED'], ['袁博', 'REPORTED']]);
  });

  it('names after a ■ closing a paragraph are the byline (会议还研究了其他事项。■某某)', () => {
    expect(staff('会议还研究了其他事项。■郑晓雯')).toEqual([['郑晓雯', 'REPORTED']]);
    expect(staff('会议要求狠抓落实。 ■ 郑晓雯 袁博')).toEqual([['郑晓雯', 'REPORTED'], ['袁博', 'REPORTED']]);
    // a bullet before a headline is no byline
    expect(staff('■县委常委会召开会议')).toEqual([]);
  });
});

describe('bylines in the page header', () => {
  it('are read from the lines normalisation removes, with the line as evidence', async () => {
    const { extractDocument } = await import('../../src/pipeline/index.js');
    const text = ['某县召开县政府常务会议', '2024-03-05 09:00 来源：某县人民政府网 作者：县政府办 責任編輯：钟立 字号：大 中 小', '3月4日，县长袁博主持召开县政府第12次常务会议。'].join('\n');
    const r = extractDocument({ source: 'a.txt', text });
    if (!r.ok) throw new Error(r.error);
    const edited = r.record.relations.filter((x) => x.type === 'EDITED');
    expect(edited).toHaveLength(1);
    const person = r.record.people.find((p) => p.id === edited[0]!.from)!;
    expect(person).toMatchObject({ name: '钟立', titles: ['责任编辑'], role: 'staff' });
    expect(edited[0]!.evidence).toContain('责任编辑：钟立');
    expect(edited[0]!.evidenceOriginal).toContain('責任編輯');
    expect(edited[0]!.span).toBeUndefined();
    // an office named after 作者 is not a person
    expect(r.record.people.some((p) => p.name.startsWith('县政府'))).toBe(false);
  });
});

describe('a photographer', () => {
  it('a caption\'s photographer with 摄 right after the name (图为会场。某某摄, (某某摄))', () => {
    expect(staff('图为会场。邰敏摄')).toEqual([['邰敏', 'REPORTED']]);
    expect(staff('会议现场(邰敏摄)')).toEqual([['邰敏', 'REPORTED']]);
    expect(staff('他们在现场拍摄。')).toEqual([]);
  });

  it('a header line of (date,) source and writers with no label: the names after the source', () => {
    expect(staff('2021-09-29 17:09   某某镇人民政府   邰敏 卜凡')).toEqual([['邰敏', 'REPORTED'], ['卜凡', 'REPORTED']]);
    expect(staff('某某镇人民政府   邰敏 卜凡')).toEqual([['邰敏', 'REPORTED'], ['卜凡', 'REPORTED']]);
    // words, not names, after the source: none; a minutes' table of bodies and their people lists those present
    expect(staff('2021-09-29 某某县人民政府 办公室 通知')).toEqual([]);
    expect(staff('县发改委 邰敏')).toEqual([]);
    expect(staff(['标题', '正文第一行。', '正文第二行。', '正文第三行。', '正文第四行。', '正文第五行。', '某某镇人民政府 邰敏'].join('\n'))).toEqual([]);
  });

  it('a closing line of an outlet and its writers (某某融媒 甲 乙 丙), but not of a body and its people', () => {
    const body = ['标题', '正文第一行。', '正文第二行。', '正文第三行。', '正文第四行。', '正文第五行。', '正文第六行。'];
    expect(staff([...body, '平某融媒 邰敏 卜凡 钭文'].join('\n'))).toEqual([['邰敏', 'REPORTED'], ['卜凡', 'REPORTED'], ['钭文', 'REPORTED']]);
    expect(staff([...body, '某某县融媒体中心 邰敏', '免责声明'].join('\n'))).toEqual([['邰敏', 'REPORTED']]);
    expect(staff([...body, '县政府办 邰敏 卜凡'].join('\n'))).toEqual([]);
    // not far from the end: a line in the body is no signature
    expect(staff([...body, '平某融媒 邰敏', ...body].join('\n'))).toEqual([]);
  });

  it('某某 摄 closing a bracket or a line', () => {
    expect(staff('（记者 郑晓雯 摄）')).toEqual([['郑晓雯', 'REPORTED']]);
    expect(staff('会场。袁博 摄')).toEqual([['袁博', 'REPORTED']]);
    expect(staff('摄影记者在会场拍摄')).toEqual([]);
    // a reporter's label with the name and 摄 run together (记者某某摄), as a line or a caption's end
    expect(staff('新华社记者 邰敏摄')).toEqual([['邰敏', 'REPORTED']]);
    expect(staff('会议开幕。新华社记者邰敏摄')).toEqual([['邰敏', 'REPORTED']]);
  });
});

describe('wire datelines', () => {
  it('记者某某台北10日电: the name runs into a known place and the day it was filed', () => {
    expect(findStaff('（中央社记者钱文台北10日电）市长今天主持会议').map((s) => [s.name, s.role])).toEqual([['钱文', 'REPORTED']]);
    expect(findStaff('中央社记者孙立新嘉义县3日电').map((s) => s.name)).toEqual(['孙立新']);
    // no known place after the name: no reporter read from it
    expect(findStaff('记者从会上获悉10日电')).toEqual([]);
  });
});

describe('bylines written without spaces', () => {
  it('the next label ends a name (记者某某通讯员某某, 编辑：某某责编：某某)', () => {
    expect(staff('（记者钱文通讯员孙立）')).toEqual([['钱文', 'REPORTED'], ['孙立', 'REPORTED']]);
    expect(staff('（编辑：赵刚责编：周平审核：吴杰）')).toEqual([['赵刚', 'EDITED'], ['周平', 'EDITED'], ['吴杰', 'EDITED']]);
    // a label's word inside a sentence is no byline
    expect(staff('记者从会上获悉，编辑部将改版')).toEqual([]);
    // a page's next field right after the name (责任编辑:某某字号:T|T)
    expect(staff('作者:县发改局责任编辑:韩韩字号:T|T')).toEqual([['韩韩', 'EDITED']]);
  });

  it('撰稿人 and 审稿人, with lost characters (??) between the fields', () => {
    expect(staff('会议还研究了其他事项。(撰稿人：钱文  审稿人：孙立新)')).toEqual([['钱文', 'REPORTED'], ['孙立新', 'EDITED']]);
    expect(staff('会议还研究了其他事项。(撰稿人：钱文??审稿人：孙立新)')).toEqual([['钱文', 'REPORTED'], ['孙立新', 'EDITED']]);
  });

  it('a name whose surname we do not list, after a label or beside a name in a closing bracket', () => {
    expect(staff('(编辑：沐国华 责编：岩文 审核：孙立新)')).toEqual([['沐国华', 'EDITED'], ['岩文', 'EDITED'], ['孙立新', 'EDITED']]);
    expect(staff('会议还研究了其他事项。(沐国华 孙立新)')).toEqual([['沐国华', 'REPORTED'], ['孙立新', 'REPORTED']]);
    // not a dictionary word, an office or a place (西王镇 某某: the place that sent it)
    expect(staff('会议还研究了其他事项。(西王镇 孙立新)')).toEqual([['孙立新', 'REPORTED']]);
    expect(staff('编辑：暴雪')).toEqual([]);
    expect(staff('会议还研究了其他事项。(沐国华 岩文)')).toEqual([]);
  });

  it('a closing bracket that names the newsroom, then its reporters (县融媒体中心 某某)', () => {
    expect(staff('会议还研究了其他事项。(县融媒体中心 钱文 孙立新)')).toEqual([['钱文', 'REPORTED'], ['孙立新', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。(县融媒体中心)')).toEqual([]);
    // (a newsroom's long name, with the county's own before it)
    expect(staff('会议还研究了其他事项。(某某自治县融媒体中心 钱文 孙立新)')).toEqual([['钱文', 'REPORTED'], ['孙立新', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。(某某自治县人民政府办公室)')).toEqual([]);
    // a page's table bar after the bracket
    expect(staff('会议还研究了其他事项。 (钱文) |')).toEqual([['钱文', 'REPORTED']]);
  });

  it('two names in a closing bracket without a space (钱文通孙立新) when one cut makes two names', () => {
    expect(staff('会议还研究了其他事项。(钱文通孙立新)')).toEqual([['钱文通', 'REPORTED'], ['孙立新', 'REPORTED']]);
    expect(staff('会议还研究了其他事项。(钱文孙立新)')).toEqual([['钱文', 'REPORTED'], ['孙立新', 'REPORTED']]);
    // an office is no pair of names
    expect(staff('会议还研究了其他事项。(县政府办公室)')).toEqual([]);
  });
});

describe('four-character names', () => {
  it('a two-character surname’s name right after the label (记者皇甫某某报道)', () => {
    expect(staff('(记者皇甫红旗报道)')).toEqual([['皇甫红旗', 'REPORTED']]);
  });
});

describe('what a site writes where a name would be', () => {
  it('编辑：管理员, 作者：佚名 name no one (管 and 佚 start no name here); a name beside them stays', () => {
    expect(staff('时间：2019-04-30 来源： 编辑： 管理员')).toEqual([]);
    expect(staff('作者：佚名 责任编辑：邵明远')).toEqual([['邵明远', 'EDITED']]);
    // nor does a website there (作者：某湖网), whatever its first character
    expect(staff('来源：某某新闻 作者：青湖网 责任编辑：邵明远')).toEqual([['邵明远', 'EDITED']]);
    expect(staff('作者：江海网')).toEqual([]);
  });
});

describe('who put the text together and laid out the page', () => {
  it('统稿：某某, 美编：某某, 排版：某某 edited it; 统稿工作 in a sentence is no label', () => {
    expect(staff('统稿：邵明远 监制：卓怡然')).toEqual([['邵明远', 'EDITED'], ['卓怡然', 'EDITED']]);
    expect(staff('美编：聂青禾 排版：钟立')).toEqual([['聂青禾', 'EDITED'], ['钟立', 'EDITED']]);
    expect(staff('会议要求统稿工作抓紧推进')).toEqual([]);
  });
});
