import type { RuleId } from './rules.js';
/**
 * Word lists the rules read: surnames, position words, role verbs, meeting kinds, plan kinds.
 * General vocabulary of Chinese official news, not strings from any one article.
 */

/** Single-character surnames (the common several hundred, including traditional-origin ones). */
export const SURNAMES_1 = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阎' +
    '希宝' +
    // less frequent, and checked against the surname lists of the chinese-surnames package: real
    // surnames whose character rarely starts a word in a name's place
    '傅萧洪赖湛贝伏茅裘杭诸荀嵇钮滑邴糜宓郗弓戎束韶蓟邰鄂籍莘贡逄郦雍璩濮浦茹宦庾衡禄阙殳夔厍訾乜巢蒯竺桓逯占隗酆昝亓笪谯佴缑仉郏眭迮庹恽睢鹿檀旷矫綦赫蹇茆郇郄禤邸钭郈亢'
  ).split(''),
);

export const SURNAMES_2 = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木', '西门', '南宫', '独孤', '呼延', '百里', '东郭', '万俟', '闻人', '赫连', '澹台', '申屠', '太史', '第五', '钟离', '宗政', '濮阳', '淳于', '单于', '公冶', '羊舌', '微生', '梁丘', '左丘', '东门', '段干', '拓跋', '完颜', '爱新',
  '鲜于', '司空', '公羊', '闾丘', '亓官', '夹谷', '乐正', '漆雕', '巫马', '张简', '张廖', '范姜',
]);

/**
 * Words a title ends with, longest first where one is a suffix of another. A title is any
 * run of organisation words ending in one of these (市委副书记, 开发区党工委书记, 管委会主任).
 */
export const POSITION_WORDS = [
  '常务副市长', '常务副县长', '常务副区长', '常务副省长', '常务副旗长', '常务副州长', '常务副主任', '常务副主席', '常务副秘书长',
  '副书记', '书记', '候补委员', '常委', '委员长', '委员', '议员', '副议长', '议长',
  '副市长', '代市长', '市长', '副县长', '代县长', '县长', '副区长', '代区长', '区长', '副旗长', '代旗长', '旗长',
  '副省长', '代省长', '省长', '副州长', '代州长', '州长', '副盟长', '盟长', '副镇长', '镇长', '副乡长', '乡长',
  '副主任', '主任', '副主席', '主席', '副秘书长', '秘书长', '副部长', '部长', '副局长', '局长', '副厅长', '厅长',
  '副处长', '处长', '副科长', '科长', '副院长', '院长', '副检察长', '检察长', '副庭长', '庭长', '政委', '副司令员', '司令员', '副参谋长', '参谋长',
  '副总经理', '总经理', '副董事长', '董事长', '副行长', '行长', '副校长', '校长', '副社长', '社长', '副台长', '台长',
  '副会长', '会长', '副理事长', '理事长', '副组长', '组长', '组员', '成员', '候选人', '副主编', '主编', '提名人选', '巡视员', '调研员', '督察长', '联络员', '督导员', '观察员',
  '总工程师', '总经济师', '总会计师', '总规划师', '总师', '总监', '总裁', '监事长', '署长', '关长', '审计长', '馆长',
  '所长', '站长', '队长', '大队长', '支队长', '教授', '副教授', '博士生导师', '硕士生导师', '研究员', '院士', '参事', '参议', '顾问', '党组书记', '主任委员', '副主任委员',
  '总书记', '总理', '副总理', '国务委员', '专员', '副专员', '指挥长', '副指挥长', '师长', '副师长', '团长', '副团长', '苏木达', '副苏木达', '嘎查达', '总指挥', '副总指挥', '常务副总指挥', '负责人', '主持人', '副召集人', '召集人',
  '助理', '秘书', '副经理', '经理', '副厂长', '厂长', '督学', '总督学', '特派员', '总编辑', '副总编辑', '园长', '总队长', '政治委员', '主任科员',
  // a section's head in Taiwan's township offices and bureaus (民政课长, 建设课课长)
  '副课长', '课长',
  // 民主党派 heads (主委 = 主任委员), political instructors
  '副主委', '主委', '指导员', '教导员',
  // a deputy to a people's congress or a party congress (区人大代表某某列席)
  '人大代表', '党代表',
  // the river and lake chiefs and the forest chief of the 河长制/林长制 (省总河长, 市总林长); not 林长
  // or 田长 alone, which begin common names (林长青)
  '总河长', '副总河长', '河长', '总湖长', '湖长', '河湖长', '总林长', '副总林长',
].sort((a, b) => b.length - a.length);

/**
 * Labels of leaders that introduce a list of officials without giving each a title (and the members of
 * a council's standing committee or its chairs' meeting: 县人大常委会组成人员, 县政协主席会议成员).
 */
const LEADERS_LABEL = /^(?:与会|出席会议的|参加会议的)?(?:全体|在家|其他)?(?:(?:自治[区州县旗]|[市县区旗省州盟镇乡])(?:级|委|政府|人大常委会|人大|政协)?|(?![各全本该分])[\u3400-\u9fff]{2,4}[市县区旗州盟](?=领导)|[\u3400-\u9fff]{0,6}(?:开发区|经开区|高新区|新区|园区|示范区|试验区|合作区|管委会|街道|镇|乡|专班|工作组|督导组|指导组|调研组|检查组|考察组))?(?:历届|老|原|离退休)?(?:四套班子|四大班子|几大班子|党政军|党政|两委|班子)?领导(?:同志|班子成员|干部)?$|^[市县区旗省州]委、[市县区旗省州]政府领导$|^[\u3400-\u9fff]{2,20}?(?:有关|相关)领导(?:同志)?$|^(?:[市县区旗省州盟镇乡](?:委|政府|人大常委会|人大|政协))?(?:正|副)[厅局处县科]级(?:领导|干部)(?:同志)?$|^(?:基层|群众|企业|企业家|市民|村民|居民|职工|专家|律师|青年|妇女|社区|行业|无党派人士|党外人士|民主党派|归侨侨眷|宗教界)代表$|^(?:党和国家|国家)?领导人$|^(?:离退休|退休|历届)?老(?:同志|干部)$|^[\u3400-\u9fff]{0,12}?(?:主席会议|主任会议|常委会|常务委员会)(?:组成人员|成员)$/;

/** The ends of a working group's name (县工作专班, 省第三督导组, 市委第二巡察组): its members may follow it, as a list of people. */
export const GROUP_LABEL_ENDS: readonly string[] = ['专班', '工作组', '督导组', '督查组', '指导组', '调研组', '检查组', '考察组', '巡察组', '巡视组'];
/** A working group before its members (县工作专班甲、乙到会指导): a label, no title — before a list only (区委巡察组进驻后… names no one). */
export const GROUP_LABEL = new RegExp(`^[\\u3400-\\u9fff]{1,12}?(?:${GROUP_LABEL_ENDS.join('|')})$`);

/** Labels that introduce a list of officials without giving each a title: leaders (市领导, 四套班子领导 …) or a working group. */
export const GENERIC_LABEL = { test: (s: string): boolean => LEADERS_LABEL.test(s) || GROUP_LABEL.test(s) };

/** Titles written after the name (习近平总书记, 某某教授). */
export const SUFFIX_TITLES = ['总书记', '副总理', '总理', '委员长', '教授', '副教授', '研究员', '院士', '主席'];

/** Posts used after a name as a form of address (会议由张某书记主持): a name, but not a title to record. */
export const ADDRESS_POSTS = ['书记', '市长', '县长', '区长', '旗长', '省长', '州长', '镇长', '乡长', '主任', '部长', '局长', '主席', '议长', '秘书长', '指挥长', '校长', '院长', '厅长', '处长', '董事长', '行长', '会长', '社长', '所长', '馆长', '检察长', '庭长', '参议', '同志'];

/** Words that end a name when they follow it (verbs and function words of these sentences). */
export const AFTER_NAME = [
  '主持召开', '召集并主持', '组织召开', '组织参加', '组织收看', '组织收听', '集中收看', '集中收听', '收听收看', '收看收听', '收看', '收听', '主持', '出席', '参加', '列席', '常务列席', '应邀', '参会', '与会', '召开', '讲话', '发表', '作了', '作', '做了', '做',
  '在', '向', '就', '为', '对', '针对', '通过', '全程', '同时', '一并', '准时', '按时', '再次', '应约', '代为', '发言', '述职', '授课', '讲授', '讲党课', '等', '及', '和', '与', '以及', '同志', '代表', '指出', '强调', '要求', '表示', '裁示', '说', '认为',
  '担任', '任', '兼任', '当选', '被', '率', '带领', '带队', '牵头', '陪同', '一行', '到', '来到', '来', '赴', '莅临', '亲临', '深入', '调研', '会见', '听取', '宣布', '通报', '汇报',
  // whose report or speech (听取了某某的汇报)
  '的汇报', '的报告', '的说明', '的讲话', '的发言', '的情况',
  // under whose chairing (在某某的主持下), by whom convened (由某某召集)
  '的主持下', '主持下', '召集',
  '介绍', '致辞', '致贺词', '致欢迎词', '致开幕词', '致闭幕词', '致贺辞', '致欢迎辞', '致开幕辞', '致闭幕辞', '致答谢词', '致答谢辞', '固定', '围绕', '从', '受邀', '结合', '随后', '最后', '也', '又', '并', '偕', '上场', '分别', '首先', '还', '先后', '一同', '共同', '一起', '联合', '主讲', '宣读', '传达', '部署', '安排', '总结', '提出', '关于', '进行', '所作', '所做', '宣誓', '依法',
  // what one does at a study session or briefing (某某领学…, 某某解读…, 某某点评)
  '领学', '解读', '宣讲', '辅导', '点评', '讲评', '讲', '指示',
  // what one says of the work reported (某某肯定了…, 某某充分肯定…)
  '肯定', '充分肯定', '高度肯定',
  // what one did before (副市长某某曾担任…, 某某曾任…)
  '曾任', '曾担任', '曾在', '曾经', '曾是',
  // what one says to those present (县长某某感谢…, 某某希望…, 某某勉励…)
  '感谢', '希望', '呼吁', '勉励', '号召', '叮嘱', '提醒',
  // when (某某昨天上午主持…, and 某某昨主持… as Taiwan's and wire reports shorten it), how (某某即主持…,
  // 某某亲自…) and on whose behalf (受某某委托)
  '昨天', '昨日', '昨', '今天', '今日', '前天', '上午', '下午', '晚上', '当天', '当日', '日前', '近日', '即', '随即', '立即', '亲自', '委托', '另',
];

/** Role cues (DESIGN §2). Order matters: longer cues first. */
export interface RoleCue {
  re: RegExp;
  roles: Array<'CHAIRED' | 'SPOKE_AT' | 'ATTENDED'>;
  /** The rule's id in rules.ts (what the edge's `rule` says). */
  rule: RuleId;
  /** Only right after the name (某某传达了…): elsewhere the verb belongs to someone else. */
  adjacent?: boolean;
  /** A meeting named right after the cue is where the role was taken (主持召开X, 出席X). */
  namesVenue?: boolean;
  /** Lets no bare word before it be read as a name (龙华召开…: a place or a body convenes too); a titled or known name only. */
  namedOnly?: boolean;
  /**
   * Words said, not a part taken: kept only where the speaker's office is of the meeting's level or
   * below and nothing is relayed in or right before the sentence (a superior's words are relayed).
   */
  saidAtOwnLevel?: boolean;
  /** Only says someone was there: adds no edge where the person already has a part in the meeting. */
  presenceOnly?: boolean;
}
/**
 * A title that is the part itself, written before the name (大会执行主席、会议主持人某某宣布…, 主持人：某某):
 * presided — and no post the person holds, so it is not kept among the titles.
 */
export const PRESIDING_TITLE: RoleCue = { re: /^(?:会议|大会)?主持人$/, roles: ['CHAIRED'], rule: 'chair:主持人' };

/** A speaker's label, a person named at a sentence's start before a colon and what they said (林代表长征：…, 县长某某：…): they spoke. */
export const SPEAKER_LABEL: RoleCue = { re: /^[：:]/, roles: ['SPOKE_AT'], rule: 'speech:发言人：' };

/** Those a chair or convener leads (甲率领乙…主持召开, 甲带领乙调研并召开…): they attend; the chair is the leader. */
export const LED_BY_CHAIR: RoleCue = { re: /^(?:率领|带领|率)/, roles: ['ATTENDED'], rule: 'attend:率领' };

/**
 * Seated on the platform: 在主席台就座, and with where on it between (前排, 上, 执行主席席, 第一排) —
 * a few characters with no stop, then 就座.
 */
export const ON_PLATFORM = '在主席台[^，。；、：\\s]{0,8}?就[座坐]';
/**
 * A report's title right after the name of who delivered it: 《关于…的汇报》, with a draft's note
 * (《…的报告(送审稿)》), or any title and then what was said of it (《…方案》的说明).
 */
export const TITLED_REPORT = '(?:《[^《》，。；]{0,80}?(?:汇报|报告|说明|通报)(?:\\((?:草案|[^()]{0,4}稿)\\))?》|《[^《》，。；]{1,80}》的(?:有关)?(?:情况)?(?:汇报|报告|说明|通报))';

/** Coming to a place to inspect it (来某县调研, 到某镇检查防汛工作). */
const VISIT = '(?:来|到|赴|深入)[^，。；]{1,16}?(?:调研|视察|检查|考察|督导|督查)(?:工作)?';
/** Convening a meeting there (召开座谈会): 召开 with a meeting's kind in its clause. */
const CONVENES_THERE = '(?:主持)?召开(?:了)?(?=[^，。；]{0,30}?(?:会议|会)(?:[，。；]|$))';
/** Leading a visiting group there (带领市督导组/率队/一行 + the visit, with what it inspects: 到某镇检查防汛工作). */
const LEADS_VISIT = `(?:一行|(?:一行)?(?:带领|率领|率队|带队|率)[^，。；]{0,24}?)${VISIT}[^，。；]{0,16}?`;
/** 某某带领调研组到某镇检查防汛工作，并召开座谈会: the meeting the visit convened in the next clause (the cue read across the comma). */
export const LEADS_VISIT_THEN_CONVENES = new RegExp(`^${LEADS_VISIT}[，,](?:并|随后)?${CONVENES_THERE}`);

/**
 * 并 and a speech: 并讲话, 并作重要讲话, 并发表了总结讲话, 并讲了话, and by several who each spoke (并分别讲话,
 * 并先后讲话) — `kinds` the speech's names (讲话, 讲话|致辞 …). Every cue of a role and a speech joined by 并 ends so.
 */
const andSpeech = (kinds: string): string => `并(?:分别|先后|均)?(?:(?:作出?|做出?|发表)?(?:了)?(?:重要|总结|动员)?(?:${kinds})|讲了话)`;

/** Serving as a session's executive chair (担任大会执行主席, 担任本次全体会议执行主席, 担任第二次全体会议执行主席). */
export const AS_EXECUTIVE_CHAIR = '担任(?:本次|此次|这次)?(?:大会|会议|全体会议|开幕会|闭幕会|第[一二三四五六七八九十\\d]{1,3}次全体会议)?执行主席';

export const ROLE_CUES: RoleCue[] = [
  // 某某担任会议主持人: presided
  { re: /^担任(?:本次|此次)?(?:会议|大会)?主持人/, roles: ['CHAIRED'], rule: 'chair:担任主持人' },
  // 会议在某某(同志)的主持下进行 / 由某某召集: chaired (not 召集人, a post; not 召集并主持, read below)
  { re: /^的?主持下/, roles: ['CHAIRED'], rule: 'chair:在…主持下' },
  { re: /^召集(?!人|并主持)(?:了)?/, roles: ['CHAIRED'], rule: 'chair:召集' },
  // 分别主持分组讨论: a group's session, not the meeting — those who led them took part in it
  { re: /^(?:分别)?主持(?:了)?(?:各)?(?:分组|小组|代表团)(?:讨论|审议|会议)/, roles: ['ATTENDED'], rule: 'attend:主持分组讨论' },
  { re: new RegExp(`^(?:召集并)?主持召开(?:了)?[^，。；]{0,60}?(?:会议|会)${andSpeech('讲话|致辞')}`), roles: ['CHAIRED', 'SPOKE_AT'], rule: 'chair+speech:主持召开…并讲话', namesVenue: true },
  { re: /^(?:召集并)?主持召开(?:了)?/, roles: ['CHAIRED'], rule: 'chair:主持召开', namesVenue: true },
  // 副区长某某召开…调度会: an official who convenes a meeting presides over it (a body that convenes one is no person)
  { re: /^(?:组织|召集)?召开(?:了)?(?=[^，。；]{0,40}?(?:会议|会)(?:[，。；]|$|并))/, roles: ['CHAIRED'], rule: 'chair:召开', adjacent: true, namesVenue: true, namedOnly: true },
  // 某某(就…)来某县调研并召开座谈会: a visit, then the meeting the visitor convened there
  { re: new RegExp(`^(?:就[^，。；]{1,30}?)?${VISIT}并${CONVENES_THERE}`), roles: ['CHAIRED'], rule: 'chair:调研并召开', adjacent: true, namedOnly: true },
  // 某某带领调研组/一行来某县调研并召开座谈会: the one who leads a visiting group was at the meeting it convened
  // (the group convened it; who presided the text says apart, 县委书记某某主持座谈会)
  { re: new RegExp(`^${LEADS_VISIT}(?:并|随后)?${CONVENES_THERE}`), roles: ['ATTENDED'], rule: 'attend:带队调研并召开', adjacent: true, namedOnly: true, namesVenue: true },
  { re: new RegExp(`^(?:召集并)?主持(?:了)?(?:(?:本次|此次|这次)?(?:会议|全会|座谈会|会)|[^，。；]{0,30}?(?:会议|全会|座谈会|专题会|办公会))?${andSpeech('讲话')}`), roles: ['CHAIRED', 'SPOKE_AT'], rule: 'chair+speech:主持…并讲话' },
  // 主持…工作 is a portfolio (主持市政府全面工作), not a meeting
  // (not 主持工作, a post's duties; nor 主持仪式/揭牌/签约…, a ceremony, no meeting)
  { re: /^(?:召集并)?主持(?!召开)(?![^，。；]{0,14}工作(?:[，。；]|$))(?!了?[^，。；]{0,8}(?:仪式|典礼|揭牌|签约|开工|奠基))/, roles: ['CHAIRED'], rule: 'chair:主持' },
  // 出席并主持会议 / 出席会议并主持(并讲话): attended and chaired
  { re: new RegExp(`^(?:出席|参加)(?:了)?(?:(?:本次|此次)?(?:会议|全会|座谈会|会))?并主持(?:了)?(?:(?:本次|此次)?(?:会议|全会|座谈会|会))?${andSpeech('讲话')}`), roles: ['ATTENDED', 'CHAIRED', 'SPOKE_AT'], rule: 'attend+chair+speech:出席并主持…并讲话' },
  { re: /^(?:出席|参加)(?:了)?(?:(?:本次|此次)?(?:会议|全会|座谈会|会))?并主持/, roles: ['ATTENDED', 'CHAIRED'], rule: 'attend+chair:出席并主持' },
  // (the sitting attended may be named: 出席开幕会/大会/闭幕会并讲话)
  { re: new RegExp(`^(?:应邀)?(?:出席|参加|列席|与会)(?:了)?(?:(?:本次|此次)?(?:会议|全会|座谈会|会|大会|开幕会|闭幕会|全体会议))?${andSpeech('讲话|致辞|致(?:贺|欢迎)[词辞]')}`), roles: ['ATTENDED', 'SPOKE_AT'], rule: 'attend+speech:出席…并讲话' },
  // 出席签约仪式/揭牌活动/参加会见: another event, not the meeting
  // (nor 出席…会议的委员: a relative clause about others, 看望出席会议的代表)
  // (常务列席: attends every sitting without a vote)
  { re: /^(?:应邀)?(?:出席|参加|常务列席|列席|参会|与会)(?:了)?(?![^，。；]{0,16}(?:仪式|典礼|活动|开幕式|闭幕式|揭牌|签约|晚会|晚宴|宴会|午宴|酒会|招待会|展览|比赛|调研|慰问|会见|会谈|接见|考察|视察))(?![^，。；并]{0,30}?的[^，。；的]{0,10}?(?:委员|代表|人员|同志|干部|群众|嘉宾|企业家|人士|学员)(?:[，。；]|$))/, roles: ['ATTENDED'], rule: 'attend:出席/参加/列席', namesVenue: true },
  // 某某为获奖单位颁奖 / 向先进集体颁发奖牌: presented awards at the meeting, so attended
  { re: /^(?:分别|共同|一同)?(?:为|向)[^，。；]{1,30}?(?:颁奖|颁发|授牌|授旗|颁证)/, roles: ['ATTENDED'], rule: 'attend:颁奖' },
  // 某某在分会场收听收看: watched a televised meeting where it is relayed, so attended (not 收听群众意见)
  // (…收听收看会议并讲话: watched, then spoke where it was relayed)
  { re: new RegExp(`^(?:集中|组织)?(?:收听收看|收看收听|收看|收听)(?:了)?(?:(?:本次|此次)?(?:会议|大会))?${andSpeech('讲话')}`), roles: ['ATTENDED', 'SPOKE_AT'], rule: 'attend+speech:收听收看…并讲话', namesVenue: true },
  { re: /^(?:集中|组织)?(?:收听收看|收看收听|收看|收听)(?:了)?(?!群众|民意|意见|建议|反映)/, roles: ['ATTENDED'], rule: 'attend:收听收看', namesVenue: true },
  // 某某(一行)到会指导(并讲话): came to the meeting
  { re: /^(?:一行)?(?:(?:莅临|亲临)?到会|(?:莅临|亲临)(?:本次|此次)?(?:会议|会场|座谈会|大会))(?:指导)?并?(?:作出?|做出?|发表)?(?:了)?(?:重要)?讲话/, roles: ['ATTENDED', 'SPOKE_AT'], rule: 'attend+speech:到会并讲话' },
  { re: /^(?:一行)?(?:(?:莅临|亲临)?到(?:会|场)(?!人员|的|者|单位)|(?:莅临|亲临)(?:本次|此次)?(?:会议|会场|座谈会|大会))/, roles: ['ATTENDED'], rule: 'attend:到会' },
  // (a speech with its title: 作了题为《…》的讲话, 发表题为“…”的重要讲话)
  { re: /^(?:在(?:会上|会议上|全会上|座谈会上)?)?(?:作出?|做出?|发表)(?:了)?(?:题为(?:《[^》]{1,40}》|“[^”]{1,40}”)的)?(?:重要|总结|动员)?讲话/, roles: ['SPOKE_AT'], rule: 'speech:作讲话' },
  // 某某宣布(省委的)决定并讲话, 宣读…并讲话: announced or read out something, then spoke
  { re: new RegExp(`^(?:宣布|宣读|传达|通报)[^，。；]{0,24}?${andSpeech('讲话|致辞')}`), roles: ['SPOKE_AT'], rule: 'speech:宣布…并讲话' },
  // 某某宣布大会开幕 / 会议开始 / 闭幕: on the platform, so attended (who chairs the rest may be another)
  { re: /^宣布(?:本次|此次)?(?:会议|大会|全会)(?:正式)?(?:开幕|开始|闭幕|结束)/, roles: ['ATTENDED'], rule: 'attend:宣布开幕' },
  { re: /^在[^，。；]{0,10}?讲话(?:中|时)/, roles: ['SPOKE_AT'], rule: 'speech:在讲话中' },
  // (not 某某在…上的讲话: a speech named, as what is discussed or relayed, not one given here)
  { re: /^(?<!的)(?:讲话|致辞|致(?:贺|欢迎|开幕|闭幕|答谢)[词辞]|讲了[一二三四五六七八九十几两\d]{1,2}点(?:要求|意见)|讲了?意见|讲了话)(?=[。，；：:]|$|指出|强调|要求|说|表示|并)/, roles: ['SPOKE_AT'], rule: 'speech:讲话' },
  { re: /^(?:向(?:全会|会议|大会)|为与会人员|(?:就|围绕)[^，。；]{1,60}?|对[^，。；]{1,40}?)?(?<!工)所?(?:作|做)了?[^，。；]{0,60}?(?:报告|说明|讲座|辅导|汇报|发言|解读|部署|安排|点评|讲评|分析|通报)/, roles: ['ATTENDED'], rule: 'attend:作报告/说明/讲座/部署' },
  // 某某对…进行了汇报/说明: reported at the meeting
  { re: /^(?:(?:对|就|围绕)[^，。；]{1,60}?)?进行了?[^，。；]{0,6}?(?:汇报|说明|解读|通报|传达|发言|分析|强调|动员|培训|部署|安排|总结|点评|讲评|辅导|讲解|领学|宣誓)|^(?:针对[^，。；]{1,40}?)?(?:对|就|围绕)[^，。；]{1,60}?(?:提出?|作出?|做出?)了?[^，。；]{0,6}?(?:要求|意见|建议)/, roles: ['ATTENDED'], rule: 'attend:对…进行汇报' },
  // 某某在国旗前宣誓 / 依法向宪法庄严宣誓 / 宣誓就职: one appointed at the meeting took the oath there (not 宣誓仪式, the ceremony named)
  { re: /^(?:在[^，。；]{1,10}?前|面向[^，。；]{1,10}?|手抚宪法|依法|向宪法|庄严地?|郑重地?)*(?:进行了?)?(?:庄严的|郑重的)?(?:宪法)?宣誓(?!仪式|词|台|人)/, roles: ['ATTENDED'], rule: 'attend:宣誓' },
  // 听取了某某关于…的(情况)汇报 / 听取了某某《关于…的汇报》: the person reporting is there
  { re: new RegExp(`^(?:关于[^，。；]{1,60}?的[^，。；的]{0,6}?(?:汇报|报告|说明|通报)|${TITLED_REPORT})`), roles: ['ATTENDED'], rule: 'attend:某某关于…的汇报', adjacent: true },
  // a person who relays, reports or explains something at the meeting is there (to those present:
  // 向大家传达, 向与会人员通报)
  { re: /^(?:向(?:大家|与会(?:人员|同志|代表)|参会人员|全体(?:参会|与会)?(?:人员|干部|党员)|会议|全会|大会|常委会|主任会议|主席会议|主席团)|为大家)?(?:分别|先后|相继|依次)?(?:(?:传达|通报|汇报|宣读|解读|领学|安排部署|部署安排)了?|介绍了|介绍(?=[\u3400-\u9fff《“])(?!说)|总结了|安排了?(?=[^，。；]{0,20}?工作))/, roles: ['ATTENDED'], rule: 'attend:传达/通报/汇报', adjacent: true },
  // seated on the platform (在主席台就座, 在主席台前排/执行主席席就座): the presidium of a session is there
  { re: new RegExp(`^${ON_PLATFORM}`), roles: ['ATTENDED'], rule: 'attend:在主席台就座' },
  // the executive chairs of a session's presidium (担任大会执行主席的有…) are on the platform
  { re: new RegExp(`^${AS_EXECUTIVE_CHAIR}`), roles: ['ATTENDED'], rule: 'attend:担任执行主席' },
  // 某某在会上指出/强调: said at the meeting, so there (a speech is 讲话: see above)
  { re: /^在(?:本次|此次|这次)?[^，。；]{0,10}?(?:会上|会议上|会议中|会中)(?=指出|强调|要求|表示|说|提出|指示)/, roles: ['ATTENDED'], rule: 'attend:在会上指出' },
  // 会上，县委书记某某强调/指出/要求/说/表示，…: says it at the meeting reported (saidAtOwnLevel: a superior's words are relayed);
  // 某某要求各乡镇…/与会人员…: asks it of those there
  // (裁示，…: the chair's ruling at the meeting, as Taiwan's reports write it)
  { re: /^(?:在会上|会上)?(?:(?:强调|指出|要求|说|表示|裁示)(?=$|[，：:])|要求(?=各|全体|与会|参会|大家|相关|有关))/, roles: ['ATTENDED'], rule: 'attend:强调/指出', saidAtOwnLevel: true, presenceOnly: true },
  // 某某(代表镇党委，)对…表示充分的肯定 / 充分肯定了…: an appraisal given at the meeting reported (as 强调/指出)
  { re: /^(?:在会上|会上)?(?:对[^，。；]{1,40}?表示了?(?:充分|高度)?的?肯定|(?:充分|高度)肯定了)/, roles: ['ATTENDED'], rule: 'attend:肯定', saidAtOwnLevel: true, presenceOnly: true },
  // 指挥长某某听取了各部门…汇报: heard the reports at the meeting reported (with 肯定's guard)
  { re: /^(?:在会上|会上)?(?:认真|逐一|仔细)?听取了?[^，。；]{0,40}?(?:汇报|报告|发言)(?=[。，；]|$)/, roles: ['ATTENDED'], rule: 'attend:听取汇报', saidAtOwnLevel: true, presenceOnly: true },
  // 县长某某(另)指示各局处…: instructs the units at the meeting (a Taiwan county's 县务会议 says no more)
  { re: /^(?:另|也|并|还|又|随即|最后)?指示(?=各|相关|有关|该|本府|业管|业务)/, roles: ['ATTENDED'], rule: 'attend:指示各单位', presenceOnly: true },
  // 甲、乙等相继发言 / 某某就…发了言 / 某某提出意见建议 / 某某作为代表进行了表态发言: took the floor
  { re: /^(?:等)?(?:(?:就|围绕)[^，。；]{1,60}?)?(?:相继|先后|分别|依次|踊跃|积极)?(?:作|做)?(?:了)?(?:交流|表态|大会|书面)?发了?言/, roles: ['ATTENDED'], rule: 'attend:发言' },
  { re: /^作为[^，。；]{1,16}?进行了?[^，。；]{0,8}?发言/, roles: ['ATTENDED'], rule: 'attend:作为…发言' },
  // a council session's questioning (议员某某质询, 甲、乙等八位议员联合质询, 上场质询)
  { re: /^(?:等[一二三四五六七八九十两\d]{0,3}位?(?:议员|代表)?)?(?:相继|先后|分别|依次|联合|上场|进行)?质询/, roles: ['ATTENDED'], rule: 'attend:质询' },
  // 某某授课 / 讲党课 / 述职 (就分管工作述职述责, 作述职述廉): took the floor
  // (宣讲了…精神: lectured on what the meeting studied, there)
  { re: /^(?:先后|分别|依次)?(?:(?:就|围绕)[^，。；]{1,60}?)?(?:作|做)?(?:了)?(?:专题)?(?:授课|讲授|讲党课|述职(?:述责|述廉|述德|述法)*)(?=$|[，。；：]|并)|^(?:为与会人员|向与会人员)?(?:作|做|进行)?了?(?:专题)?宣讲(?!团)/, roles: ['ATTENDED'], rule: 'attend:授课/述职' },
  { re: /^(?:先后|分别|相继)?提出了?[^，。；]{0,6}?(?:意见|建议)/, roles: ['ATTENDED'], rule: 'attend:提出意见建议', adjacent: true },
  // 某某与企业家代表面对面交流 / 与大家座谈: took part in the talks (a group, not a person named after 与)
  { re: /^(?:还|也|并)?与(?:大家|与会(?:人员|代表|同志)|[^，。；与和、]{0,12}?(?:代表|企业家|群众|委员|专家|干部|职工|学生|青年|村民|居民|客商|嘉宾|负责人)们?)(?:一起|一道)?(?:进行了?)?(?:面对面|深入|热烈|亲切)?(?:地)?(?:座谈|交流|互动|讨论)/, roles: ['ATTENDED'], rule: 'attend:与…座谈交流', adjacent: true },
];

/** Meeting kinds, longest first; the kind of a name is the first of these it ends with. */
export const MEETING_KINDS: Array<[RegExp, string]> = [
  // (常务会: its short form, 此次召开政府常务会, as MEETING_SUFFIX reads it)
  [/常务会议?$/, '常务会议'],
  // a standing committee's council of chairs (人大常委会主任会议) and a CPPCC's (政协主席会议): not the committee's session
  [/主任会议?$/, '主任会议'],
  // the national people's congress standing committee's council of chairs (全国人大常委会第N次委员长会议)
  [/委员长会议$/, '委员长会议'],
  [/主席会议?$/, '主席会议'],
  [/主席团(?:第.+次)?会议$/, '主席团会议'],
  [/常委会?(?:第.+次)?(?:\(扩大\)|扩大)?(?:会议|会)?$|常委会第.+会议$|常务委员会(?:会议)?$/, '常委会'],
  [/全体(?:\(扩大\))?会议$|全会$|全委(?:扩大)?会$|全体会议?$/, '全体会议'],
  [/(?:民主|组织)生活会$/, '民主生活会'],
  [/党组(?:\(扩大\))?会议$|党组会$/, '党组会议'],
  // a party committee's own meeting (镇党委会议, 开发区党工委(扩大)会议), not its standing committee's
  [/党(?:工)?委(?:\(扩大\)|扩大)?(?:会议|会)$/, '党委会议'],
  [/专题(?:会议|会)$/, '专题会议'],
  [/办公会(?:议)?$/, '办公会'],
  [/座谈会$/, '座谈会'],
  [/电视电话会议$/, '电视电话会议'],
  [/视频会议$/, '视频会议'],
  [/联席会议$/, '联席会议'],
  [/工作会议$/, '工作会议'],
  [/(?:动员|部署|推进|调度|现场|协调|汇报|培训|报告|见面|评审|论证|誓师|表彰|务虚|研讨|讨论|交流|通报|总结|评议|述职|分析|碰头|交办|督办|启动|观摩|点评|恳谈|对接|工作|研判|会商)(?:大)?会$/, '工作会议'],
  [/联席会$/, '联席会议'],
  [/学习会$|集体学习$|专题学习$|集中学习$/, '学习会'],
  [/代表大会(?:第.+次会议)?$|人大会议$|[党人职团妇教]代会$/, '代表大会'],
  [/例会$/, '例会'],
  [/预备会议?$/, '预备会议'],
  [/会议$|大会$|会$/, '会议'],
];

/** Suffixes that can end a meeting name. */
export const MEETING_SUFFIX = '(?:会议|全会|全委会|扩大会|\\(扩大\\)会|大会|党代会|人代会|职代会|团代会|妇代会|教代会|工作会|研判会|会商会|联席会|会报|视频会|电话会|主管周报|主管月报|发布会|推介会|常委会|民主生活会|组织生活会|茶话会|团拜会|听证会|协商会|通气会|议政会|座谈会|专题会|办公会|临时会|定期会|推进会|调度会|部署会|动员会|现场会|例会|汇报会|协调会|培训会|报告会|见面会|评审会|论证会|表彰会|誓师会|学习会|务虚会|研讨会|讨论会|交流会|通报会|总结会|评议会|述职会|分析会|碰头会|圆桌会|交办会|督办会|启动会|观摩会|点评会|恳谈会|对接会|约谈会|攻坚会|讲评会|宣讲会|说明会|调研会|谋划会|复盘会|(?<![\\d〇零一二三四五六七八九十今去明上下本])年会|[河湖]长会|林长会|集体学习|专题学习|集中学习|学习研讨|(?:党[组委]|党工委|支委|主[任席]|全体|常务)会(?![员议]|成员))';

/** Plan kinds: a plan title ends with one of these (or a draft marker after it). */
export const PLAN_KINDS = ['实施方案', '方案', '行动计划', '计划', '实施意见', '指导意见', '意见', '实施细则', '细则', '办法', '规划纲要', '纲要', '规划', '报告', '条例', '规定', '决议', '决定', '通知', '请示', '清单', '协议', '任务分工', '分工', '要点', '制度', '规则', '章程', '预案', '标准', '目录', '白皮书'];

/** Verbs whose object plans were passed (not 通过 as a noun: …人选的通过办法, 通过方式). */
export const APPROVE_VERB = /(?:审查(?:并|和)?批准|审议(?:并|和)?批准|批准了|审议并(?:原则)?通过|讨论并(?:原则)?通过|研究并(?:原则)?通过|审议通过|讨论通过|研究通过|原则通过|审定通过|表决通过|审议并原则同意|原则同意|审定|审批|(?<!的)通过(?!办法|方式|程序))了?/;
/** Verbs whose object plans were examined but not said to be passed. */
export const REVIEW_VERB = /(?:研究审议|审议|讨论|研究|听取|审阅|审查|审核|酝酿|表决)了?/;

/**
 * The parts Tibetan and Mongolian given names are commonly made of, as written in Han characters for
 * their sound (扎西, 次仁, 多吉 …; 巴特尔, 乌力吉, 其木格 …): a name wholly made of them (扎西次仁,
 * 洛桑江村) is a person's, though its first character is no surname. A list, like the surnames.
 */
export const SOUND_NAME_PARTS: ReadonlySet<string> = new Set(
  (
    // Tibetan
    '扎西 次仁 格桑 多吉 尼玛 洛桑 白玛 卓玛 巴桑 达瓦 达娃 平措 顿珠 央金 德吉 曲珍 普布 旺堆 索朗 强巴 拉巴 边巴 次旦 罗布 ' +
    '嘉措 加措 旦增 丹增 央宗 拉姆 措姆 仁青 贡布 益西 群培 江村 赤列 赤林 土登 朗杰 桑布 米玛 巴珠 琼达 德庆 顿旦 卓嘎 次珍 ' +
    '格列 洛珠 曲扎 欧珠 晋美 阿旺 桑珠 普琼 拉珍 才让 才旦 更登 更敦 旺姆 泽仁 泽旺 降央 降措 多杰 ' +
    // Mongolian
    '巴特尔 乌力吉 其木格 额尔敦 那顺 阿拉坦 斯琴 图雅 乌兰 苏和 宝音 满都呼 朝鲁 哈斯 格日勒 巴图 孟和 布和 特木尔 敖登 呼和 ' +
    '巴雅尔 乌云 高娃 娜仁 萨仁 毕力格 塔娜 陶克陶 巴音 阿拉腾 图门 朝格图 吉日嘎拉 额尔德尼 其其格 乌日娜 苏日娜'
  ).split(' '),
);
const SOUND_PART_LENGTHS = [...new Set([...SOUND_NAME_PARTS].map((p) => p.length))].sort((a, b) => b - a);

/** Whether a name of two to eight characters is wholly made of SOUND_NAME_PARTS (扎西次仁 = 扎西 + 次仁). */
export function madeOfSoundNameParts(name: string): boolean {
  if (name.length < 2 || name.length > 8) return false;
  const ok = (at: number): boolean => at === name.length || SOUND_PART_LENGTHS.some((L) => SOUND_NAME_PARTS.has(name.slice(at, at + L)) && ok(at + L));
  return ok(0);
}

/**
 * China's 55 minority nationalities, whose names an autonomous prefecture, county or banner adds to
 * its place name (恩施土家族苗族自治州: 恩施; 察布查尔锡伯自治县: 察布查尔). Longest first.
 */
export const NATIONALITIES = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 ' +
  '鄂伦春 赫哲 门巴 珞巴 基诺').split(' ').sort((a, b) => b.length - a.length);
