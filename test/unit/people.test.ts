import { describe, expect, it } from 'vitest';
import { findCue, findPeople, isName, isTitle } from '../../src/pipeline/people.js';
import { NameIndex } from '../../src/pipeline/name-index.js';

const people = (s: string, known: string[] = []) => findPeople(s, new NameIndex(known));
const names = (s: string, known: string[] = []) => people(s, known).mentions.map((m) => m.name);
const roleOf = (s: string, known: string[] = []) => {
  const out: Record<string, string[]> = {};
  for (const r of people(s, known).roles) for (const p of r.people) (out[p.name] ??= []).push(...r.cue.roles);
  return out;
};

describe('the first role cue of a tail (findCue)', () => {
  const cue = (s: string) => {
    const c = findCue(s);
    return c && { rule: c.cue.rule, at: c.at, end: c.end };
  };
  it('finds the leftmost cue, and of two at one place the one listed first', () => {
    expect(cue('同志在会上主持召开专题会议并讲话')).toEqual({ rule: 'chair+speech:主持召开…并讲话', at: 5, end: 16 });
    expect(cue('主持召开专题会议，研究有关工作')).toEqual({ rule: 'chair:主持召开', at: 0, end: 4 });
    expect(cue('今天下午出席会议')).toMatchObject({ at: 4 });
  });
  it('a closing verb before any cue ends the search (强调，/指出， is a cue of its own: what follows is what was said)', () => {
    expect(cue('强调，各单位要出席会议')).toMatchObject({ at: 0, rule: 'attend:强调/指出' });
    expect(cue('指出，要主持好这次会议')).toMatchObject({ at: 0, rule: 'attend:强调/指出' });
    expect(cue('强调要各单位出席会议')).toBeNull();
    expect(cue('出席会议并指出')).toMatchObject({ at: 0 });
  });
  it('a cue said only right after the name stands at the start or after 同志, nowhere else', () => {
    expect(cue('通报了有关情况')).toMatchObject({ at: 0, rule: 'attend:传达/通报/汇报' });
    expect(cue('同志通报了有关情况')).toMatchObject({ at: 2, rule: 'attend:传达/通报/汇报' });
    expect(cue('一同通报了有关情况')).toBeNull();
    expect(cue('同志们通报了有关情况')).toBeNull();
  });
  it('no cue word, no cue', () => {
    expect(cue('研究部署下一步工作')).toBeNull();
    expect(cue('研究有关事项')).toBeNull();
    expect(cue('')).toBeNull();
  });
});

describe('the last of a list joined to a titled person by 和', () => {
  it('副市长甲、乙和市政府秘书长丙: 乙 is a 副市长 of the list, 丙 the secretary-general', () => {
    const r = people('副市长赵一山、钱二水和市政府秘书长孙三木出席会议');
    expect(r.mentions.map((m) => [m.name, m.titles.join('、')])).toEqual([
      ['赵一山', '副市长'],
      ['钱二水', '副市长'],
      ['孙三木', '市政府秘书长'],
    ]);
    expect(roleOf('副市长赵一山、钱二水和市政府秘书长孙三木出席会议')).toEqual({ 赵一山: ['ATTENDED'], 钱二水: ['ATTENDED'], 孙三木: ['ATTENDED'] });
  });
});

describe('a report whose subject is a list (某某关于甲、乙的汇报)', () => {
  it('the one reporting attends, and the list is no list of people', () => {
    const s = '会议听取了副县长王一民关于主任、副主任、委员候选人名单讨论情况的说明，审议了县财政局局长李二水关于预算执行情况的报告';
    expect(roleOf(s)).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    expect(names(s)).toEqual(['王一民', '李二水']);
  });
  it('a speech ends the subject: 甲作的关于…的讲话和市委常委、副市长乙作的说明 — the 、 after it lists 乙’s titles', () => {
    const s = '全会听取了县委书记赵一山作的关于全年工作的讲话和县委常委、副县长钱二水作《某某方案》的说明';
    expect(people(s).mentions.map((m) => [m.name, m.titles.join('、')])).toEqual([
      ['赵一山', '县委书记'],
      ['钱二水', '县委常委、副县长'],
    ]);
    expect(roleOf(s)).toMatchObject({ 钱二水: ['ATTENDED'] });
  });
  it('only within the clause: a 的汇报 after a comma is not this report’s', () => {
    expect(roleOf('副县长王一民关于春耕、夏种，县农业局关于生产情况的汇报')).toEqual({});
  });
});

describe('bodies whose names hold a verb or a session', () => {
  const titled = (s: string) => people(s).mentions.map((m) => [m.name, m.titles.join('、')]);
  it('研究室, 研究院, 审查委员会 are bodies in a title, not the verb that introduces the person', () => {
    expect(titled('县政协副秘书长、办公厅研究室主任舒一明作说明')).toEqual([['舒一明', '县政协副秘书长、办公厅研究室主任']]);
    expect(titled('会议听取了农科研究院院长罗二山的汇报')).toEqual([['罗二山', '农科研究院院长']]);
  });
  it('a session’s presidium or committee is part of the title (…会议主席团常务主席, …会议提案审查委员会主任)', () => {
    expect(titled('审议了县十五届人大三次会议提案审查委员会主任王一民关于提案审查情况的报告')).toEqual([['王一民', '县十五届人大三次会议提案审查委员会主任']]);
    expect(roleOf('县十五届人大三次会议主席团常务主席赵一山、钱二水出席会议')).toEqual({ 赵一山: ['ATTENDED'], 钱二水: ['ATTENDED'] });
    expect(titled('县十五届人大三次会议主席团常务主席赵一山出席')).toEqual([['赵一山', '县十五届人大三次会议主席团常务主席']]);
  });
  it('a name ends before 的 and the report or speech that is its (听取了某某的汇报)', () => {
    expect(titled('会议听取了市发改委主任罗二山的汇报')).toEqual([['罗二山', '市发改委主任']]);
  });
  it('after a name with a predicate of its own, what follows 、 is no list of people (某某书记的讲话站位高、思路明)', () => {
    expect(names('赵一山书记的讲话站位高、思路明、措施实')).toEqual(['赵一山']);
  });
  it('…为 (named as) is never part of a title', () => {
    expect(names('会议推定赵一山、邓国功为市人大二次会议主席团常务主席')).not.toContain('邓国');
  });
});

describe('what a title never holds: a decision, a nomination, a resignation', () => {
  it('决定…候选人截止时间 is no title and no name; 两位同志辞去…委员 is no title', () => {
    expect(names('会议决定代表联合提名推荐候选人截止时间；县委常委、组织部长杨一武宣读了建议名单')).toEqual(['杨一武']);
    expect(names('会议表决通过了关于甲一民、乙一山两位同志辞去县人大常委会委员以及丙一川等5位同志辞去县人大代表的辞呈')).toEqual([]);
    // a candidate for a post is still a title
    expect(people('副县长候选人王一民作表态发言').mentions.map((m) => [m.name, m.titles])).toEqual([['王一民', ['副县长候选人']]]);
  });
});

describe('relaying to those present, leading a group', () => {
  it('某某向大家传达了…: relayed at the meeting, so attended', () => {
    expect(roleOf('会上，街办副主任程一民同志向大家传达学习了市委全会精神')).toEqual({ 程一民: ['ATTENDED'] });
    expect(roleOf('副县长王一民向与会人员通报了有关情况')).toEqual({ 王一民: ['ATTENDED'] });
  });
  it('…有关领导 before names is a label, not a title; the groups before it keep the cue', () => {
    expect(roleOf('领导小组副组长徐一方，小组成员崔一华，市委改革各专项小组有关领导马一涛、杜一平出席会议')).toEqual({
      徐一方: ['ATTENDED'],
      崔一华: ['ATTENDED'],
      马一涛: ['ATTENDED'],
      杜一平: ['ATTENDED'],
    });
    expect(people('市政府有关领导马一涛出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['马一涛', []]]);
  });
  it('常务列席: the name ends before 常务', () => {
    expect(roleOf('县政协副主席徐一冰常务列席会议')).toEqual({ 徐一冰: ['ATTENDED'] });
  });
  it('带队 ends a name', () => {
    expect(names('由街道办事处副主任姚一民带队，有关负责人参加')).toEqual(['姚一民']);
  });
});

describe('the one who presides a session\'s sitting (主持人) and who is appointed (某某任…)', () => {
  it('主席团会议主持人 and 会议主持人 are titles', () => {
    expect(people('会议由主席团会议主持人李一民主持').mentions.map((m) => [m.name, m.titles])).toEqual([['李一民', ['主席团会议主持人']]]);
    expect(roleOf('会议由主席团会议主持人李一民主持')).toEqual({ 李一民: ['CHAIRED'] });
    expect(people('大会主席团常务主席、执行主席会议主持人甲一民主持会议').mentions.map((m) => [m.name, m.titles])).toEqual([['甲一民', ['大会主席团常务主席', '执行主席会议主持人']]]);
  });
  it('某某任+post: the name ends before 任 (not 担任), and the post assigned is not a title held', () => {
    const appointed = people('会议通过了常务主席名单，胡一民、钱一山任大会主席团常务主席').mentions.find((m) => m.name.startsWith('钱'));
    expect(appointed && [appointed.name, appointed.titles]).toEqual(['钱一山', []]);
    expect(names('林一平担任临时党总支书记，钱一山任副书记')).not.toContain('林一平担');
    expect(names('林一平担任临时党总支书记，钱一山任副书记')).not.toContain('钱一山任');
  });
  it('no name starts with 的 or holds 情况; a title holds no 作了 or 根据', () => {
    expect(names('根据大会秘书长的提名，通过了大会副秘书长名单')).toEqual([]);
    expect(names('市委统战部作了有关委员调整情况说明')).toEqual([]);
  });
});

describe('a post alone before a role verb', () => {
  it('a speech verb or a post’s hotline is no name (馆长致辞, 市长热线, 书记信箱)', () => {
    expect(names('副馆长：冯一民 馆长致辞')).toEqual(['冯一民']);
    // a greeting is a speech too (致贺词, 致欢迎词), and ends the name before it
    expect(roleOf('县委书记冯一民致欢迎词')).toEqual({ 冯一民: ['SPOKE_AT'] });
    expect(roleOf('县领导冯一民出席会议，并致贺词')).toEqual({ 冯一民: ['ATTENDED', 'SPOKE_AT'] });
    expect(names('开通市长热线和书记信箱')).toEqual([]);
    // how a group attends (固定列席, 轮流列席) is no name after its label
    expect(roleOf('市审计局、新闻办主要负责人固定列席会议')).toEqual({});
    expect(roleOf('县政府党组成员轮流列席会议')).toEqual({});
  });
  it('the verb of a post with no name (馆长致辞) gives no role to the people named before it', () => {
    expect(roleOf('馆长：袁一山 馆长致辞')).toEqual({});
    expect(roleOf('主任：王一民，县长讲话')).toEqual({});
    // a bare post that is the last item of a list of groups is one more group: the cue is the list's
    // (主任 is no verb 任 either)
    expect(roleOf('童嘉树书记、各村书记、主任参加了会议')).toEqual({ 童嘉树: ['ATTENDED'] });
    expect(roleOf('童嘉树书记、各村书记、主任共百余人出席')).toEqual({ 童嘉树: ['ATTENDED'] });
    // the holders of a post across a group of bodies, however long (全体驻村工作组干部及各村(社区)书记), are a group of the list
    expect(roleOf('童嘉树书记及全体党政领导、全体驻村工作组干部及各村(社区)书记、主任共百余人参加了会议')).toEqual({ 童嘉树: ['ATTENDED'] });
    // (and the heads of the townships' congresses: 各镇人大主席)
    expect(roleOf('县人大常委会办公室主任邬启明、拟任命的县政府组成部门负责人和各乡镇人大主席、社区居委会主任列席会议')).toEqual({ 邬启明: ['ATTENDED'] });
  });
  it('a group of people before the verb still takes the names listed before it', () => {
    expect(roleOf('县领导王一民、李二山，县直部门主要负责人参加会议')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'] });
  });
  it('关于 before a post, and 副 before 主任, start no name (…的说明，关于某委员会主任、副主任名单的说明)', () => {
    expect(names('听取了关于设置委员会的决定的说明，关于甲乙市政协各专门委员会主任、副主任名单(草案)的说明')).toEqual([]);
  });
  it('an editor\'s post (主编, 副主编) is a title; a former one (原某报主编) too', () => {
    expect(roleOf('会议由某某协会学术委员会主任、原某某晚报主编丁一民主持')).toEqual({ 丁一民: ['CHAIRED'] });
    expect(roleOf('某某日报副主编王二山出席')).toEqual({ 王二山: ['ATTENDED'] });
  });
  it('those at a banquet (出席晚宴/宴会/招待会) attend no meeting', () => {
    expect(roleOf('县领导王一民、李二山等出席晚宴')).toEqual({});
    expect(roleOf('县长王一民出席欢迎宴会')).toEqual({});
    expect(roleOf('县领导王一民、李二山等出席会议')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'] });
  });
  it('某某(另)指示各局处/相关部门… instructs the units at the meeting: attended; a leader\'s 重要指示 relayed is no such cue', () => {
    expect(roleOf('县长甲乙丙另指示各局处全面检视土地开发方式')).toEqual({ 甲乙丙: ['ATTENDED'] });
    expect(roleOf('县长甲乙丙指示相关部门抓紧落实')).toEqual({ 甲乙丙: ['ATTENDED'] });
    expect(roleOf('会议传达了省长甲乙丙的重要指示精神')).toEqual({});
  });
  it('就 after a name starts what the person speaks about, no title (某某就县政协主席、副主席建议人选进行了说明)', () => {
    expect(people('会上，彭立新就县政协第十一届委员会主席建议人选进行了说明').mentions.map((m) => [m.name, m.titles])).toEqual([['彭立新', []]]);
    expect(roleOf('会上，彭立新就县政协第十一届委员会主席建议人选进行了说明')).toEqual({ 彭立新: ['ATTENDED'] });
    expect(isTitle('就县政协第十一届委员会主席')).toBe(false);
    expect(isTitle('就业服务中心主任')).toBe(true);
    expect(people('会上，彭立新就县政协第十一届委员会主席、副主席建议人选进行了说明').mentions.flatMap((m) => m.titles)).toEqual([]);
    expect(people('县就业服务中心主任彭立新出席').mentions.map((m) => [m.name, m.titles])).toEqual([['彭立新', ['县就业服务中心主任']]]);
  });
  it('致开幕词/致闭幕词 and 讲了五点要求 are speeches', () => {
    expect(roleOf('镇党委书记王一民致闭幕词，要求新当选的班子成员不负重托')).toEqual({ 王一民: ['SPOKE_AT'] });
    expect(roleOf('县委书记王一民致开幕词')).toEqual({ 王一民: ['SPOKE_AT'] });
    // written with 辞 as often as with 词
    expect(roleOf('县委书记王一民代表县委县政府致欢迎辞')).toEqual({ 王一民: ['SPOKE_AT'] });
    expect(roleOf('县人大常委会主任王一民致闭幕辞')).toEqual({ 王一民: ['SPOKE_AT'] });
    expect(roleOf('县委书记王一民出席会议并致贺辞')).toEqual({ 王一民: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('闭幕式上，镇党委书记王一民同志讲了五点要求：一是牢记宗旨')).toEqual({ 王一民: ['SPOKE_AT'] });
    // 讲意见: gave the meeting its instructions, a speech
    expect(roleOf('最后，镇党委副书记、镇长王一民讲意见：一是表示欢迎')).toEqual({ 王一民: ['SPOKE_AT'] });
    expect(roleOf('镇长王一民讲意见，要求各村抓好落实')).toEqual({ 王一民: ['SPOKE_AT'] });
    // 讲了话 and 发了言: the words split by 了 are the same acts
    expect(roleOf('县长王一民讲了话，副县长李二山主持会议')).toEqual({ 王一民: ['SPOKE_AT'], 李二山: ['CHAIRED'] });
    expect(roleOf('水务局局长王一民、城管局局长李二山同志就城市防汛工作发了言；副县长赵三同志安排部署了防汛工作')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'], 赵三: ['ATTENDED'] });
  });
  it('a military post is a title (军分区副司令员兼参谋长某某出席)', () => {
    expect(people('某某军分区副司令员兼参谋长王一民及有关领导出席了会议').mentions.map((m) => [m.name, m.titles])).toEqual([['王一民', ['某某军分区副司令员兼参谋长']]]);
    expect(roleOf('市长李二山，某某军分区副参谋长王一民及人大、政协等领导出席了会议')).toEqual({ 李二山: ['ATTENDED'], 王一民: ['ATTENDED'] });
  });
  it('a title, the name, then a post of address (指挥部指挥长某某副市长, 某某指挥长)', () => {
    expect(people('首先，市防汛指挥部指挥长王一民副市长听取了各部门汇报').mentions.map((m) => [m.name, m.titles])).toEqual([['王一民', ['市防汛指挥部指挥长', '副市长']]]);
    expect(people('其次，王一民指挥长对各部门提出要求').mentions.map((m) => [m.name, m.titles])).toEqual([['王一民', ['指挥长']]]);
    expect(roleOf('会议由县委书记王一民同志主持')).toEqual({ 王一民: ['CHAIRED'] });
  });
  it('选举产生 before the elected names a verb, not a title (选举产生某镇人大主席甲)', () => {
    expect(people('选举产生某某镇人大主席王一民、副主席李二山').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['王一民', ['某某镇人大主席']],
      ['李二山', ['副主席']],
    ]);
  });
  it('甲关于…的汇报和乙关于…的汇报 (and 甲所作的报告和乙所作的报告) name two who reported', () => {
    expect(roleOf('会议听取了副县长王一民关于安全生产工作的汇报和县发改局局长李二山关于项目建设的汇报')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'] });
    expect(roleOf('大会听取了镇长候选人王一民代表镇政府所作的工作报告和镇人大主席李二山所作的镇人大主席团工作报告')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'] });
  });
  it('领导人 (党和国家领导人, 国家领导人) labels a list as 县领导 does: its first name is an item too', () => {
    expect(roleOf('党和国家领导人王一民、李二山、赵三水等在主席台就座')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'], 赵三水: ['ATTENDED'] });
    expect(roleOf('国家领导人王一民、李二山出席')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'] });
  });
});

describe('names and titles', () => {
  it('knows a title from a name', () => {
    expect(isTitle('市委常委')).toBe(true);
    expect(isTitle('开发区党工委书记')).toBe(true);
    expect(isTitle('市人大常委会副主任')).toBe(true);
    expect(isTitle('会议由市长')).toBe(false);
    // 委 without its body (what a lost 县 leaves of 县委常委) is no title; 委员 is
    expect(isTitle('委常委')).toBe(false);
    expect(isTitle('委员')).toBe(true);
    // a body's members as a whole (某委员会全体委员) are a group, not the title of the name after them
    expect(isTitle('县政协全体委员')).toBe(false);
    expect(people('某委员会全体委员、县政协主席邬启明出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['邬启明', ['县政协主席']]]);
    // a campaign's 学习教育 names a leading group (党史学习教育领导小组组长); 学习 with an object does not
    expect(isTitle('市委党史学习教育领导小组组长')).toBe(true);
    expect(isTitle('学习文件精神县长')).toBe(false);
    expect(roleOf('市委书记、市委某某学习教育领导小组组长张一兵主持会议并讲话')).toEqual({ 张一兵: ['CHAIRED', 'SPOKE_AT'] });
    // what a mirror left of a lost character before a title (??h县…主任) is no part of it
    expect(roleOf('听取相关报告，??h人大常委会主任林森立主持会议')).toEqual({ 林森立: ['CHAIRED'] });
    expect(people('听取相关报告，??h人大常委会主任林森立主持会议').mentions[0]!.titles).toEqual(['人大常委会主任']);
    // a group's convener (召集人) is a post: the one named after it reports (not 召集, the verb)
    expect(isTitle('经济组召集人')).toBe(true);
    expect(roleOf('会议听取了经济组召集人张一兵关于产业发展的调研汇报')).toEqual({ 张一兵: ['ATTENDED'] });
    expect(isName('欧阳明', { needSurname: true })).toBe(true);
    expect(isName('会议', { needSurname: true })).toBe(false);
    expect(isName('相关工', { needSurname: true })).toBe(false);
    expect(isName('阿依古丽·买买提', { needSurname: true })).toBe(true);
  });

  it('splits a title chain from the name, and keeps every title', () => {
    const r = people('市委常委、常务副市长欧阳文斌主持会议');
    expect(r.mentions).toMatchObject([{ name: '欧阳文斌', titles: ['市委常委', '常务副市长'] }]);
  });

  it('titles separated by 、 between people belong to the next name', () => {
    const r = people('县委书记田野、县委副书记、县长贺明轩，县人大常委会主任魏春华出席会议');
    expect(r.mentions.map((m) => [m.name, m.titles])).toEqual([
      ['田野', ['县委书记']],
      ['贺明轩', ['县委副书记', '县长']],
      ['魏春华', ['县人大常委会主任']],
    ]);
  });

  it('names after a titled name share its title across 、 but not across ，', () => {
    const r = people('副区长卢志远、程丽、秦海波，区政府办公室主任邵佳出席');
    const t = Object.fromEntries(r.mentions.map((m) => [m.name, m.titles]));
    expect(t).toEqual({ 卢志远: ['副区长'], 程丽: ['副区长'], 秦海波: ['副区长'], 邵佳: ['区政府办公室主任'] });
  });

  it('a generic label (市领导, 区领导, 旗级领导) names people without giving them a title', () => {
    const r = people('市领导谭少华、易欣、聂红梅参加会议');
    expect(r.mentions.map((m) => [m.name, m.titles])).toEqual([
      ['谭少华', []],
      ['易欣', []],
      ['聂红梅', []],
    ]);
  });

  it('other generic labels: 四套班子领导, 市级领导同志, 出席会议的市领导', () => {
    for (const label of ['区四套班子领导', '市级领导', '县委、县政府领导', '在家市领导', '省党政军领导', '两委领导', '高新区两委领导']) {
      expect(people(`${label}邵军、邹丽出席会议`).mentions.map((m) => [m.name, m.titles])).toEqual([
        ['邵军', []],
        ['邹丽', []],
      ]);
    }
  });

  it('a long name that ends its list item keeps a last character that is also a verb, and a 和 after its first (吕和图来、…)', () => {
    const s = '旗委副书记、旗长吕和图来、旗人大常委会主任钱二水在主席台就坐';
    expect(people(s).mentions.map((m) => [m.name, m.titles.join('、')])).toEqual([
      ['吕和图来', '旗委副书记、旗长'],
      ['钱二水', '旗人大常委会主任'],
    ]);
    expect(roleOf(s)).toEqual({ 吕和图来: ['ATTENDED'], 钱二水: ['ATTENDED'] });
    // a name never holds 们: …及常务委员与委员们见面 names no one after 县政协主席钱二水
    expect(names('新当选的县政协主席钱二水及常务委员与委员们见面')).toEqual(['钱二水']);
  });

  it('a working group before a list of its members (县工作专班甲、乙等同志到会指导) labels them, with no title', () => {
    expect(people('县工作专班邵军、邹丽、丁一等同志到会指导').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['邵军', []],
      ['邹丽', []],
      ['丁一', []],
    ]);
    expect(roleOf('省第三督导组邵军、邹丽到会指导')).toEqual({ 邵军: ['ATTENDED'], 邹丽: ['ATTENDED'] });
    // not before what is no list: the group's doings are no one's name; its leader's post is a title
    expect(names('区委巡察组进驻后召开动员会')).toEqual([]);
    expect(people('市委第一巡察组组长邵军出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['邵军', ['市委第一巡察组组长']]]);
  });

  it('a clause said of the person before the title (担任本届政协委员的省政协原副主席…) is no part of it', () => {
    const r = people('担任本届委员的县政协原副主席邵军、邹丽，县政府秘书长丁一出席会议');
    expect(r.mentions.map((m) => [m.name, m.titles.join('、')])).toEqual([
      ['邵军', '县政协原副主席'],
      ['邹丽', '县政协原副主席'],
      ['丁一', '县政府秘书长'],
    ]);
    expect(roleOf('列席会议的县委副书记、代县长邵军在主席台前排就座')).toEqual({ 邵军: ['ATTENDED'] });
    expect(people('列席会议的县委副书记、代县长邵军在主席台前排就座').mentions[0]?.titles).toEqual(['县委副书记', '代县长']);
  });

  it('a name ending in a connector character is still whole (…进和)', () => {
    expect(names('市政协副主席严国和、殷小平出席')).toEqual(['严国和', '殷小平']);
  });

  it('reads names written before a suffix title', () => {
    const r = people('会上，某某大学钱学良教授作专题辅导');
    expect(r.mentions).toMatchObject([{ name: '钱学良', titles: ['教授'] }]);
  });

  it('does not read organisations or verbs as names', () => {
    expect(names('市委办公室、市人大常委会办公厅等部门负责同志和市政府咨询委委员应邀参会')).toEqual([]);
    expect(names('会议听取了相关工作情况汇报')).toEqual([]);
    expect(names('研究部署经济运行、生态环保、民生实事等工作')).toEqual([]);
    // a connector before a name with a title after it (…精神和某某总理), and 批示精神 after a title
    expect(names('传达学习重要讲话精神和柏林总理在某会议上的讲话精神、某某副总理批示精神')).toEqual(['柏林']);
    // a person addressed by surname and post is no title before a name; a group on the platform is no person
    expect(names('柏书记最后强调，要抓好落实')).toEqual([]);
    expect(names('主席团成员在主席台就坐')).toEqual([]);
    // 组织召开 ends a name
    expect(names('县委常委、常务副县长柏林组织召开项目会审会议')).toEqual(['柏林']);
  });

  it('an adverb after a post is no one (…负责人分别作表态发言)', () => {
    expect(names('会上，甲区、乙区、开发区(高新区)负责人分别作表态发言')).toEqual([]);
    expect(names('各镇主要负责人先后发言')).toEqual([]);
  });

  it('a word that qualifies a head noun after a title is no one (委员编组安排, 干部分工方案)', () => {
    expect(names('会议宣布了委员编组安排和各组组长名单')).toEqual([]);
    expect(names('会议审议了干部分工方案')).toEqual([]);
    // a name before a verb stays
    expect(names('副县长许可安排部署了工作')).toEqual(['许可']);
  });

  it('an adverb or a word of time or place after a title is what the holder did next, no name (乡镇长当场提出问题)', () => {
    expect(names('各乡镇长列席会议，乡镇长当场提出问题')).toEqual([]);
    expect(names('县长当即作出部署')).toEqual([]);
  });

  it('a name written around its post as a whole list item (陈主席天成, 许主任秘书世丞, 汪课长扬), as Taiwan\'s minutes list those present', () => {
    expect(roleOf('出席：钱主席文立、孙代表永隆、邝课长明、本会柏秘书杨青')).toEqual({ 钱文立: ['ATTENDED'], 孙永隆: ['ATTENDED'], 邝明: ['ATTENDED'], 柏杨青: ['ATTENDED'] });
    expect(people('列席：钟主任秘书立新').mentions.map((m) => [m.name, m.titles])).toEqual([['钟立新', ['主任秘书']]]);
    // (with a note after it: who stood in takes the part, one away has none)
    expect(roleOf('主持：钱局长文立(孙永隆代)')).toEqual({ 孙永隆: ['CHAIRED'] });
    expect(roleOf('出席：钱主席文立(请假)、孙代表永隆')).toEqual({ 孙永隆: ['ATTENDED'] });
    // (not a post and the verb after it, nor inside a sentence)
    expect(names('钱县长讲话')).not.toContain('钱讲话');
    expect(names('会议由钱县长主持')).not.toContain('钱主持');
    // (an acting post, 宋代课长政霖; and a speaker's label before what they said, as a council's record of its sitting writes it)
    expect(people('列席：邝代课长嘉树').mentions.map((m) => [m.name, m.titles])).toEqual([['邝嘉树', ['代课长']]]);
    expect(people('孙代表永隆：请建设课说明进度。').mentions.map((m) => [m.name, m.titles])).toEqual([['孙永隆', ['代表']]]);
    // (代 before a post is acting, no surname: 代县长某某)
    expect(names('出席：代县长童明、孙代表永隆')).toEqual(['童明', '孙永隆']);
  });

  it('a post\'s last character that starts a two-character surname too is the post\'s (副秘书长孙某: not 长孙某)', () => {
    expect(people('副秘书长孙立出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['孙立', ['副秘书长']]]);
    // (a name with that surname after a whole title stays: 副县长长孙某某)
    expect(names('副县长长孙无忌出席会议')).toEqual(['长孙无忌']);
  });

  it('a verb of holding a post, or what 本府 leaves, is no name before a post (曾任本府某处处长)', () => {
    expect(names('副县长钱文，曾任本府文化处处长，并历任重要职务')).toEqual(['钱文']);
  });

  it('a list item that starts with a word cut in two is no name (其他县领导、曾担任…的老领导)', () => {
    expect(names('在主席台就座的还有其他县领导、曾担任县政协主席的老领导')).toEqual([]);
    expect(names('旗领导邬启明、额尔敦夫、童嘉树出席会议')).toEqual(['邬启明', '额尔敦夫', '童嘉树']);
  });

  it('the kind of a speech after a title is no one (村支部书记交流发言, 书记总结讲话)', () => {
    expect(names('二是各村第一书记、村支部书记交流发言')).toEqual([]);
    expect(names('村支部书记表态发言')).toEqual([]);
    expect(names('镇党委书记总结讲话')).toEqual([]);
    // a two-character name the dictionary tags as a name stays, and so does one it does not know
    expect(names('副县长许可讲话')).toEqual(['许可']);
    expect(names('副县长柏林发言')).toEqual(['柏林']);
    expect(names('旗委书记巴特尔讲话')).toEqual(['巴特尔']);
    // the particle 了 is in no name: what follows the title is a verb phrase
    expect(names('局长谈了体会')).toEqual([]);
  });

  it('groups after a post are no one (主席会成员和各常委出席会议)', () => {
    expect(names('县政协主席柏林主持会议，主席会成员和各常委出席会议')).toEqual(['柏林']);
    expect(names('党组成员与各委员参加会议')).toEqual([]);
    expect(isName('和各常委', { needSurname: false })).toBe(false);
    expect(names('镇人大代表出席会议，非镇人大代表的党政班子成员和村支部书记列席会议')).toEqual([]);
    // an office named like a person (a surname, then 工委): 农工委关于…的调研报告
    expect(names('会议听取了县人大常委会人选工委关于走访代表情况的报告、农工委关于农业机械管理工作的调研报告')).toEqual([]);
  });

  it('a list of names ends at an item that names a body, and items a preposition takes are no names (甲对A、B作出部署)', () => {
    expect(roleOf('副县长邬启明、童嘉树及县政府办、县经开区党工委、华盛建投、县住建局等部门负责同志参加会议')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    expect(roleOf('县长邬启明对沟渠规划、线路迁改、湿地公园建设等工作作出安排')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(names('县长邬启明对防汛工作、迁改安置、渠道清淤等工作作出部署')).toEqual(['邬启明']);
    // (a short item read as no one may be a name whose surname is not listed: the list goes on after it)
    expect(names('县领导邬启明、他石红、童嘉树出席会议')).toContain('童嘉树');
  });

  it('a plain noun after a post, then a noun and a head noun (成员课题调研方案), is part of what is named, no one', () => {
    expect(names('会议审定了县人大常委会领导班子成员课题调研方案')).toEqual([]);
    // (a name the dictionary tags as one stays: 副县长许可调研方案 is no sentence one writes, 副县长许可作说明 is)
    expect(names('副县长许可作说明')).toEqual(['许可']);
  });

  it('a visit is no title: 领导深入委员驻地 names no one (深入, 来到, 看望 are verbs)', () => {
    expect(names('县四大班子领导深入政协委员驻地，看望慰问参会委员')).toEqual([]);
    expect(names('县领导来到代表驻地看望代表')).toEqual([]);
    expect(isTitle('县委深入推进改革领导小组组长')).toBe(true);
  });

  it('an award or cup named after a post is no one (区长质量奖, 县长杯)', () => {
    expect(names('会议研究了粮食生产、市长质量奖等事项')).toEqual([]);
    expect(names('审议了县长创新奖评选办法和县长足球杯赛事安排')).toEqual([]);
    expect(isName('质量奖', { needSurname: true })).toBe(false);
    // a given name may still end so where what comes before is no word (the name reader asks no more)
    expect(names('副县长高明奖主持会议')).toEqual(['高明奖']);
    // nor is a long run of common nouns after a post a name of sounds (县长足球杯赛事: 足球|杯赛|事)
    expect(names('研究了县长足球杯赛事安排')).toEqual([]);
  });

  it('a note after a listed name that the person was away (甲(请假), 甲(公假)) takes the part away; one of who stood in (甲(乙代)) gives it to the stand-in', () => {
    expect(roleOf('出席：钱文(公假)、童嘉树、孙立(邝明代)、柏杨(请假)')).toEqual({ 童嘉树: ['ATTENDED'], 邝明: ['ATTENDED'] });
    expect(roleOf('钱文(因病请假)、童嘉树、孙立出席会议')).toEqual({ 童嘉树: ['ATTENDED'], 孙立: ['ATTENDED'] });
    // (another note keeps the part: 副县长甲(挂职))
    expect(roleOf('副县长钱文(挂职)、童嘉树出席会议')).toEqual({ 钱文: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
  });

  it('names written before their posts, in a list and after 由 (甲副县长、乙副县长出席; 会议由甲副县长主持)', () => {
    expect(roleOf('邬启明副县长、童嘉树副县长出席会议')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    expect(roleOf('会议由邬启明副县长主持，童嘉树局长参加')).toEqual({ 邬启明: ['CHAIRED'], 童嘉树: ['ATTENDED'] });
    // the posts of schools, hospitals, courts, banks, firms and associations are written after a name too
    expect(roleOf('童嘉树校长主持召开院长例会，邬启明院长、钱文董事长、孙立行长参加')).toEqual({ 童嘉树: ['CHAIRED'], 邬启明: ['ATTENDED'], 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    expect(people('会议由邝明检察长主持').mentions.map((m) => [m.name, m.titles])).toEqual([['邝明', ['检察长']]]);
    // Taiwan's counsellors (某某参议), after 以及 too; a name before 昨 (yesterday) ends there
    expect(roleOf('会议由秘书长邬启明昨主持，童嘉树参议、以及钱文参议、孙立参议与会')).toEqual({ 邬启明: ['CHAIRED'], 童嘉树: ['ATTENDED'], 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    // two so named, joined by 和/与 in one segment: each has their own post, and 和 starts no name
    expect(people('童嘉树局长和钱文局长出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['童嘉树', ['局长']], ['钱文', ['局长']]]);
    expect(people('童嘉树县长与钱文局长出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['童嘉树', ['县长']], ['钱文', ['局长']]]);
    // after a verb that introduces the person (审议了某某镇长所做的《…报告》)
    expect(roleOf('大会听取并审议了邬志明镇长所做的《政府工作报告》')).toEqual({ 邬志明: ['ATTENDED'] });
    // two who delivered reports, joined by 和 in one segment: the first is read too
    expect(roleOf('大会听取并审议了邬志明镇长所做的《政府工作报告》和童嘉树主席所作的《人大工作报告》')).toEqual({ 邬志明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    // places listed before their count (甲乡、乙乡、丙丁三镇人大主席) are no people, whatever title came before
    expect(roleOf('县财政局负责人，向东、洄阳、瓦坪三镇人大主席列席会议')).toEqual({});
    // (a name with a numeral before a post is no count of places: 李二乡长)
    expect(roleOf('副乡长邬志明、李二乡长出席会议')).toEqual({ 邬志明: ['ATTENDED'], 李二: ['ATTENDED'] });
    // a candidate for a post holds that post's title (副主任人选, 候选人)
    expect(people('县人大常委会副主任人选邬志明出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['邬志明', ['县人大常委会副主任人选']]]);
    // 免除某某同志常务副县长一职: no title holds 免除 or 同志, and 一职 is no name
    expect(names('会议免除邬志明同志常务副县长一职')).toEqual([]);
    // a count after the names (甲、乙两位同志) is no part of the last one
    expect(roleOf('会议听取了副镇长邬志明、童嘉两位同志所作的述职报告')).toEqual({ 邬志明: ['ATTENDED'], 童嘉: ['ATTENDED'] });
    // a body's own post after it (主席团主席, 代表团团长) holds no name (席团)
    expect(names('甲乙两名同志分别当选为某镇人民政府镇长和镇人大主席团主席')).toEqual([]);
    // a township's posts too (会议由某某镇长主持; 某某乡长传达了…)
    expect(roleOf('会议由邬志明镇长主持，童嘉书记参加')).toEqual({ 邬志明: ['CHAIRED'], 童嘉: ['ATTENDED'] });
    expect(roleOf('会上，邬志明乡长传达了上级会议精神')).toEqual({ 邬志明: ['ATTENDED'] });
    // a place before a post is a title, not a name (某某区政协党组书记、主席某某)
    expect(names('城关区政协党组书记、主席邬启明主持会议')).toEqual(['邬启明']);
    expect(names('高新区管委会主任、副县长邬启明出席会议')).toEqual(['邬启明']);
  });

  it('a note in brackets between a title and a name belongs to neither (副县长(挂职)某某)', () => {
    expect(people('副县长(挂职)邬强出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['邬强', ['副县长']]]);
    expect(roleOf('镇党委副书记(主持镇政府全面工作)邬强出席会议')).toEqual({ 邬强: ['ATTENDED'] });
  });

  it('经开区 (经济技术开发区) keeps its 经 in a title', () => {
    expect(people('经开区党工委书记、管委会主任邬强主持会议').mentions[0]?.titles).toEqual(['经开区党工委书记', '管委会主任']);
  });

  it('a name ends before 在会上/在主会场 after a title (市长某某在会上讲话)', () => {
    expect(roleOf('市长邬强在会上讲话')).toEqual({ 邬强: ['SPOKE_AT'] });
    expect(names('市委副书记、市长邬强在主会场出席会议并讲话')).toEqual(['邬强']);
    // a long transliterated name after a title is still whole
    expect(names('旗长巴特尔那顺出席会议')).toEqual(['巴特尔那顺']);
  });

  it('after a title, 全 is a surname unless it makes a word with what follows (副县长全明; 县领导全部, 副县长全程)', () => {
    expect(roleOf('副县长全明、钱文出席会议')).toEqual({ 全明: ['ATTENDED'], 钱文: ['ATTENDED'] });
    expect(roleOf('会议由副市长全红主持')).toEqual({ 全红: ['CHAIRED'] });
    expect(names('县领导全部出席会议')).toEqual([]);
    expect(names('副县长全程参加会议')).toEqual([]);
    expect(names('市长全力推进项目建设')).toEqual([]);
    expect(names('全县各部门负责人参加会议')).toEqual([]);
  });

  it('a name may start with 其 or 那 (其木格, 那顺), a determiner may not (其他, 那些)', () => {
    expect(names('旗委常委其木格、那顺出席会议')).toEqual(['其木格', '那顺']);
    expect(names('其他旗领导出席会议')).toEqual([]);
  });

  it('minority names with · and long names after a title', () => {
    expect(names('州委副书记、州长艾尔肯·吐尼亚孜出席会议')).toEqual(['艾尔肯·吐尼亚孜']);
    expect(names('旗人大常委会主任巴特尔那顺出席')).toEqual(['巴特尔那顺']);
  });
});

describe('role cues', () => {
  it('主持召开 is CHAIRED; 出席会议并讲话 is ATTENDED and SPOKE_AT; 主持会议并讲话 both', () => {
    expect(roleOf('市委书记龚建平主持召开市委常委会会议')).toEqual({ 龚建平: ['CHAIRED'] });
    expect(roleOf('市长卫东出席会议并讲话')).toEqual({ 卫东: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('驻村第一书记钟立列席会议并讲话')).toEqual({ 钟立: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('区委书记苏振华主持会议并讲话')).toEqual({ 苏振华: ['CHAIRED', 'SPOKE_AT'] });
    expect(roleOf('县委书记房立群主持会议并作总结讲话')).toEqual({ 房立群: ['CHAIRED', 'SPOKE_AT'] });
    // the sitting attended named (出席开幕会/大会/闭幕会并讲话)
    expect(roleOf('县委书记卫东出席开幕会并讲话')).toEqual({ 卫东: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('市长卫东出席大会并作重要讲话')).toEqual({ 卫东: ['ATTENDED', 'SPOKE_AT'] });
    // 并讲了话: the speech told with 了 inside the verb
    expect(roleOf('副市长钱文、孙立等出席会议并讲了话')).toEqual({ 钱文: ['ATTENDED', 'SPOKE_AT'], 孙立: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('县长邝明主持会议并讲了话')).toEqual({ 邝明: ['CHAIRED', 'SPOKE_AT'] });
    expect(roleOf('县长邝明主持召开县政府常务会议并讲了话')).toEqual({ 邝明: ['CHAIRED', 'SPOKE_AT'] });
    // several who each spoke (并分别讲话, 并先后讲话)
    expect(roleOf('市委书记钱文，市委副书记、市长孙立出席会议并分别讲话')).toEqual({ 钱文: ['ATTENDED', 'SPOKE_AT'], 孙立: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('副县长钱文、孙立列席会议并先后作讲话')).toEqual({ 钱文: ['ATTENDED', 'SPOKE_AT'], 孙立: ['ATTENDED', 'SPOKE_AT'] });
  });

  it('出席并主持会议 / 出席会议并主持 is ATTENDED and CHAIRED (and SPOKE_AT with 并讲话)', () => {
    expect(roleOf('县委书记阙平出席并主持会议')).toEqual({ 阙平: ['ATTENDED', 'CHAIRED'] });
    expect(roleOf('区长邰明出席会议并主持')).toEqual({ 邰明: ['ATTENDED', 'CHAIRED'] });
    expect(roleOf('市长虞江出席并主持会议并讲话')).toEqual({ 虞江: ['ATTENDED', 'CHAIRED', 'SPOKE_AT'] });
  });

  it('a list across ， shares the role verb at its end', () => {
    const r = roleOf('县委副书记、县长贺明轩，县委副书记沈兰，县委常委卢斌、葛静出席会议，县政协主席龙海列席会议');
    expect(r).toEqual({ 贺明轩: ['ATTENDED'], 沈兰: ['ATTENDED'], 卢斌: ['ATTENDED'], 葛静: ['ATTENDED'], 龙海: ['ATTENDED'] });
  });

  it('会议由某某主持 and 某某主持。 are CHAIRED', () => {
    expect(roleOf('会议由常务副市长邱国栋主持')).toEqual({ 邱国栋: ['CHAIRED'] });
    expect(roleOf('会议由邱国栋主持', ['邱国栋'])).toEqual({ 邱国栋: ['CHAIRED'] });
    expect(roleOf('市委书记温家顺主持。')).toEqual({ 温家顺: ['CHAIRED'] });
    // 宣布大会开幕 / 会议开始 puts one on the platform; 宣布， quotes; 宣布…并讲话 is a speech
    expect(roleOf('大会执行主席温家顺宣布大会开幕')).toEqual({ 温家顺: ['ATTENDED'] });
    expect(roleOf('县委副书记温家顺宣布会议开始')).toEqual({ 温家顺: ['ATTENDED'] });
    expect(roleOf('温家顺宣布，会议到此结束')).toEqual({});
    expect(roleOf('县委书记温家顺宣布大会开幕并讲话')).toEqual({ 温家顺: ['SPOKE_AT'] });
    // 担任会议主持人 presides; 担任 a post does not
    expect(roleOf('县委副书记温家顺担任本次会议主持人')).toEqual({ 温家顺: ['CHAIRED'] });
    expect(roleOf('温家顺担任县委副书记')).toEqual({});
  });

  it('与会 after a name is the cue, not a connector; 通过视频/全程 before the verb end the name', () => {
    expect(roleOf('副县长邱国栋与会')).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('副县长邱国栋与会并讲话')).toEqual({ 邱国栋: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('副县长邱国栋与温家顺出席会议')).toEqual({ 邱国栋: ['ATTENDED'], 温家顺: ['ATTENDED'] });
    expect(roleOf('副县长邱国栋通过视频参加会议')).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('副县长邱国栋全程参加会议')).toEqual({ 邱国栋: ['ATTENDED'] });
    // and before the adverbs of time and manner that stand before the verb (同时, 一并, 按时, 再次 …)
    for (const adverb of ['同时', '一并', '按时', '准时', '应约', '再次']) expect(roleOf(`副县长邱国栋${adverb}参加会议`)).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('副县长邱国栋代为主持')).toEqual({ 邱国栋: ['CHAIRED'] });
  });

  it('某某发言 / 授课 / 讲党课 / 述职 take the floor', () => {
    expect(roleOf('县委副书记邱国栋发言')).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('县委副书记邱国栋授课')).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('县委书记邱国栋为全县党员干部讲党课')).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('某镇党委书记邱国栋述职')).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('会议要求，要认真述职述廉')).toEqual({});
  });

  it('分别主持分组讨论: leading a group\'s session is taking part, not chairing the meeting', () => {
    expect(roleOf('县领导邱国栋、温家顺分别主持分组讨论')).toEqual({ 邱国栋: ['ATTENDED'], 温家顺: ['ATTENDED'] });
    expect(roleOf('县长邱国栋主持小组审议')).toEqual({ 邱国栋: ['ATTENDED'] });
    expect(roleOf('县长邱国栋主持会议')).toEqual({ 邱国栋: ['CHAIRED'] });
  });

  it('会议由甲、乙主持: co-chairs with no title, the first right after 由', () => {
    expect(roleOf('会议由邱国栋、温家顺主持。')).toEqual({ 邱国栋: ['CHAIRED'], 温家顺: ['CHAIRED'] });
    expect(roleOf('大会由温家顺、邱国栋、詹文主持。')).toEqual({ 温家顺: ['CHAIRED'], 邱国栋: ['CHAIRED'], 詹文: ['CHAIRED'] });
    // words after 由 that are no names make no list of people
    expect(roleOf('会议由市场、监管部门负责同志主持。')).toEqual({});
  });

  it('bare names in a list ending in a role verb (甲、乙等列席会议)', () => {
    expect(roleOf('詹文、阮志强等列席会议')).toEqual({ 詹文: ['ATTENDED'], 阮志强: ['ATTENDED'] });
    expect(roleOf('包小军、霍英及各乡镇主要负责同志列席会议')).toEqual({ 包小军: ['ATTENDED'], 霍英: ['ATTENDED'] });
    // a note in brackets after a bare name (甲(女)、乙出席)
    expect(roleOf('包小军(女)、霍英等县领导出席会议')).toEqual({ 包小军: ['ATTENDED'], 霍英: ['ATTENDED'] });
    // the count of the names before 同志 (甲、乙两位同志出席)
    expect(roleOf('包小军、霍英两位同志出席会议')).toEqual({ 包小军: ['ATTENDED'], 霍英: ['ATTENDED'] });
  });

  it('a count between the names and the post they share (甲、乙两位副县长, 三位副县长甲、乙、丙): each holds the post', () => {
    const titled = (s: string) => people(s).mentions.map((m) => `${m.name}:${m.titles.join('/')}`);
    expect(titled('邬启明、童嘉树两位副县长列席会议。')).toEqual(['邬启明:副县长', '童嘉树:副县长']);
    expect(titled('邬启明、童嘉树两名副县长列席会议。')).toEqual(['邬启明:副县长', '童嘉树:副县长']);
    expect(titled('邬启明、童嘉树、钱文等五位副县长出席会议。')).toEqual(['邬启明:副县长', '童嘉树:副县长', '钱文:副县长']);
    expect(titled('三位副县长邬启明、童嘉树、钱文出席会议。')).toEqual(['邬启明:副县长', '童嘉树:副县长', '钱文:副县长']);
    // the count is no part of a name nor of a title (树两位副县长), and a post after 同志 is none
    expect(isTitle('树两位副县长')).toBe(false);
    expect(isTitle('名誉主席')).toBe(true);
    expect(titled('邬启明、童嘉树两位同志出席会议。')).toEqual(['邬启明:', '童嘉树:']);
    // a count and a group with no names, no one
    expect(titled('三名县派第一书记列席会议。')).toEqual([]);
  });

  it('bare names heading groups listed on (甲、乙等某市领导、有关部门、各镇负责人在分会场参加会议)', () => {
    expect(roleOf('詹文、阮志强、柯立明等东川市领导、市有关部门、镇街负责人在东川分会场参加了会议。')).toEqual({ 詹文: ['ATTENDED'], 阮志强: ['ATTENDED'], 柯立明: ['ATTENDED'] });
    expect(roleOf('詹文、阮志强等市领导参加会议。')).toEqual({ 詹文: ['ATTENDED'], 阮志强: ['ATTENDED'] });
    // the groups after a comma, the holders of a post across bodies among them
    expect(roleOf('詹文、阮志强等县领导，各乡镇党委书记参加会议。')).toEqual({ 詹文: ['ATTENDED'], 阮志强: ['ATTENDED'] });
    expect(roleOf('詹文、阮志强等县领导，各乡镇、县直各部门主要负责人参加会议。')).toEqual({ 詹文: ['ATTENDED'], 阮志强: ['ATTENDED'] });
    // a name before the list's 等, even where 平等 would be a word; never a name ending in 等
    expect(roleOf('詹文、柯立平等列席会议。')).toEqual({ 詹文: ['ATTENDED'], 柯立平: ['ATTENDED'] });
    expect(roleOf('詹文、柯立平等东川市领导参加了会议。')).toEqual({ 詹文: ['ATTENDED'], 柯立平: ['ATTENDED'] });
    // the groups must lead to the role verb: a list that turns into another clause names no one
    expect(roleOf('詹文、阮志强等市领导、市有关部门、镇街负责人，研究部署了下一步工作。')).toEqual({});
    expect(roleOf('詹文、阮志强等市领导、防汛工作，参加了会议。')).toEqual({});
  });

  it('甲及某职务乙: both people, both attending', () => {
    expect(roleOf('市领导牛建、韦强及市政府秘书长祁东出席会议')).toEqual({ 牛建: ['ATTENDED'], 韦强: ['ATTENDED'], 祁东: ['ATTENDED'] });
  });

  it('a person named at a sentence\'s start before a colon, then what they said (孙代表永隆：…, 县长某某：…), spoke; a list after a colon is no speech', () => {
    expect(roleOf('孙代表永隆：请建设课说明工程进度。')).toEqual({ 孙永隆: ['SPOKE_AT'] });
    expect(roleOf('县委书记邬启明：要坚持稳中求进，抓好各项工作。')).toEqual({ 邬启明: ['SPOKE_AT'] });
    expect(roleOf('邬启明：童嘉树、钱文')).toEqual({});
    expect(roleOf('主持人：邬启明')).toEqual({ 邬启明: ['CHAIRED'] });
    // (nor what a name starts without a colon, or after other words)
    expect(roleOf('会议由县长邬启明主持：要坚持稳中求进')).toEqual({ 邬启明: ['CHAIRED'] });
  });

  it('甲率领/带领乙: both take the part, but those led only attend what the leader chairs; one who leads no one named has a verb of their own', () => {
    expect(roleOf('县长邬启明带领副县长童嘉树出席会议')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    expect(roleOf('市长邬启明率领副市长童嘉树、钱文到某镇调研并召开座谈会')).toEqual({ 邬启明: ['CHAIRED'], 童嘉树: ['ATTENDED'], 钱文: ['ATTENDED'] });
    // (a group between them: the leader is read too, and first; the group's word and 与 are no part of the next title)
    expect(people('市长邬启明率领全体一级首长与议长童嘉树主持召开联席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['邬启明', ['市长']], ['童嘉树', ['议长']]]);
    expect(roleOf('市长邬启明率领全体一级首长与议长童嘉树主持召开联席会议')).toEqual({ 邬启明: ['CHAIRED'], 童嘉树: ['ATTENDED'] });
    expect(roleOf('县长邬启明率队到钱村调研，副县长童嘉树主持召开座谈会')).toEqual({ 童嘉树: ['CHAIRED'] });
    expect(roleOf('县长邬启明带领调研组到钱村调研，副县长童嘉树主持召开座谈会')).toEqual({ 童嘉树: ['CHAIRED'] });
    expect(isTitle('一级首长与议长')).toBe(false);
    expect(isTitle('市长邬启明率领全体一级首长与议长')).toBe(false);
  });

  it('an office, a name and its post (某某服务处甲主任) is that person, titled by the office\'s post; no title holds a name', () => {
    expect(people('邬启明立委服务处童嘉树主任到场关心').mentions.map((m) => [m.name, m.titles])).toEqual([['童嘉树', ['邬启明立委服务处主任']]]);
    expect(isTitle('立委服务处童嘉树主任')).toBe(false);
    expect(isTitle('市直机关党工委宣教处处长')).toBe(true);
    // (an office that ends as its post starts, 党校|校长, is the office, no name: 市委党校校长 is a title)
    expect(isTitle('市委党校校长')).toBe(true);
    expect(roleOf('市委副书记，市委党校校长钱文出席')).toEqual({ 钱文: ['ATTENDED'] });
  });

  it('what one did before ends a name (副市长某某曾担任…), and a list that points to an attachment names no one (参加人员：如附件)', () => {
    expect(names('副市长邬启明曾担任交通局局长')).toEqual(['邬启明']);
    expect(names('参加人员：如附件')).toEqual([]);
    expect(names('出席：见附表')).toEqual([]);
  });

  it('a speech is 讲话, not 强调 or 指出 (those attend, where the article\'s reading keeps them: article.test)', () => {
    expect(roleOf('市长蒲英在讲话中指出', ['蒲英'])).toEqual({ 蒲英: ['SPOKE_AT'] });
    expect(roleOf('市委书记甘露在会上讲话时强调')).toEqual({ 甘露: ['SPOKE_AT'] });
    expect(roleOf('市委书记甘露强调，要抓好落实')).toEqual({ 甘露: ['ATTENDED'] });
    expect(roleOf('市委书记甘露指出，各级要出席会议')).toEqual({ 甘露: ['ATTENDED'] });
  });

  it('giving a report, an explanation or a lecture at the meeting is attending it', () => {
    expect(roleOf('副县长尤志刚就《条例》作了起草说明')).toEqual({ 尤志刚: ['ATTENDED'] });
    expect(roleOf('某大学法学院院长邝明为与会人员作了专题讲座')).toEqual({ 邝明: ['ATTENDED'] });
    // 介绍了…情况 at the meeting is attending it; 据某某介绍 / 某某介绍说 is a source, not a role
    expect(roleOf('市委常委、副市长邝明介绍了有关情况')).toEqual({ 邝明: ['ATTENDED'] });
    expect(roleOf('据市应急局局长邝明介绍，今年汛期来得早')).toEqual({});
    expect(people('据市应急局局长邝明介绍，今年汛期来得早').mentions[0]?.titles).toEqual(['市应急局局长']);
    // 甲、乙分别汇报了… / 某某先后通报了…
    expect(roleOf('市发改委主任简雍、市财政局局长伊籍分别汇报了有关情况')).toEqual({ 简雍: ['ATTENDED'], 伊籍: ['ATTENDED'] });
    expect(roleOf('市应急局局长邝明先后通报了两起事故情况')).toEqual({ 邝明: ['ATTENDED'] });
    // around the documents (围绕《A》《B》) and with a quoted theme holding 、 (作“甲、乙”专题报告): still one report
    expect(roleOf('市委党校教授邝明围绕《某某条例》《某某规定》作“坚持制度治党、依规治党”专题辅导报告')).toEqual({ 邝明: ['ATTENDED'] });
    // on a theme (以“…”为题) before the lecture or the report: the name ends before 以
    expect(roleOf('大学教授、市政府法律顾问邝明以“在法治轨道上推进各项工作”为题进行了授课')).toEqual({ 邝明: ['ATTENDED'] });
    // an academic's titles (教授、博士生导师) before the name, and 应邀 before the verb
    expect(roleOf('某大学法学院教授、博士生导师邝明应邀作专题辅导报告')).toEqual({ 邝明: ['ATTENDED'] });
    expect(people('硕士生导师邝明作专题辅导').mentions.map((m) => [m.name, m.titles])).toEqual([['邝明', ['硕士生导师']]]);
    // a titled name before what one says to those present (县长某某感谢…, 某某希望…)
    // a name addressed by its post, joined to a titled name the article knows (钱县长偕副县长孙立…)
    expect(roleOf('钱县长偕副县长孙立率各局处长列席', ['钱县长', '孙立'])).toEqual({ 钱县长: ['ATTENDED'], 孙立: ['ATTENDED'] });
    expect(roleOf('钱县长和副县长孙立出席会议', ['钱县长', '孙立'])).toEqual({ 钱县长: ['ATTENDED'], 孙立: ['ATTENDED'] });
    for (const verb of ['感谢所有议员的监督', '希望各部门认真研究', '勉励新任干部', '呼吁社会各界关注'])
      expect(people(`县长邝明${verb}`).mentions.map((m) => [m.name, m.titles])).toEqual([['邝明', ['县长']]]);
    expect(roleOf('市委党校教授邝明以“坚持依法治市”为主题作专题辅导报告')).toEqual({ 邝明: ['ATTENDED'] });
    // what a report is about, with 、 in it (作的关于甲草案、乙草案审议情况的汇报): still one report
    expect(roleOf('会议听取了秘书长邝明作的关于人选名单草案、议程草案审议情况的汇报')).toEqual({ 邝明: ['ATTENDED'] });
    // a town or an office that reports is no person (a name-like word ending as a division or an office does)
    // reporting to the standing committee, leading the study, summing up: there; a delegate named right after 受…委托
    expect(roleOf('县政协副主席韦平向常委会汇报了党组工作情况')).toEqual({ 韦平: ['ATTENDED'] });
    expect(roleOf('区党工委副书记许丽、党工委委员车乐分别领学了有关文件')).toEqual({ 许丽: ['ATTENDED'], 车乐: ['ATTENDED'] });
    expect(roleOf('区委常委、宣传部部长姜鸣总结了全区理论学习情况')).toEqual({ 姜鸣: ['ATTENDED'] });
    // setting out the work at the meeting (某某安排稳增长工作, 安排部署了…) is taking the floor; 由某某安排 is not
    expect(roleOf('市委书记姜鸣主持会议，市长韦平安排稳增长工作，市政协主席许丽参加会议')).toEqual({ 姜鸣: ['CHAIRED'], 韦平: ['ATTENDED'], 许丽: ['ATTENDED'] });
    expect(roleOf('县长韦平安排部署了下一步工作')).toEqual({ 韦平: ['ATTENDED'] });
    expect(roleOf('此项工作由县长韦平安排')).toEqual({});
    expect(roleOf('受县长柯平委托副县长韦平主持会议')).toEqual({ 韦平: ['CHAIRED'] });
    // (a body's 党组 after another's, 县人大常委会党组、县政府党组, is no name)
    expect(names('县委书记柯平代表县委对县人大常委会党组、县政府党组和县政协党组的各项工作给予了充分肯定')).toEqual(['柯平']);
    // a post the person speaks about ends the segment (…就补选县人大常委会主任、委员…作了说明): not a title waiting for a name
    expect(roleOf('县委书记柯平代表县委就补选县人大常委会主任、县人大常委会委员人选情况作了说明')).toEqual({ 柯平: ['ATTENDED'] });
    expect(roleOf('市委书记韦平就调整市政协副主席、秘书长人选作说明')).toEqual({ 韦平: ['ATTENDED'] });
    expect(roleOf('县人社局就业局局长柯平出席')).toEqual({ 柯平: ['ATTENDED'] });
    // 由市长、副市长、秘书长组成: a list of posts that makes up a body names nobody (组成 is no name)
    expect(names('市政府常务会议由市长、副市长、市政府办公室主任组成，由市长召集和主持')).toEqual([]);
    // 会议由镇党委某某主持: a body, no post, before the chair's name
    expect(roleOf('会议由镇党委柯林主持。')).toEqual({ 柯林: ['CHAIRED'] });
    expect(people('会议由镇党委柯林主持。').mentions[0]?.titles).toEqual([]);
    // 管委会主任 in a list of titles is a post, not a name (管委会) before its post
    expect(people('开发区党工委书记、管委会主任、区委书记骆峰主持会议').mentions.map((m) => [m.name, m.titles])).toEqual([['骆峰', ['开发区党工委书记', '管委会主任', '区委书记']]]);
    // the day between the name and the verb (wire and Taiwan style); 另 after a name; 参议 is a post
    expect(roleOf('县长柯文21日上午主持县府第8次县务会议')).toEqual({ 柯文: ['CHAIRED'] });
    expect(people('县长柯文另指示各局处全面检视').mentions).toMatchObject([{ name: '柯文', titles: ['县长'] }]);
    expect(people('主任秘书翁平、参议杨池、许宽出席').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['翁平', ['主任秘书']],
      ['杨池', ['参议']],
      ['许宽', ['参议']],
    ]);
    // bare names, then groups after a comma, up to the one with the role verb
    expect(roleOf('谢平、汪敏，市法院、市检察院负责人列席会议。')).toEqual({ 谢平: ['ATTENDED'], 汪敏: ['ATTENDED'] });
    expect(roleOf('会议强调，谢平、汪敏，要抓好落实。')).toEqual({});
    // an official who convenes a meeting presides (a place or a body that convenes one is no person)
    expect(roleOf('3月2日下午，区政府常务副区长费祎召开稳增长第2次调度会，分析经济形势')).toEqual({ 费祎: ['CHAIRED'] });
    expect(roleOf('3月2日，县委书记费祎组织召开县委常委会议')).toEqual({ 费祎: ['CHAIRED'] });
    expect(names('5月6日，柳溪召开区政府党组会议、常务会议，深入学习重要讲话、重要指示精神，研究部署有关工作。')).toEqual([]);
    // no name starts with a preposition, whatever the title before it; a 经开区's leaders head a list
    expect(names('与会区领导和各部门负责人对报告进行了认真讨论')).toEqual([]);
    // nor with 作/做, the verb of what the title's holder then did (负责人作交流发言)
    expect(names('某街道卫生服务中心负责人作交流发言')).toEqual([]);
    expect(names('各村党支部书记做表态发言')).toEqual([]);
    expect(names('经开区领导侯宗权、谢平及相关单位负责人参加会议')).toEqual(['侯宗权', '谢平']);
    // a list under a body's leaders (旗政协领导甲、乙), a nominee's post, a name before 当选
    expect(names('旗政协领导于国强、韦立在主席台前排就座')).toEqual(['于国强', '韦立']);
    expect(names('县人大常委会领导于国强、韦立出席会议')).toEqual(['于国强', '韦立']);
    expect(people('旗政协党组书记、主席提名人选柯迪主持会议').mentions).toMatchObject([{ name: '柯迪', titles: ['旗政协党组书记', '主席提名人选'] }]);
    expect(names('会议选举，韦立、于国强当选为县政协副主席', ['韦立', '于国强'])).toEqual(['韦立', '于国强']);
    expect(names('会上，柳溪镇汇报了园区建设情况，各专班组长分别汇报了项目情况')).toEqual([]);
    expect(names('会上，柳溪乡汇报了园区建设情况，各专班组长分别汇报了项目情况')).toEqual([]);
    // (a given name such as 红旗 is still a name)
    expect(roleOf('会上，韦红旗汇报了园区建设情况', ['韦红旗'])).toEqual({ 韦红旗: ['ATTENDED'] });
  });

  it('appointments are not roles (某某任副书记)', () => {
    expect(roleOf('会议决定，柯军担任组长，凌云、胡杨任副组长', ['柯军', '凌云', '胡杨'])).toEqual({});
  });
});

describe('more forms', () => {
  it('a name followed by its post (会议由张某书记主持) is a chair with that post as a title, as at a clause start', () => {
    expect(people('会议由方建书记主持').mentions).toMatchObject([{ name: '方建', titles: ['书记'] }]);
    expect(people('方建书记主持会议').mentions).toMatchObject([{ name: '方建', titles: ['书记'] }]);
    expect(roleOf('会议由方建书记主持')).toEqual({ 方建: ['CHAIRED'] });
    // the post whole, with its 副 and 常务副; after a verb that introduces the person too
    expect(people('会议由汤晓明常务副县长主持').mentions).toMatchObject([{ name: '汤晓明', titles: ['常务副县长'] }]);
    expect(people('会议听取了欧立新局长关于春耕工作的汇报').mentions).toMatchObject([{ name: '欧立新', titles: ['局长'] }]);
    // 同志 is no post
    expect(people('会议由方建同志主持').mentions).toMatchObject([{ name: '方建', titles: [] }]);
  });
  it('主持…工作 is a portfolio, not chairing; 出席…仪式 is another event', () => {
    expect(roleOf('副市长汤明主持市政府全面工作')).toEqual({});
    expect(roleOf('市长汤明出席签约仪式')).toEqual({});
    expect(roleOf('副市长汤明参加会见')).toEqual({});
    // 出席…会议的委员/代表 is a relative clause about others; a name stops before 来到
    expect(roleOf('县委书记汤明来到驻地，看望慰问出席县政协会议的政协委员')).toEqual({});
    expect(people('县委副书记、县长徐望来到委员驻地').mentions.map((m) => m.name)).toEqual(['徐望']);
    expect(roleOf('县长汤明出席会议并看望了参会的人大代表')).toEqual({ 汤明: ['ATTENDED'] });
    expect(roleOf('副市长汤明陪同考察')).toEqual({});
    expect(roleOf('市长汤明出席会议')).toEqual({ 汤明: ['ATTENDED'] });
  });
});

describe('people introduced by a verb', () => {
  it('听取了某职务某某关于…的汇报: the reporter attends, with the title', () => {
    const r = people('会议听取了副市长罗军关于全市防汛工作的汇报');
    expect(r.mentions).toMatchObject([{ name: '罗军', titles: ['副市长'] }]);
    expect(roleOf('会议听取了副市长罗军关于全市防汛工作的汇报')).toEqual({ 罗军: ['ATTENDED'] });
  });
  it('听取了某职务某某《关于…的汇报》: the report by its title right after the name; two such joined by 和 name two', () => {
    expect(roleOf('会议听取了市发改委主任钱立新《关于全市物流园区建设情况的汇报》')).toEqual({ 钱立新: ['ATTENDED'] });
    expect(roleOf('会议听取了县财政局局长孙平《关于预算执行情况的报告》和县审计局局长钱立新《关于审计工作的报告》')).toEqual({ 孙平: ['ATTENDED'], 钱立新: ['ATTENDED'] });
    // a document studied is no report delivered: no role
    expect(roleOf('会议学习了《县长孙平关于全县防汛工作的讲话》')).toEqual({});
  });
  it('a minutes\' fields (主持：甲 / 出席：甲、乙 / 列席人员：丙，…负责人) list who chaired and attended; 请假：, 记录： list no one', () => {
    expect(roleOf('出席：韩立、邵文、钟平')).toEqual({ 韩立: ['ATTENDED'], 邵文: ['ATTENDED'], 钟平: ['ATTENDED'] });
    expect(roleOf('列席人员：孔祥、范志坚，县直有关部门主要负责人')).toEqual({ 孔祥: ['ATTENDED'], 范志坚: ['ATTENDED'] });
    expect(roleOf('主持：韩立')).toEqual({ 韩立: ['CHAIRED'] });
    expect(roleOf('主持人：县长韩立')).toEqual({ 韩立: ['CHAIRED'] });
    // (the field may name the meeting: 会议主持人：, 会议列席人员：)
    expect(roleOf('会议主持人：县委副书记、县长韩立')).toEqual({ 韩立: ['CHAIRED'] });
    expect(roleOf('会议列席人员：孔祥、范志坚')).toEqual({ 孔祥: ['ATTENDED'], 范志坚: ['ATTENDED'] });
    // (与会 as the field's verb, and 有/还有 before the colon: 与会人员还有：)
    expect(roleOf('与会人员：孔祥、范志坚。')).toEqual({ 孔祥: ['ATTENDED'], 范志坚: ['ATTENDED'] });
    expect(roleOf('与会人员还有：孔祥、范志坚。')).toEqual({ 孔祥: ['ATTENDED'], 范志坚: ['ATTENDED'] });
    expect(roleOf('参会人员有：副县长孔祥、范志坚。')).toEqual({ 孔祥: ['ATTENDED'], 范志坚: ['ATTENDED'] });
    expect(roleOf('请假：钱文')).toEqual({});
    expect(roleOf('记录：钱文')).toEqual({});
  });

  it('听取和审议了县长某某所作的…报告: the presenter attends, with the title after the verbs', () => {
    expect(roleOf('会议听取和审议了县长韩立所作的政府工作报告')).toEqual({ 韩立: ['ATTENDED'] });
    expect(people('会议审议了副县长韩立作的报告').mentions.map((m) => [m.name, m.titles])).toEqual([['韩立', ['副县长']]]);
    // 同志…当选… is no title (某某同志全票当选乡长)
    expect(people('韩立同志全票当选某乡政府乡长').mentions.flatMap((m) => m.titles)).toEqual([]);
    // a speech named as what is discussed is no speech given here, nor is 工作报告 a report delivered
    expect(roleOf('会议研究讨论县委书记韩立在全会上的讲话，研究讨论县委常委会工作报告')).toEqual({});
    expect(roleOf('县委书记韩立在会上讲话')).toEqual({ 韩立: ['SPOKE_AT'] });
  });

  it('某某(对…)进行总结/强调/培训/动员: took the floor, so attended; a name stops before 进行; a rare surname (茆)', () => {
    expect(roleOf('最后，镇长茆建平进行大会总结')).toEqual({ 茆建平: ['ATTENDED'] });
    // rare surnames in a bare list (禤, 邸, 钭)
    expect(roleOf('县领导禤国华、邸卫东、钭明参加会议')).toEqual({ 禤国华: ['ATTENDED'], 邸卫东: ['ATTENDED'], 钭明: ['ATTENDED'] });
    // a surname we do not list, first in a labelled list or inside it (岩, 玉): the list is still read
    expect(roleOf('区领导岩华、华昊峰、玉卫东出席会议')).toEqual({ 岩华: ['ATTENDED'], 华昊峰: ['ATTENDED'], 玉卫东: ['ATTENDED'] });
    // in a bare list without a label too, first or inside, where names with listed surnames are as many
    expect(roleOf('座谈会上，岩卫东、潘立新、沐华明、郑海峰等相继发言')).toEqual({ 岩卫东: ['ATTENDED'], 潘立新: ['ATTENDED'], 沐华明: ['ATTENDED'], 郑海峰: ['ATTENDED'] });
    expect(roleOf('岩卫东、潘立新、郑海峰等鹤山市领导、有关部门负责人在分会场参加了会议')).toEqual({ 岩卫东: ['ATTENDED'], 潘立新: ['ATTENDED'], 郑海峰: ['ATTENDED'] });
    // (mostly unlisted: no list of names; the last, with a listed surname and the verb, alone)
    expect(roleOf('岩卫东、沐华明、郑海峰等相继发言')).toEqual({ 郑海峰: ['ATTENDED'] });
    // but not an office (县发改局), nor adverbs after a label (市领导也分别…)
    expect(roleOf('出席会议的有：县委办、县政府办、县发改局')).toEqual({});
    expect(roleOf('与会市领导也分别就有关工作作了发言')).toEqual({});
    // nor an adverb after a title (新当选的…主任委员也依法宣誓: 也 starts no name)
    expect(people('区人大法制委员会、财政经济委员会主任委员也依法进行了宪法宣誓').mentions.map((m) => m.name)).toEqual([]);
    expect(people('区人大常委会副主任还分别作了发言').mentions.map((m) => m.name)).toEqual([]);
    expect(roleOf('镇组织委员钟立对换届推荐流程进行培训')).toEqual({ 钟立: ['ATTENDED'] });
    expect(roleOf('镇长韩立对工作纪律进行再次强调')).toEqual({ 韩立: ['ATTENDED'] });
    expect(people('副县长韩立进行汇报').mentions.map((m) => m.name)).toEqual(['韩立']);
  });

  it('关于《…》的情况汇报 / 的起草说明: a word between 的 and the report, a title in the topic', () => {
    expect(roleOf('会议听取了区水务局局长韩立同志关于《河道巡查办法（试行）》的情况汇报')).toEqual({ 韩立: ['ATTENDED'] });
    expect(roleOf('会议听取了市司法局局长邹明关于条例草案的起草说明')).toEqual({ 邹明: ['ATTENDED'] });
    // the topic's own 的 does not end it early, nor does a report of something else
    expect(roleOf('会议听取了区农业局局长邵文关于全区春耕的有关情况的汇报')).toEqual({ 邵文: ['ATTENDED'] });
  });
});

describe('titles in brackets after the name', () => {
  it('the session\'s executive chairs named after 是/为 (本次大会的执行主席是甲、乙) took part', () => {
    expect(roleOf('本次大会的执行主席是王一民、李二水、张三丰')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'], 张三丰: ['ATTENDED'] });
    expect(roleOf('大会执行主席为：王一民、李二水')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    // 执行主席 as a title before a name stays a title
    expect(roleOf('大会执行主席、县人大常委会主任王一民主持会议')).toEqual({ 王一民: ['CHAIRED'] });
  });

  it('a heading with 是 in place of 有 (担任大会执行主席的是：, 在主席台就座的是：) heads the list too', () => {
    expect(roleOf('担任大会执行主席的是：王一民、李二水、张三丰')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'], 张三丰: ['ATTENDED'] });
    expect(roleOf('在主席台就座的是：王一民、李二水')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    expect(roleOf('出席会议的是县领导王一民、李二水')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    // a group, no names
    expect(roleOf('参加会议的是各镇党委书记')).toEqual({});
  });

  it('a heading whose group is long (在主席台前排就座的大会主席团常务主席有：) heads the list when a colon opens it; so does one of a sitting\'s executive chairs; a committee\'s members label their names', () => {
    expect(roleOf('在主席台前排就座的大会主席团常务主席有：王一民、李二水、张三丰')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'], 张三丰: ['ATTENDED'] });
    expect(roleOf('出席会议的县人大常委会组成人员有：王一民、李二水')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    // (the executive chairs of a sitting named by its ordinal, 担任本次全体会议/第二次全体会议执行主席的是：)
    expect(roleOf('担任本次全体会议执行主席的是：王一民、李二水')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    expect(roleOf('担任第二次全体会议执行主席的有：王一民、李二水')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    // (the members of a standing committee or a chairs' meeting before their names: a label, no title)
    expect(people('县政协主席会议成员王一民、李二水出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['王一民', []], ['李二水', []]]);
    expect(roleOf('县人大常委会组成人员王一民、李二水等28人出席会议')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    expect(people('市政府党组成员王一民出席会议').mentions[0]?.titles).toEqual(['市政府党组成员']);
    // (a long group with no colon is no heading: what follows is said of them)
    expect(roleOf('参加培训的全体学员普遍认为这是一次收获很大的学习')).toEqual({});
  });

  it('出席会议的有：某某(职务)、某某(职务、职务)', () => {
    const r = people('出席会议的有：谭林(市委副书记)、简宁(市委常委、副市长)');
    expect(r.mentions.map((m) => [m.name, m.titles])).toEqual([
      ['谭林', ['市委副书记']],
      ['简宁', ['市委常委', '副市长']],
    ]);
    expect(roleOf('出席会议的有：谭林(市委副书记)、简宁(市委常委、副市长)')).toEqual({ 谭林: ['ATTENDED'], 简宁: ['ATTENDED'] });
  });

  it('出席会议的(市领导)(还)有 and the names right after it, without a colon', () => {
    expect(roleOf('参加会议的市领导还有钱文、孙立')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    expect(roleOf('出席会议的有钱文、孙立、赵刚')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'], 赵刚: ['ATTENDED'] });
    expect(roleOf('在主席台就座的有钱文、孙立')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    // 的有关部门…: no heading, and neither a group nor a verb phrase is a person
    expect(people('参加会议的有关部门负责人作了发言').mentions).toEqual([]);
  });

  it('参加座谈的企业家有： — any event after the verb and any group before 有 head the list', () => {
    expect(roleOf('参加座谈的企业家有：某某集团董事长钱文、某某公司总经理孙立')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    expect(roleOf('列席会议的部门负责人有：市财政局局长钱文、市审计局局长孙立')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    // another kind of event (a signing, a ceremony) is not the meeting
    expect(roleOf('出席签约仪式的有：某某集团董事长钱文、某某公司总经理孙立')).toEqual({});
  });
});

describe('list layouts', () => {
  it('names separated by spaces share the cue', () => {
    expect(roleOf('市领导钟毅 柯南 韩梅出席会议')).toEqual({ 钟毅: ['ATTENDED'], 柯南: ['ATTENDED'], 韩梅: ['ATTENDED'] });
  });
  it('a title or a label before a colon heads the list after it', () => {
    expect(people('副市长：钟毅、柯南').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['钟毅', ['副市长']],
      ['柯南', ['副市长']],
    ]);
    expect(roleOf('出席会议的市领导：钟毅、柯南')).toEqual({ 钟毅: ['ATTENDED'], 柯南: ['ATTENDED'] });
  });
});

describe('more attendance cues', () => {
  it('某某对…作了部署 and 甲、乙分别作了交流发言 are there', () => {
    expect(roleOf('市委常委、组织部部长黎明对相关工作作了具体部署')).toEqual({ 黎明: ['ATTENDED'] });
    expect(roleOf('会上，宋敏、汪洋等5名基层党组织书记作了交流发言')).toEqual({ 宋敏: ['ATTENDED'], 汪洋: ['ATTENDED'] });
  });
});

describe('remarks', () => {
  it('致辞 is a speech', () => {
    expect(roleOf('市长唐杰出席会议并致辞')).toEqual({ 唐杰: ['ATTENDED', 'SPOKE_AT'] });
  });
});

describe('titles split by a comma', () => {
  it('市委常委，副市长某某 keeps both titles; a title after a name does not leak', () => {
    expect(people('市委常委，副市长程远出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['程远', ['市委常委', '副市长']]]);
    expect(people('副市长程远，市政府秘书长韦东出席').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['程远', ['副市长']],
      ['韦东', ['市政府秘书长']],
    ]);
  });
});

describe('a clause that continues the subject', () => {
  it('某某主持会议，并作重要讲话', () => {
    expect(roleOf('市委书记房立群主持会议，并作重要讲话')).toEqual({ 房立群: ['CHAIRED', 'SPOKE_AT'] });
    // 作出/做出 for 作/做 (镇党委书记某某同志做出了重要讲话, 出席会议并作出讲话)
    expect(roleOf('镇党委书记房立群同志做出了重要讲话')).toEqual({ 房立群: ['SPOKE_AT'] });
    expect(roleOf('县长房立群出席会议并作出重要讲话')).toEqual({ 房立群: ['ATTENDED', 'SPOKE_AT'] });
    // a speech with its title (作了题为《…》的讲话, 发表题为“…”的讲话), on behalf of a body
    expect(roleOf('县委副书记房立群代表县委作了题为《凝心聚力再创佳绩》的讲话')).toEqual({ 房立群: ['SPOKE_AT'] });
    expect(roleOf('县长房立群发表了题为“奋进新时代”的重要讲话')).toEqual({ 房立群: ['SPOKE_AT'] });
  });
});

describe('同志 after each name', () => {
  it('甲同志、乙同志出席会议', () => {
    expect(roleOf('邬强同志、柏林同志出席会议')).toEqual({ 邬强: ['ATTENDED'], 柏林: ['ATTENDED'] });
    // 同志 before 及/和 does not end the list: the person after the connector is there too
    expect(roleOf('副市长邬强同志、柏林同志及市政府秘书长甘霖参加会议')).toEqual({ 邬强: ['ATTENDED'], 柏林: ['ATTENDED'], 甘霖: ['ATTENDED'] });
    // a note in brackets after a name (女, 挂职) does not end it or the list
    expect(roleOf('副市长邬强(挂职)、柏林、甘霖(女)出席会议')).toEqual({ 邬强: ['ATTENDED'], 柏林: ['ATTENDED'], 甘霖: ['ATTENDED'] });
  });
});

describe('where a name stops', () => {
  it('before words of time, manner and delegation', () => {
    expect(roleOf('市委副书记、市长邬启明昨天上午主持召开市政府常务会议')).toEqual({ 邬启明: ['CHAIRED'] });
    expect(roleOf('市委副书记、市长邬启明即主持召开动员部署会')).toEqual({ 邬启明: ['CHAIRED'] });
    expect(names('县长邬启明今日下午主持会议')).toEqual(['邬启明']);
  });

  it('the one who delegates (受某某委托) is not the chair; their title has no 受', () => {
    const r = people('受县委书记邬启明委托，县委副书记、县长童嘉树主持召开县委常委会会议');
    expect(r.mentions.find((m) => m.name === '邬启明')?.titles).toEqual(['县委书记']);
    expect(roleOf('受县委书记邬启明委托，县委副书记、县长童嘉树主持召开县委常委会会议')).toEqual({ 童嘉树: ['CHAIRED'] });
    // the delegator named by post alone, before or after the chair; 以…方式 after a name
    expect(roleOf('受县长委托，常务副县长童嘉树主持会议')).toEqual({ 童嘉树: ['CHAIRED'] });
    expect(roleOf('常务副县长童嘉树受县长委托主持会议')).toEqual({ 童嘉树: ['CHAIRED'] });
    expect(roleOf('区委书记邬启明以视频方式出席会议')).toEqual({ 邬启明: ['ATTENDED'] });
    // 受委托 with no one named: the name still ends before 受
    expect(roleOf('县长童嘉树受委托出席会议')).toEqual({ 童嘉树: ['ATTENDED'] });
    expect(roleOf('县委书记邬启明受委托主持会议')).toEqual({ 邬启明: ['CHAIRED'] });
    // several who delegate are each a person with their titles, none with a part
    const several = people('受区委书记邬启明、区长钱文委托，童嘉树代表区委、区政府致辞');
    expect(several.mentions.filter((m) => m.name !== '童嘉树').map((m) => [m.name, m.titles])).toEqual([
      ['邬启明', ['区委书记']],
      ['钱文', ['区长']],
    ]);
    expect(people('童嘉树受县委书记、县长邬启明委托主持会议').mentions.find((m) => m.name === '邬启明')?.titles).toEqual(['县委书记', '县长']);
  });

  it('甲受乙委托主持: 甲 chairs; 乙, named inside, only delegates (a person with titles, no role)', () => {
    expect(roleOf('副县长钱多受县长殷实委托主持会议')).toEqual({ 钱多: ['CHAIRED'] });
    expect(roleOf('副县长钱多受县委书记、县长殷实委托主持会议并讲话')).toEqual({ 钱多: ['CHAIRED', 'SPOKE_AT'] });
    const r = people('副县长钱多受县委书记、县长殷实委托主持会议并讲话');
    expect(r.mentions.map((m) => [m.name, m.titles])).toEqual([['钱多', ['副县长']], ['殷实', ['县委书记', '县长']]]);
    expect(people('受县委书记、县长许红光委托，副县长钱多主持会议').mentions.find((m) => m.name === '许红光')?.titles).toEqual(['县委书记', '县长']);
  });

  it('two people joined by 与/和 each with a post, and 共同/一起 after the last, are two people', () => {
    expect(roleOf('县长柴明与副县长钱多共同主持会议')).toEqual({ 柴明: ['CHAIRED'], 钱多: ['CHAIRED'] });
    expect(roleOf('会议由县长柴明、副县长钱多共同主持')).toEqual({ 柴明: ['CHAIRED'], 钱多: ['CHAIRED'] });
    expect(roleOf('区长殷实和副区长钱多一起参加会议')).toEqual({ 殷实: ['ATTENDED'], 钱多: ['ATTENDED'] });
    // an office whose name holds 和 is one title
    expect(people('市住房和城乡建设局局长王伟出席').mentions.map((m) => [m.name, m.titles])).toEqual([['王伟', ['市住房和城乡建设局局长']]]);
  });

  it('a name with a verb of its own does not share a later cue; after a preposition it still does', () => {
    expect(roleOf('市委书记邬启明作出批示，市长童嘉树出席会议并讲话')).toEqual({ 童嘉树: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('副市长邬启明、童嘉树等，出席会议')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
  });
});

describe('who was there, beyond 出席/参加', () => {
  it('seated on the platform', () => {
    expect(roleOf('区领导邬启明、童嘉树在主席台前排就座')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
  });
  it('党中央 is no person (党 is a surname); a dotted name ends before 为 (…·某某为代表团副团长)', () => {
    expect(names('县纪委书记、监委主任邬启明传达上级关于巡视工作的部署、党中央关于巡视工作的决策部署')).toEqual(['邬启明']);
    expect(people('推选地委副书记、行署专员艾力·买买提和人大工委主任赛力克·吐尔逊为代表团副团长').mentions.map((m) => m.name)).toEqual(['艾力·买买提', '赛力克·吐尔逊']);
  });
  it('a council session: 甲、乙等八位议员联合质询, 上场质询的有：议员甲、乙 — those who question the executive took the floor', () => {
    expect(roleOf('由邬启明、童嘉树、柏青松等三位议员联合质询')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'], 柏青松: ['ATTENDED'] });
    expect(roleOf('首先上场质询的有议员邬启明、童嘉树')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
  });
  it('偕 joins two people as 和 does; a surname and post addressed before it (许县长偕副县长某某) is no part of the next title', () => {
    expect(people('县长邬启明偕副县长童嘉树出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['邬启明', ['县长']],
      ['童嘉树', ['副县长']],
    ]);
    expect(people('许县长偕副县长童嘉树列席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['童嘉树', ['副县长']]]);
    expect(people('王书记和市长童嘉树出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['童嘉树', ['市长']]]);
  });
  it('the one who leads a visiting group was at the meeting it convened there (某某带领调研组/一行来某县调研(，)并召开座谈会)', () => {
    expect(roleOf('市委常委邬启明带领市督导组来某县督导调研，并召开座谈会')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('市委常委邬启明带领市督导组来某县督导调研并召开座谈会，县委书记童嘉树主持')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['CHAIRED'] });
    expect(roleOf('市委常委、组织部部长邬启明，市政府副秘书长钱文率调研组到某镇检查防汛工作，召开现场会')).toEqual({ 邬启明: ['ATTENDED'], 钱文: ['ATTENDED'] });
    expect(roleOf('副市长邬启明一行来某县调研并召开座谈会')).toEqual({ 邬启明: ['ATTENDED'] });
    // (what is inspected after the verb, within the clause as across the comma)
    expect(roleOf('市委常委邬启明率队到某镇检查防汛工作并召开现场会')).toEqual({ 邬启明: ['ATTENDED'] });
    // a visit that convenes nothing is no meeting's
    expect(roleOf('市委常委邬启明带领市督导组来某县督导调研，并察看了有关项目')).toEqual({});
    expect(roleOf('市委常委邬启明带领市督导组来某县督导调研')).toEqual({});
  });

  it('a visitor who comes to inspect and convenes a meeting there chaired it (某某就…来某县调研并召开座谈会); a name ends before 来', () => {
    expect(roleOf('副市长邬启明就用地工作来某县调研并召开座谈会，县委书记童嘉树参加会议')).toEqual({ 邬启明: ['CHAIRED'], 童嘉树: ['ATTENDED'] });
    expect(people('副市长邬启明来某县调研').mentions.map((m) => m.name)).toEqual(['邬启明']);
    // (a given name with 来 stays whole)
    expect(people('副县长柏来福出席会议').mentions.map((m) => m.name)).toEqual(['柏来福']);
  });
  it('a place\'s 市领导/县领导 labels a list (某某市领导甲参加会议); 分包县级领导 in a sentence of duties does not', () => {
    expect(roleOf('某平市领导邬启明参加会议')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(names('各项目分包县级领导和责任单位要加快组织实施')).toEqual([]);
  });
  it('an appraisal given at the meeting (某某代表镇党委，对…表示充分的肯定; 某某充分肯定了…) is attendance', () => {
    expect(roleOf('会上，镇党委书记邬启明同志代表镇党委，对过去一年来的工作表示充分的肯定')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('县人大常委会副主任童嘉树充分肯定了全镇五年来取得的成绩')).toEqual({ 童嘉树: ['ATTENDED'] });
    expect(names('会议充分肯定了全镇五年来取得的成绩')).toEqual([]);
  });
  it('one who heard the reports at the meeting (指挥长某某听取了各部门…汇报) attended; one who made demands (对各部门做以下要求) too', () => {
    expect(roleOf('首先，市防指指挥长邬启明副市长听取了各部门对汛期工作开展情况汇报')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('副市长童嘉树对各部门做以下要求')).toEqual({ 童嘉树: ['ATTENDED'] });
    // the meeting that heard them names no one
    expect(names('会议听取了各部门工作汇报')).toEqual([]);
  });
  it('并 after a name and its post, then the verb (某某镇长并在会上作了讲话): the name ends before 并', () => {
    expect(roleOf('会议选举柏青松同志为镇长，柏青松镇长并在会上作了讲话')).toEqual({ 柏青松: ['SPOKE_AT'] });
  });
  it('a bare name that delivers a report (某某作/做政府工作报告) attended, with 做 as with 作', () => {
    expect(roleOf('柏青松做政府工作报告')).toEqual({ 柏青松: ['ATTENDED'] });
    expect(roleOf('邬启明作了财政预算执行情况的报告')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(names('大会听取了政府工作报告')).toEqual([]);
  });
  it('seated on the platform with where on it said (执行主席席, 第一排): the last of the list is a name, no title of 主席台', () => {
    expect(roleOf('大会执行主席邬启明、童嘉树、柏青松在主席台执行主席席就座')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'], 柏青松: ['ATTENDED'] });
    expect(people('大会执行主席邬启明、童嘉树、柏青松在主席台执行主席席就座').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['邬启明', ['大会执行主席']],
      ['童嘉树', ['大会执行主席']],
      ['柏青松', ['大会执行主席']],
    ]);
    expect(roleOf('县领导邬启明、童嘉树在主席台第一排就坐')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
  });

  it('said something at the meeting, took the floor, gave opinions', () => {
    expect(roleOf('镇党委书记邬启明在动员会上指出，要提高认识')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('某区区长邬启明在会中指出时程已非常紧迫')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('邬启明、童嘉树、柏青等相继发言')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'], 柏青: ['ATTENDED'] });
    expect(roleOf('县委常委、政法委书记邬启明，副县长童嘉树提出意见建议')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    expect(roleOf('街道办事处副主任邬启明作为委员代表进行了表态发言')).toEqual({ 邬启明: ['ATTENDED'] });
    // talks with a group (与企业家代表面对面交流, 与大家座谈): took part; a person after 与 is no group
    expect(roleOf('市委副书记、市长邬启明与民营企业家代表面对面交流')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('副县长邬启明还与大家深入座谈')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('副县长邬启明与童嘉树座谈')).toEqual({});
  });

  it('指出/强调 right after a name is the cue attend:强调/指出, which the reading of the article keeps only at the speaker\'s level and away from a relay', () => {
    expect(roleOf('市长邬启明指出，会议精神要落实')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('市长邬启明指出要落实会议精神')).toEqual({});
    // 说，/表示，likewise: what follows the comma is what was said
    expect(roleOf('市长邬启明说，会议精神要落实')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('市长邬启明表示，会议精神要落实')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('邬启明说：政协委员要加强协商议政')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('市长邬启明对此表示感谢')).toEqual({});
    // (说 before the comma is the verb, not the end of a name: 委员邬启明说， names 邬启明)
    expect(names('委员邬启明说，要加强协商议政')).toEqual(['邬启明']);
    expect(names('委员钟立说：要加强协商议政')).toEqual(['钟立']);
  });
});

describe('lists of names', () => {
  it('a transliterated name (no Han surname) is an item of a list of names', () => {
    expect(names('旗领导邬启明、巴特尔那顺、童嘉树出席会议')).toEqual(['邬启明', '巴特尔那顺', '童嘉树']);
    expect(names('旗领导巴特尔、那顺、宝音出席会议')).toEqual(['巴特尔', '那顺', '宝音']);
    // ordinary words in a list are not names
    expect(names('副市长邬启明、有关部门、新闻媒体出席会议')).toEqual(['邬启明']);
  });

  it('a group named in a list does not end it', () => {
    expect(roleOf('市委常委邬启明，民盟市委主委童嘉树，各民主党派市委、市工商联驻会负责同志及无党派代表人士，市政府秘书长柏青出席会议')).toEqual({
      邬启明: ['ATTENDED'],
      童嘉树: ['ATTENDED'],
      柏青: ['ATTENDED'],
    });
  });
});

describe('seating, presiding and labelled lists', () => {
  it('a heading and a colon before a list of bare names (出席会议的有：, 在主席台就座的有：, 担任大会执行主席的有：)', () => {
    expect(roleOf('出席会议的市领导有：邬启明、童嘉树、柏青')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'], 柏青: ['ATTENDED'] });
    expect(roleOf('在主席台就座的有：邬启明、童嘉树')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    expect(roleOf('担任大会执行主席的有：邬启明、童嘉树')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    // (with which session it is: 担任此次/本次大会执行主席的有：)
    expect(roleOf('担任此次大会执行主席的有：邬启明、童嘉树')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
  });

  it('a session\'s post after its full name (某县第十届人民代表大会第五次会议常务主席甲、乙) titles the first of the list', () => {
    expect(roleOf('某县第十届人民代表大会第五次会议常务主席邬启明、童嘉树在主席台前排就坐')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
  });

  it('retired officials (离退休老同志甲、乙…) are a group label before the names', () => {
    expect(roleOf('离退休老同志邬启明、童嘉树、柏青等应邀出席大会')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'], 柏青: ['ATTENDED'] });
    expect(people('老同志邬启明出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['邬启明', []]]);
  });

  it('a name after 及/以及 inside a list (甲、乙及丙、丁出席) is an item of it, without the title of the names before', () => {
    expect(people('县政协副主席邬启明、童嘉树以及柏青、钟立出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['邬启明', ['县政协副主席']],
      ['童嘉树', ['县政协副主席']],
      ['柏青', []],
      ['钟立', []],
    ]);
    expect(roleOf('副县长邬启明、童嘉树及柏青、钟立出席会议')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'], 柏青: ['ATTENDED'], 钟立: ['ATTENDED'] });
    // a group after it is no one
    expect(names('县领导邬启明、童嘉树及有关部门负责人、各乡镇党委书记参加会议')).toEqual(['邬启明', '童嘉树']);
  });

  it('one who lectures at the meeting (宣讲团成员某某宣讲了…精神, 作专题宣讲) attended; 要深入宣讲… names no one', () => {
    expect(roleOf('县委宣讲团成员邬启明宣讲了党的全会精神')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('市委党校教授童嘉树为与会人员作专题宣讲')).toEqual({ 童嘉树: ['ATTENDED'] });
    expect(names('会议要求，要深入宣讲党的全会精神')).toEqual([]);
  });

  it('several group labels in one list', () => {
    expect(names('区领导邬启明、童嘉树，开发区领导柏青、钟立参加会议')).toEqual(['邬启明', '童嘉树', '柏青', '钟立']);
  });

  it('compound and joined titles keep every character', () => {
    expect(people('经济开发区党工委书记邬启明作表态发言').mentions[0]?.titles).toEqual(['经济开发区党工委书记']);
    expect(people('区长兼开发区党工委书记邬启明出席会议').mentions[0]?.titles).toEqual(['区长兼开发区党工委书记']);
  });
});

describe('a title after the name', () => {
  it('石某某常务副县长在…讲话中: the name at the segment start with its full title after it', () => {
    const r = people('邬启明常务副县长在总结讲话中要求');
    expect(r.mentions).toMatchObject([{ name: '邬启明', titles: ['常务副县长'] }]);
    expect(roleOf('邬启明常务副县长在总结讲话中要求')).toEqual({ 邬启明: ['SPOKE_AT'] });
    expect(people('由童嘉树市长主持会议').mentions).toMatchObject([{ name: '童嘉树', titles: ['市长'] }]);
  });

  it('an office\'s name before its post is no name before a post (区发改局党组书记、局长某某)', () => {
    expect(people('区政府党组成员，区发改局党组书记、局长裴行俭列席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['裴行俭', ['区政府党组成员', '区发改局党组书记', '局长']]]);
    expect(people('县住建局党组书记、局长邬明出席').mentions.map((m) => m.name)).toEqual(['邬明']);
    // a name and a bare post after it stay one
    expect(people('邬明局长出席会议').mentions).toMatchObject([{ name: '邬明', titles: ['局长'] }]);
    expect(people('童嘉树党委书记出席会议').mentions).toMatchObject([{ name: '童嘉树', titles: ['党委书记'] }]);
  });
});

describe('more name boundaries and report cues', () => {
  it('an adverb closing a three-character candidate belongs to the verb (某某即主持)', () => {
    expect(names('市委副书记、市长童嘉树即主持召开动员部署会')).toEqual(['童嘉树']);
  });

  it('a preposition-surname before a determiner is no name; offices are not people', () => {
    expect(names('县发改局局长邬启明就方案，向各参会单位负责人征求了意见')).toEqual(['邬启明']);
    expect(names('区委常委，区政府、区法院、区检察院负责同志参加会议')).toEqual([]);
  });

  it('区直 (the bodies directly under a district) is no one, though 区 is a surname', () => {
    expect(names('区检察院检察长邬启明，区直及驻区部门主要负责人参加会议')).toEqual(['邬启明']);
  });

  it('a place a post is in charge of (县委常委包某某区: 包 the verb, then a district) is no person', () => {
    expect(names('会议研究了县委常委包石桥区及部分副县长包乡镇的分工')).toEqual([]);
    expect(names('会议明确由副市长包东城区、西城市的联系工作')).toEqual([]);
    // a name with a title still reads
    expect(names('县委常委包明出席会议')).toEqual(['包明']);
  });

  it('对…进行了汇报 and 作了分析 are reports at the meeting', () => {
    expect(roleOf('会上，县发改局副局长邬启明对项目储备情况进行了汇报')).toEqual({ 邬启明: ['ATTENDED'] });
    expect(roleOf('省长童嘉树对一季度经济形势作了分析')).toEqual({ 童嘉树: ['ATTENDED'] });
    // 对下一步工作提出要求, 就…提出三点意见, 对会议精神进行了传达: took the floor; 某某要求， is said at the
    // meeting as 强调， is (attend:强调/指出, kept by the article only at the speaker's level)
    expect(roleOf('副县长钱文对下一步工作提出要求')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('副县长孙立就做好防汛工作提出三点意见')).toEqual({ 孙立: ['ATTENDED'] });
    // after 同志, with 提了, and after a 针对… of its own (a name stops before 针对)
    expect(roleOf('副主任钱文同志对各社区提了具体要求')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('副主任孙立针对垃圾分类工作对各社区提出了具体要求')).toEqual({ 孙立: ['ATTENDED'] });
    expect(roleOf('县长钱文对会议精神进行了传达')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('县长钱文要求，各部门要抓好落实')).toEqual({ 钱文: ['ATTENDED'] });
    // 要求 with those it asks (各部门, 与会人员, 大家 …) is asked of those at the meeting; 要求的, 要求是 no cue
    expect(roleOf('县长钱文要求各部门抓好落实')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('县长钱文要求与会人员认真领会会议精神')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('县长钱文要求的事项要抓好落实')).toEqual({});
    // leading the study of a text at a study session (进行领学) is taking the floor too
    expect(roleOf('区委副书记、区长孙立进行领学')).toEqual({ 孙立: ['ATTENDED'] });
    // 由县长某某介绍新任主管 / 某某介绍全县经济运行情况: took the floor; 据某某介绍， and 某某介绍说 quote, no more
    expect(roleOf('由县长钱文介绍新任主管')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('据县发改局局长孙立介绍，今年项目进展顺利')).toEqual({});
    // said at the meeting (在县务会议中指示): took the floor
    expect(roleOf('县长钱文在县务会议中指示各局处全面检视')).toEqual({ 钱文: ['ATTENDED'] });
    // one just elected (当选镇长某某, 新当选的副县长某某) holds the post, and took the floor
    expect(roleOf('当选镇长钱文同志就做好政府工作进行了表态发言')).toEqual({ 钱文: ['ATTENDED'] });
    expect(people('新当选的副县长孙立作表态发言').mentions.map((m) => [m.name, m.titles])).toEqual([['孙立', ['副县长']]]);
    // one appointed at the meeting who takes the oath there (进行了庄严的宪法宣誓) is there
    expect(roleOf('会上，钱文同志进行了庄严的宪法宣誓')).toEqual({ 钱文: ['ATTENDED'] });
    // …and one who swears it in other words (在国旗前宣誓, 依法向宪法庄严宣誓), but not the ceremony named
    expect(roleOf('孙立和钱文在国旗前宣誓')).toEqual({ 孙立: ['ATTENDED'], 钱文: ['ATTENDED'] });
    expect(roleOf('新任命的副区长孙立依法向宪法庄严宣誓')).toEqual({ 孙立: ['ATTENDED'] });
    expect(roleOf('副区长孙立宣誓就职')).toEqual({ 孙立: ['ATTENDED'] });
    expect(roleOf('会议为副区长孙立举行宪法宣誓仪式')).toEqual({});
    expect(people('会上还举行了新当选镇长向宪法宣誓仪式').mentions).toEqual([]);
  });
});

describe('a meeting chaired under someone, a council\'s speaker, a count of posts', () => {
  it('某会议在主任某某主持下召开 / 在议长某某主持下开幕: chaired; 将置副县长二名 names nobody', () => {
    // a meeting chaired under someone (某会议在主任某某主持下召开), a council's speaker (议长)
    expect(roleOf('县人大常委会第5次会议在主任钱文主持下召开')).toEqual({ 钱文: ['CHAIRED'] });
    expect(roleOf('某县议会临时会在议长孙立主持下开幕')).toEqual({ 孙立: ['CHAIRED'] });
    expect(roleOf('孙立新议长主持会议')).toEqual({ 孙立新: ['CHAIRED'] });
    expect(roleOf('钱立军秘书长通报了大会各项筹备工作情况')).toEqual({ 钱立军: ['ATTENDED'] });
    // a count of posts (将置副县长二名) is nobody
    expect(people('县府将置副县长二名，副秘书长一名').mentions).toEqual([]);
  });
});

describe('a cadres\' meeting that announces an appointment', () => {
  it('某某宣布决定并讲话 spoke; 新任县委书记某某 holds the post and took the floor', () => {
    expect(roleOf('市委常委、组织部长钱文宣布决定并讲话，县委书记孙立主持会议，新任县委书记李明作表态发言')).toEqual({
      钱文: ['SPOKE_AT'],
      孙立: ['CHAIRED'],
      李明: ['ATTENDED'],
    });
    expect(people('新任县委书记李明作表态发言').mentions.map((m) => [m.name, m.titles])).toEqual([['李明', ['县委书记']]]);
  });
});

describe('a ceremony and a list of questions', () => {
  it('主持仪式/揭牌仪式 chairs no meeting; 谁来建、怎么建、建什么 are questions, no names', () => {
    expect(roleOf('市委副书记钱文主持仪式')).toEqual({});
    expect(roleOf('县长钱文主持揭牌仪式')).toEqual({});
    expect(roleOf('县长钱文主持会议')).toEqual({ 钱文: ['CHAIRED'] });
    expect(people('孙立从谁来建、怎么建、建什么等方面，对工作进行了部署').mentions.map((m) => m.name)).not.toContain('怎么建');
    expect(isName('建什么', { needSurname: true })).toBe(false);
  });
});

describe('quoted bodies in titles', () => {
  it('“大工委”书记 keeps its quotes; an unclosed quote is no title', () => {
    expect(people('“大工委”书记邬启明主持会议').mentions).toMatchObject([{ name: '邬启明', titles: ['“大工委”书记'] }]);
    expect(isTitle('“大工委书记')).toBe(false);
  });
});

describe('a titled name followed by what officials do at a meeting', () => {
  // every combination: the name is read whole and alone, whatever verb phrase follows it
  const titles = ['市长', '市委副书记、市长', '县委常委、常务副县长', '区人大常委会主任', '镇党委书记'];
  const persons = ['邬强', '柏丽红', '欧阳晓明', '傅立'];
  const tails = [
    '在会上讲话', '在讲话中指出', '出席会议并讲话', '主持会议并讲话', '作总结讲话', '就有关工作作部署', '代表市政府作报告',
    '通报了有关情况', '到会指导', '一行参加会议', '同志出席会议', '以视频方式参加会议', '在主会场出席会议', '应邀出席会议',
    '受邀参加会议', '受市长委托主持会议', '随后讲话', '最后强调', '结合实际讲了意见', '指出，要抓好落实',
  ];
  it('同志 between the name and a cue that must follow the name (某某同志通报了…)', () => {
    expect(roleOf('刚才，县长邬强同志通报了全县有关情况')).toEqual({ 邬强: ['ATTENDED'] });
  });
  it('reads the name alone in each of them', () => {
    const wrong: string[] = [];
    for (const t of titles) for (const p of persons) for (const tail of tails) {
      const got = names(`${t}${p}${tail}。`);
      if (got.length !== 1 || got[0] !== p) wrong.push(`${t}${p}${tail} → ${got.join(',')}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('Tibetan and Mongolian names written by their sound, as items of a list of people', () => {
  it('a name made of the common parts of such names (扎西, 次仁, 格桑, 多吉 …; 巴特尔, 其木格 …) is a person in a list', () => {
    expect(roleOf('县领导扎西次仁、格桑多吉、尼玛出席会议')).toEqual({ 扎西次仁: ['ATTENDED'], 格桑多吉: ['ATTENDED'], 尼玛: ['ATTENDED'] });
    expect(roleOf('自治区领导洛桑次旦、白玛卓嘎、平措出席会议')).toEqual({ 洛桑次旦: ['ATTENDED'], 白玛卓嘎: ['ATTENDED'], 平措: ['ATTENDED'] });
    expect(roleOf('旗领导巴特尔、乌力吉、其木格参加会议')).toEqual({ 巴特尔: ['ATTENDED'], 乌力吉: ['ATTENDED'], 其木格: ['ATTENDED'] });
    // a list of offices is no list of people, whatever sounds alike
    expect(roleOf('县发改局、县财政局、县扎西乡负责人参加会议')).toEqual({});
  });

  it('such a name is one though it ends as a village does (…江村): an item of a list with a title before it', () => {
    expect(roleOf('副主任邬启明、扎西江村、童嘉树出席会议')).toEqual({ 邬启明: ['ATTENDED'], 扎西江村: ['ATTENDED'], 童嘉树: ['ATTENDED'] });
    expect(roleOf('副主任邬启明、童嘉树、扎西江村出席会议')).toEqual({ 邬启明: ['ATTENDED'], 童嘉树: ['ATTENDED'], 扎西江村: ['ATTENDED'] });
    // a village in a list of places is still no one
    expect(roleOf('县发改局、县财政局、石桥村负责人参加会议')).toEqual({});
  });
});

describe('representatives of a sector before the name (无党派人士代表某某)', () => {
  it('the label is a group\'s, the name after it a person; a group word is no name', () => {
    expect(roleOf('市工商联主席孙五湖、无党派人士代表赵六一先后发言')).toEqual({ 孙五湖: ['ATTENDED'], 赵六一: ['ATTENDED'] });
    expect(names('会议听取了市工商联负责人和无党派人士代表的意见建议')).toEqual([]);
  });
});

describe('chaired, said otherwise (在某某的主持下, 由某某召集)', () => {
  it('the one under whose chairing or by whom the meeting was convened chaired it', () => {
    expect(roleOf('会议在县委书记王一民的主持下进行')).toEqual({ 王一民: ['CHAIRED'] });
    // a name the article knows, with no title here
    expect(roleOf('随后，主席团会议在王一民的主持下，表决通过了大会日程', ['王一民'])).toEqual({ 王一民: ['CHAIRED'] });
    expect(roleOf('在王一民等同志的陪同下，代表们参观了展馆', ['王一民'])).toEqual({});
    expect(roleOf('会议由县长王一民召集')).toEqual({ 王一民: ['CHAIRED'] });
    // 召集人 is a post; 召集并主持 reads as before
    expect(roleOf('县长王一民召集并主持会议')).toEqual({ 王一民: ['CHAIRED'] });
  });
});

describe('会议主持人 written before the name', () => {
  it('the one so titled presided, whatever verb follows', () => {
    expect(roleOf('大会执行主席、会议主持人王一民宣布大会开幕')).toEqual({ 王一民: ['CHAIRED', 'ATTENDED'] });
  });
});

describe('presenting awards at the meeting (为…颁奖)', () => {
  it('those who presented awards attended', () => {
    expect(roleOf('县领导王一民、李二山为获奖单位和个人颁奖')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'] });
    expect(roleOf('市委书记赵三水向先进集体代表颁发奖牌')).toEqual({ 赵三水: ['ATTENDED'] });
  });
});

describe('watching a televised meeting at a branch venue (在分会场收听收看)', () => {
  it('those who watched and listened attended', () => {
    expect(roleOf('市委书记王一民，市委副书记、市长李二山等市领导在我市分会场收听收看')).toEqual({ 王一民: ['ATTENDED'], 李二山: ['ATTENDED'] });
    expect(roleOf('县领导赵三水、钱四海在县分会场组织收看')).toEqual({ 赵三水: ['ATTENDED'], 钱四海: ['ATTENDED'] });
    // the verb right after the name, the venue unsaid (县长某某组织收看, 某某收看会议, 某某组织参加)
    expect(roleOf('县长赵三水组织收看。')).toEqual({ 赵三水: ['ATTENDED'] });
    expect(roleOf('副县长钱四海收看会议。')).toEqual({ 钱四海: ['ATTENDED'] });
    expect(roleOf('县长赵三水组织参加会议。')).toEqual({ 赵三水: ['ATTENDED'] });
    // hearing what the people say is no meeting
    expect(roleOf('县长赵三水收听群众意见')).toEqual({});
  });

  it('one who watched and then spoke (收听收看会议并讲话) attended and spoke', () => {
    expect(roleOf('市长李二山在我市分会场收听收看会议并讲话')).toEqual({ 李二山: ['ATTENDED', 'SPOKE_AT'] });
    expect(roleOf('县长赵三水在县分会场组织收看并作讲话')).toEqual({ 赵三水: ['ATTENDED', 'SPOKE_AT'] });
  });
});

describe('coming to the meeting (到会, 莅临会议)', () => {
  it('a person who came to the meeting attended it, and spoke when the sentence says so', () => {
    expect(roleOf('县委书记钱文一行到会指导')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('市领导钱文莅临会议指导')).toEqual({ 钱文: ['ATTENDED'] });
    expect(roleOf('市委书记钱文到会并作重要讲话')).toEqual({ 钱文: ['ATTENDED', 'SPOKE_AT'] });
    // a visit elsewhere is no meeting's role, and 莅临 ends the name
    expect(roleOf('省委书记钱文莅临我市调研')).toEqual({});
    expect(people('省委书记钱文莅临我市调研').mentions.map((m) => m.name)).toEqual(['钱文']);
    expect(people('到会人员有钱文、孙立').mentions.every((m) => m.name.length <= 3)).toBe(true);
    // 到场 likewise (议员某某到场关心), not those there already (到场的)
    expect(roleOf('议员钱文、孙立到场关心')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
  });
});

describe('a name ending in a function character', () => {
  it('为 right before a role verb is the name’s last character (某大为主持), elsewhere the next word', () => {
    expect(roleOf('市人大常委会主任钱大为主持')).toEqual({ 钱大为: ['CHAIRED'] });
    expect(roleOf('市委书记孙有为出席会议')).toEqual({ 孙有为: ['ATTENDED'] });
    expect(people('市长钱文为群众办实事').mentions.map((m) => m.name)).toEqual(['钱文']);
  });

  it('被 (passive: 被选为, 被任命为) ends a name', () => {
    expect(names('会上，某集团总裁孙立新被选为协会轮值会长')).toEqual(['孙立新']);
    expect(names('副县长钱文被评为先进个人')).toEqual(['钱文']);
  });

  it('before 同志 the character is the name’s (市长某有为同志在…主持), but not before 同志们 (为同志们讲党课)', () => {
    expect(roleOf('市长孙有为同志在市政府会议室主持召开专题会议')).toEqual({ 孙有为: ['CHAIRED'] });
    expect(names('副县长钱文为同志们讲党课')).toEqual(['钱文']);
  });

  it('所 closes a name unless 作/做 follows it (主任某某所，… / 县长某某所作的报告)', () => {
    expect(roleOf('县人大常委会主任钱立所，副主任孙文出席')).toEqual({ 钱立所: ['ATTENDED'], 孙文: ['ATTENDED'] });
    expect(people('会议听取了县长钱文所作的政府工作报告').mentions.map((m) => m.name)).toEqual(['钱文']);
    expect(people('县长钱文所做的报告').mentions.map((m) => m.name)).toEqual(['钱文']);
  });

  it('和 or 同 right before a role verb closes the name too (副主任某正和主持): no connector stands before 主持', () => {
    expect(roleOf('市人大常委会副主任孙正和主持会议')).toEqual({ 孙正和: ['CHAIRED'] });
    expect(roleOf('副县长钱大同出席会议')).toEqual({ 钱大同: ['ATTENDED'] });
    expect(roleOf('副县长孙大和到会指导')).toEqual({ 孙大和: ['ATTENDED'] });
    // 到会人员 is a group the connector joins
    expect(people('县长钱文和到会人员合影').mentions.map((m) => m.name)).toEqual(['钱文']);
    // a connector before another name still joins two people
    expect(roleOf('副县长钱文和孙立出席会议')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
  });
});

describe('为 between a name and a body\'s post', () => {
  it('is the verb of an election (选举甲为乡长，乙为乡人大主席), not the name\'s last character; before a bare post it is the name\'s', () => {
    expect(people('会议选举钱文为乡长，孙立为乡人大主席。').mentions.map((m) => m.name)).not.toContain('孙立为');
    expect(roleOf('钱大为主任出席会议')).toEqual({ 钱大为: ['ATTENDED'] });
  });
});

describe('two people joined by 和/与/及 before the role verb', () => {
  it('a bare name after the connector is read with the verb after it (甲和乙出席)', () => {
    expect(roleOf('副主任钱文和孙立新出席会议')).toEqual({ 钱文: ['ATTENDED'], 孙立新: ['ATTENDED'] });
    expect(roleOf('钱文与孙立出席会议')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    expect(roleOf('县长钱文及副县长孙立列席会议')).toEqual({ 钱文: ['ATTENDED'], 孙立: ['ATTENDED'] });
    // a group after the connector is nobody
    expect(roleOf('副县长钱文及有关部门负责人参加会议')).toEqual({ 钱文: ['ATTENDED'] });
  });
});

describe('two-character surnames', () => {
  it('a four-character name after one reads whole, in lists, before a post and before a suffix title', () => {
    expect(roleOf('钱文、欧阳志强、孙立等相继发言')).toEqual({ 钱文: ['ATTENDED'], 欧阳志强: ['ATTENDED'], 孙立: ['ATTENDED'] });
    expect(roleOf('皇甫雨涵、孙立等市领导参加会议')).toEqual({ 皇甫雨涵: ['ATTENDED'], 孙立: ['ATTENDED'] });
    expect(people('令狐光明常务副县长出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['令狐光明', ['常务副县长']]]);
    expect(people('邀请某大学皇甫明艳教授作辅导').mentions.map((m) => m.name)).toEqual(['皇甫明艳']);
    // the surname alone is no name (…、慕容向阳及…: not 慕容 and 向阳)
    expect(roleOf('钱文、慕容向阳及有关单位负责人参加会议')).toEqual({ 钱文: ['ATTENDED'], 慕容向阳: ['ATTENDED'] });
  });
});

describe('transliterated names', () => {
  it('a list item the dictionary knows as a person\'s name (乌力吉, 次仁多吉: nr/nrt) is one, though no listed surname starts it', () => {
    expect(roleOf('副旗长巴特尔、乌力吉出席会议')).toEqual({ 巴特尔: ['ATTENDED'], 乌力吉: ['ATTENDED'] });
    expect(roleOf('县领导次仁多吉、孙立出席会议')).toEqual({ 次仁多吉: ['ATTENDED'], 孙立: ['ATTENDED'] });
    // a word the dictionary holds as something else is no name there (会议室, 各乡镇)
    expect(roleOf('县领导孙立、会议室出席会议')).toEqual({ 孙立: ['ATTENDED'] });
  });

  it('run up to a role verb a word overlaps (某某·买买提出席: not 提出), and still stop before 同志', () => {
    expect(roleOf('县人大常委会主任阿依古丽·买买提出席会议')).toEqual({ '阿依古丽·买买提': ['ATTENDED'] });
    expect(roleOf('县委副书记、县长艾力·吐尔洪同志主持会议')).toEqual({ '艾力·吐尔洪': ['CHAIRED'] });
  });
});

describe('a committee named by two fields joined', () => {
  it('社会和法制委员会主任 is one title: the field before 和 is no name, nor is 学习 a verb there', () => {
    expect(people('财经委员会主任张红兵、文史和学习委员会主任刘国华出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['张红兵', ['财经委员会主任']],
      ['刘国华', ['文史和学习委员会主任']],
    ]);
    expect(people('民族与宗教委员会副主任马兰芳出席').mentions.map((m) => [m.name, m.titles])).toEqual([['马兰芳', ['民族与宗教委员会副主任']]]);
    // two people joined by 和 stay two
    expect(names('张红兵和市委秘书长刘国华出席会议')).toEqual(['张红兵', '刘国华']);
  });
});

describe('a phrase after a title', () => {
  it('dictionary words one of which is an adverb or a verb (逐一|点评) are no surname-less name; names\' words are', () => {
    expect(names('街道党工委书记逐一点评，充分肯定成效')).toEqual([]);
    expect(people('县委书记扎西多吉主持会议').mentions.map((m) => [m.name, m.titles])).toEqual([['扎西多吉', ['县委书记']]]);
    expect(names('副县长巴特尔出席会议')).toEqual(['巴特尔']);
    // nor a word of time (县长现在缺职: the post is vacant now, no one named)
    expect(names('总共十一个人，县长现在缺职，不然正好是十二名常委')).toEqual([]);
  });
});

describe('a word pointing to the body before a title', () => {
  it('该乡党委书记 is 乡党委书记; 本县县长 is 县长', () => {
    expect(people('该乡党委书记王明华主持会议').mentions.map((m) => [m.name, m.titles])).toEqual([['王明华', ['乡党委书记']]]);
    expect(people('本县县长李国强出席').mentions.map((m) => [m.name, m.titles])).toEqual([['李国强', ['县长']]]);
    // (after 由, which the title starts after, too)
    expect(people('会议由该镇党委副书记钱文同志主持').mentions.map((m) => [m.name, m.titles])).toEqual([['钱文', ['镇党委副书记']]]);
  });
});

describe('a verb inside what reads as a title', () => {
  it('征求政协委员意见, 某某感谢广大政协委员长期以来…: no title, so no surname-less name after it', () => {
    expect(names('市政府组织召开座谈会，征求政协委员意见')).toEqual([]);
    expect(names('李建国感谢市政协和广大政协委员长期以来的支持')).toEqual([]);
    expect(isTitle('政协委员')).toBe(true);
  });
});

describe('what follows a title but is no surname-less name', () => {
  it('a connector first (参议及县府一、二级主管), an office last (县长要求工务处…), a list after 包括', () => {
    expect(names('秘书长张德明、参议及县府一、二级单位主管列席')).toEqual(['张德明']);
    expect(names('县长要求工务处、交通局妥善准备报告')).toEqual([]);
    expect(people('会议介绍新任主管，包括副县长陈秀君、副秘书长黄国达').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['陈秀君', ['副县长']],
      ['黄国达', ['副秘书长']],
    ]);
  });
});

describe('a long "name" that is a phrase', () => {
  it('after 总书记, 关于|安全|生产 is no name; four-character names of words stay (令狐立新, 马木提江)', () => {
    expect(names('会议还传达学习《某论述摘编》；习近平总书记关于安全生产和应急管理工作的重要论述及指示批示；《某条例》')).toEqual([]);
    expect(names('县委副书记、县长令狐立新主持会议')).toEqual(['令狐立新']);
    expect(names('副县长马木提江出席会议')).toEqual(['马木提江']);
  });
});

describe('what a study session\'s speakers do, right after the name', () => {
  it('领学, 解读, 点评 end a name (县委副书记某某领学了…); 作表态发言 stays no name', () => {
    expect(roleOf('县委副书记许国丽领学了有关文件')).toEqual({ 许国丽: ['ATTENDED'] });
    expect(names('局长王国华解读了政策')).toEqual(['王国华']);
    expect(names('四个村党总支书记作表态发言')).toEqual([]);
  });
});

describe('a connector left after a 、 in a list', () => {
  it('甲、乙、和丙出席: the item is 丙; 推选副县长某某为…: the title starts after the verb', () => {
    expect(names('县领导张志英、张玉社、和张保根出席')).toEqual(['张志英', '张玉社', '张保根']);
    expect(people('会议推选副县长齐双虎为名誉会长').mentions.map((m) => [m.name, m.titles])).toEqual([['齐双虎', ['副县长']]]);
    expect(people('会议推选了大会主席团常务主席齐双虎作名单说明').mentions.map((m) => [m.name, m.titles])).toEqual([['齐双虎', ['大会主席团常务主席']]]);
    // a verb with 了 before a post is no name (宣布了大会执行主席、会议主持人…名单: no one, and no chair)
    expect(roleOf('会议宣布了大会执行主席、会议主持人及秘书长名单')).toEqual({});
    expect(roleOf('会议宣布了议程；宣布了大会执行主席、会议主持人及秘书长名单')).toEqual({});
  });
});

describe('a rank as the label of a list', () => {
  it('县政府副处级领导某某, 副县级干部某某: the rank heads the name; 县级领导和责任单位 names nobody', () => {
    expect(names('县交运局局长鲁绍延，县政府副处级领导宋德仁参加讨论')).toEqual(['鲁绍延', '宋德仁']);
    expect(names('党工委委员武国体，副县级干部仝兴坤分别领学了《某文件》')).toEqual(['武国体', '仝兴坤']);
    expect(names('各项目分包县级领导和责任单位要对照方案加快实施')).toEqual([]);
  });
});

describe('a briefing given', () => {
  it('某某作通报 took the floor, so attended', () => {
    expect(roleOf('州委副书记、州长苏嘎尔布作通报')).toEqual({ 苏嘎尔布: ['ATTENDED'] });
  });
});

describe('what a title never holds', () => {
  it('an oath of office or a time of day (某某上午宣誓就职某市市长): no title after the name', () => {
    expect(people('邬启明上午宣誓就职某市市长').mentions.filter((m) => m.titles.length)).toEqual([]);
  });
});

describe('a name between its office and the office\'s post (某局某某局长)', () => {
  it('is addressed by the post, and its title is the office\'s post', () => {
    const titled = (s: string) => people(s).mentions.map((m) => [m.name, m.titles]);
    expect(titled('劳工局钱文局长列席会议')).toEqual([['钱文', ['劳工局局长']]]);
    expect(titled('县委组织部钱文部长出席会议')).toEqual([['钱文', ['县委组织部部长']]]);
    expect(titled('会议由县公安局钱文副局长主持')).toEqual([['钱文', ['县公安局副局长']]]);
    expect(roleOf('县政府办钱文主任主持')).toEqual({ 钱文: ['CHAIRED'] });
    // (the office alone, after what joins it to other words)
    expect(titled('市长出席以及劳工局钱文局长列席')).toEqual([['钱文', ['劳工局局长']]]);
    expect(titled('县文化和旅游局钱文局长出席')).toEqual([['钱文', ['县文化和旅游局局长']]]);
    // an office and another's post (审计局 … 组长) name no one
    expect(names('县审计局审计组长出席')).toEqual([]);
  });
});

describe('the order of business, a count and a team before a name', () => {
  it('最后镇长某某讲意见: the title is 镇长, the name stops before 讲', () => {
    expect(people('最后镇党委副书记、镇长米厚章讲意见').mentions.map((m) => [m.name, m.titles])).toEqual([['米厚章', ['镇党委副书记', '镇长']]]);
  });
  it('一是市社主任某某…, 四是督导组副组长某某…: an agenda\'s enumeration is no part of the title', () => {
    expect(people('一是市社党委书记、主任钱文同志汇报准备情况').mentions.map((m) => [m.name, m.titles])).toEqual([['钱文', ['市社党委书记', '主任']]]);
    expect(people('四是督导组副组长孙立同志进行点评').mentions.map((m) => [m.name, m.titles])).toEqual([['孙立', ['督导组副组长']]]);
    expect(people('第二项是副县长邬启明作说明').mentions.map((m) => [m.name, m.titles])).toEqual([['邬启明', ['副县长']]]);
  });
  it('第一书记, 第一副主任, 第七师, 第三督导组: an ordinal that is part of the post or the body stays in the title', () => {
    const titled = (s: string) => people(s).mentions.map((m) => [m.name, m.titles]);
    expect(titled('第一书记钟立出席会议')).toEqual([['钟立', ['第一书记']]]);
    expect(titled('第一副主任钟立出席会议')).toEqual([['钟立', ['第一副主任']]]);
    expect(titled('第三督导组组长邬启明出席会议')).toEqual([['邬启明', ['第三督导组组长']]]);
    // (a division of the production corps and its commanders: 师长, 副师长)
    expect(titled('第七师副师长周青参加会议')).toEqual([['周青', ['第七师副师长']]]);
    expect(titled('七师党委常委、副师长周青，师党委常委、副政委李江参加会议')).toEqual([['周青', ['七师党委常委', '副师长']], ['李江', ['师党委常委', '副政委']]]);
  });
  it('联络员, 督导员: the posts of a working group are titles; a modal verb after a title starts no name', () => {
    const titled = (s: string) => people(s).mentions.map((m) => [m.name, m.titles]);
    expect(titled('市委第二督导组联络员柏杨，副县长童文出席会议')).toEqual([['柏杨', ['市委第二督导组联络员']], ['童文', ['副县长']]]);
    expect(names('镇包片领导和联络员要积极参加各村的工作')).toEqual([]);
    expect(names('县委常委应带头落实')).toEqual([]);
  });
  it('党外副主席列席会议: those of the post outside the party, not a person named 党外', () => {
    expect(roleOf('县政协班子成员参加，党外副主席列席会议')).toEqual({});
  });
  it('希望三名县派第一书记…: a count of people is no title, so 希望 is no name before it', () => {
    expect(names('希望三名县派第一书记与镇村干部互相交流学习')).toEqual([]);
    expect(isTitle('三名县派第一书记')).toBe(false);
  });
  it('会后，县派第一书记到村实地调研: no name starts with 到', () => {
    expect(names('会后，县派第一书记到村实地调研')).toEqual([]);
  });
  it('县工作专班领导某某同志讲话: a team\'s leader heads the name as a label', () => {
    expect(roleOf('二是县工作专班领导刘彩凤同志讲话')).toEqual({ 刘彩凤: ['SPOKE_AT'] });
  });
});

describe('deputies and representatives who sit in', () => {
  it('区人大代表某某 holds a title; 基层代表某某 is a label; a minutes\' 列席情况： field heads a list', () => {
    expect(people('区人大代表陈小兰、区政协委员孙荷香、基层代表王玉光列席会议').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['陈小兰', ['区人大代表']],
      ['孙荷香', ['区政协委员']],
      ['王玉光', []],
    ]);
    expect(names('县人大代表、政协委员参加会议')).toEqual([]);
    expect(roleOf('列席情况：李京进同志，区财政局主要负责同志')).toEqual({ 李京进: ['ATTENDED'] });
  });
  it('one dictionary word that is an adverb or a verb after a title is no surname-less name (县长特别向…)', () => {
    expect(names('县长特别向老同志表达感谢')).toEqual([]);
  });
  it('a title holds no 的 (参会的人大代表 is a group), save in 党的… (党的群众路线教育实践活动督导组副组长)', () => {
    expect(isTitle('参会的人大代表')).toBe(false);
    expect(isTitle('县党的群众路线教育实践活动第五督导组副组长')).toBe(true);
    expect(roleOf('县长汤明出席会议并看望了参会的人大代表')).toEqual({ 汤明: ['ATTENDED'] });
  });
});

describe('a list that closes on bodies', () => {
  it('交运、住建、文旅、高寨子等单位作了发言: the items are bodies, no names', () => {
    expect(names('会上，交运、住建、经贸、水利、文旅、高寨子等单位作了发言')).toEqual([]);
    // (with their count: 等八个部门, 等三家单位)
    expect(names('会上，金融、房地、文旅等八个部门作了发言')).toEqual([]);
    expect(names('甲某、王国强、李明等同志作了发言').includes('王国强')).toBe(true);
  });

  it('金融、房地部门负责人作了发言: the last item is a sector\'s (…部门负责人), so the first is no name either', () => {
    expect(names('会上，金融、房地部门负责人作了发言')).toEqual([]);
    expect(names('会上，金融、房地单位负责人介绍了情况，邬启明作了发言')).toEqual(['邬启明']);
    expect(names('会上，邬启明、童嘉树作了发言')).toEqual(['邬启明', '童嘉树']);
  });

  it('出席会议的还有金融、财税、房地等八大委的领导: the items after a heading are bodies when the list closes on them', () => {
    expect(names('出席会议的还有金融、财税、房地等八大委的领导和有关部门负责人')).toEqual([]);
    expect(names('出席会议的还有邬启明、童嘉树等八位领导')).toEqual(['邬启明', '童嘉树']);
  });
});

describe('经 inside a body\'s name', () => {
  it('工经联会长 keeps 工经: 经 is a preposition only before a body or a procedure (经全体委员投票选举)', () => {
    expect(people('县人大副主任、工经联会长张玉社在工作报告中指出').mentions.map((m) => [m.name, m.titles])).toEqual([['张玉社', ['县人大副主任', '工经联会长']]]);
    expect(names('经全体委员投票选举，陶某当选为主席')).toEqual([]);
  });
});

describe('a body is no one\'s name, and a group label may say which leaders', () => {
  it('区政协党组书记 is a title (区 is a surname too), 向大会 no name (向 is one too)', () => {
    expect(people('区政协党组书记、区政协主席提名人选邝明，区委副书记韦平参加会议').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['邝明', ['区政协党组书记', '区政协主席提名人选']],
      ['韦平', ['区委副书记']],
    ]);
    expect(roleOf('县政协主席邝明代表常务委员会，向大会作工作报告')).toEqual({ 邝明: ['ATTENDED'] });
  });

  it('历届/老/原 leaders of a body (州政协历届领导甲、乙) are a group label', () => {
    expect(roleOf('州政协历届领导邝明、韦平等也应邀出席会议')).toEqual({ 邝明: ['ATTENDED'], 韦平: ['ATTENDED'] });
    expect(roleOf('县老领导邝明出席会议')).toEqual({ 邝明: ['ATTENDED'] });
  });
});

describe('a country, a centre and a class are no one', () => {
  it('国家主席 and 中央军委主席 in a chain of titles are titles; 研修班学员 after a title is a group', () => {
    expect(people('中共中央总书记、国家主席、中央军委主席邝明在北京主持召开座谈会，同中央党校第一期县委书记研修班学员进行座谈').mentions.map((m) => [m.name, m.titles])).toEqual([
      ['邝明', ['中共中央总书记', '国家主席', '中央军委主席']],
    ]);
  });
});

describe('a name before 肯定, and a party group that is no one', () => {
  it('某某肯定了… ends the name; 党组 alone is no person', () => {
    expect(people('局党组书记、局长邝明肯定了全局的机关党建工作').mentions.map((m) => [m.name, m.titles])).toEqual([['邝明', ['局党组书记', '局长']]]);
    expect(names('局长邝明充分肯定了各科室的工作')).toEqual(['邝明']);
    expect(names('党组会议由党组书记或委托党组副书记召集和主持')).toEqual([]);
  });
});

describe('what a verb has done before a title, and a word that is no label and name', () => {
  it('热议了县委书记、县长某某所作的…: the titles start after 了', () => {
    expect(people('与会人员热议了县委书记、县长邝明所作的工作报告').mentions.map((m) => [m.name, m.titles])).toEqual([['邝明', ['县委书记', '县长']]]);
  });
  it('领导班子 is one word: 班子 is no one named after the label 领导', () => {
    expect(names('与会代表分别对县委、县政府领导班子及成员进行测评')).toEqual([]);
    expect(names('县领导邝明、韦平出席会议')).toEqual(['邝明', '韦平']);
  });
});

describe('reports on one\'s duties and reports named by their title', () => {
  it('就分管工作述职述责, 作述职述廉: took the floor', () => {
    expect(roleOf('县委常委、常务副县长邝明，县委常委、县总工会主席韦平分别就分管的工作述职述责')).toEqual({ 邝明: ['ATTENDED'], 韦平: ['ATTENDED'] });
    expect(roleOf('县水利局局长邝明围绕水利改革作述职述廉')).toEqual({ 邝明: ['ATTENDED'] });
  });
  it('听取了某某《…的报告(送审稿)》的说明 / 某某《…方案》的说明: the one who explained it was there', () => {
    expect(roleOf('会议听取了区财政局副局长邝明同志《关于某区预算调整方案的报告(送审稿)》的说明')).toEqual({ 邝明: ['ATTENDED'] });
    expect(roleOf('会议听取了县发改局局长邝明《某县物流发展实施方案》的说明')).toEqual({ 邝明: ['ATTENDED'] });
  });
});

describe('a name that owns what is named after it', () => {
  it('某某市长在…会上的讲话精神；各副县长…进行了汇报: the report is the deputies\', not the mayor\'s, whose speech is only studied', () => {
    expect(roleOf('会议学习了中央有关会议精神；邝明市长在全市推进会上的讲话精神；各副县长分别就分管工作进行了汇报')).toEqual({});
    expect(roleOf('副县长邝明在会上就分管工作进行了汇报')).toEqual({ 邝明: ['ATTENDED'] });
  });
});

describe('a headquarters\' posts, and a body among a list of bodies', () => {
  it('总指挥, 副总指挥 are posts (某某指挥部总指挥、市长某某)', () => {
    expect(people('某市防汛抗旱指挥部总指挥、市长王一民主持会议').mentions.map((m) => [m.name, m.titles])).toEqual([['王一民', ['某市防汛抗旱指挥部总指挥', '市长']]]);
    expect(people('县疫情防控指挥部副总指挥、副县长李二水出席会议').mentions.map((m) => [m.name, m.titles])).toEqual([['李二水', ['县疫情防控指挥部副总指挥', '副县长']]]);
  });

  it('a sum\'s and a gacha\'s heads (苏木达, 副苏木达, 嘎查达) are posts', () => {
    expect(roleOf('苏木党委书记王一民，苏木达巴特尔出席会议')).toEqual({ 王一民: ['ATTENDED'], 巴特尔: ['ATTENDED'] });
    expect(people('副苏木达乌力吉主持会议').mentions.map((m) => [m.name, m.titles])).toEqual([['乌力吉', ['副苏木达']]]);
  });

  it('团长, 副团长 are posts (县代表团团长某某、副团长某某)', () => {
    expect(roleOf('县代表团团长王一民、副团长李二水参加审议')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'] });
    expect(people('县代表团团长王一民主持讨论').mentions.map((m) => [m.name, m.titles])).toEqual([['王一民', ['县代表团团长']]]);
  });

  it('an organisation\'s word that starts with a surname (解放军) closing a list of bodies is no person', () => {
    expect(roleOf('有关领导及航务管理局、电网公司、三峡集团、解放军代表在会上发言')).toEqual({});
    // a bare list of names still reads
    expect(roleOf('王一民、李二水、张三丰在会上发言')).toEqual({ 王一民: ['ATTENDED'], 李二水: ['ATTENDED'], 张三丰: ['ATTENDED'] });
  });
});

describe('a post as a word', () => {
  it('职务 (代理区长职务, 辞去…职务) is no name, though 职 is a surname', () => {
    expect(names('会议决定由钟立副区长代理区长职务')).not.toContain('职务');
    expect(names('会议决定接受柏青辞去县长职务的请求')).not.toContain('职务');
  });
});

describe('the chiefs of the river and forest chief systems', () => {
  it('省总河长, 市总林长, 河长 are titles of the official named after them; 林长 alone starts names', () => {
    expect(people('省委副书记、省长、省总河长邬启明主持').mentions.map((m) => [m.name, m.titles])).toEqual([['邬启明', ['省委副书记', '省长', '省总河长']]]);
    expect(roleOf('市委书记、市总林长童嘉树出席会议并讲话')).toEqual({ 童嘉树: ['ATTENDED', 'SPOKE_AT'] });
    expect(names('县长林长青主持会议')).toEqual(['林长青']);
  });
});
