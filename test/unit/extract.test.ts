import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract.js';
import type { ExtractionRecord } from '../../src/domain/index.js';

function run(text: string): ExtractionRecord {
  const r = extractDocument({ source: 't.txt', text });
  if (!r.ok) throw new Error(r.error);
  return r.record;
}

/** meeting name → role → sorted names */
function roles(r: ExtractionRecord): Record<string, Record<string, string[]>> {
  const person = new Map(r.people.map((p) => [p.id, p.name]));
  const meeting = new Map(r.meetings.map((m) => [m.id, m.name]));
  const out: Record<string, Record<string, string[]>> = {};
  for (const x of r.relations) {
    if (!['CHAIRED', 'SPOKE_AT', 'ATTENDED'].includes(x.type)) continue;
    const m = meeting.get(x.to)!;
    ((out[m] ??= {})[x.type] ??= []).push(person.get(x.from)!);
  }
  for (const m of Object.values(out)) for (const k of Object.keys(m)) m[k]!.sort();
  return out;
}

function planRels(r: ExtractionRecord): Array<[string, string, string]> {
  const plan = new Map(r.plans.map((p) => [p.id, p.title]));
  const meeting = new Map(r.meetings.map((m) => [m.id, m.name]));
  return r.relations
    .filter((x) => x.type === 'APPROVED' || x.type === 'REVIEWED')
    .map((x) => [meeting.get(x.from)!, x.type, plan.get(x.to)!] as [string, string, string]);
}

describe('extractDocument', () => {
  it('merges the headline and body mentions of one meeting, with its date, city and roles', () => {
    const r = run(
      [
        '市政府召开常务会议',
        '发布时间：2021-07-16 18:00 来源：绍兴日报',
        '7月15日，市委副书记、市长盛阅春主持召开市政府第八十次常务会议，审议并原则通过《绍兴市数字经济发展三年行动计划》。',
        '副市长邵全卯、丁友东出席会议。',
        '会议还审议了《行动计划》的任务分工。',
        '（记者 韩芳）',
      ].join('\n'),
    );
    expect(r.meetings.filter((m) => m.status === 'held').map((m) => [m.name, m.date, m.ordinal])).toEqual([['市政府第八十次常务会议', '2021-07-15', '80']]);
    expect(r.document.city).toBe('绍兴');
    expect(r.document.publishedAt).toBe('2021-07-16');
    expect(roles(r)).toEqual({ 市政府第八十次常务会议: { CHAIRED: ['盛阅春'], ATTENDED: ['丁友东', '邵全卯'] } });
    expect(planRels(r)).toEqual([['市政府第八十次常务会议', 'APPROVED', '绍兴市数字经济发展三年行动计划']]);
    // the short alias 《行动计划》 folds into the full title (and its REVIEWED into the APPROVED)
    expect(r.plans.map((p) => [p.title, p.aliases])).toEqual([['绍兴市数字经济发展三年行动计划', ['行动计划']]]);
    // staff are kept apart from officials
    expect(r.people.find((p) => p.name === '韩芳')?.role).toBe('staff');
    expect(r.relations.filter((x) => x.type === 'REPORTED')).toHaveLength(1);
  });

  it('every relation carries its evidence sentence, the original text, a rule and a confidence', () => {
    const r = run('3月2日，區長(zhǎng)馮建國主持召開區政府常務會議。');
    const chair = r.relations.find((x) => x.type === 'CHAIRED')!;
    expect(chair.evidence).toBe('3月2日，区长冯建国主持召开区政府常务会议。');
    expect(chair.evidenceOriginal).toBe('3月2日，區長(zhǎng)馮建國主持召開區政府常務會議。');
    expect(chair.rule).toMatch(/chair/);
    expect(chair.confidence).toBeGreaterThan(0.5);
    expect(r.people[0]).toMatchObject({ name: '冯建国', surface: '馮建國', titles: ['区长'] });
  });

  it('a surface form is the name as written, never the title written after it (某某常务副县长, 馮某某教授)', () => {
    const r = run('3月2日，縣長王一民主持召開縣政府常務會議。馮一山常務副縣長在會上講話，馮一川教授出席會議。');
    const byName = new Map(r.people.map((p) => [p.name, p]));
    expect(byName.get('冯一山')).toMatchObject({ surface: '馮一山', titles: ['常务副县长'] });
    expect(byName.get('冯一川')).toMatchObject({ surface: '馮一川', titles: ['教授'] });
    const simplified = run('3月2日，县长王一民主持召开县政府常务会议。石一山常务副县长在会上讲话。');
    expect(simplified.people.find((p) => p.name === '石一山')!.surface).toBeUndefined();
  });

  it('studied meetings get a STUDIED edge and no participants', () => {
    const r = run('5月9日，市委常委会召开会议，传达学习省委十四届三次全会精神。市委书记倪春主持会议。');
    const studied = r.meetings.find((m) => m.status === 'referenced');
    expect(studied?.name).toBe('省委十四届三次全会');
    expect(r.relations.some((x) => x.type === 'STUDIED' && x.to === studied?.id)).toBe(true);
    expect(roles(r)).toEqual({ 市委常委会会议: { CHAIRED: ['倪春'] } });
    expect(r.meetings.find((m) => m.status === 'held')?.date).toBe('XXXX-05-09');
  });

  it('a meeting it decides to convene, or asks to hold well, is referred to, not studied', () => {
    const r = run('3月2日，市长黄盖主持召开市政府第20次常务会议。会议决定，于3月10日召开市政府第五次全体会议。会议要求开好年度民主生活会。会议传达学习了省政府第八次全体会议精神。');
    const names = Object.fromEntries(r.meetings.map((m) => [m.id, m.name]));
    expect(r.relations.filter((x) => x.type === 'STUDIED').map((x) => names[x.to])).toEqual(['省政府第八次全体会议']);
    // a later item of what is relayed: a speech at another meeting (…和某某在某会议上的讲话精神)
    const r2 = run('5月9日，市长黄盖主持召开市政府第21次常务会议，传达学习省委书记重要讲话精神和省长在省政府第九次全体会议上的讲话精神。');
    const names2 = Object.fromEntries(r2.meetings.map((m) => [m.id, m.name]));
    expect(r2.relations.filter((x) => x.type === 'STUDIED').map((x) => names2[x.to])).toEqual(['省政府第九次全体会议']);
  });

  it('a meeting held before the main one (会前) keeps its own participants', () => {
    const r = run(
      [
        '8日，县长蓝天主持召开县政府第15次常务会议。',
        '会前，蓝天主持召开了县政府党组会议。',
        '县领导韦波、覃丽出席会议。',
      ].join('\n'),
    );
    expect(roles(r)).toEqual({
      县政府第15次常务会议: { CHAIRED: ['蓝天'], ATTENDED: ['覃丽', '韦波'] },
      县政府党组会议: { CHAIRED: ['蓝天'] },
    });
  });

  it('meetings announced together, then reported one by one (随后召开…): each keeps its own people, the second on the first one\'s day', () => {
    const r = run(
      [
        '县政府召开党组会议和第5次常务会议',
        '3月4日，县长蓝天主持召开县政府党组会议，传达有关精神。',
        '随后，蓝天主持召开县政府第5次常务会议。副县长韦波、覃丽出席会议。',
      ].join('\n'),
    );
    expect(roles(r)).toEqual({
      县政府党组会议: { CHAIRED: ['蓝天'] },
      县政府第5次常务会议: { CHAIRED: ['蓝天'], ATTENDED: ['覃丽', '韦波'] },
    });
    expect(r.meetings.filter((m) => m.status === 'held').map((m) => m.date)).toEqual(['XXXX-03-04', 'XXXX-03-04']);
  });

  it('a speech handled as a text names no meeting held; a report reviewed under its short and its full title is one plan', () => {
    const r = run(
      [
        '12月5日，省委常委会召开会议，研究讨论书记在省委九届三次全会第一次全体会议上的讲话，研究讨论省委常委会工作报告。',
        '会议研究讨论了《中共某省委常委会工作报告》，要求修改后提交全会审议。',
      ].join('\n'),
    );
    expect(r.meetings.filter((m) => m.status === 'held').map((m) => m.name)).toEqual(['省委常委会会议']);
    expect(planRels(r)).toEqual([['省委常委会会议', 'REVIEWED', '中共某省委常委会工作报告']]);
    expect(r.plans.map((p) => [p.title, p.aliases])).toEqual([['中共某省委常委会工作报告', ['省委常委会工作报告']]]);
  });

  it('a draft named with its mark and without it in one article is one plan (…实施方案(讨论稿) / …实施方案)', () => {
    const r = run(
      [
        '8月14日，中国共产党某旗第十六届委员会第十一次全体会议召开。旗委书记钱文主持会议，并就《某旗委关于推进改革的实施方案(讨论稿)》作说明。',
        '会议审议《某旗委关于推进改革的实施方案》。',
      ].join('\n'),
    );
    expect(r.plans.map((p) => [p.title, p.aliases])).toEqual([['某旗委关于推进改革的实施方案', ['某旗委关于推进改革的实施方案(讨论稿)']]]);
    expect(planRels(r).map(([, type, title]) => [type, title])).toEqual([['REVIEWED', '某旗委关于推进改革的实施方案']]);
  });

  it('a printed speech names its speaker under the title (在某会议上的讲话 / 县委书记 某某)', () => {
    const r = run(['在全县安全生产工作会议上的讲话', '县委书记 邬强', '（2024年3月5日）', '同志们：', '刚才，县长柏丽同志通报了全县安全生产情况。'].join('\n'));
    expect(roles(r)).toEqual({ 全县安全生产工作会议: { SPOKE_AT: ['邬强'], ATTENDED: ['柏丽'] } });
    expect(r.relations.find((x) => x.type === 'SPOKE_AT')?.rule).toBe('speech:speech-byline');
    // a speech whose speaker is not named: nobody spoke
    expect(roles(run(['在全县安全生产工作会议上的讲话', '同志们：', '今天我们召开会议。'].join('\n')))).toEqual({});
  });

  it('出席会议的有…: the cue comes before the people', () => {
    const r = run('9月1日，市政府召开全体会议。出席会议的有市领导甘霖、汪洋、柴静。');
    expect(roles(r)).toEqual({ 市政府全体会议: { ATTENDED: ['柴静', '汪洋', '甘霖'] } });
  });

  it('昨天/今天 count from the publication date', () => {
    const r = run(['日期：2020-11-05', '昨天下午，市长邬军主持召开市政府常务会议。'].join('\n'));
    expect(r.meetings[0]?.date).toBe('2020-11-04');
    // 日前 at a clause's start is the publication day; 10日前 ("before the 10th") is no date of the meeting
    expect(run(['日期：2020-11-05', '日前，市长邬军主持召开市政府常务会议。'].join('\n')).meetings[0]?.date).toBe('2020-11-05');
    expect(run(['日期：2020-11-05', '11月3日，市长邬军主持召开市政府常务会议，要求11月10日前完成整改。'].join('\n')).meetings[0]?.date).toBe('2020-11-03');
    // 前日 is 前天, two days before; inside a word (目前日程) it is none
    expect(run(['日期：2020-11-05', '前日，市长邬军主持召开市政府常务会议。'].join('\n')).meetings[0]?.date).toBe('2020-11-03');
    expect(run(['日期：2020-11-05', '目前日程已定，11月4日，市长邬军主持召开市政府常务会议。'].join('\n')).meetings[0]?.date).toBe('2020-11-04');
  });

  it('a meeting that looks back on a year (2020年度民主生活会) is dated in the next year when held in its first months', () => {
    expect(run('2月8日下午，某县政府党组召开2020年度民主生活会，县长王一民主持会议。').meetings[0]?.date).toBe('2021-02-08');
    expect(run('12月28日，某县政府党组召开2020年度民主生活会，县长王一民主持会议。').meetings[0]?.date).toBe('2020-12-28');
  });

  it('plans of two meetings held together go to the business meeting', () => {
    const r = run('6月1日，区长主持召开区政府党组会议和区政府第9次常务会议。会议审议通过《某区老旧小区改造方案》。');
    expect(planRels(r)).toEqual([['区政府第9次常务会议', 'APPROVED', '某区老旧小区改造方案']]);
  });

  it('a template with placeholders names nobody, nowhere and no date', () => {
    const r = run('在全市XX工作会议上的讲话\n同志们：\n20xx年，X省X市要完成X项任务，XX同志要抓好落实。');
    expect(r.people).toEqual([]);
    expect(r.document.city).toBeNull();
    expect(r.meetings.every((m) => m.date === null)).toBe(true);
  });

  it('a city named only in what the meeting relays is not the article’s (贯彻落实某市…会议精神)', () => {
    const relayed = run('2月6日，市长主持召开市政府第9次常务会议。会议要求，要认真贯彻落实宿州市经济工作会议精神。');
    expect(relayed.document.city).toBeNull();
    const own = run('2月6日，宿州市市长主持召开市政府第9次常务会议。会议要求，要认真贯彻落实全省经济工作会议精神。');
    expect(own.document.city).toBe('宿州');
  });

  it('a provincial meeting\'s venue (在长沙闭幕) is its capital, not a city it is about', () => {
    const r = run('3月28日上午，省十三届人大常委会第十次会议在长沙闭幕。省人大常委会副主任邬启明主持会议。\n会议表决通过了《湖南省某某保护条例》，关于批准《长沙市文明行为促进条例》的决定。\n3月28日上午，省十三届人大常委会第十次会议在长沙闭幕。会议此前于3月26日在长沙开幕。');
    expect(r.document.city).toBeNull();
    // a city's own meeting at home is still the city's
    expect(run('3月28日上午，长沙市委常委会会议在长沙召开。市委书记邬启明主持会议。').document.city).toBe('长沙');
  });

  it('a division the text goes to or works with (赴某县考察, 与某县协作) is not the article\'s place', () => {
    expect(run('3月1日，县长主持召开县政府常务会议，听取了赴平遥县学习考察情况的汇报。').document.city).toBeNull();
    expect(run('3月1日，县长主持召开县政府常务会议，研究与平遥县开展对口协作事宜。').document.city).toBeNull();
    // its own, named as well, is found still
    expect(run('3月1日，介休市市长主持召开市政府常务会议，听取了赴平遥县学习考察情况的汇报。').document.city).toBe('介休');
    // (a post of the division after it, 与某县县长…, is the division's own: no place gone to)
    expect(run('3月1日，县委书记与平遥县县长共同主持召开县政府常务会议。').document.city).toBe('平遥');
    // (与会 is no 与, 去年 no 去)
    expect(run('3月1日，县长主持召开县政府常务会议，与会平遥县领导听取了汇报。').document.city).toBe('平遥');
    expect(run('3月1日，县长主持召开县政府常务会议。去年平遥县旅游收入增长一成。').document.city).toBe('平遥');
    // (a list of places gone to, named bare: 前往甲、乙、丙等地)
    expect(run('3月1日，镇民代表会定期大会进入第三天议程，代表们前往平遥、东门里、南街等地实地考察。').document.city).toBeNull();
  });

  it('a record\'s 主持人：某某 chaired: 主持人 is the part, no post (a session body\'s 主席团会议主持人 is one)', () => {
    const r = run('县政府第5次常务会议纪要\n会议时间：2024年3月1日\n主持人：王一民\n参会人员：李二山、钱四海\n会议研究了春耕生产工作。');
    expect(r.people.find((p) => p.name === '王一民')?.titles).toEqual([]);
    expect(r.relations.some((x) => x.type === 'CHAIRED' && r.people.find((p) => p.id === x.from)?.name === '王一民')).toBe(true);
    const session = run('5日上午，县政协九届三次会议主席团举行第二次会议，由主席团会议主持人钱四海主持。');
    expect(session.people.find((p) => p.name === '钱四海')?.titles).toEqual(['主席团会议主持人']);
  });

  it('a site\'s greeting names the site, and so the place (欢迎访问某某县人民政府网)', () => {
    expect(run('欢迎访问平遥县人民政府网\n县政府召开常务会议\n3月1日，县长主持召开县政府常务会议。').document.city).toBe('平遥');
  });

  it('a guest invited to lecture comes from elsewhere: the place in the guest\'s title is not the article\'s', () => {
    const guest = run('昨日下午，全市理论学习中心组工作会议召开。会议邀请宿州市委党校教授甲乙丙作专题辅导报告。');
    expect(guest.document.city).toBeNull();
    const own = run('昨日下午，宿州市理论学习中心组工作会议召开。会议邀请省委党校教授甲乙丙作专题辅导报告。');
    expect(own.document.city).toBe('宿州');
    // a guest named without 邀请 is read as before
    expect(run('昨日下午，全市理论学习中心组工作会议召开。宿州市委党校教授甲乙丙作专题辅导报告。').document.city).toBe('宿州');
  });

  it('a provincial meeting that does not name its province has no city', () => {
    const r = run('18日，省长主持召开省政府常务会议，研究支持齐齐哈尔振兴发展。');
    expect(r.document.city).toBeNull();
  });

  it('a national body\'s meeting is about no city, whatever the dateline or the venue', () => {
    const r = run('新华社北京3月12日电 政协第九届全国委员会第八次主席会议12日下午在北京举行。全国政协主席甘宁主持会议。');
    expect(r.document.city).toBeNull();
    expect(r.meetings.map((m) => m.date)).toEqual(['XXXX-03-12']);
  });

  it('a meeting a national leader chairs is about no city, not the county of one who spoke at it', () => {
    const r = run(
      [
        '1月12日，中共中央总书记、国家主席、中央军委主席甘宁在北京主持召开座谈会，同某研修班学员进行座谈。',
        '某省某市东山县委书记邬启明、另一省某市富平县委书记柏林等先后发言。',
      ].join('\n'),
    );
    expect(r.document.city).toBeNull();
    // (a county's own meeting, chaired by its secretary, is about that county)
    const local = run('1月12日，福建省东山县委书记邬启明主持召开座谈会。');
    expect(local.document.city).toBe('东山');
  });

  it('NAME于…举行 names the meeting; 传达/通报 at the meeting is attending it, not the meeting relayed', () => {
    const r = run(
      [
        '市十五届人大常委会第二十次会议于6月28日至29日举行。市人大常委会主任许明主持会议。副市长邓超列席会议。',
        '会议表决通过了《某市城市绿化条例》。市委副书记何平传达了全省安全生产工作会议精神。副市长马林通报了有关情况。',
      ].join('\n'),
    );
    expect(roles(r)).toEqual({ 市十五届人大常委会第二十次会议: { CHAIRED: ['许明'], ATTENDED: ['何平', '邓超', '马林'] } });
    expect(planRels(r)).toEqual([['市十五届人大常委会第二十次会议', 'APPROVED', '某市城市绿化条例']]);
    expect(r.meetings.find((m) => m.status === 'held')?.date).toBe('XXXX-06-28');
  });

  it('the same text gives the same ids', () => {
    const t = '7月1日，市长邹平主持召开市政府常务会议。';
    expect(run(t)).toEqual(run(t));
  });
});

describe('meetings named late or in relative clauses', () => {
  it('roles before the meeting is named go to it once it is named', () => {
    const r = run('市委书记严明出席会议并讲话。12月3日，全市经济工作会议召开。副市长施雨主持会议。');
    expect(roles(r)).toEqual({ 全市经济工作会议: { ATTENDED: ['严明'], SPOKE_AT: ['严明'], CHAIRED: ['施雨'] } });
  });
  it('某某主持召开的…会议上 reports that meeting; …召开的…会议 names another', () => {
    const r = run('在市长龙涛主持召开的市政府第10次常务会议上，审议通过了《某市停车管理办法》。');
    expect(roles(r)).toEqual({ 市政府第10次常务会议: { CHAIRED: ['龙涛'] } });
    expect(planRels(r)).toEqual([['市政府第10次常务会议', 'APPROVED', '某市停车管理办法']]);
  });
});

describe('whole articles written for the tests', () => {
  it('a CPPCC standing committee meeting: chair who speaks, vice-chairs, invited and reporting officials', () => {
    const r = run(
      [
        '政协第十二届某某市委员会常务委员会第八次会议召开',
        '8月25日，政协第十二届某某市委员会常务委员会第八次会议召开。市政协主席孙立新主持会议并讲话。市政协副主席李华、陈明，秘书长吴刚出席会议。市委常委、统战部部长郑丽应邀出席会议。副市长何涛通报了上半年全市经济社会发展情况。',
        '会议审议通过了《政协某某市委员会关于加强协商民主建设的意见》。',
      ].join('\n'),
    );
    const name = '政协第十二届某某市委员会常务委员会第八次会议';
    expect(roles(r)).toEqual({ [name]: { CHAIRED: ['孙立新'], SPOKE_AT: ['孙立新'], ATTENDED: ['何涛', '吴刚', '李华', '郑丽', '陈明'] } });
    expect(r.meetings.find((m) => m.name === name)).toMatchObject({ kind: '常委会', ordinal: '8', date: 'XXXX-08-25' });
    expect(r.people.find((p) => p.name === '郑丽')?.titles).toEqual(['市委常委', '统战部部长']);
  });

  it('a county work conference: the speaker attends, the chair chairs, a long list with generic and titled leaders', () => {
    const r = run(
      [
        '12月8日，全县经济工作会议召开。县委书记刘洋出席会议并讲话，县委副书记、县长赵伟主持会议。',
        '县领导李明、王芳、张强，县人大常委会主任周军，县政协主席吴敏等出席会议。',
      ].join('\n'),
    );
    expect(roles(r)).toEqual({ 全县经济工作会议: { ATTENDED: ['刘洋', '吴敏', '周军', '张强', '李明', '王芳'], SPOKE_AT: ['刘洋'], CHAIRED: ['赵伟'] } });
    expect(r.people.find((p) => p.name === '王芳')?.titles).toEqual([]);
  });
});

describe('chairing and speaking in one clause', () => {
  it('主持召开…会议并讲话 is CHAIRED and SPOKE_AT at that meeting', () => {
    const r = run('4月2日，市委书记甘霖主持召开市委常委会会议并讲话。');
    expect(roles(r)).toEqual({ 市委常委会会议: { CHAIRED: ['甘霖'], SPOKE_AT: ['甘霖'] } });
  });
});

describe('roundups', () => {
  it('a new dated paragraph reporting another meeting takes the roles that follow it', () => {
    const r = run(
      [
        '5月6日，市委常委会召开会议。市委书记甲乙丙主持会议。',
        '市领导钱丁、孙戊出席会议。',
        '5月7日，市政府召开第9次常务会议。市长周庚主持会议。',
        '副市长吴辛出席会议。',
      ].join('\n'),
    );
    expect(roles(r)).toEqual({
      市委常委会会议: { CHAIRED: ['甲乙丙'], ATTENDED: ['孙戊', '钱丁'] },
      市政府第9次常务会议: { CHAIRED: ['周庚'], ATTENDED: ['吴辛'] },
    });
  });

  it('a paragraph opening with a relative day after 本报讯 starts another report too', () => {
    const r = run(
      [
        '本报讯 昨日上午，我县召开项目推进协调会。县委书记邬启明出席。县长童嘉树主持。',
        '本报讯 昨日下午，县委书记邬启明主持召开专题会议，研究搬迁事宜。县长童嘉树出席。',
      ].join('\n'),
    );
    expect(roles(r)).toEqual({
      项目推进协调会: { CHAIRED: ['童嘉树'], ATTENDED: ['邬启明'] },
      专题会议: { CHAIRED: ['邬启明'], ATTENDED: ['童嘉树'] },
    });
  });
});

describe('the meeting\'s own day', () => {
  it('a generic name in the dated sentence dates the article\'s meeting', () => {
    const r = run(['邬启明主持召开座谈会', '3月7日上午，市委副书记、市长邬启明主持召开座谈会，听取意见建议。'].join('\n'));
    expect(r.meetings.filter((m) => m.status === 'held').map((m) => m.date)).toEqual(['XXXX-03-07']);
  });

  it('a day another meeting is decided for is not this meeting\'s day', () => {
    const r = run(
      [
        '区人大常委会举行第12次主任会议 决定区人大常委会第九次会议3月5日召开',
        '日期：2025-03-02',
        '3月1日，区人大常委会举行第12次主任会议。会议决定，区人大常委会第九次会议3月5日召开。',
        '区人大常委会主任邬启明主持会议。',
      ].join('\n'),
    );
    const held = r.meetings.filter((m) => m.status === 'held');
    expect(held.map((m) => [m.name, m.date])).toEqual([['区人大常委会第12次主任会议', '2025-03-01']]);
  });
});

describe('text of any shape', () => {
  it('a run with no sentence end is cut into sentences of at most 400 characters, at a comma when it can, offsets kept', async () => {
    const { splitSentences } = await import('../../src/pipeline/extract.js');
    const text = '会议研究了有关事项，副市长甲乙出席会议'.repeat(200); // 3,800 characters, no 。 and no line break
    const ss = splitSentences(text);
    expect(ss.length).toBeGreaterThan(9);
    expect(Math.max(...ss.map((s) => s.text.length))).toBeLessThanOrEqual(400);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(ss.slice(0, -1).every((s) => s.text.endsWith('，'))).toBe(true);
    expect(ss.map((s) => s.text).join('')).toBe(text);
  });

  it('people are still read in a text with no sentence end', () => {
    const r = run(`${'会议研究了有关事项，'.repeat(100)}市长邬启明主持召开市政府常务会议，${'会议研究了有关事项，'.repeat(100)}`);
    expect(roles(r)).toEqual({ 市政府常务会议: { CHAIRED: ['邬启明'] } });
  });
});

describe('leaders named in what was studied', () => {
  it('are not participants; a local official who shares such a name and is listed as attending is', () => {
    const r = run(['3月2日，县委书记邬启明主持召开县委常委会会议，传达学习习近平总书记在中央经济工作会议上的重要讲话精神和李强总理的重要指示。', '副县长李强、童嘉树出席会议。'].join('\n'));
    expect(roles(r)).toEqual({ 县委常委会会议: { CHAIRED: ['邬启明'], ATTENDED: ['李强', '童嘉树'] } });
    // and the local official does not take the leader's title
    expect(r.people.find((p) => p.name === '李强')?.titles).toEqual(['副县长']);
  });

  it('nor is a leader named in a later item of the studied list (…重要讲话和某某总理在…上的讲话精神)', () => {
    const r = run('3月2日，县委书记邬启明主持召开县委常委会会议，传达学习习近平总书记重要讲话和李强总理在国务院常务会议上的讲话精神。县委副书记、县长李强出席会议。');
    expect(r.people.find((p) => p.name === '李强')?.titles).toEqual(['县委副书记', '县长']);
    const studied = r.meetings.find((m) => m.name === '国务院常务会议');
    expect(studied?.status).toBe('referenced');
    expect(r.relations.some((x) => x.type === 'STUDIED' && x.to === studied?.id)).toBe(true);
  });
});

describe('a headline run into the text', () => {
  it('the meeting its roles bring in takes the day the same sentence gives', () => {
    const r = run('某某主持召开座谈会 征求意见建议 3月7日上午，市委副书记、市长邬启明主持召开座谈会，听取意见。');
    // (named by the generic name it was convened under)
    expect(r.meetings.map((m) => [m.name, m.date])).toEqual([['座谈会', 'XXXX-03-07']]);
    expect(roles(r)).toEqual({ 座谈会: { CHAIRED: ['邬启明'] } });
  });
});

describe('meetings convened together (套开)', () => {
  it('sat on the day of the meeting reported', () => {
    const r = run(['7月10日，县长邬启明主持召开县政府常务会议，研究有关工作。', '会议还套开了县安全生产委员会会议。'].join('\n'));
    expect(r.meetings.map((m) => [m.name, m.date])).toEqual([
      ['县政府常务会议', 'XXXX-07-10'],
      ['县安全生产委员会会议', 'XXXX-07-10'],
    ]);
  });
});

describe('a meeting\'s minutes', () => {
  it('headline, 时间：/地点： fields (the meeting\'s, not the page\'s), 主持：, 出席：, 列席：', () => {
    const r = run(['县政府第13次常务会议纪要', '时间：2024年4月22日上午', '地点：县政府三楼会议室', '主持：韩立新', '出席：邵文、钟平', '列席：郑海，县直有关部门主要负责人', '请假：范志坚', '会议审议通过了《某县政府投资项目管理办法》。'].join('\n'));
    expect(r.meetings.map((m) => [m.name, m.date])).toEqual([['县政府第13次常务会议', '2024-04-22']]);
    expect(roles(r)).toEqual({ 县政府第13次常务会议: { CHAIRED: ['韩立新'], ATTENDED: ['邵文', '郑海', '钟平'] } });
    expect(planRels(r)).toEqual([['县政府第13次常务会议', 'APPROVED', '某县政府投资项目管理办法']]);
  });

  it('set out as a table (each label on its line, its value on the next), 主席 the chair where those present are listed, a dashed 开会日期', () => {
    const r = run(['跳到主要内容区块', '', '某市政府第88次市政会议', '', '开会日期', '', '2020-12-22 09:00:00', '', '开会地点', '', '市政大楼会议室', '', '主席', '', '邬启明', '', '纪录', '', '童文', '', '出席', '', '钱文、童嘉树', '', '列席', '', '孙立', '', '壹、讨论事项'].join('\n'));
    expect(r.document.title).toBe('某市政府第88次市政会议');
    expect(r.meetings.map((m) => [m.name, m.date])).toEqual([['某市政府第88次市政会议', '2020-12-22']]);
    expect(roles(r)).toEqual({ 某市政府第88次市政会议: { CHAIRED: ['邬启明'], ATTENDED: ['孙立', '童嘉树', '钱文'] } });
    // (the same fields with colons)
    const c = run(['某市政府第88次市政会议', '开会日期：2020-12-22 09:00', '主席：邬启明', '出席：钱文、童嘉树'].join('\n'));
    expect(roles(c)).toEqual({ 某市政府第88次市政会议: { CHAIRED: ['邬启明'], ATTENDED: ['童嘉树', '钱文'] } });
    // (the fields numbered, 一、时间：…, the day by the Republic's years, the next field never run into the list before it)
    const n = run(['某镇民代表会第五次会议纪录', '一、时间：中华民国111年4月27日上午9时', '二、出席：钱主席文立、孙代表永隆、邝代表明', '三、列席：钟镇长立新、本会柏秘书杨青', '四、主席：钱主席文立 纪录：童文'].join('\n'));
    expect(n.meetings.map((m) => [m.name, m.date])).toEqual([['某镇民代表会第五次会议', '2022-04-27']]);
    expect(roles(n)).toEqual({ 某镇民代表会第五次会议: { CHAIRED: ['钱文立'], ATTENDED: ['孙永隆', '柏杨青', '邝明', '钟立新', '钱文立'] } });
    // (fields with a colon and their lists on the lines after them stay lists: every line is an item)
    const l = run(['某县政府第5次常务会议纪要', '出席人员：', '县委副书记、县长邬启明', '副县长童嘉树', '列席：', '钱文', '会议研究了有关事项。'].join('\n'));
    expect(roles(l)).toEqual({ 某县政府第5次常务会议: { ATTENDED: ['童嘉树', '邬启明', '钱文'] } });
    // (plain 时间/地点 cells, a time cell whose value repeats its label, and 出列席人员 as the list of those present)
    const p = run(['某市政府第88次市务会议纪录', '', '时间', '', '时间:民国110年4月13日(星期三)上午8时', '', '地点', '', '本府6楼第2会议室', '', '主席', '', '市长 邬启明', '', '出列席人员', '', '(详如签到簿)', '', '纪录', '', '童文', '', '主席裁示事项:'].join('\n'));
    expect(p.meetings.map((m) => [m.name, m.date])).toEqual([['某市政府第88次市务会议', '2021-04-13']]);
    expect(roles(p)).toEqual({ 某市政府第88次市务会议: { CHAIRED: ['邬启明'] } });
    // (numbered fields run together on one line, as a page copied from a PDF gives them, under a 议事录 headline;
    // 出席人： lists those present, and a township office's 课长 is a post)
    const q = run(['某镇民代表会第5次临时大会议事录', '壹、开会纪录预备会议纪录:一、开会时间:民国108年12月19日二、开会地点:本会议事厅三、出席人:钱主席文立、孙代表永隆,计2名。四、列席人:镇长童嘉树、民政课长邝明,计2名。五、主席:钱主席文立六、纪录:组员童文七、司仪:柏杨'].join('\n'));
    expect(q.meetings.map((m) => [m.name, m.date])).toEqual([['某镇民代表会第5次临时大会', '2019-12-19']]);
    expect(roles(q)).toEqual({ 某镇民代表会第5次临时大会: { CHAIRED: ['钱文立'], ATTENDED: ['孙永隆', '童嘉树', '邝明', '钱文立'] } });
    // (a record of a sitting, turn by turn: who spoke there)
    const w = run(['某乡民代表会第九届第八次定期大会第三次会议议事录', '孙秘书永隆：本次会议应出席代表六位，已达法定人数，请主席宣布开会。', '主席钱文立：依法宣布正式开会，现在进行乡政总质询。', '邝代表明：请建设课说明工程进度。'].join('\n'));
    expect(w.meetings.map((m) => m.name)).toEqual(['某乡民代表会第九届第八次定期大会第三次会议']);
    expect(roles(w)).toEqual({ 某乡民代表会第九届第八次定期大会第三次会议: { SPOKE_AT: ['孙永隆', '邝明', '钱文立'] } });
    // (主席 with no list of those present is a post, not the chair's field)
    const t = run(['3月2日，县政协召开主席会议。', '主席：邬启明', '会议由钱文主持。'].join('\n'));
    expect(roles(t)['县政协主席会议']?.CHAIRED).toEqual(['钱文']);
  });
});

describe('a plan’s short title', () => {
  it('folds into the one longer title it abbreviates, not into either of two', () => {
    const one = run(['3月2日，市长韩立主持召开市政府第9次常务会议，审议通过《某市数字经济三年行动计划》。', '会议还审议了《行动计划》的任务分工。'].join('\n'));
    expect(one.plans.map((p) => [p.title, p.aliases])).toEqual([['某市数字经济三年行动计划', ['行动计划']]]);
    const two = run(['3月2日，市长韩立主持召开市政府第9次常务会议，审议通过《某市数字经济三年行动计划》《某市文旅融合三年行动计划》。', '会议还审议了《行动计划》的任务分工。'].join('\n'));
    expect(two.plans.map((p) => p.title).sort()).toEqual(['某市数字经济三年行动计划', '某市文旅融合三年行动计划', '行动计划'].sort());
  });
  it('a kind alone (《报告》) with no full title to point back to is no plan, and no edge', () => {
    const r = run(['1月9日，市政府召开《政府工作报告(送审稿)》征求意见座谈会。', '副市长韩立主持座谈会，听取各界人士对《报告》的意见和建议。'].join('\n'));
    expect(r.plans).toEqual([]);
    expect(planRels(r)).toEqual([]);
  });
});

describe('the city is never read from a name', () => {
  it('not from a reporter’s name in a byline or source line, nor an official’s in a 本报讯 line', () => {
    // 建平 and 宏伟 are counties/districts; here they are given names
    const r = run(['本报讯(记者钱宏伟报道)3月2日，县委书记孙建平主持召开县委常委会会议。', '(邬启明 童建平)'].join('\n'));
    expect(r.document.city).toBeNull();
    // a source line with the names of the article's people and staff in it, the longest at each place
    const s = run(['3月2日，县委书记孙宏伟主持召开县委常委会会议，副县长童建平出席。', '来源：县融媒体中心 记者 孙宏伟 童建平 孙宏'].join('\n'));
    expect(s.document.city).toBeNull();
  });
});

describe('meetings announced together, then reported one by one', () => {
  it('a sentence that names one by its kind (党组会议由…, 常务会议由…) gives its roles to that one only', () => {
    const r = run([
      '3月1日上午，县政府召开第5次党组会议和第8次常务会议。',
      '党组会议由县政府党组书记、县长邬启明主持，县政府党组成员童嘉树参加会议。',
      '常务会议由县长邬启明主持，副县长童嘉树、简雍出席会议。会议审议通过了《某县河长制工作方案》。',
    ].join('\n'));
    expect(roles(r)).toEqual({
      县政府第5次党组会议: { CHAIRED: ['邬启明'], ATTENDED: ['童嘉树'] },
      县政府第8次常务会议: { CHAIRED: ['邬启明'], ATTENDED: ['童嘉树', '简雍'] },
    });
    expect(planRels(r)).toEqual([['县政府第8次常务会议', 'APPROVED', '某县河长制工作方案']]);
  });

  it('又 after a name is no part of it (当天下午，某某又主持召开…)', () => {
    const r = run('3月1日上午，市委书记钱文主持召开市委常委会会议。当天下午，钱文又主持召开市委财经委员会第五次会议，市委常委童嘉树参加会议。');
    expect(r.people.map((p) => p.name).sort()).toEqual(['童嘉树', '钱文']);
  });
});

describe('two news items run together on one line', () => {
  it('a second 本报讯 lead starts the report of its own meeting', () => {
    const r = run('本报讯 3月1日上午，我县召开项目推进协调会。县委书记邬启明出席。 本报讯 3月2日上午，县长童嘉树在县政府会议室主持召开专题会议，研究有关工作。副县长简雍出席。');
    expect(roles(r)).toEqual({ 项目推进协调会: { ATTENDED: ['邬启明'] }, 专题会议: { CHAIRED: ['童嘉树'], ATTENDED: ['简雍'] } });
  });
});

describe('a plenum\'s documents relayed at a standing committee', () => {
  it('全会审议通过的《X》 is the plenum\'s act, not the committee\'s; what the committee itself passed stays', () => {
    const r = run(
      [
        '3月3日，市委书记程立新主持召开市委常委会议，传达学习省委十二届四次全会精神。',
        '会议指出，全会审议通过的《关于加快某领域改革的决定》和《某省乡村振兴规划》，为全省发展指明了方向。',
        '会议原则通过了《某市营商环境提升行动方案》。',
      ].join('\n'),
    );
    expect(planRels(r)).toEqual([['市委常委会议', 'APPROVED', '某市营商环境提升行动方案']]);
  });
});

describe('an agenda set out line by line', () => {
  it('the enumerated lines after …议程是： are the next session\'s business, not acts of this meeting', () => {
    const r = run(
      [
        '5月10日，县人大常委会主任周建平主持召开县十届人大常委会第十二次会议。',
        '会议审议通过了《某县饮用水源保护条例(草案)》。',
        '会议决定县十届人大三次会议于6月1日召开。建议会议的主要议程是：',
        '一、听取和审查县人民政府工作报告；',
        '二、审查和批准《某县国土空间总体规划》；',
        '三、其他。',
        '会议还审议通过了《某县人大常委会议事规则》。',
      ].join('\n'),
    );
    expect(planRels(r)).toEqual([
      ['县十届人大常委会第十二次会议', 'APPROVED', '某县饮用水源保护条例(草案)'],
      ['县十届人大常委会第十二次会议', 'APPROVED', '某县人大常委会议事规则'],
    ]);
  });
});

describe('a second news item on one page (又讯)', () => {
  it('又讯 with its day starts another report: its roles go to the meeting it names', () => {
    const r = run(
      [
        '本报讯 5月25日，县委理论学习中心组召开2021年第4次集中学习会议，县委书记陈立华主持会议。',
        '县委副书记许国丽领学了有关文件。',
        '又讯 5月25日，县委理论学习中心组举行党史专题学习研讨会。县委书记陈立华主持会议并讲话，县领导张明媛到会指导。',
      ].join('\n'),
    );
    expect(roles(r)).toEqual({
      县委理论学习中心组2021年第4次集中学习会议: { CHAIRED: ['陈立华'], ATTENDED: ['许国丽'] },
      党史专题学习研讨会: { CHAIRED: ['陈立华'], SPOKE_AT: ['陈立华'], ATTENDED: ['张明媛'] },
    });
  });
});

describe('a sitting the meeting held itself', () => {
  it('会议首先召开预备会议…；会议审议了《X》: X is the session\'s business, not the sitting\'s', () => {
    const r = run(
      [
        '6月9日，某乡召开第九届人民代表大会第二次会议，乡党委书记王华冲主持会议。',
        '会议首先召开预备会议，通过了会议议程；会议认真听取审议了《政府工作报告》、《财政工作报告》。',
      ].join('\n'),
    );
    expect(planRels(r).map(([m, , p]) => [m, p])).toEqual([
      ['某乡第九届人民代表大会第二次会议', '政府工作报告'],
      ['某乡第九届人民代表大会第二次会议', '财政工作报告'],
    ]);
  });
});

describe('the day of a meeting the headline names', () => {
  it('a dated lead that convenes something it does not name as a meeting dates the headline\'s meeting', () => {
    const r = run(
      [
        '某镇召开党委换届工作动员会',
        '发布时间：2019-05-06',
        '根据县委部署，某镇党委安排在今年下半年进行换届。5月6日上午，某镇在三楼会议室召开换届工作动员，全镇干部参加会议。',
        '镇党委书记王华冲在会上作重要讲话。',
      ].join('\n'),
    );
    expect(r.meetings.filter((m) => m.status === 'held').map((m) => [m.name, m.date])).toEqual([['某镇党委换届工作动员会', '2019-05-06']]);
  });

  it('so does a dated lead that gathers people for it (约请…负责人，就…进行座谈)', () => {
    const r = run(['市政协召开各民主党派负责人座谈会', '', '9月27日下午，市政协约请各民主党派负责人，就当前政协工作进行座谈。市政协主席邬启明主持会议。'].join('\n'));
    expect(r.meetings.filter((m) => m.status === 'held').map((m) => [m.name, m.date])).toEqual([['各民主党派负责人座谈会', 'XXXX-09-27']]);
  });
});

describe('a page of briefs, one item a bullet', () => {
  const page = [
    '要闻简报',
    '  ◆3月2日，我县在县政府会议室召开春季造林工作调度会。副县长柯明远出席，各乡镇分管负责人参加会议。',
    '  ◆ 3月4日，我县召开安全生产工作安排会。副县长韦立新出席，县直有关单位负责人参加。',
    '  ◆在植树节到来之际，3月5日，县政协组织部分委员开展义务植树活动。县政协副主席童嘉树参加。',
    '  ◆会议强调，要压实责任。县长王华冲出席。',
  ].join('\n');
  it('each dated item reports its own meeting; an item with no meeting gives its people no meeting', () => {
    expect(roles(run(page))).toEqual({
      春季造林工作调度会: { ATTENDED: ['柯明远'] },
      安全生产工作安排会: { ATTENDED: ['韦立新'] },
    });
  });
  it('an undated bulleted point of a report stays that meeting\'s', () => {
    const r = run(['3月4日，县政府召开安全生产工作安排会。', '  ◆会议强调，要压实责任。县长王华冲出席。'].join('\n'));
    expect(roles(r)).toEqual({ 安全生产工作安排会: { ATTENDED: ['王华冲'] } });
  });
});

describe('a report delivered under its 《title》', () => {
  it('the one who delivered 《…报告》 (所作的/所做的) took the floor, though the title is masked for names', () => {
    const r = run(['4月12日，某乡召开第十七届人民代表大会第六次会议。', '会议听取和审议了乡长韩立代表乡人民政府所做的《政府工作报告》，人大主席柯平所作的《人大工作报告》。'].join('\n'));
    expect(roles(r)).toEqual({ 某乡第十七届人民代表大会第六次会议: { ATTENDED: ['柯平', '韩立'] } });
  });
});

describe('passing what was named before', () => {
  it('通过了以上报告 / 上述报告 passes the reports the meeting reviewed, in this sentence or before; other kinds stay reviewed', () => {
    const same = run(['1月19日，某镇召开第六届人民代表大会第七次会议。', '会议听取和审议了《政府工作报告》、《人大工作报告》，代表们一致通过了以上报告和决议草案。'].join('\n'));
    expect(planRels(same).map(([, a, p]) => [a, p])).toEqual([
      ['APPROVED', '政府工作报告'],
      ['APPROVED', '人大工作报告'],
    ]);
    const before = run(['1月19日，某镇召开第六届人民代表大会第七次会议。', '会议听取和审议了《政府工作报告》、《某镇总体规划》。', '会议审议通过了上述报告。'].join('\n'));
    expect(planRels(before).map(([, a, p]) => [a, p]).sort()).toEqual([
      ['APPROVED', '政府工作报告'],
      ['REVIEWED', '某镇总体规划'],
    ]);
  });
});

describe('one referenced meeting under two names', () => {
  it('a meeting studied, named once with its kind twice (…民主生活会会议), is one node', () => {
    const r = extractDocument({ source: 't.txt', text: '1月31日，区委理论学习中心组开展集体学习。会议学习了总书记在某某民主生活会上的重要讲话精神。会议指出，要学习领会某某民主生活会会议精神。' });
    if (!r.ok) throw new Error(r.error);
    expect(r.record.meetings.filter((m) => m.status === 'referenced').map((m) => m.name)).toHaveLength(1);
  });
});

describe('a national meeting a later paragraph recounts', () => {
  it('the article is about its own first meeting; the national one is held in none of its cities', () => {
    const r = run(
      [
        '5月9日上午，思明区委召开常委会会议，传达学习中央财经委员会第二次会议精神，部署思明区落实工作。',
        '4月30日，中央财经委员会召开第二次会议，研究了有关问题。',
      ].join('\n'),
    );
    expect(r.document.city).toBe('思明');
    const held = r.meetings.filter((m) => m.status === 'held').map((m) => [m.name, m.city]);
    expect(held).toEqual([
      ['思明区委常委会会议', '思明'],
      ['中央财经委员会第二次会议', null],
    ]);
    const heldIn = r.relations.filter((x) => x.type === 'HELD_IN').map((x) => r.meetings.find((m) => m.id === x.from)?.name);
    expect(heldIn).toEqual(['思明区委常委会会议']);
  });
});
