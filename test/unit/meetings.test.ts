import { describe, expect, it } from 'vitest';
import { findMeetings, meetingFacts, sameMeeting, studiedSpans } from '../../src/pipeline/meetings.js';

const meetings = (s: string) => findMeetings(s, studiedSpans(s)).map((m) => [m.name, m.status]);

describe('meeting mentions', () => {
  it('主持召开 names the meeting that follows', () => {
    expect(meetings('6月3日，市长彭飞主持召开市政府第二十一次常务会议，研究部署防汛工作')).toEqual([['市政府第二十一次常务会议', 'held']]);
  });

  it('the short forms 党组会, 党委会, 主任会, 主席会, 全体会 name meetings as 党组会议, 主任会议 … do; 主席会成员 is no meeting', () => {
    expect(meetings('3月2日，县政府召开党组会，县长邬启明主持')).toEqual([['县政府党组会', 'held']]);
    expect(meetings('3月2日，县人大常委会召开主任会，主任邬启明主持')).toEqual([['县人大常委会主任会', 'held']]);
    expect(meetings('3月2日，县政协召开主席会，研究有关事项')).toEqual([['县政协主席会', 'held']]);
    expect(meetings('2月9日下午，区政府召开全体会，区长邬启明出席会议并讲话')).toEqual([['区政府全体会', 'held']]);
    expect(meetings('县政协主席柏林主持会议，主席会成员和各常委出席会议')).toEqual([]);
    expect(meetingFacts('县人大常委会主任会').kind).toBe('主任会议');
    expect(meetingFacts('区政府全体会').kind).toBe('全体会议');
  });

  it('a presidium that convenes its own meeting (某镇人大主席团召开主席团第N次会议): the meeting keeps the body', () => {
    expect(meetings('4月25日下午，某镇人大主席团召开主席团第十二次会议，会议学习了有关法律')).toEqual([['某镇人大主席团第十二次会议', 'held']]);
  });

  it('主持 NAME without 召开 names a body\'s meeting held here; not a sitting by its ordinal, a generic 会议 or work', () => {
    expect(meetings('3月5日，市长某某主持市政府第5次常务会议，研究有关工作')).toEqual([['市政府第5次常务会议', 'held']]);
    expect(meetings('县长某某主持县政府党组会议和常务会议')).toEqual([['县政府党组会议', 'held'], ['县政府常务会议', 'held']]);
    expect(meetings('旗委书记某某主持第一次全体会议并讲话')).toEqual([]);
    expect(meetings('会议由市长某某主持')).toEqual([]);
    expect(meetings('副市长某某主持市政府全面工作')).toEqual([]);
  });

  it('a name ends at a space (a page\'s doubled headline, 标题 标题, is two mentions of one name)', () => {
    expect(meetings('某市召开镇领导班子换届工作会议 某市召开镇领导班子换届工作会议')).toEqual([
      ['镇领导班子换届工作会议', 'held'],
      ['镇领导班子换届工作会议', 'held'],
    ]);
  });

  it('a session closing after a clause of circumstance (X，在圆满完成各项议程后，20号上午闭幕) is held; one announced for a day (宣布：X于某日召开) is to come', () => {
    // the name, a clause of circumstance, then the clause of the verb with its day and place only
    expect(meetings('某县第十八届人民代表大会第三次会议，在圆满完成各项议程后，20号上午在县会议中心胜利闭幕')).toEqual([['某县第十八届人民代表大会第三次会议', 'held']]);
    // a day announced for a session to open is still to come (宣布大会开幕, with no day, opens it)
    expect(meetings('县人大常委会主任王一民宣布：县十八届人大三次会议于1月5日召开')).toEqual([['县十八届人大三次会议', 'referenced']]);
    expect(meetings('王一民宣布县十八届人大三次会议于15日上午胜利闭幕')).toEqual([['县十八届人大三次会议', 'held']]);
  });

  it('an opening or closing ceremony held (举行大会闭幕式) names the meeting after the verb, not the clause before it', () => {
    expect(meetings('议程有三项：一、选举；二、举行宪法宣誓仪式；三、举行大会闭幕式')).toEqual([['大会', 'generic']]);
    expect(meetings('随后举行县十八届人大三次会议闭幕式').filter(([, st]) => st === 'held').map(([n]) => n)).toEqual(['县十八届人大三次会议', '县十八届人大三次会议']);
    expect(meetings('县十八届人大三次会议开幕式隆重举行')).toEqual([['县十八届人大三次会议', 'held']]);
  });

  it('congresses by their short names (党代会, 职代会 …), and mass organisations as the body', () => {
    expect(meetings('3月5日，中共某县第十五次党代会隆重开幕')).toEqual([['中共某县第十五次党代会', 'held']]);
    expect(meetingFacts('中共某县第十五次党代会').kind).toBe('代表大会');
    expect(meetings('县总工会召开第八届职代会')).toEqual([['县总工会第八届职代会', 'held']]);
    expect(meetings('县妇联召开第五次全体会议')).toEqual([['县妇联第五次全体会议', 'held']]);
    // (a committee or a headquarters by its short name: 安委会, 防指)
    expect(meetings('某县安委会召开2021年第一次全体会议')).toEqual([['某县安委会2021年第一次全体会议', 'held']]);
    expect(meetings('县防指召开第三次全体会议')).toEqual([['县防指第三次全体会议', 'held']]);
    expect(meetings('会议传达学习了省第十二次党代会精神')).toEqual([['省第十二次党代会', 'referenced']]);
  });

  it('a 工作会 (and 研判会, 会商会, 联席会, 发布会) is a meeting without 议; a 工作会议 keeps its 议', () => {
    expect(meetings('全县秋冬种工作会召开')).toEqual([['全县秋冬种工作会', 'held']]);
    expect(meetings('县政府召开全县防汛工作会')).toEqual([['全县防汛工作会', 'held']]);
    expect(meetingFacts('全县防汛工作会').kind).toBe('工作会议');
    expect(meetings('全市疫情防控研判会召开')).toEqual([['全市疫情防控研判会', 'held']]);
    expect(meetings('会议传达学习了全省秋冬种工作会议精神')).toEqual([['全省秋冬种工作会议', 'referenced']]);
  });

  it('召开我区…会议: "our district" is who speaks, no part of the name (as 我区召开… is not)', () => {
    expect(meetings('区党工委书记甲乙丙主持召开我区2022年第二次党工委扩大会议')).toEqual([['2022年第二次党工委扩大会议', 'held']]);
    expect(meetings('我县召开2022年第二次县政府常务会议')).toEqual([['2022年第二次县政府常务会议', 'held']]);
  });

  it('a word of time before a relayed meeting (近期, 日前) is no part of its name', () => {
    expect(meetings('会议传达学习了近期省委常委会会议、日前召开的全省秋冬种工作会议精神')).toEqual([
      ['省委常委会会议', 'referenced'],
      ['全省秋冬种工作会议', 'referenced'],
    ]);
  });

  it('more kinds of meeting: 全委会, 民主生活会, 茶话会, 团拜会, 听证会', () => {
    expect(meetings('区委召开十二届五次全委会')).toEqual([['区委十二届五次全委会', 'held']]);
    expect(meetingFacts('区委十二届五次全委会').kind).toBe('全体会议');
    expect(meetings('市委常委班子召开2023年度民主生活会')).toEqual([['市委常委班子2023年度民主生活会', 'held']]);
    // (the body's 领导班子 holds it: the body that convenes it is named, as the headline names it)
    expect(meetings('某镇党委召开2023年度领导班子民主生活会')).toEqual([['某镇党委2023年度领导班子民主生活会', 'held']]);
    expect(sameMeeting('某镇党委2023年度领导班子民主生活会', '镇党委2023年度民主生活会')).toBe(true);
    expect(meetings('县委、县政府举行新春团拜会')).toEqual([['新春团拜会', 'held']]);
    expect(meetings('县发展改革局召开居民用水价格听证会')).toEqual([['居民用水价格听证会', 'held']]);
    // a meeting's name ends before the verb of what it did
    expect(meetings('机关召开会议传达市委常委班子专题民主生活会的讲话精神')).toEqual([['会议', 'generic']]);
  });

  it('SUBJECT召开OBJECT: the organisation is prefixed when the object lacks one', () => {
    // a body's study group (理论学习中心组) is the body's
    expect(meetings('1月8日下午，区委召开理论学习中心组2026年第1次学习研讨会议')).toEqual([['区委理论学习中心组2026年第1次学习研讨会议', 'held']]);
    // (组织召开, 迅速召开: how the body convened it is no part of its name)
    expect(meetings('近日，某镇人大组织召开2018年第二次主席团会议')).toEqual([['某镇人大2018年第二次主席团会议', 'held']]);
    expect(meetings('某街道党工委组织召开了第三届区域化党建联席会议')).toEqual([['某街道党工委第三届区域化党建联席会议', 'held']]);
    expect(meetings('市委常委会召开会议，传达有关精神')).toEqual([['市委常委会会议', 'held']]);
    expect(meetings('县政府召开全体（扩大）会议'.replace(/（/g, '(').replace(/）/g, ')'))).toEqual([['县政府全体(扩大)会议', 'held']]);
    expect(meetings('市委召开常委会议')).toEqual([['市委常委会议', 'held']]);
    // a street's or a village's own body, said once (某街道党工委召开党工委会议, 某某村召开两委会议)
    expect(meetings('某街道党工委召开党工委会议')).toEqual([['某街道党工委会议', 'held']]);
    expect(meetings('某某村召开两委会议')).toEqual([['某某村两委会议', 'held']]);
    // (the body's word in quotation marks, “两委”班子会议, likewise)
    expect(meetings('5月19日，张庄村召开“两委”班子会议')).toEqual([['张庄村“两委”班子会议', 'held']]);
    expect(meetings('某某社区召开党支部(扩大)会议')).toEqual([['某某社区党支部(扩大)会议', 'held']]);
    // a term first (十届十二次主席会议) lacks the body too
    expect(meetings('区政协主席主持召开十届十二次主席会议').map(([n]) => n)).toEqual(['十届十二次主席会议']);
    expect(meetings('区政协召开十届十二次主席会议')).toEqual([['区政协十届十二次主席会议', 'held']]);
    // a session's presidium meets by its ordinal (主席团举行第三次会议)
    expect(meetings('县九届人大四次会议主席团举行第三次会议')).toEqual([['县九届人大四次会议主席团第三次会议', 'held']]);
    expect(meetingFacts('县九届人大四次会议主席团第三次会议')).toMatchObject({ kind: '主席团会议', ordinal: '3' });
    // a year looked back on (its 民主生活会, 述职, 总结) and one that is not
    expect(meetingFacts('某县政府党组2020年度民主生活会')).toMatchObject({ year: 2020, yearLookedBack: true });
    expect(meetingFacts('某区2022年工作总结表彰大会')).toMatchObject({ year: 2022, yearLookedBack: true });
    expect(meetingFacts('某镇2023年上半年工作总结会')).toMatchObject({ year: 2023, yearLookedBack: false });
    expect(meetingFacts('县委常委会2023年第15次会议')).toMatchObject({ year: 2023, yearLookedBack: false });
    // a session as the subject of its sitting (…一次会议举行第二次全体会议, …举行预备会议): the sitting keeps the session's name
    expect(meetings('1月8日，县九届人大一次会议举行第二次全体会议')).toEqual([['县九届人大一次会议第二次全体会议', 'held']]);
    expect(meetings('区政协八届一次会议举行预备会议')).toEqual([['区政协八届一次会议预备会议', 'held']]);
    expect(meetings('2月3日，区政协八届二次会议举行召集人第一次会议')).toEqual([['区政协八届二次会议召集人第一次会议', 'held']]);
    expect(meetings('县十届人大五次会议举行代表团团长会议')).toEqual([['县十届人大五次会议代表团团长会议', 'held']]);
    expect(meetingFacts('某旗第九届人民代表大会第五次会议主席团第一次会议')).toMatchObject({ kind: '主席团会议', ordinal: '1', term: '9' });
    expect(meetingFacts('县九届人大一次会议第二次全体会议')).toMatchObject({ kind: '全体会议', ordinal: '2' });
    // a term, the body, then the number (no 第): 三届县委56次常委会会议
    expect(meetingFacts('三届县委56次常委会会议')).toMatchObject({ kind: '常委会', ordinal: '56', term: '3' });
    expect(meetingFacts('十二届区委第三十次常委会会议')).toMatchObject({ ordinal: '30' });
    // a session's preparatory meeting, or its members' meeting, has no number of its own (the number is the session's)
    expect(meetingFacts('区政协八届一次会议预备会议')).toMatchObject({ kind: '预备会议', ordinal: null });
    // a party committee's own meeting has its kind (not the standing committee's)
    expect(meetingFacts('某镇党委会议').kind).toBe('党委会议');
    expect(meetingFacts('开发区2021年第五次党工委(扩大)会议')).toMatchObject({ kind: '党委会议', ordinal: '5' });
    expect(meetingFacts('县委常委会会议').kind).toBe('常委会');
    // 某某宣布会议开幕 / 出席大会开幕式: the opening someone declares or attends is no meeting's name
    expect(meetings('上午10时，大会执行主席、县人大常委会主任某某宣布会议开幕')).toEqual([]);
    expect(meetings('出席大会开幕式并在主席台就座的还有主席团其他成员')).toEqual([]);
    expect(meetings('8月8日上午，某区管理体制调整宣布会议在区行政中心召开')).toEqual([['某区管理体制调整宣布会议', 'held']]);
    // a Taiwan county's 会报 (briefing) is a meeting
    expect(meetings('县府昨日召开主管会报，由县长某某主持')).toEqual([['主管会报', 'held']]);
    expect(meetingFacts('县第九届人民代表大会第三次会议代表中的党员会议')).toMatchObject({ ordinal: null });
    expect(meetingFacts('县政府第8次常务会议暨安全生产调度会议')).toMatchObject({ kind: '常务会议', ordinal: '8' });
    // where it met between the subject and the verb; a town's own congress by its term
    expect(meetings('县政府在三楼会议室召开第9次常务会议')).toEqual([['县政府第9次常务会议', 'held']]);
    expect(meetings('某某镇在南楼会议室召开第二十届人民代表大会第五次会议第四次主席团会议')).toEqual([['某某镇第二十届人民代表大会第五次会议第四次主席团会议', 'held']]);
    expect(meetings('12月3日上午，某某镇召开十八届人民代表大会第五次会议')).toEqual([['某某镇十八届人民代表大会第五次会议', 'held']]);
    // the session's secretaries-general meet as one of its sittings
    expect(meetings('1月8日上午，县九届人大四次会议召开秘书长会议')).toEqual([['县九届人大四次会议秘书长会议', 'held']]);
    expect(meetings('会议决定了镇二十届人大第六次会议召开时间')).toEqual([['镇二十届人大第六次会议', 'referenced']]);
    // the subject's time between it and the verb (某县政府今(4)日上午召开…)
    expect(meetings('某县政府今(4)日上午召开第125次县务会议')).toEqual([['某县政府第125次县务会议', 'held']]);
    // and a relative day with the date in brackets after it (今天上午(2月8日))
    expect(meetings('十届市委某某领导小组今天上午(2月8日)举行第四次会议')).toEqual([['十届市委某某领导小组第四次会议', 'held']]);
    expect(meetings('市委常委会3月5日召开会议')).toEqual([['市委常委会会议', 'held']]);
    // a town or street as the subject of its body's meeting (某某镇召开党委会议); not 全县, 我市
    expect(meetings('3月2日，某某镇召开党委会议')).toEqual([['某某镇党委会议', 'held']]);
    // the body after the year and ordinal of the meeting (2024年第一次党委会议) lacks the place too
    expect(meetings('3月2日，某某镇召开2024年第一次党委会议')).toEqual([['某某镇2024年第一次党委会议', 'held']]);
    expect(meetings('3月2日，某某镇召开第三次党委扩大会议')).toEqual([['某某镇第三次党委扩大会议', 'held']]);
    expect(meetings('某某街道召开党工委会议')).toEqual([['某某街道党工委会议', 'held']]);
    expect(meetings('全县召开党委会议')).toEqual([['党委会议', 'held']]);
    // a place as subject is not prefixed
    expect(meetings('某县召开中国共产党某县第九届委员会第三次全体会议')).toEqual([['中国共产党某县第九届委员会第三次全体会议', 'held']]);
  });

  it('the headline of minutes (NAME纪要) names the meeting, held; a bare 会议纪要 names none', () => {
    expect(meetings('县政府第13次常务会议纪要')).toEqual([['县政府第13次常务会议', 'held']]);
    expect(meetings('县长专题会议纪要(第5期)')).toEqual([['县长专题会议', 'held']]);
    expect(meetings('会议纪要')).toEqual([]);
    expect(meetings('会议审议了《县政府第13次常务会议纪要》')).toEqual([]);
    // (纪录/记录, as Taiwan's minutes are headed)
    expect(meetings('某市政府第387次市政会议纪录')).toEqual([['某市政府第387次市政会议', 'held']]);
  });

  it('a meeting convened together with the one reported (会议还套开X) is held too', () => {
    expect(meetings('县长邬启明主持召开县政府常务会议，会议还套开县防汛抗旱指挥部会议、县安全生产委员会会议')).toEqual([
      ['县政府常务会议', 'held'],
      ['县防汛抗旱指挥部会议', 'held'],
      ['县安全生产委员会会议', 'held'],
    ]);
  });

  it('a line that is a meeting\'s name alone, its body or number first and its number in it, names it held', () => {
    expect(meetings('某市政府第2122次市政会议')).toEqual([['某市政府第2122次市政会议', 'held']]);
    expect(meetings('第317次主管会报')).toEqual([['第317次主管会报', 'held']]);
    // not a sentence about it (one who chairs it), and not a sitting's bare number
    expect(meetings('王县长主持第834次县务会议暨第2次主管会报')).toEqual([]);
    expect(meetings('第二次全体会议')).toEqual([]);
  });

  it('NAME(在…)召开', () => {
    expect(meetings('1月8日上午，县政府第40次常务会议在县行政中心召开')).toEqual([['县政府第40次常务会议', 'held']]);
    expect(meetings('全市安全生产工作电视电话会议召开')).toEqual([['全市安全生产工作电视电话会议', 'held']]);
    // the day, and the day and place, between name and verb
    expect(meetings('区政协七届五次主席会议3月5日上午召开')).toEqual([['区政协七届五次主席会议', 'held']]);
    expect(meetings('某某新闻社电 政协某省第九届委员会第一次主席会议12日下午在省会举行')).toEqual([['政协某省第九届委员会第一次主席会议', 'held']]);
    expect(meetings('全县春耕生产工作会议昨天下午召开')).toEqual([['全县春耕生产工作会议', 'held']]);
    // with the clock (下午3:00, 上午9时), and a day written without its 日 before the time of day
    expect(meetings('某县第十五届人民代表大会第二次会议3月4日下午3:00在县剧院隆重开幕')).toEqual([['某县第十五届人民代表大会第二次会议', 'held']]);
    expect(meetings('某县第十五届人民代表大会第二次会议3月4下午在县剧院开幕')).toEqual([['某县第十五届人民代表大会第二次会议', 'held']]);
    expect(meetings('县人代会第二次会议今天上午9时在县会堂开幕')).toEqual([['县人代会第二次会议', 'held']]);
    // the kinds of working meeting a government holds (约谈会, 攻坚会, 讲评会, 宣讲会 …)
    for (const kind of ['约谈会', '攻坚会', '讲评会', '宣讲会', '说明会', '调研会', '谋划会', '复盘会']) {
      expect(meetings(`3月2日，全县安全生产${kind}召开`)).toEqual([[`全县安全生产${kind}`, 'held']]);
    }
    // a headline's first part before a space is not the name; a meeting proposed or decided is to come
    expect(meetings('县人大常委会举行第9次主任会议 决定县人大常委会第十次会议5月8日召开')).toEqual([
      ['县人大常委会第9次主任会议', 'held'],
      ['县人大常委会第十次会议', 'referenced'],
    ]);
    expect(meetings('会议建议这次会议于3月12日至13日召开')).toEqual([]);
    // an enlarged 主任/主席 meeting takes the convening body's name, as the plain one does
    expect(meetings('3月5日，县人大常委会召开主任(扩大)会议')).toEqual([['县人大常委会主任(扩大)会议', 'held']]);
    expect(meetings('区政协召开主席扩大会议')).toEqual([['区政协主席扩大会议', 'held']]);
  });

  it('NAME(在…)(隆重)开幕/闭幕 and NAME隆重召开: the session is held', () => {
    expect(meetings('1月20日上午，某市十六届人大三次会议在市会议中心隆重开幕')).toEqual([['某市十六届人大三次会议', 'held']]);
    expect(meetings('政协某县第十届委员会第四次会议胜利闭幕')).toEqual([['政协某县第十届委员会第四次会议', 'held']]);
    expect(meetings('中国共产党某县第十五次代表大会隆重召开')).toEqual([['中国共产党某县第十五次代表大会', 'held']]);
    // 主持开幕会: the verb belongs to a chair, not to a name
    expect(meetings('主任主持开幕会').filter(([, s]) => s === 'held')).toEqual([]);
  });

  it('what is no meeting name: a wanted or fixed meeting, a description, the end of a list, a date or a verb in front', () => {
    expect(meetings('要做好会务保障，确保会议顺利召开')).toEqual([]);
    // the meeting is the object of a verb inside the clause (某某代表党工委热烈祝贺X顺利召开): its name starts after it
    expect(meetings('会上，社区党委书记代表社区党委热烈祝贺居民代表大会顺利召开')).toEqual([['居民代表大会', 'held']]);
    expect(meetings('某某书记代表县委对县第九次党代会胜利召开表示祝贺')).toEqual([['县第九次党代会', 'held']]);
    // …but one a verb inside the clause ensures (确保/保证X顺利召开) is still to come
    expect(meetings('要严格依法办事，确保区人代会在法律框架内顺利召开')).toEqual([['区人代会', 'referenced']]);
    expect(meetings('保证县第九次党代会顺利召开')).toEqual([['县第九次党代会', 'referenced']]);
    // X继续举行 (a session's later day), X在国歌声中拉开序幕 (its opening): X held; a campaign's 拉开序幕 is no meeting
    expect(meetings('9月24日，某镇第十八届人民代表大会第一次会议继续举行')).toEqual([['某镇第十八届人民代表大会第一次会议', 'held']]);
    expect(meetings('12月29日下午，某镇第三届人民代表大会第三次会议在庄严的国歌声中拉开序幕')).toEqual([['某镇第三届人民代表大会第三次会议', 'held']]);
    expect(meetings('全县秋冬季植树造林工作拉开序幕')).toEqual([]);
    // 某某宣布X开幕: the announced meeting's name starts after 宣布 (a name that holds 宣布会议 stays whole)
    expect(meetings('开幕式上，镇人大主席王一民宣布某镇第十届人民代表大会第五次会议开幕')).toEqual([['某镇第十届人民代表大会第五次会议', 'held']]);
    expect(meetings('全县干部调整宣布会议召开')).toEqual([['全县干部调整宣布会议', 'held']]);
    // …or one a document is handed on to (将…交付X闭幕会表决): its name starts after the verb
    expect(meetings('主任会议决定，将上述报告稿等交付县人大常委会第九次会议闭幕会表决')).toEqual([['县人大常委会第九次会议', 'referenced']]);
    // (a name may hold such a word: 庆祝…大会, 欢迎会, 对口…会议)
    expect(meetings('某县庆祝建党百年大会隆重召开')).toEqual([['某县庆祝建党百年大会', 'held']]);
    expect(meetings('县对口支援工作会议召开')).toEqual([['县对口支援工作会议', 'held']]);
    expect(meetings('会议确定市十四届人大常委会第九次会议于10月28日举行')).toEqual([['市十四届人大常委会第九次会议', 'referenced']]);
    // a clause that only fixes the time, then the place: to come; 为召开…作准备: to come
    expect(meetings('经研究，拟定于2025年5月6日(星期二)上午9:00，在县政务中心会议室召开县人大常委会第12次会议')).toEqual([['县人大常委会第12次会议', 'referenced']]);
    expect(meetings('定于下周一，召开全镇安全生产工作会议')).toEqual([['全镇安全生产工作会议', 'referenced']]);
    expect(meetings('为召开市政协第五次会议作准备')).toEqual([['市政协第五次会议', 'referenced']]);
    expect(meetings('全会是在重要关头召开的一次十分重要的会议')).toEqual([]);
    expect(meetings('全国两会是在新征程上召开的重要会议')).toEqual([]);
    expect(meetings('5日召开的重大项目推进会研究了有关工作')).toEqual([['重大项目推进会', 'held']]);
    expect(meetings('会议传达学习了《关于厉行节约的通知》等文件会议精神')).toEqual([]);
    expect(meetings('要把思想和行动统一到会议精神上来')).toEqual([]);
    expect(meetings('会议传达学习了12月8日中共中央政治局会议精神')).toEqual([['中共中央政治局会议', 'referenced']]);
    expect(meetings('会议传达贯彻中央、省相关会议精神')).toEqual([]);
    expect(meetings('会议传达学习了省委、市委有关会议精神')).toEqual([]);
    expect(meetings('会议传达学习了全省、全市有关会议精神')).toEqual([]);
    // the rest of a list is no meeting's name (…及其他各项会议精神, 其它相关会议)
    expect(meetings('会议传达学习了省委工作会议及其他各项会议精神')).toEqual([['省委工作会议', 'referenced']]);
    expect(meetings('会议传达学习了全国两会精神和其它相关会议精神')).toEqual([]);
    // a kind of business alone (结合学习报告会) names nothing one could find again; with a topic it does
    expect(meetings('结合学习报告会，会议强调，学习贯彻全国两会精神是一项重要任务')).toEqual([]);
    expect(meetings('会议传达学习了全市项目推进会精神')).toEqual([['全市项目推进会', 'referenced']]);
    // a pointer to a meeting named before (决定此次常委会会议于下旬召开) names none of its own
    expect(meetings('会议拟定了县人大常委会第九次会议议题，决定此次常委会会议于5月下旬召开')).toEqual([]);
    // so is 这项/该项/这场 (每次召开这项会议前…, 这项管考会议上午在县府召开)
    expect(meetings('秘书长表示，每次召开这项会议前都会先看各单位的记录')).toEqual([['这项会议', 'generic']]);
    expect(meetings('这项管考会议上午9时起在县府第一会议室召开')).toEqual([]);
    expect(meetings('该项会议由县长主持')).toEqual([]);
  });

  it('a studied meeting\'s name starts after the verb and its manner (深入学习、全面贯彻落实…会议精神)', () => {
    expect(meetings('要深刻领会、全面贯彻落实省委农村工作会议精神和全市经济工作会议精神')).toEqual([
      ['省委农村工作会议', 'referenced'],
      ['全市经济工作会议', 'referenced'],
    ]);
    expect(meetings('会议要求认真学习贯彻全县人才工作会议精神')).toEqual([['全县人才工作会议', 'referenced']]);
  });

  it('召开 heading a noun phrase (会议召开时间, 召开的地点) names a meeting to come, after the verb that handles it', () => {
    expect(meetings('会议研究了市政协六届一次常委会议召开时间、地点和议程')).toEqual([['市政协六届一次常委会议', 'referenced']]);
    expect(meetings('听取了汇报；研究县十届人大三次会议召开地点')).toEqual([['县十届人大三次会议', 'referenced']]);
    expect(meetings('县十届人大三次会议召开')).toEqual([['县十届人大三次会议', 'held']]);
  });

  it('a news item\'s lead (本报讯, 某某网讯, (记者 某某)) is not part of the body that meets', () => {
    expect(meetings('本报讯 县委常委会日前举行会议，传达学习全省林业工作会议精神')).toEqual([
      ['县委常委会会议', 'held'],
      ['全省林业工作会议', 'referenced'],
    ]);
    expect(meetings('本报讯(记者 甲某 通讯员 乙某)区委常委会3日召开会议')).toEqual([['区委常委会会议', 'held']]);
    expect(meetings('某某新闻网讯 镇党委近日召开会议')).toEqual([['镇党委会议', 'held']]);
    expect(meetings('本报讯 某县第十届人民代表大会第三次会议今天召开')).toEqual([['某县第十届人民代表大会第三次会议', 'held']]);
  });

  it('a headline\'s 全省X工作会议 and the body\'s 某省X\'工作会议 (words left out) are one meeting; another topic is not', () => {
    expect(sameMeeting('全省统筹推进防汛和经济社会发展工作会议', '某某省统筹推进汛期防汛和经济社会发展工作会议')).toBe(true);
    expect(sameMeeting('全省安全生产工作会议', '某某省安全生产和消防工作会议')).toBe(false);
    expect(sameMeeting('全市安全生产工作会议', '某某省安全生产工作会议')).toBe(false);
  });

  it('a body\'s short name (市安委会, 县委深改委) and its full name in the same meeting\'s name are one meeting; another body or sitting is not', () => {
    expect(sameMeeting('市安委会2024年第二次全体会议', '市安全生产委员会2024年第二次全体会议')).toBe(true);
    expect(sameMeeting('县委深改委第十次会议', '县委全面深化改革委员会第十次会议')).toBe(true);
    expect(sameMeeting('市安委会2024年第二次全体会议', '市安全生产委员会2024年第三次全体会议')).toBe(false);
    expect(sameMeeting('县委常委会会议', '县人大常委会会议')).toBe(false);
    expect(sameMeeting('市食安委全体会议', '市安全生产委员会全体会议')).toBe(false);
  });

  it('a government by its short name (县府第N次县务会议) and by its full name (某县政府第N次县务会议) hold one meeting', () => {
    expect(sameMeeting('县府第1250次县务会议', '某某县政府第1250次县务会议')).toBe(true);
    expect(sameMeeting('县府第1250次县务会议', '某某县政府第1251次县务会议')).toBe(false);
    expect(sameMeeting('市府办第3次会议', '某某市政府第3次会议')).toBe(false);
  });

  it('a council\'s session that 开议 (opens, as Taiwan\'s reports say) is held', () => {
    expect(meetings('某市议会第20届第5次定期会今(1)日开议，议长邬启明主持。')).toEqual([['某市议会第20届第5次定期会', 'held']]);
  });

  it('a session closing after it 胜利完成各项议程 (no 在 before) is held under its own name', () => {
    expect(meetings('1月13日上午，某镇第十八届人民代表大会第四次会议胜利完成各项议程后闭幕。')).toEqual([['某镇第十八届人民代表大会第四次会议', 'held']]);
  });

  it('a later meeting of a list lacking its body takes the first\'s body, also when that body holds a term (市五届人大常委会)', () => {
    expect(meetings('上午，某某还主持召开市五届人大常委会党组会议、第五十九次主任会议，研究有关事项')).toEqual([
      ['市五届人大常委会党组会议', 'held'],
      ['市五届人大常委会第五十九次主任会议', 'held'],
    ]);
    expect(meetings('县政府召开第5次党组会议和第8次常务会议')).toEqual([
      ['县政府第5次党组会议', 'held'],
      ['县政府第8次常务会议', 'held'],
    ]);
  });

  it('a body\'s standing meeting named by its kind after the body (县政协召开主席会议) takes the body; two run together in a headline are two', () => {
    expect(meetings('县政协召开主席会议')).toEqual([['县政协主席会议', 'held']]);
    expect(meetings('县人大常委会召开主任会议')).toEqual([['县人大常委会主任会议', 'held']]);
    expect(meetings('省政协召开党组会议主席会议')).toEqual([
      ['省政协党组会议', 'held'],
      ['省政协主席会议', 'held'],
    ]);
    // (a meeting that prepares another keeps the other's name inside its own)
    expect(meetings('县十七届人大一次会议筹备工作会议召开')).toEqual([['县十七届人大一次会议筹备工作会议', 'held']]);
  });

  it('收听收看X、Y: meetings watched where they are relayed are held (there); a video or telephone 会 is a meeting', () => {
    expect(meetings('1月18日下午，我县组织收听收看省委防汛工作第二十四次专题会议、市防汛调度会议')).toEqual([
      ['省委防汛工作第二十四次专题会议', 'held'],
      ['市防汛调度会议', 'held'],
    ]);
    expect(meetings('县领导在分会场收听收看会议')).toEqual([['会议', 'generic']]);
    expect(meetings('我市组织收看了会议直播')).toEqual([]);
    expect(meetings('11月14日晚，全省防汛工作视频会在省城召开')).toEqual([['全省防汛工作视频会', 'held']]);
    expect(meetings('全市防汛工作电视电话会召开')).toEqual([['全市防汛工作电视电话会', 'held']]);
    // (召开了 before a word of rules is still a convening: only a bare 召开制度 is no meeting)
    expect(meetings('会议召开了流程规范化推进会').map(([n]) => n)).toEqual(['流程规范化推进会']);
    expect(meetings('要完善党组会议召开制度')).toEqual([]);
    // a county council's regular session (定期会)
    expect(meetings('某县议会第二十届第六次定期会开幕')).toEqual([['某县议会第二十届第六次定期会', 'held']]);
    // a round table (圆桌会) is a meeting of its kind
    expect(meetings('9月16日下午，某区工商联召开“民营经济圆桌会”(第一期)')).toEqual([['民营经济圆桌会', 'held']]);
  });

  it('how long a meeting runs, and what it did before closing, are no part of its name (为期两天的X, X圆满完成各项议程后闭幕)', () => {
    expect(meetings('20日上午，为期两天的某某自治区政协十届十九次常委会议开幕')).toEqual([['某某自治区政协十届十九次常委会议', 'held']]);
    expect(meetings('历时三天半的某县政协十一届一次会议在圆满完成各项议程后胜利闭幕')).toEqual([['某县政协十一届一次会议', 'held']]);
    expect(meetings('某县政协十一届一次会议圆满完成各项议程后胜利闭幕')).toEqual([['某县政协十一届一次会议', 'held']]);
    expect(meetings('2月12日上午，历时3天半的某州政协十四届一次会议圆满完成各项议程后，在某州文化活动中心胜利闭幕')).toEqual([['某州政协十四届一次会议', 'held']]);
  });

  it('a standing committee that holds a ceremony is its holder, no sitting (人大常委会举行宪法宣誓仪式)', () => {
    expect(meetings('某市第四届人大常委会举行宪法宣誓仪式，市人大常委会主任王一民主持并监誓')).toEqual([]);
    expect(meetings('十三届某省人大常委会28日上午在某某礼堂举行宪法宣誓仪式')).toEqual([]);
    // (a sitting named by its ordinal is one, whatever it holds; a sitting held is one)
    expect(meetings('县人大常委会第五次会议举行颁证仪式')).toEqual([['县人大常委会第五次会议', 'held']]);
    expect(meetings('县人大常委会举行第五次会议')).toEqual([['县人大常委会第五次会议', 'held']]);
  });

  it('a people\'s congress session by its full and its short name is one meeting', () => {
    expect(sameMeeting('某市第十六届人民代表大会第三次会议', '某市十六届人大三次会议')).toBe(true);
    // a session committee named with or without the 、 between the topics it examines
    expect(sameMeeting('市九届人大五次会议计划预算审查委员会第一次会议', '市九届人大五次会议计划、预算审查委员会第一次会议')).toBe(true);
    expect(sameMeeting('市九届人大五次会议计划预算审查委员会第一次会议', '市九届人大五次会议议案审查委员会第一次会议')).toBe(false);
    // a township or autonomous county named with or without its nationalities is one body
    expect(sameMeeting('某发乡第十七届人民代表大会第六次会议', '某发朝鲜族乡第十七届人民代表大会第六次会议')).toBe(true);
    expect(sameMeeting('某阳县第九届人民代表大会第二次会议', '某阳土家族苗族自治县第九届人民代表大会第二次会议')).toBe(true);
    expect(sameMeeting('某乡第十七届人民代表大会第六次会议', '某发朝鲜族乡第十七届人民代表大会第六次会议')).toBe(false);
    // 首届/首次 is the first (a headline's 首届主题年会 is the body's 第一届主题年会)
    expect(sameMeeting('首届主题年会', '某街道联合党工委第一届主题年会')).toBe(true);
    expect(sameMeeting('首届主题年会', '某街道联合党工委第二届主题年会')).toBe(false);
    expect(meetingFacts('某县首次党代会')).toMatchObject({ ordinal: '1' });
    expect(meetings('某街道联合党工委第一届主题年会于12月7日举行')).toEqual([['某街道联合党工委第一届主题年会', 'held']]);
    expect(sameMeeting('某市第十六届人民代表大会第三次会议', '某市十六届人大四次会议')).toBe(false);
  });

  it('a theme in quotation marks names no body: the headline\'s “某某日”座谈会 is the body\'s 市委市政府座谈会', () => {
    expect(sameMeeting('“某某企业家日”座谈会', '市委市政府座谈会')).toBe(true);
    expect(sameMeeting('“某某企业家日”座谈会', '市委市政府推进会')).toBe(false);
    expect(sameMeeting('某县“两会”座谈会', '某市座谈会')).toBe(false);
  });

  it('a body\'s 年度会议 (年度大会) is its 年会, joint with another meeting too; another body\'s is not', () => {
    expect(sameMeeting('某区商会年会暨企业家座谈会', '某区商会年度会议暨企业家座谈会')).toBe(true);
    expect(sameMeeting('某区商会年度大会暨企业家座谈会', '某区商会年会暨企业家座谈会')).toBe(true);
    expect(sameMeeting('某区商会年会暨企业家座谈会', '某区侨联年度会议暨企业家座谈会')).toBe(false);
    expect(sameMeeting('某区商会年会暨企业家座谈会', '某区商会理事会会议暨企业家座谈会')).toBe(false);
  });

  it('a joint meeting (…县务会议暨…主管工作会报) and one of its parts named alone are one meeting; another ordinal is not', () => {
    expect(sameMeeting('县府第834次县务会议暨第2次主管工作会报', '县府第834次县务会议')).toBe(true);
    expect(sameMeeting('第2次主管工作会报', '县府第834次县务会议暨第2次主管工作会报')).toBe(true);
    expect(sameMeeting('县府第834次县务会议暨第2次主管工作会报', '县府第835次县务会议')).toBe(false);
    expect(sameMeeting('县政府党组会议暨理论学习中心组学习会议', '县政府常务会议')).toBe(false);
  });

  it('topics joined by 暨 share the last one\'s kind: 全市防汛抗旱暨气象防灾减灾工作会议 is the headline\'s 全市防汛抗旱工作会议', () => {
    expect(sameMeeting('全市防汛抗旱暨气象防灾减灾工作会议', '全市防汛抗旱工作会议')).toBe(true);
    expect(sameMeeting('全市防汛抗旱暨气象防灾减灾工作会议', '全市安全生产工作会议')).toBe(false);
    expect(sameMeeting('全市防汛抗旱暨气象防灾减灾工作会议', '全市森林防火工作会议')).toBe(false);
  });

  it('a year as the Republic of China counts it (105年第1次…) is a year; this year\'s (今年度第1次…) is the same meeting\'s', () => {
    expect(meetingFacts('114年第11次主管会报')).toMatchObject({ year: 2025, ordinal: '11' });
    // (or as a year's business: 102年度上半年… is 2013's; a count of years is none)
    expect(meetingFacts('102年度上半年里长业务联系会议')).toMatchObject({ year: 2013 });
    expect(meetingFacts('2013年度上半年工作会议')).toMatchObject({ year: 2013 });
    expect(sameMeeting('105年第1次主管月报', '今年度第1次主管月报')).toBe(true);
    expect(sameMeeting('105年第1次主管月报', '106年第1次主管月报')).toBe(false);
    expect(sameMeeting('2024年第3次常务会议', '本年度第3次常务会议')).toBe(true);
  });

  it('a council of chairs by its full and its short name is one meeting (委员长会议, 主席会议, 主任会议)', () => {
    expect(meetingFacts('十三届全国人大常委会第二十七次委员长会议')).toMatchObject({ kind: '委员长会议', ordinal: '27' });
    expect(sameMeeting('委员长会议', '十三届全国人大常委会第二十七次委员长会议')).toBe(true);
    expect(sameMeeting('全国政协主席会议', '政协第十四届全国委员会第十八次主席会议')).toBe(true);
    expect(sameMeeting('某县人大常委会主任会议', '某县人大常委会第5次主任会议')).toBe(true);
    // another body's, another sitting's
    expect(sameMeeting('某县人大常委会主任会议', '某县政协主席会议')).toBe(false);
    expect(sameMeeting('某县政协主席会议', '某市政协主席会议')).toBe(false);
    expect(sameMeeting('某县人大常委会第5次主任会议', '某县人大常委会第6次主任会议')).toBe(false);
  });

  it('a party plenum by its full and its short name is one meeting (中国共产党某市第八届委员会 = 中共某市委八届)', () => {
    expect(sameMeeting('中国共产党某市第八届委员会第六次全体会议', '中共某市委八届六次全体会议')).toBe(true);
    expect(sameMeeting('中国共产党某县第十五届委员会第三次全体会议', '中共某县委十五届三次全会')).toBe(true);
    expect(sameMeeting('中国共产党某市第八届委员会第六次全体会议', '中共某市委八届七次全体会议')).toBe(false);
    // another body's plenum is another meeting
    expect(sameMeeting('中国共产党某市第八届委员会第六次全体会议', '中共某市纪委八届六次全体会议')).toBe(false);
    expect(sameMeeting('政协某市第十届委员会第三次会议', '某市十届政协三次会议')).toBe(true);
  });

  it('a headline that leaves out the place names the body’s meeting; another term is another meeting', () => {
    expect(sameMeeting('政协第十届委员会第三次会议', '政协某市第十届委员会第三次会议')).toBe(true);
    expect(sameMeeting('政协第十届委员会第三次会议', '政协某市第十一届委员会第三次会议')).toBe(false);
    expect(sameMeeting('某市十六届人大三次会议', '某市十七届人大三次会议')).toBe(false);
  });

  it('two meetings held together with 和, one meeting joined with 暨', () => {
    expect(meetings('区长主持召开区政府党组第5次会议和区政府第12次常务会议，学习有关精神')).toEqual([
      ['区政府党组第5次会议', 'held'],
      ['区政府第12次常务会议', 'held'],
    ]);
    expect(meetings('主持召开全市经济工作会议暨招商引资推进会')).toEqual([['全市经济工作会议暨招商引资推进会', 'held']]);
  });

  it('meetings relayed or studied are referenced, not held', () => {
    const got = meetings('会议传达学习了省委十二届五次全会、省政府第三次廉政工作会议精神');
    expect(got.every(([, s]) => s === 'referenced')).toBe(true);
    expect(got.map(([n]) => n)).toContain('省委十二届五次全会');
    expect(meetings('他说，3月1日召开的市委全会对全年工作作了部署')).toEqual([['市委全会', 'referenced']]);
    expect(meetings('即将召开的市十六届人大五次会议')).toEqual([['市十六届人大五次会议', 'referenced']]);
  });

  it('a meeting that will be convened (将在近期召开, 拟于下周召开, 将尽快召开) is still to come: referenced', () => {
    expect(meetings('市政府将在近期召开专题会议，研究有关建议')).toEqual([['专题会议', 'referenced']]);
    expect(meetings('县政府拟于下周召开全县安全生产工作会议')).toEqual([['全县安全生产工作会议', 'referenced']]);
    expect(meetings('县委将尽快召开县委常委会会议研究此事')).toEqual([['县委常委会会议', 'referenced']]);
  });

  it('举办 NAME convenes the meeting named after it; 举办 alone names none', () => {
    expect(meetings('3月26日，某学社某市委员会理论学习中心组举办2021年第1次集中学习会议')).toEqual([['某学社某市委员会理论学习中心组2021年第1次集中学习会议', 'held']]);
    expect(meetings('大会举办地设在某县')).toEqual([]);
    expect(meetings('县委组织部举办年轻干部培训班')).toEqual([]);
  });

  it('a sentence that opens with the day, then 举行的/召开的 NAME and what it did (4日上午举行的主任会议听取了…): held', () => {
    expect(meetings('4日上午举行的主任会议听取了某某作的关于甲草案的汇报')).toEqual([['主任会议', 'held']]);
    expect(meetings('3月2日召开的县委常委会会议研究了乙工作')).toEqual([['县委常委会会议', 'held']]);
    // not where it only describes a meeting (…召开的X上), nor after what someone said
    expect(meetings('他说，3月1日召开的市委全会研究了全年工作')).toEqual([['市委全会', 'referenced']]);
    expect(meetings('3月1日召开的市委全会对全年工作作了部署')).toEqual([['市委全会', 'referenced']]);
  });

  it('a studied list goes on across commas, item by item (…精神，某某在X上的讲话精神); a speech\'s 精神 is relayed; the day is not the name\'s', () => {
    expect(meetings('会议传达学习了全省会议精神，某某在3月9日全国某某工作会议上的重要讲话精神，市委某某书记在全市某某动员大会上的讲话精神')).toEqual([
      ['全省会议', 'referenced'],
      ['全国某某工作会议', 'referenced'],
      ['全市某某动员大会', 'referenced'],
    ]);
    // a speech given here is still held there
    expect(meetings('县委书记某某在全县某某动员大会上讲话')).toEqual([['全县某某动员大会', 'held']]);
  });

  it('a study session named with 学习 is held: only a 学习 with an object starts what is studied', () => {
    // 理论学习中心组 and 集体学习， are nouns; the span starts at 深入学习
    const s = '9月3日上午，县委理论学习中心组举行2023年第8次集体学习，深入学习省委全会上的重要讲话精神';
    expect(meetings(s)).toEqual([
      ['县委理论学习中心组2023年第8次集体学习', 'held'],
      ['省委全会', 'referenced'],
    ]);
    // a 集中学习 likewise
    expect(meetings('县委理论学习中心组举行2024年第3次集中学习，深入学习有关精神')).toEqual([['县委理论学习中心组2024年第3次集中学习', 'held']]);
    // a 学习会议 that is the subject of 召开/举行 is a name, not 学习 with an object
    expect(meetings('5日，镇党委会议暨理论学习中心组学习会议召开，深入学习某某同志的重要讲话精神')).toEqual([['镇党委会议暨理论学习中心组学习会议', 'held']]);
    expect(meetings('县委中心组学习会议在县委会议室举行，传达学习有关文件精神')).toEqual([['县委中心组学习会议', 'held']]);
    // 学习会议精神 is studying a meeting's spirit still
    expect(studiedSpans('会议传达学习会议精神，某某主持会议')).toEqual([[2, 10]]);
  });

  it('a studied list goes on past an item whose name holds 精神 (…重要讲话精神专题研讨班和X会议精神): X is studied too', () => {
    expect(meetings('区委常委会会议召开，传达学习省委十一届七次全会、某某学习贯彻重要讲话精神专题研讨班和市委常委会(扩大)会议精神')).toEqual([
      ['区委常委会会议', 'held'],
      ['省委十一届七次全会', 'referenced'],
      ['市委常委会(扩大)会议', 'referenced'],
    ]);
  });

  it('a chiefs\' meeting of the river or forest chief system (总河长会, 总林长会) is a meeting', () => {
    expect(meetings('11月8日上午，某区召开2023年总河长会，区委书记某某出席')).toEqual([['2023年总河长会', 'held']]);
    expect(meetings('某县召开总林长会')).toEqual([['总林长会', 'held']]);
  });

  it('a speech title names the meeting it was given at', () => {
    expect(meetings('在全县防汛抗旱工作会议上的讲话')).toEqual([['全县防汛抗旱工作会议', 'held']]);
    // the speech read or revised as a text: the meeting is only referenced
    expect(meetings('会议研究讨论了书记在全县防汛抗旱工作会议上的讲话')).toEqual([['全县防汛抗旱工作会议', 'referenced']]);
    // a speech given at two meetings: each is named
    expect(meetings('会议传达学习了总书记在中央政治局会议和中央财经委员会第三次会议上的重要讲话精神')).toEqual([
      ['中央政治局会议', 'referenced'],
      ['中央财经委员会第三次会议', 'referenced'],
    ]);
  });
});

describe('enlarged meetings and what a bracket after a name says', () => {
  it('常委(扩大)会 and 常委扩大会 are standing-committee meetings without 议', () => {
    expect(meetings('镇长某某主持召开镇党委常委(扩大)会，研究有关工作')).toEqual([['镇党委常委(扩大)会', 'held']]);
    expect(meetings('3月2日，县委召开常委扩大会')).toEqual([['县委常委扩大会', 'held']]);
    expect(meetingFacts('县委常委(扩大)会').kind).toBe('常委会');
    expect(meetingFacts('县委常委扩大会').kind).toBe('常委会');
  });

  it('(扩大) after a name belongs to it (某常委会举行第N次会议(扩大))', () => {
    expect(meetings('某区八届人大常委会举行第十四次会议(扩大)')).toEqual([['某区八届人大常委会第十四次会议(扩大)', 'held']]);
  });

  it('a session as the subject of 召开扩大会议 is that session, enlarged', () => {
    expect(meetings('昨天下午，某区第八届人大常委会第十四次会议召开扩大会议，听取报告')).toEqual([['某区第八届人大常委会第十四次会议(扩大)', 'held']]);
    expect(sameMeeting('某区第八届人大常委会第十四次会议(扩大)', '某区八届人大常委会第十四次会议(扩大)')).toBe(true);
  });

  it('a bracket after a name that lists other bodies\' meetings is not part of the name', () => {
    expect(meetings('上午，在县行政中心召开县政府全体会议暨重点工作推进会(县安全委员会2024年第二次会议、县防汛指挥部第一次全体会议)。').map(([n]) => n)[0]).toBe(
      '县政府全体会议暨重点工作推进会',
    );
  });
});

describe('what follows a convened meeting', () => {
  it('the verb of what the meeting did ends its name (召开会议传达学习…)', () => {
    expect(meetings('5月6日上午，某某镇召开会议传达学习县委全会精神，部署有关工作')).toEqual([
      ['会议', 'generic'],
      ['县委全会', 'referenced'],
    ]);
    expect(meetings('市长某某主持召开专题会议研究城区防汛工作')).toEqual([['专题会议', 'held']]);
  });

  it('a kind of meeting the word list lacks, as the whole object of 召开 ending in 会 (召开…过堂会，…)', () => {
    expect(meetings('2月8日，开发区召开重点部门工作过堂会，区党工委书记某某出席会议')).toEqual([['重点部门工作过堂会', 'held']]);
    // not a description of one, nor a bare 会
    expect(meetings('县里召开了一次很有意义的会，')).toEqual([]);
  });

  it('a 、 before the meeting word lists the groups the meeting gathered (党员代表、党员委员会议)', () => {
    expect(meetings('1月3日，县委召开人大代表、政协委员座谈会。')).toEqual([['人大代表、政协委员座谈会', 'held']]);
    // after a whole name, a 、 lists the next meeting
    expect(meetings('县政府召开党组会议、常务会议').map(([n]) => n)).toEqual(['县政府党组会议', '县政府常务会议']);
  });
});

describe('meeting facts', () => {
  it('reads kind, ordinal (Chinese or Arabic numerals), term and format', () => {
    expect(meetingFacts('市政府第一百零五次常务会议')).toMatchObject({ kind: '常务会议', ordinal: '105' });
    expect(meetingFacts('十二届县委常委会第57次会议')).toMatchObject({ kind: '常委会', ordinal: '57', term: '12' });
    expect(meetingFacts('市政府全体(扩大)会议').kind).toBe('全体会议');
    expect(meetingFacts('2024年度区政府党组第3次会议')).toMatchObject({ kind: '党组会议', ordinal: '3', year: 2024 });
    expect(meetingFacts('全市疫情防控工作视频会议')).toMatchObject({ kind: '视频会议', format: '视频会议' });
    // a standing committee's council of chairs is not its session; a CPPCC's and a presidium's likewise
    expect(meetingFacts('市人大常委会第十二次主任会议')).toMatchObject({ kind: '主任会议', ordinal: '12' });
    expect(meetingFacts('县政协十届第八次主席会议').kind).toBe('主席会议');
    expect(meetingFacts('县第十八届人民代表大会第三次会议主席团第二次会议').kind).toBe('主席团会议');
    expect(sameMeeting('主任会议', '市人大常委会第十二次主任会议')).toBe(true);
    // a session's presidium as 大会主席团 is the one of the session reported
    expect(sameMeeting('大会主席团第一次会议', '市八届人大三次会议主席团第一次会议')).toBe(true);
    expect(sameMeeting('大会主席团第二次会议', '市八届人大三次会议主席团第一次会议')).toBe(false);
    // an enlarged standing-committee meeting is one (常委会(第N次)扩大会议), and a headline's name for it is the same meeting
    expect(meetingFacts('县委常委会扩大会议').kind).toBe('常委会');
    expect(meetingFacts('县委常委会第六次扩大会议')).toMatchObject({ kind: '常委会', ordinal: '6' });
    expect(sameMeeting('县委常委会扩大会议', '县委常委会第六次扩大会议')).toBe(true);
    // a combined meeting (A暨B) is of the first part's kind that says more than 会议
    expect(meetingFacts('县政府党组会议暨理论学习中心组学习会议').kind).toBe('党组会议');
    expect(meetingFacts('县政府第8次常务会议暨防汛工作调度会议').kind).toBe('常务会议');
    expect(sameMeeting('县政府第8次常务会议暨防汛工作调度会议', '县政府第8次常务会议')).toBe(true);
  });

  it('a headline and its body name one meeting; different kinds or ordinals are different meetings', () => {
    expect(sameMeeting('市政府常务会议', '市政府第15次常务会议')).toBe(true);
    expect(sameMeeting('市政府第15次常务会议', '市政府第16次常务会议')).toBe(false);
    expect(sameMeeting('市政府党组会议', '市政府常务会议')).toBe(false);
  });
});

describe('meeting facts: terms and combined meetings', () => {
  it('reads an ordinal written after a term without 第', () => {
    expect(meetingFacts('市委五届104次常委会')).toMatchObject({ ordinal: '104', term: '5' });
    expect(meetingFacts('省委十一届五次全会')).toMatchObject({ ordinal: '5', term: '11', kind: '全体会议' });
  });
  it('lists the parts of a combined meeting', () => {
    expect(meetingFacts('市委常委会暨市委财经委员会会议').parts).toEqual(['市委常委会', '市委财经委员会会议']);
  });
});

describe('more meeting forms', () => {
  it('SUBJECT召开 a year-numbered meeting gets the subject; a study session is a meeting', () => {
    expect(meetings('县委常委会召开2023年第15次会议')).toEqual([['县委常委会2023年第15次会议', 'held']]);
    expect(meetings('市委理论学习中心组举行专题学习会')).toEqual([['市委理论学习中心组专题学习会', 'held']]);
    expect(meetings('县委理论学习中心组举行2024年第四次集体学习')).toEqual([['县委理论学习中心组2024年第四次集体学习', 'held']]);
    expect(meetings('乡党委召开学习会，传达学习全县农村工作会议精神')).toEqual([
      ['乡党委学习会', 'held'],
      ['全县农村工作会议', 'referenced'],
    ]);
  });
  it('a generic name with the ordinal and year of a specific one is the same meeting', () => {
    expect(sameMeeting('2023年第15次会议', '县委常委会2023年第15次会议')).toBe(true);
    expect(sameMeeting('2023年第15次会议', '县委常委会2023年第16次会议')).toBe(false);
  });
});

describe('a studied meeting after a verb with its complement', () => {
  it('领会好、贯彻好 X精神: the name starts after 好', () => {
    expect(meetings('会议强调，要认真领会好、贯彻好省委十一届三次全会精神')).toEqual([['省委十一届三次全会', 'referenced']]);
  });
});

describe('a year written as a document number writes it', () => {
  it('〔2024〕第1次常务会议 is of 2024, and the same meeting as 2024年第1次区政府常务会议', () => {
    expect(meetingFacts('〔2024〕第1次常务会议').year).toBe(2024);
    expect(sameMeeting('〔2024〕第1次常务会议', '2024年第1次区政府常务会议')).toBe(true);
    expect(sameMeeting('〔2024〕第1次常务会议', '2024年第2次区政府常务会议')).toBe(false);
  });
});

describe('a studied meeting with a bracket holding 、', () => {
  it('各县(市、区)人大常委会联席会议精神 names no 区)人大常委会联席会议', () => {
    expect(meetings('会议传达学习各县(市、区)人大常委会联席会议精神').every(([n]) => !String(n).startsWith('区)'))).toBe(true);
  });
});

describe('a study group\'s session', () => {
  it('中心组开展集体学习(研讨) / 举行集体学习研讨会 is a meeting of that group; 开展学习研讨 alone names none', () => {
    expect(meetings('1月31日，区委理论学习中心组开展集体学习研讨')).toEqual([['区委理论学习中心组集体学习研讨', 'held']]);
    expect(meetings('市委理论学习中心组举行集体学习研讨会')).toEqual([['市委理论学习中心组集体学习研讨会', 'held']]);
    expect(meetings('各支部要开展学习研讨')).toEqual([]);
  });

  it('开展/进行 a study session with its year and count (党组进行2024年第三次专题学习) is a meeting of that group too', () => {
    expect(meetings('6月20日，县委常委会开展2024年第三次专题学习')).toEqual([['县委常委会2024年第三次专题学习', 'held']]);
    expect(meetings('6月20日，县政府党组进行集体学习，传达学习有关精神')).toEqual([['县政府党组集体学习', 'held']]);
    // (进行 with any other object is no meeting)
    expect(meetings('6月20日，县政府党组进行专题研究')).toEqual([]);
  });
});

describe('a meeting named in quotation marks', () => {
  it('召开“第12次主管会报暨第9次县务会议”: the quoted name, with the subject\'s body', () => {
    expect(meetings('某县政府今日上午召开“第12次主管会报暨第9次县务会议”，由县长主持')).toEqual([['某县政府第12次主管会报暨第9次县务会议', 'held']]);
  });
});

describe('the meeting that passed a document a notice issues', () => {
  it('《X》已经(某日)(召开的)…会议(审议)通过: the meeting was held; 经研究 names none', () => {
    expect(meetings('《某县物业管理办法》已经2022年3月8日县政府第二次全体会议通过，现予印发')).toEqual([['县政府第二次全体会议', 'held']]);
    expect(meetings('《某市养老服务规则》已经2023年6月2日召开的三届市人民政府第15次常务会议审议通过')).toEqual([['三届市人民政府第15次常务会议', 'held']]);
    expect(meetings('该方案经市政府第12次常务会议研究同意，现印发给你们')).toEqual([['市政府第12次常务会议', 'held']]);
    expect(meetings('经研究，会议通过了方案')).toEqual([]);
  });
});

describe('an earlier meeting the article starts from', () => {
  it('…会议召开后，我市召开… : the first is referenced, the second held', () => {
    expect(meetings('全省防汛工作会议召开后，我市立即召开全市防汛工作会议')).toEqual([
      ['全省防汛工作会议', 'referenced'],
      ['全市防汛工作会议', 'held'],
    ]);
  });

  it('某局党组召开党组会议: the body said once (某局党组会议)', () => {
    expect(meetings('1月10日下午，县交通局党组召开党组会议')).toEqual([['县交通局党组会议', 'held']]);
    // the page's own office (我局党组), and 专题 as "specially" after the name (…党组会议专题听取…)
    expect(meetings('1月10日下午，我局党组召开党组会议专题听取机关党委工作汇报')).toEqual([['局党组会议', 'held']]);
    expect(meetings('县委召开常委会会议专题研究安全生产工作')).toEqual([['县委常委会会议', 'held']]);
  });

  it('县府 (a county\'s government, as Taiwan pages write it) with its place after 于: the body\'s own meeting', () => {
    expect(meetings('县府23日上午8时30分于县府3楼会议室召开112年度第3次主管月报')).toEqual([['县府112年度第3次主管月报', 'held']]);
    expect(meetings('某某镇于镇政府会议室召开党委会议')).toEqual([['某某镇党委会议', 'held']]);
  });

  it('会议召开制度, 召开程序: the verb in a rule\'s name convenes nothing', () => {
    expect(meetings('会议讨论了区政府有关议事规则，进一步完善了会议召开制度')).toEqual([]);
  });

  it('召开X，是…: what a clause says of convening X is no report that it was held', () => {
    expect(meetings('会议指出，召开县十八届人民代表大会第四次会议，是全县人民政治生活中的一件大事')).toEqual([['县十八届人民代表大会第四次会议', 'referenced']]);
    expect(meetings('召开县政府常务会议，研究有关工作')).toEqual([['县政府常务会议', 'held']]);
    expect(meetings('5日，召开县委常委会会议，对有关工作进行研究')).toEqual([['县委常委会会议', 'held']]);
  });

  it('在X召开之前/之后: a clause of time names X without its 在', () => {
    expect(meetings('在县委常委会会议召开之前，县委书记某某听取了汇报')).toEqual([['县委常委会会议', 'held']]);
    expect(meetings('在全县防汛工作会议召开后，各镇迅速行动')).toEqual([['全县防汛工作会议', 'referenced']]);
    // (a name that starts with 在 and no clause of time keeps it)
    expect(meetings('在京全国人大代表座谈会召开')).toEqual([['在京全国人大代表座谈会', 'held']]);
  });
});

describe('one meeting under two names; a meeting a document is about', () => {
  it('a term and the long form of the body do not make another meeting', () => {
    expect(sameMeeting('县政府第六十九次常务会议', '某县第十六届人民政府第69次常务会议')).toBe(true);
    expect(sameMeeting('县政府第六十九次常务会议', '某县第十六届人民政府第70次常务会议')).toBe(false);
  });

  it('常务会, the short form of 常务会议, is that kind of meeting (此次召开政府常务会 is the one reported)', () => {
    expect(meetingFacts('政府常务会').kind).toBe('常务会议');
    expect(sameMeeting('政府常务会', '十七届县人民政府第8次常务会议')).toBe(true);
    expect(sameMeeting('政府常务会', '县委常委会会议')).toBe(false);
  });

  it('召开X as what a meeting deliberated on or decided (研究了召开X有关事宜, 决定于某日召开X) is a meeting to come', () => {
    expect(meetings('会议研究了召开区九届人大三次会议有关事宜')).toEqual([['区九届人大三次会议', 'referenced']]);
    expect(meetings('会议决定于5月6日在区会议中心召开区九届人大常委会第十二次会议')).toEqual([['区九届人大常委会第十二次会议', 'referenced']]);
    expect(meetings('会议讨论了关于召开全县经济工作会议的方案')).toEqual([['全县经济工作会议', 'referenced']]);
    // inside a document's title it is part of the title
    expect(meetings('会议审议了县总工会《关于召开全县职工代表大会有关事项的请示》')).toEqual([]);
    // the meeting reported is still held, whatever it then decides
    expect(meetings('5月2日，区委书记邬明主持召开区委常委会会议，研究有关工作')).toEqual([['区委常委会会议', 'held']]);
  });

  it('a meeting convened in what the meeting said (会议指出，某某主持召开X，…) is relayed: referenced, not held', () => {
    expect(meetings('会议指出，某某总书记主持召开中央某某委员会会议，就甲工作提出重要要求')).toEqual([['中央某某委员会会议', 'referenced']]);
    expect(meetings('会议强调：省委近日召开全省乙工作会议，对乙工作作出部署')).toEqual([['全省乙工作会议', 'referenced']]);
    // (with clauses between what the meeting said and the convening: 会议指出，在…期间，某某主持召开X)
    expect(meetings('会议指出，在汛期关键时段，某某总书记主持召开中央某某委员会会议，作出重要部署')).toEqual([['中央某某委员会会议', 'referenced']]);
    // the meeting reported, with its own convening verb, is held still
    expect(meetings('会议由某某主持召开，区领导出席')).toEqual([]);
    expect(meetings('6日，某某主持召开区委常委会会议，会议指出，要抓好丙工作')).toEqual([['区委常委会会议', 'held']]);
  });

  it('在X上的讲话稿 is a draft to be read there: X is not a meeting where a speech was given', () => {
    expect(meetings('会议对某某在区委八届九次全会上的讲话稿进行了讨论')).toEqual([]);
    expect(meetings('某某在区委八届九次全会上的讲话')).toEqual([['区委八届九次全会', 'held']]);
  });

  it('关于召开X的决定 names X as the subject of a document, not a meeting held here', () => {
    const ms = findMeetings('会议审议通过了关于召开区政协九届五次会议的决定', []);
    expect(ms.filter((m) => m.status === 'held').map((m) => m.name)).toEqual([]);
  });
});

describe('a convening wished for, and meetings counted', () => {
  it('召开好/举行好X is a result to come (确保…召开好X): X is referenced, its name starts after 好', () => {
    expect(meetings('会议要求，确保筹备好、召开好县十七届人大五次会议')).toEqual([['县十七届人大五次会议', 'referenced']]);
    expect(meetings('要切实举行好镇第三届职工代表大会')).toEqual([['镇第三届职工代表大会', 'referenced']]);
  });

  it('several meetings counted (召开好几次…会议, 召开多次专题会议) name none', () => {
    expect(meetings('今年以来，县政府召开好几次常务会议研究此事')).toEqual([]);
    expect(meetings('县政府召开多次专题会议')).toEqual([]);
  });
});

describe('a division\'s meeting by its name and as 全市', () => {
  it('某某市X (a headline) and 全市X / 我市X (the body) are one meeting; another level or another X is not', () => {
    expect(sameMeeting('某州市重点项目建设调度会', '全市重点项目建设调度会')).toBe(true);
    expect(sameMeeting('我县安全生产工作会议', '某某县安全生产工作会议')).toBe(true);
    expect(sameMeeting('某州市重点项目建设调度会', '全县重点项目建设调度会')).toBe(false);
    expect(sameMeeting('某州市重点项目建设调度会', '全市安全生产调度会')).toBe(false);
    expect(sameMeeting('全省重点项目建设调度会', '某州市重点项目建设调度会')).toBe(false);
  });
});

describe('what stands before a meeting named as the subject', () => {
  it('a wire dateline (据新华社北京3月3日电) is no part of the name', () => {
    expect(meetings('据新华社北京3月3日电某某省政协第十届委员会第三次会议3日下午在省会开幕')).toEqual([['某某省政协第十届委员会第三次会议', 'held']]);
  });

  it('a verb greeting the meeting (祝贺大会召开) and someone at it (某某在大会闭幕式上讲话) are no part of the name', () => {
    expect(meetings('党和国家领导人在主席台就座，祝贺大会召开')).toEqual([]);
    expect(meetings('乡党委书记钱文在大会闭幕式讲话')).toEqual([]);
  });

  it('who the meeting gathered, said before its name (…参加的, 由…出席的), is no part of it', () => {
    expect(meetings('2月20日，某某县召开县四大家领导参加以及相关部门列席的县委中心组集体学习会，集体学习文件')).toEqual([['县委中心组集体学习会', 'held']]);
    expect(meetings('县政府召开由各部门负责人参加的安全生产工作会议')).toEqual([['安全生产工作会议', 'held']]);
    // (nothing left but a bare 会议: the words stay)
    expect(meetings('县委召开有全体党员参加的会议')).toEqual([['有全体党员参加的会议', 'held']]);
  });

  it('a meeting held together with an event (某某会议暨某某活动启动仪式) is named as a whole; an event alone is no meeting', () => {
    expect(meetings('全县安全生产工作会议暨安全生产月活动启动仪式昨日在县会议中心举行')).toEqual([['全县安全生产工作会议暨安全生产月活动启动仪式', 'held']]);
    expect(meetings('第十届甲乙联席会议暨短新闻评奖活动日前举行')).toEqual([['第十届甲乙联席会议暨短新闻评奖活动', 'held']]);
    expect(meetings('安全生产月活动启动仪式昨日举行')).toEqual([]);
  });

  it('a sentence that opens on a meeting\'s name alone, its chair next (某县政府第11次主管周报，县长某某主持) reports it held', () => {
    expect(meetings('【本报讯】某江县政府114年第11次主管周报，县长甲乙丙主持，副县长丁戊列席参加')).toEqual([['某江县政府114年第11次主管周报', 'held']]);
    expect(meetings('某县政府第5次常务会议，县长甲乙丙主持，副县长丁戊出席')).toEqual([['某县政府第5次常务会议', 'held']]);
    // a clause with its verb is read as before; a bare 会议, an office are no topic
    expect(meetings('县府昨日召开主管会报，由县长甲乙丙主持')).toEqual([['主管会报', 'held']]);
    expect(meetings('县政府办公室，主任甲乙丙主持工作')).toEqual([]);
    // nor is a clause of who attended (…出席会议，副县长某某主持会议)
    expect(meetings('县委书记甲乙丙、县人大常委会副主任丁戊、副县长己庚出席会议，副县长辛壬主持会议')).toEqual([]);
  });

  it('a person\'s verb before the closing 会议 (…负责同志固定列席会议) names no meeting', () => {
    expect(meetings('主持产业园区管委会日常工作的同志和市司法局主要负责同志固定列席会议')).toEqual([]);
    expect(meetings('县长甲乙丙主持召开县政府常务会议')).toEqual([['县政府常务会议', 'held']]);
  });

  it('a place\'s congress convened without the place\'s name takes it from the subject, its term and sitting in either order', () => {
    expect(meetings('12月16日上午，某村镇召开了第十九届第一次人民代表大会')).toEqual([['某村镇第十九届第一次人民代表大会', 'held']]);
    expect(meetings('12月16日上午，某村镇召开第十九届人民代表大会第一次会议')).toEqual([['某村镇第十九届人民代表大会第一次会议', 'held']]);
  });

  it('a quotation in a name is read whole: its comma ends no clause (“…，…”专题研讨班)', () => {
    expect(meetings('2月24日下午，全市领导干部“学习贯彻全会精神，加快建设重要功能区”专题研讨会在市委党校举行')).toEqual([['全市领导干部“学习贯彻全会精神，加快建设重要功能区”专题研讨会', 'held']]);
  });

  it('a body\'s meeting that people attended (参加中共某区委双月座谈会), where no verb convenes it, is held; 出席X的委员 describes people', () => {
    expect(meetings('民进某区委主委甲乙丙参加中共某某区委2021年双月座谈会')).toEqual([['中共某某区委2021年双月座谈会', 'held']]);
    expect(meetings('县委书记甲乙丙看望慰问出席县政协十一届一次会议的县政协委员')).toEqual([]);
  });

  it('another meeting the members of this one sat in on (与会人员列席了X) is referenced, not this report\'s', () => {
    expect(meetings('会议审议通过了提案工作报告；与会人员列席了县第十七届人民代表大会第四次会议')).toEqual([['县第十七届人民代表大会第四次会议', 'referenced']]);
    expect(meetings('全体委员还列席了县人大常委会第九次会议')).toEqual([['县人大常委会第九次会议', 'referenced']]);
    // someone who attended it: held
    expect(meetings('县长甲乙丙列席了县人大常委会第九次会议')).toEqual([['县人大常委会第九次会议', 'held']]);
  });

  it('a delegation\'s 全团会议 takes the delegation (代表团召开全团会议), not what it attends (出席某会议的某代表团)', () => {
    expect(meetings('十三届全国人大二次会议某某代表团召开全团会议')).toEqual([['十三届全国人大二次会议某某代表团全团会议', 'held']]);
    expect(meetings('3月3日下午，出席十三届全国人大二次会议的某某代表团在驻地召开全团会议')).toEqual([['某某代表团全团会议', 'held']]);
    expect(sameMeeting('十三届全国人大二次会议某某代表团全团会议', '某某代表团全团会议')).toBe(true);
  });

  it('政协某届全国委员会 and 全国政协 are one body', () => {
    expect(sameMeeting('全国政协十届三次会议', '中国人民政治协商会议第十届全国委员会第三次会议')).toBe(true);
  });

  it('so are their standing committees (政协第某届全国委员会常务委员会 = 全国政协某届常委会; 中国共产党某市委员会常务委员会 = 中共某市委常委会)', () => {
    expect(sameMeeting('全国政协十四届常委会第一次会议', '政协第十四届全国委员会常务委员会第一次会议')).toBe(true);
    expect(sameMeeting('全国政协十四届常委会第一次会议', '政协第十四届全国委员会常务委员会第二次会议')).toBe(false);
    expect(sameMeeting('甲乙市政协常委会第三次会议', '政协甲乙市第九届委员会常务委员会第三次会议')).toBe(true);
    expect(sameMeeting('中共甲乙市委常委会会议', '中国共产党甲乙市委员会常务委员会会议')).toBe(true);
  });
});

describe('a convening that is imminent', () => {
  it('X开幕在即 / X召开前夕: X is still to come', () => {
    expect(meetings('市政协九届三次全会开幕在即，要充分用好全会平台')).toEqual([['市政协九届三次全会', 'referenced']]);
    expect(meetings('县十七届人大二次会议召开前夕，县委召开常委会会议')).toEqual([
      ['县十七届人大二次会议', 'referenced'],
      ['县委常委会会议', 'held'],
    ]);
  });
});

describe('a meeting named in the clause before its verb', () => {
  it('某某代表大会在完成各项议程后，于上午胜利闭幕: the clause of time alone takes the name before it', () => {
    expect(meetings('9月28日，中国共产党某某县第十六次代表大会在圆满完成了各项议程后，于上午胜利闭幕')).toEqual([['中国共产党某某县第十六次代表大会', 'held']]);
  });

  it('someone chairing a meeting\'s closing (某某主持大会闭幕式) names no meeting', () => {
    expect(meetings('钱文主持大会闭幕式')).toEqual([]);
  });
});

describe('a study the meeting did', () => {
  it('开展专题学习 with no body is the meeting reported, not another one — and a title\'s words before it (《…确定的…》) are no verb of the clause', () => {
    const s = '会上，中心组成员围绕《为实现某某确定的目标任务而团结奋斗》开展专题学习，并进行研讨交流';
    expect(meetings(s)).toEqual([['专题学习', 'generic']]);
  });
});

describe('a kind named twice', () => {
  it('某某民主生活会会议 is 某某民主生活会; 县委常委会会议 is 县委常委会', () => {
    expect(sameMeeting('中央某某民主生活会', '中央某某民主生活会会议')).toBe(true);
    expect(sameMeeting('县委常委会', '县委常委会会议')).toBe(true);
    expect(sameMeeting('县委常委会会议', '县政府常务会议')).toBe(false);
  });
});

describe('this year\'s sitting of a body', () => {
  it('某县政府召开今年第二次县务会议: the body\'s, without the word of time', () => {
    expect(meetings('某某县政府13日召开今年第二次县务会议')).toEqual([['某某县政府第二次县务会议', 'held']]);
  });

  it('a headline\'s tags ([图]【聚焦两会】, 【视频】) are no part of the name', () => {
    expect(meetings('[图]【聚焦2012某某“两会”】县政协十一届六次会议今日开幕')).toEqual([['县政协十一届六次会议', 'held']]);
    expect(meetings('【视频】县政府第5次常务会议召开')).toEqual([['县政府第5次常务会议', 'held']]);
  });
});

describe('a council\'s sessions and a year of the Republic', () => {
  it('某县议会第20届第18次临时会 is a meeting; 某县政府于春节前召开114年第1次县务会议 is the body\'s', () => {
    expect(meetings('某某县议会第20届第18次临时会16日上午开幕')).toEqual([['某某县议会第20届第18次临时会', 'held']]);
    expect(meetings('某某县政府于春节前召开114年第1次县务会议')).toEqual([['某某县政府114年第1次县务会议', 'held']]);
  });
});
