import { describe, expect, it } from 'vitest';
import { ArticleReading, knownNames } from '../../src/pipeline/article.js';
import { splitSentences } from '../../src/pipeline/extract.js';
import { normalise } from '../../src/pipeline/normalise.js';

function read(text: string) {
  const norm = normalise(text);
  const sentences = splitSentences(norm.text);
  const names = knownNames(norm, sentences);
  return { names, reading: ArticleReading.read(norm, sentences, names) };
}

describe('the names known before reading in order', () => {
  it('a name titled anywhere is known everywhere; a byline name is staff, not known', () => {
    const { names } = read(['邬启明主持会议。', '市委副书记、市长邬启明出席。', '（记者 童嘉树）'].join('\n'));
    expect([...names.known]).toEqual(['邬启明', '邬副书记', '邬市长']);
    expect([...names.addressed]).toEqual([
      ['邬副书记', '邬启明'],
      ['邬市长', '邬启明'],
    ]);
    expect([...names.staffNames]).toEqual(['童嘉树']);
  });

  it('a byline name that the story gives an office is a person of the story too (主任某某出席 … 审稿人：某某)', () => {
    const { names, reading } = read(['3月2日，县长邬启明主持召开县政府第5次常务会议，县政府办公室主任童嘉树出席会议。', '（撰稿人：钱文 审稿人：童嘉树）'].join('\n'));
    expect(names.staff.map((s) => s.name)).toEqual(['钱文', '童嘉树']);
    expect([...names.staffNames]).toEqual(['钱文']);
    expect(reading.rels.filter((r) => r.type === 'ATTENDED').map((r) => (r.from.kind === 'person' ? r.from.name : ''))).toEqual(['童嘉树']);
    // (an item of a titled list holds the list's title: 党委委员甲、乙出席 … 审核：乙)
    const listed = read(['3月2日，党委书记邬启明主持召开党委会会议，党委委员钱文、童嘉树参加会议。', '（审核：童嘉树）'].join('\n'));
    expect([...listed.names.staffNames]).toEqual([]);
    expect(listed.reading.rels.filter((r) => r.type === 'ATTENDED').map((r) => (r.from.kind === 'person' ? r.from.name : ''))).toEqual(['钱文', '童嘉树']);
  });
});

describe('names run together (a headline\'s 甲主持 乙丙出席)', () => {
  it('a name read whole that is two names the article gives elsewhere is those two people, each with its part', () => {
    const { names, reading } = read(['邬启明主持 童嘉树钱文出席', '3月2日，市委常委会召开会议。市委书记邬启明主持。市委副书记、市长童嘉树，市委副书记钱文出席。'].join('\n'));
    expect([...names.known]).not.toContain('童嘉树钱文');
    const people = [...reading.people.keys()];
    expect(people).not.toContain('童嘉树钱文');
    expect(people).toEqual(expect.arrayContaining(['邬启明', '童嘉树', '钱文']));
    const attended = reading.rels.filter((r) => r.type === 'ATTENDED').map((r) => (r.from.kind === 'person' ? r.from.name : ''));
    expect(attended).toEqual(expect.arrayContaining(['童嘉树', '钱文']));
    expect(attended).not.toContain('童嘉树钱文');
  });
});

describe('words said at the meeting (某某强调，…)', () => {
  const roles = (text: string) => read(text).reading.rels.filter((r) => r.type === 'ATTENDED').map((r) => (r.from.kind === 'person' ? r.from.name : ''));

  it('are the meeting\'s where the speaker\'s office is of its level or below', () => {
    expect(roles('9月23日，某头镇召开第十八届人民代表大会第一次会议。镇党委书记邬启明强调，全镇上下要共识共为。')).toEqual(['邬启明']);
    expect(roles('3月2日，县委召开常委会会议，县委副书记钱文主持。会上，县委书记邬启明强调，要抓好落实。县长童嘉树指出，要统筹推进。')).toEqual(['邬启明', '童嘉树']);
    // a meeting of a whole division (全县…工作会议) is of its level: its 县长 attends, a 市委书记 is relayed
    expect(roles('3月2日，全县安全生产工作会议召开。县长邬启明强调，要抓好落实。')).toEqual(['邬启明']);
    expect(roles('3月2日，全县安全生产工作会议召开。市委书记邬启明强调，要抓好落实。')).toEqual([]);
    // a meeting of a level's leaders (区领导工作会议) is of that level
    expect(roles('3月13日，某区召开区领导工作会议，研究有关工作。区委书记邬启明同志指出，要切实提高认识。')).toEqual(['邬启明']);
    // 要求，… likewise (requirements set out at the meeting), and 要求 with those it asks (要求各单位…)
    expect(roles('3月2日，全市改革调度会召开。市委秘书长钱文主持会议。常务副市长邬启明要求，突出重点，分类指导。')).toEqual(['邬启明']);
    expect(roles('3月2日，全市改革调度会召开。市委秘书长钱文主持会议。省委书记邬启明要求，突出重点。')).toEqual([]);
    expect(roles('3月2日，全市改革调度会召开。市委秘书长钱文主持会议。常务副市长邬启明要求各地突出重点。')).toEqual(['邬启明']);
    expect(roles('3月2日，全市改革调度会召开。市委秘书长钱文主持会议。省委书记邬启明要求各地突出重点。')).toEqual([]);
    // a meeting of a division's committee by its short name (市安委会全体会议, 县防指会议) is of that division's level
    expect(roles('8月30日，市安委会全体会议召开。市委常委、常务副市长邬启明强调，要压实责任。')).toEqual(['邬启明']);
    expect(roles('8月30日，县防汛抗旱指挥部会议召开。副县长邬启明指出，要压实责任。')).toEqual(['邬启明']);
    expect(roles('8月30日，县防汛抗旱指挥部会议召开。省委书记邬启明指出，要压实责任。')).toEqual([]);
    // a meeting whose name gives no level and that has no chair is of the level of those who take part in it
    expect(roles('5月6日，某川镇召开村级建制工作部署会。会上，副镇长钱文就有关事宜进行安排部署。镇党委书记邬启明指出，要明确工作责任。')).toEqual(['钱文', '邬启明']);
    expect(roles('5月6日，某川镇召开村级建制工作部署会。会上，副镇长钱文就有关事宜进行安排部署。市委书记邬启明指出，要明确工作责任。')).toEqual(['钱文']);
  });

  it('add nothing where the person already has a part (the chair\'s 强调, 县长某某另指示…)', () => {
    expect(roles('3月2日，县长邬启明主持召开县政府常务会议。邬启明强调，要抓好落实。')).toEqual([]);
    expect(roles('县政府召开今年第二次县务会议，由县长邬启明主持。县长邬启明另指示各局处抓紧落实。')).toEqual([]);
  });

  it('are the meeting\'s where the article gives the speaker no title at all (no office above it to relay from)', () => {
    expect(roles('3月2日，县政协召开主席会议，县政协主席钱文主持。在听取各委员会汇报后，邬启明要求：全县政协委员要围绕中心、服务大局。')).toEqual(['邬启明']);
    // (a word of the dictionary read bare before the verb is no one: 文件要求，…)
    expect(roles('3月2日，县政协召开主席会议，县政协主席钱文主持。文件要求，各级领导干部要带头落实。')).toEqual([]);
    expect(roles('3月2日，县政协召开主席会议，县政协主席钱文主持。会议传达了市政协全会精神。邬启明强调，要稳中求进。')).toEqual([]);
  });

  it('are the meeting\'s in Taiwan\'s words too: a county\'s 县务会议 or 县府 meeting is the county\'s, and the chair\'s ruling (裁示，…) is said there', () => {
    expect(roles('某县政府20日召开第三次县务会议。县长邬启明裁示，请财政处彙整提报。')).toEqual(['邬启明']);
    expect(roles('县府召开第3次主管月报。县长邬启明强调，要抓好落实。')).toEqual(['邬启明']);
  });

  it('are the meeting\'s where neither the speaker\'s office nor the meeting has a division\'s level (a school, a corps\' division) — unless the office is the nation\'s', () => {
    expect(roles('3月2日，某学院召开党委常委会会议，党委书记钱文主持。院长邬启明指出，要抓好落实。')).toEqual(['邬启明']);
    expect(roles('3月2日，某师召开党委常委会议，师党委书记钱文主持。师党委副书记、师长邬启明强调，要抓好落实。')).toEqual(['邬启明']);
    // (the nation's leaders hold no division's office either: their words are relayed)
    expect(roles('3月2日，某学院召开党委常委会会议，党委书记钱文主持。总书记邬启明指出，要抓好落实。')).toEqual([]);
    expect(roles('3月2日，某学院召开党委常委会会议，党委书记钱文主持。国务院总理邬启明强调，要抓好落实。')).toEqual([]);
    expect(roles('3月2日，某学院召开党委常委会会议，党委书记钱文主持。中央政治局常委邬启明强调，要抓好落实。')).toEqual([]);
    // (an office without a level at a meeting that has one is still not taken: 某部部长 at a county's)
    expect(roles('3月2日，县委召开常委会会议，县委副书记钱文主持。部长邬启明指出，要加强领导。')).toEqual([]);
  });

  it('are relayed where the speaker is above the meeting, or where the sentence before relays', () => {
    expect(roles('3月2日，县委召开常委会会议，县委副书记钱文主持。市委书记邬启明指出，要加强领导。')).toEqual([]);
    expect(roles('3月2日，县委召开常委会会议，县委副书记钱文主持。会议传达了县委全会精神。县长童嘉树强调，要稳中求进。')).toEqual([]);
  });
});

describe('reading an article in order', () => {
  it('the first held meeting is the one reported; roles without a named meeting go to it', () => {
    const { reading } = read(['3月2日，县政府召开第5次常务会议。', '县长邬启明主持会议。'].join('\n'));
    expect(reading.main?.name).toBe('县政府第5次常务会议');
    expect(reading.rels.map((r) => [r.type, r.from.kind === 'person' ? r.from.name : '', r.rule])).toEqual([['CHAIRED', '邬启明', 'chair:主持']]);
  });

  it('before any meeting is reported, one convened without a name is it, on the day its sentence gives', () => {
    const { reading } = read(['8月8日下午，某某街道召开会议，传达学习有关精神。', '会议由街道党工委书记邬启明主持。'].join('\n'));
    expect(reading.meetings.map((m) => [m.name, m.status, m.md?.month, m.md?.day])).toEqual([['会议', 'held', 8, 8]]);
    expect(reading.rels.map((r) => [r.type, r.from.kind === 'person' ? r.from.name : ''])).toEqual([['CHAIRED', '邬启明']]);
  });

  it('a studied meeting named again by the end of its name is the same one (…二十届四中全会 … 四中全会精神)', () => {
    const { reading } = read(['10月27日，县长邬启明主持召开县政府党组会议，传达学习党的二十届四中全会精神。', '会议强调，要把学习宣传贯彻四中全会精神作为重大政治任务。'].join('\n'));
    expect(reading.meetings.map((m) => [m.name, m.status])).toEqual([
      ['县政府党组会议', 'held'],
      ['党的二十届四中全会', 'referenced'],
    ]);
  });

  it('a part in the meeting after what it studies is the meeting\'s (传达学习…精神，县委书记某某作重要讲话)', () => {
    const parts = (text: string) => read(text).reading.rels.filter((r) => r.from.kind === 'person').map((r) => [r.type, r.from.kind === 'person' ? r.from.name : '']);
    expect(parts('3月2日，县委召开常委会会议，传达学习了省委全会精神，县委书记钱文作重要讲话。')).toEqual([['SPOKE_AT', '钱文']]);
    expect(parts('3月2日，县委召开常委会会议，传达学习了省委全会精神，县委书记钱文主持会议并讲话。')).toEqual([
      ['CHAIRED', '钱文'],
      ['SPOKE_AT', '钱文'],
    ]);
    expect(parts('3月2日，县委召开常委会会议。会议传达学习了有关文件，县长钱文作重要讲话。')).toEqual([['SPOKE_AT', '钱文']]);
    expect(parts('3月2日，县委召开常委会会议，传达学习了省委全会精神，县委副书记钱文传达了市委会议精神。')).toEqual([['ATTENDED', '钱文']]);
    // what is studied stays studied: a second item after a comma, a speech made elsewhere, a leader's 讲话要求
    expect(parts('3月2日，县委召开常委会会议，传达学习了省委全会精神，市委书记钱文在全市大会上的讲话精神。')).toEqual([]);
    expect(parts('3月2日，县委召开常委会会议。会议强调，要贯彻落实好工作报告和钱文委员长讲话要求。')).toEqual([]);
  });

  it('a report someone made elsewhere, studied here, gives its maker no part (学习了某某在某会议上所作的报告)', () => {
    const { reading } = read('3月8日，某镇召开党委会议，认真学习了钱文总理在全国人民代表大会上所作的政府工作报告，并对近期工作进行了部署。');
    expect([...reading.people.keys()]).toEqual([]);
    // no cue after the studied span takes its names either (a role for a person never recorded)
    expect(reading.rels.filter((r) => r.from.kind === 'person')).toEqual([]);
    // a report heard at the meeting itself is still its maker's part
    const heard = read('3月8日，某镇召开党委会议，学习了有关文件，听取了镇长钱文所作的工作报告。').reading;
    expect(heard.rels.filter((r) => r.type === 'ATTENDED').map((r) => (r.from.kind === 'person' ? r.from.name : ''))).toEqual(['钱文']);
  });

  it('a person addressed by surname and post (由王县长主持) is the one person of the article with both', () => {
    const parts = (text: string) => read(text).reading.rels.filter((r) => r.from.kind === 'person').map((r) => [r.type, r.from.kind === 'person' ? r.from.name : '']);
    expect(parts('4月21日，县政府召开县务会议，县长邬启明出席。会议由邬县长主持。')).toEqual([
      ['ATTENDED', '邬启明'],
      ['CHAIRED', '邬启明'],
    ]);
    const { reading } = read('4月21日，县政府召开县务会议，县长邬启明出席。会议由邬县长主持。');
    expect([...reading.people.keys()]).toEqual(['邬启明']);
    expect(reading.people.get('邬启明')!.surface).toBeNull();
    // two of that surname and post: neither
    expect(parts('4月21日，县政府召开县务会议，副县长邬启明、副县长邬文出席。会议由邬副县长主持。')).toEqual([
      ['ATTENDED', '邬启明'],
      ['ATTENDED', '邬文'],
    ]);
  });

  it('of two meetings named together, the business meeting takes the plans', () => {
    const { reading } = read('3月2日，县政府召开党组会议和第5次常务会议，审议通过《某县河道治理方案》。');
    const plan = reading.rels.find((r) => r.type === 'APPROVED')!;
    const target = plan.from.kind === 'meeting' ? reading.meetings[plan.from.idx]!.name : '';
    expect(target).toMatch(/常务会议$/);
    expect(reading.meetings.map((m) => m.name)).toContain('县政府党组会议');
  });

  it('plans after a meeting to come in the same sentence are the reported meeting\'s (研究召开X有关事宜；审议通过了…)', () => {
    const { reading } = read(['4月8日，区委书记邬启明主持召开区委常委会会议。', '会议研究了召开区九届人大三次会议有关事宜；审议通过了区政府工作报告、区人大常委会工作报告。'].join('\n'));
    const targets = reading.rels.filter((r) => r.type === 'APPROVED').map((r) => (r.from.kind === 'meeting' ? reading.meetings[r.from.idx]!.name : ''));
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['区委常委会会议']));
  });

  it('a study session held before the meeting (会前，某中心组举行集体学习) is named with its body, on the meeting\'s day', () => {
    const { reading } = read(['4月8日上午，县委常委会召开会议，县委书记邬启明主持。', '会前，县委理论学习中心组举行集体学习。'].join('\n'));
    expect(reading.meetings.map((m) => [m.name, m.md?.month, m.md?.day])).toEqual([
      ['县委常委会会议', 4, 8],
      ['县委理论学习中心组集体学习', 4, 8],
    ]);
    expect(reading.main?.name).toBe('县委常委会会议');
  });

  it('a chronicle of many meetings: a later mention of an early one by its name is still that meeting', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${(i % 12) + 1}月${(i % 28) + 1}日，县长邬启明主持召开县政府第${i + 1}次常务会议。`);
    const { reading } = read([...lines, '1月1日，县长邬启明主持召开县政府第1次常务会议。'].join('\n'));
    expect(reading.meetings).toHaveLength(100);
    expect(new Set(reading.meetings.map((m) => m.name)).size).toBe(100);
  });

  it('a meeting whose subject is followed by its day (某县政府今(4)日上午召开…) is dated by that day', () => {
    const { reading } = read('某县政府今(4)日上午召开第125次县务会议，由县长邬启明主持。');
    expect(reading.meetings.map((m) => [m.name, m.md?.relative ?? m.md?.day])).toEqual([['某县政府第125次县务会议', 4]]);
  });

  it('a day between the subject and its verb after 于 (某市政府于2月8日召开第N次常务会议) dates the meeting', () => {
    const { reading } = read('3月1日讯 某市政府于2月8日召开第十次常务会议，市长邬启明主持。');
    expect(reading.meetings.map((m) => [m.name, m.md?.month, m.md?.day])).toEqual([['某市政府第十次常务会议', 2, 8]]);
  });

  it('a part of a joint meeting named again is that meeting on its day, and another meeting on another day', () => {
    const same = read('3月1日，县长邬启明主持召开县政府第5次党组会议暨理论学习中心组学习会议。\n会上，县政府第5次党组会议还研究了有关事项，副县长柏林列席。');
    expect(same.reading.meetings.map((m) => m.name)).toEqual(['县政府第5次党组会议暨理论学习中心组学习会议']);
    const other = read('3月1日，县长邬启明主持召开县政府党组会议暨理论学习中心组学习会议。\n3月5日，县长邬启明主持召开县政府党组会议，研究有关工作。');
    expect(other.reading.meetings.map((m) => m.name)).toEqual(['县政府党组会议暨理论学习中心组学习会议', '县政府党组会议']);
  });

  it('a headline\'s joint meeting (A暨B) whose parts the body convenes one by one is two meetings, each with its own people', () => {
    const text = ['县政府党组会议暨第9次常务会议召开', '5月6日，县长邬启明主持召开县政府党组会议，传达学习有关精神。县政府党组成员童嘉树、钱文参加。', '随后，邬启明主持召开县政府第9次常务会议。副县长童嘉树、钱文、孙立出席会议。'].join('\n');
    const { reading } = read(text);
    expect(reading.meetings.map((m) => m.name)).toEqual(['县政府党组会议', '县政府第9次常务会议']);
    const attended = (idx: number) => reading.rels.filter((r) => r.type === 'ATTENDED' && r.to.kind === 'meeting' && r.to.idx === idx).map((r) => (r.from.kind === 'person' ? r.from.name : ''));
    expect(attended(0)).toEqual(['童嘉树', '钱文']);
    expect(attended(1)).toEqual(['童嘉树', '钱文', '孙立']);
    // (the body naming the joint meeting itself reports one meeting, whatever parts it names after)
    const joint = read(['县政府党组会议暨第9次常务会议召开', '5月6日，县长邬启明主持召开县政府党组会议暨第9次常务会议。', '会上，县政府党组会议传达学习有关精神，县政府第9次常务会议研究有关事项。'].join('\n'));
    expect(joint.reading.meetings.map((m) => m.name)).toEqual(['县政府党组会议暨第9次常务会议']);
  });

  it('a meeting convened when another has ended (省会议结束后/收看结束后，我市紧接着召开X) is reported from there on, on that day', () => {
    const text = ['7月1日下午，全省安全生产电视电话会议召开。市长邬启明、副市长童嘉树在分会场收听收看。', '省会议结束后，某市立即召开全市安全生产工作会议，邬启明出席并讲话，童嘉树主持会议。', '市应急管理局局长钱文通报了上半年安全生产形势。'].join('\n');
    const { reading } = read(text);
    const held = reading.meetings.filter((m) => m.status === 'held');
    expect(held.map((m) => [m.name, m.md?.month, m.md?.day])).toEqual([
      ['全省安全生产电视电话会议', 7, 1],
      ['全市安全生产工作会议', 7, 1],
    ]);
    const second = reading.meetings.indexOf(held[1]!);
    const people = reading.rels.filter((r) => r.to.kind === 'meeting' && r.to.idx === second).map((r) => (r.from.kind === 'person' ? r.from.name : ''));
    expect([...new Set(people)].sort()).toEqual(['邬启明', '钱文', '童嘉树'].sort());
  });

  it('roles with no meeting named anywhere make the implicit meeting of the article', () => {
    const { reading } = read('县长邬启明主持并讲话。');
    expect(reading.meetings.map((m) => m.name)).toEqual(['会议']);
    expect(reading.main).toBe(reading.meetings[0]);
  });

  it('the implicit meeting takes the day of the lead when its own sentence gives none (10月18日，某县举办…。某某参加会议。)', () => {
    const { reading } = read('10月18日，平安县举办领导干部大讲堂。县长邬启明参加会议。\n县委常委童嘉树主持会议。');
    expect(reading.meetings.map((m) => [m.name, m.md?.month, m.md?.day])).toEqual([['会议', 10, 18]]);
    // (a day in the roles' own sentence is the meeting's)
    const own = read('10月18日，平安县举办领导干部大讲堂。10月19日，县长邬启明参加会议。');
    expect([own.reading.meetings[0]!.md?.month, own.reading.meetings[0]!.md?.day]).toEqual([10, 19]);
  });

  it('a meeting convened unnamed after a dated lead that reported none (收看…。随即/随后召开座谈会) is the article\'s, on the lead\'s day', () => {
    const days = (text: string) => read(text).reading.meetings.map((m) => [m.name, m.status, m.md?.month, m.md?.day]);
    expect(days('8月15日晚，某镇党委班子成员集中收看电视节目。收看结束后，该镇随即召开座谈会。镇党委书记邬启明主持。')).toEqual([['座谈会', 'held', 8, 15]]);
    expect(days('8月15日，某镇党委班子成员集中收看电视节目。随后召开座谈会，镇党委书记邬启明主持。')).toEqual([['座谈会', 'held', 8, 15]]);
    // (its own day where its sentence gives one)
    expect(days('8月15日，某镇党委班子成员集中收看电视节目。8月16日，该镇召开座谈会。')).toEqual([['座谈会', 'held', 8, 16]]);
  });

  it("a named meeting convened right after a dated lead that reported none (…带队督导。随后，某某主持召开X) is on the lead's day", () => {
    const days = (text: string) => read(text).reading.meetings.map((m) => [m.name, m.md?.month, m.md?.day]);
    expect(days('7月7日，市长邬启明带队督导防汛工作。邬启明一行来到河堤查看。随后，邬启明主持召开防汛工作专题会议。')).toEqual([['防汛工作专题会议', 7, 7]]);
    // (a next day is not that day)
    expect(days('7月7日，市长邬启明带队督导防汛工作。次日，邬启明主持召开防汛工作专题会议。')).toEqual([['防汛工作专题会议', undefined, undefined]]);
  });
});

describe('several meetings named together', () => {
  it('召开A、B: both are held; a chair in a later sentence chairs both', () => {
    const { reading } = read('4月2日，某区召开区政府第3次党组会议、第21次常务会议，研究有关工作。会议由区长邬启明主持。');
    expect(reading.meetings.filter((m) => m.status === 'held').map((m) => m.name)).toEqual(['区政府第3次党组会议', '区政府第21次常务会议']);
    const chaired = reading.rels.filter((r) => r.type === 'CHAIRED').map((r) => (r.to.kind === 'meeting' ? reading.meetings[r.to.idx]!.name : ''));
    expect(chaired).toEqual(['区政府第3次党组会议', '区政府第21次常务会议']);
  });

  it('a part taken at one of them by its kind alone (列席常务会议) is that one\'s; 出席会议, both', () => {
    const { reading } = read('4月9日，县长邬启明主持召开县政府党组会议和县政府第15次常务会议。副县长童嘉树出席会议，县人大常委会副主任孙立列席常务会议。');
    const attended = reading.rels.filter((r) => r.type === 'ATTENDED').map((r) => [r.from.kind === 'person' ? r.from.name : '', r.to.kind === 'meeting' ? reading.meetings[r.to.idx]!.name : '']);
    expect(attended).toEqual([
      ['童嘉树', '县政府党组会议'],
      ['童嘉树', '县政府第15次常务会议'],
      ['孙立', '县政府第15次常务会议'],
    ]);
  });

  it('the second name takes the first\'s body even without a number before its kind (县政府党组会议和2024年第9次常务会议)', () => {
    const { reading } = read('4月2日，县长邬启明主持召开县政府党组会议和2024年第9次常务会议。');
    expect(reading.meetings.map((m) => m.name)).toEqual(['县政府党组会议', '县政府2024年第9次常务会议']);
    // the body of a combined first name is its first part's
    expect(read('4月2日，县长邬启明主持召开县政府党组会议暨理论学习中心组学习会议和常务会议。').reading.meetings.map((m) => m.name)).toEqual(['县政府党组会议暨理论学习中心组学习会议', '县政府常务会议']);
  });

  it('one name on two days is two meetings (a roundup: 又讯 …), a relative day is not told apart', () => {
    const { reading } = read(['本报讯 4月2日，县长邬启明主持召开县政府党组会议。会议学习了有关文件。', '又讯 4月9日，县长邬启明主持召开县政府党组会议。会议研究了有关工作。'].join('\n'));
    expect(reading.meetings.map((m) => [m.name, m.md?.month, m.md?.day])).toEqual([
      ['县政府党组会议', 4, 2],
      ['县政府党组会议', 4, 9],
    ]);
    expect(reading.rels.filter((r) => r.type === 'CHAIRED').map((r) => (r.to.kind === 'meeting' ? r.to.idx : -1))).toEqual([0, 1]);
    // a headline without a day, and 昨天 against a written day, stay one meeting
    expect(read(['县政府召开党组会议', '4月2日，县长邬启明主持召开县政府党组会议。'].join('\n')).reading.meetings).toHaveLength(1);
    expect(read(['昨天，县长邬启明主持召开县政府党组会议。', '4月2日的县政府党组会议还研究了有关工作。'].join('\n')).reading.meetings.filter((m) => m.status === 'held')).toHaveLength(1);
  });
});
