import {
  AFTER_NAME,
  GENERIC_LABEL,
  GROUP_LABEL,
  GROUP_LABEL_ENDS,
  POSITION_WORDS,
  ROLE_CUES,
  SUFFIX_TITLES,
  ADDRESS_POSTS,
  SURNAMES_1,
  SURNAMES_2,
  type RoleCue,
  madeOfSoundNameParts,
  PRESIDING_TITLE,
  LED_BY_CHAIR,
  SPEAKER_LABEL,
  TITLED_REPORT,
  ON_PLATFORM,
  AS_EXECUTIVE_CHAIR,
  LEADS_VISIT_THEN_CONVENES,
} from './lexicon.js';
import { memo } from './memo.js';
import { NameIndex } from './name-index.js';
import { isPlainDictionaryWord, segmentDict as segment_, standsAlone, taggedWords, wholeWordTag } from './segment.js';
import { lastMatch, matchSpans, strictlyInside } from './spans.js';

/** A person named in a sentence, with the titles the sentence gives and where the name is. */
export interface PersonMention {
  name: string;
  titles: string[];
  /** Offsets of the name within the sentence. */
  start: number;
  end: number;
  /** How the mention was recognised: after a title, in a list, or as a bare known name. */
  via: 'title' | 'generic' | 'list' | 'bare' | 'suffix-title';
}

/** A role cue in a sentence and the people it applies to. */
export interface RoleAssignment {
  cue: RoleCue;
  /** Offset of the cue in the sentence (its meeting, if named, follows it). */
  at: number;
  end: number;
  people: PersonMention[];
}

const HAN_RE = /^[\u3400-\u9fff]+$/;
/** Words no name contains: verbs and nouns of the meeting sentences. */
// 等 closes a list (甲、乙等): a name never ends in it, even where the segmenter reads 平等 as a word;
// nor in 的 (某某的汇报); 所 closes a name only where no 作/做 follows (某某所作的报告: see scoreParse);
// the particle 了 is in no name (局长谈了体会: a verb phrase after the title)
const NAME_BAD = /[等的]$|了|们|什么|怎么|怎样|如何|哪|谁|[两二三四五六七八九十几多]位|^[一两二三四五六七八九十几多\d]+[名个人]$|会议|参加|出席|列席|主持|召开|召集|组成|讲话|致辞|致词|热线|信箱|同志|负责|领导|部门|单位|工作|人员|人士|党派|学员|代表|委员|[工党纪]委$|(?:研修|培训|学习|进修)班|干部|群众|企业|办公|机构|应邀|名单|人选|议程|日程|政府|政协|人大|大会|全会|法院|检察|公安|精神|批示|指示|发言|说明|汇报|报告|附件|附表|签到|副$|^[作做]了|^常务|常务$|情况|^副|^(?:相关|有关|各|本|该|其[他中余次实它]|这|那[些么个里样]|我|你|他|与会|在|的)/;
/** A post word (书记, 主任, 县长, 成员 …): a name never holds one (和村支部书记, 主席会成员和各常委). */
const POST_IN_NAME = new RegExp(POSITION_WORDS.filter((w) => w.length >= 2).join('|'));
const MINORITY_NAME = /^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff·]{1,12}$/;
/** Words that look like names (surname + character) but are common nouns or verbs here. */
const NOT_NAMES = new Set([
  '会议', '全会', '会上', '同志', '全市', '全县', '全区', '全省', '市委', '县委', '区委', '省委', '党委', '政府', '常委', '市长', '县长', '区长',
  '关于', '由于', '于是',
  '主任', '书记', '部长', '局长', '领导', '代表', '委员', '成员', '人员', '大会', '方案', '工作', '要求', '强调', '指出', '研究', '部署',
  '安排', '通过', '审议', '听取', '传达', '学习', '贯彻', '落实', '推进', '发展', '建设', '经济', '社会', '文化', '生态', '安全', '应急',
  '项目', '企业', '单位', '部门', '相关', '有关', '各级', '各地', '我市', '我县', '我区', '本市', '当前', '下一步', '今年', '明年', '去年',
  '上午', '下午', '晚上', '同时', '其中', '此外', '会前', '会后', '期间', '常务', '扩大', '专题', '全体', '主持', '出席', '参加', '列席',
  '高度', '严格', '全面', '深入', '加快', '加强', '进一步', '坚持', '统筹', '紧紧', '始终', '切实', '认真', '积极', '充分', '结合',
  '委托', '固定', '轮流', '按时', '准时', '全程', '一职',
  // a post as a word (代理区长职务, 辞去…职务: 职 is a rare surname)
  '职务', '职责', '职位', '职能',
  // a country's or a centre's (国家主席, 中央军委主席: no surname 国 or 中 before a post)
  '国家', '中央', '全国',
  // a body's party group (由党组书记主持: no one named 党组)
  '党组',
  // a group of post-holders, not a person (党外副主席: those not in the party)
  '党外',
  // swearing to the constitution (新任镇长向宪法宣誓: 向 is a surname too)
  '向宪法',
  // the bodies directly under a district (区直及驻区部门负责人: 区 is a surname too)
  '区直', '区属',
  // the order of what is said (某书记最后强调)
  '最后', '首先', '随后', '然后', '其次', '再次', '接着', '最终',
  // how several did it (…负责人分别作表态发言, 先后发言, 相继发言)
  '分别', '先后', '相继', '依次', '一同', '共同', '一起', '一道', '逐一',
]);

/** Every role cue contains one of these: a cheap test before trying the cues one position at a time. */
const CUE_WORDS = /主持|召开|出席|参加|列席|参会|与会|讲话|讲了话|发了言|报告|说明|讲座|辅导|汇报|发言|解读|传达|通报|宣读|部署|安排|点评|讲评|进行|致辞|贺词|欢迎词|开幕词|闭幕词|贺辞|欢迎辞|开幕辞|闭幕辞|答谢词|答谢辞|就座|就坐|会上|会议上|会议中|意见|建议|要求|执行主席|分析|介绍|领学|总结了|到会|到场|宣布|授课|讲授|讲党课|宣讲|述职|莅临|亲临|指示|强调|指出|说|表示|裁示|收听|收看|颁奖|颁发|授牌|授旗|颁证|召集|座谈|交流|互动|讨论|质询|肯定|宣誓/; // every cue has one
const CLOSING_VERBS = /^(?:指出|强调|要求|表示|认为|说|担任|任命|当选|兼任|(?<![主责])任(?!务)|提出|介绍|宣布)/;
const LEFT_STOP_CHARS = new Set('由经请让受据');
/** Characters that join words (和, 与, 及, 同) and are surnames too. */
const CONNECTOR_CHARS = new Set('和与及同偕');

/** After 研究, 审查 …: not where they begin the name of a body (研究室主任, 提案审查委员会主任, 研究院院长). */
const NOT_A_BODY_AFTER = '(?![室所院组处科部]|会(?!议)|中心|委员会)';
/** After …会议: not a body or post of the session (…会议主席团常务主席, …会议常务主席, …会议提案审查委员会主任, 主席团会议主持人), which a title may hold. */
const NOT_A_SESSION_BODY = '(?!主席团|秘书处|副?秘书长|提案|主持人|常务主席|执行主席|[^，。、]{0,6}委员会)';
/** The last verb before a title that introduces the person (a title never contains these). */
const LEFT_VERBS_G = new RegExp(`(?:听取了?|审议了?|审查了?|研究了?|讨论了?|邀请了?|会见了?|看望了?|陪同|(?:包括|推选|推举|选举)(?:产生)?了?|(?:新)?(?:当选|任命)(?:的)?|新任)${NOT_A_BODY_AFTER}`, 'g');
/** Words no title holds (verbs, connectors, 的, the platform one sits on …); 学习 only as a verb, not a body's (学习中心组) or a campaign's (党史学习教育领导小组). */
const BAD_IN_TITLE = new RegExp(`及|等|受|委托|担任|兼任|任命|(?<!主)任|会议${NOT_A_SESSION_BODY}|为(?!民)|召开|主持(?!人)|出席|参加|列席|指出|强调|要求|研究${NOT_A_BODY_AFTER}|审议|通过|听取|传达|学习${NOT_A_BODY_AFTER}(?!教育)|贯彻|部署|安排|我们|全市|各级|举行|进行|提出|就是|以及|作为|认为|征求|感谢|希望|祝贺|慰问|看望|走访|来到|前往|走进|深入(?!推进|实施|开展|学习|贯彻)|欢迎|关于|决定|推荐|辞去|辞职|免去|免除|当选|(?<!老)同志|[作做]了|根据|按照|(?<!党)的|主席台|就[座坐]|偕|宣誓|就职|上午|下午|率领|带领|率队|带队|陪同`);
/** A connector, then what follows it up to a name (a title, or nothing): 王县长|偕|副县长. */
const JOINED_BEFORE_TITLE = /(偕|和|与|及)([^偕和与及，、]{0,24})$/;
/** The verbs by which one leads others (甲率领乙): the leader is the one named before them. */
const LEADING_VERBS = '率领|带领|率';
const LEADS_AT_END = new RegExp(`(?:${LEADING_VERBS})$`);
const leadsOthers = (conn: string): boolean => LEADS_AT_END.test(conn);
/** What joins two people in one segment (甲及乙, 甲同志和乙), and one who leads another (甲率领乙, 甲带领乙: both take the part). */
const CONNECTOR = new RegExp(`^(?:同志)?(?:以及|及|和|与|偕|${LEADING_VERBS})`);
/** A list item that names a group, not a person (…驻会负责同志及无党派代表人士): the list goes on. */
const GROUP_WORDS = '负责同志|负责人|代表人士|人士|代表|人员|同志|成员|干部|委员';
/** …or the holders of a post across a group of bodies (各村(社区)书记, 全体驻村工作组干部及各村书记). */
const GROUP_OF_PEOPLE = new RegExp(`(?:${GROUP_WORDS})$|(?:^|及|和|与)(?:全体|各|有关|相关|部分)[^，。；]{0,20}(?:书记|主任|主席|[镇乡村县区市]长|局长|所长|站长|校长|组长|队长)$`);
/** 关于…的汇报 across 、 (the subject a list), within one clause. */
const REPORT_ACROSS_LIST = /^关于[^，。；]{1,120}?的[^，。；的、]{0,6}?(?:汇报|报告|说明|通报)/;
const PRESIDING_CUE = ROLE_CUES.find((c) => c.rule === 'attend:担任执行主席') ?? missingCue('attend:担任执行主席');
const REPORT_CUE = ROLE_CUES.find((c) => c.rule === 'attend:某某关于…的汇报') ?? missingCue('attend:某某关于…的汇报');
const VISIT_CUE = ROLE_CUES.find((c) => c.rule === 'attend:带队调研并召开') ?? missingCue('attend:带队调研并召开');
/** The first characters of LEADS_VISIT_THEN_CONVENES (一行, 带领, 率领, 率队, 带队, 率): most tails start otherwise. */
const LEADS_FIRST = new Set([...'一带率'].map((c) => c.charCodeAt(0)));
function missingCue(rule: string): never {
  throw new Error(`people.ts: no role cue ${rule} in ROLE_CUES`);
}
/** A post alone, no body and no group of people (馆长, 县长, 书记; not 镇党委书记, 负责人, 委员). */
const POSTS = new Set(POSITION_WORDS);
const LONGEST_POST = Math.max(...POSITION_WORDS.map((w) => w.length));
/** Whether the text ends in a position word: a set lookup a length, not a scan of the list (≈150 words). */
function endsInPost(t: string): boolean {
  for (let k = Math.min(LONGEST_POST, t.length); k >= 1; k--) if (POSTS.has(t.slice(t.length - k))) return true;
  return false;
}
const isBarePost = (text: string): boolean => POSTS.has(text) && !GROUP_OF_PEOPLE.test(text);
/** What may follow a name in a list without a verb of its own (甲同志、乙等, 丙(女)). */
const FILLER_TAIL = /^(?:\([^()]{1,8}\))?(?:同志|等(?:人|同志)?|一行|们)?$/;
/** A preposition after a name opens an adverbial; the name's verb is still to come (某某就…，向…作说明). */
const PREPOSITION_TAIL = /^(?:就|对|在|向|为|从|与|同|围绕|按照|根据|针对|结合|代表|以)/;
/** …的讲话精神, …上的重要指示: a phrase that ends in what the name said or gave, a noun — the name's verb is not to come. */
const POSSESSED_TAIL = /的(?:重要)?(?:讲话|指示|批示|讲话稿)(?:精神)?$/;

/** Whether the text is a surname and nothing more (肖, 欧阳). */
const isSurname = (s: string) => SURNAMES_1.has(s) || SURNAMES_2.has(s);

export function hasSurname(name: string): boolean {
  return SURNAMES_2.has(name.slice(0, 2)) || SURNAMES_1.has(name[0] ?? '');
}

/** A plausible personal name: 2–4 Han characters (or a minority name with ·), not a common word. */
export function isName(name: string, opts: { needSurname: boolean; maxLen?: number }): boolean {
  const max = opts.maxLen ?? 4;
  if (name.includes('·')) return MINORITY_NAME.test(name) && name.length <= 16;
  if (name.length < 2 || name.length > max) return false;
  return (opts.needSurname ? isNameWithSurname : isNameAnySurname)(name);
}
/** isName for a name of the right length, its answers remembered (the same names come up again and again). */
const isNameWithSurname = memo((name: string) => isNameOfLength(name, true));
const isNameAnySurname = memo((name: string) => isNameOfLength(name, false));

function isNameOfLength(name: string, needSurname: boolean): boolean {
  if (!HAN_RE.test(name)) return false;
  if (NOT_NAMES.has(name) || NAME_BAD.test(name) || POST_IN_NAME.test(name)) return false;
  // a two-character surname alone (慕容, 欧阳) is no one's whole name
  if (SURNAMES_2.has(name)) return false;
  // determiners (这次, 其他, 那些 …); a name may still start with 其 or 那 (其木格, 那顺)
  if (/^(?:[第各该本此这每我]|其[他中余次实它]|那[些么个里样])/.test(name)) return false;
  // 全 is "all" where it makes a word with what follows (全部, 全体, 全力); else a surname (副县长全明)
  if (name[0] === '全' && (name.length < 2 || segment_(name)[0] !== '全')) return false;
  // 向各(参会单位), 对全(市): a preposition that is also a surname, then a determiner
  if (name.length === 2 && /^[向于和与从对为将把]/.test(name) && /[各全每该本此这那其诸]$/.test(name)) return false;
  // 和各常委, 与各委员: a connector, then a determiner no given name starts with
  if (/^[向于和与从对为将把][各每该诸]/.test(name)) return false;
  if (/[市县区省委局厅部办会议同志领导的了和与及是在等]$/.test(name) && name.length <= 3 && !hasSurname(name)) return false;
  if (needSurname && !hasSurname(name)) return false;
  if (needSurname && SURNAMES_2.has(name.slice(0, 2)) === false && name.length === 4) return false;
  // 县委常委包某区及…: a name of three characters and more never ends as a district, county or city does
  if (name.length >= 3 && /[区县市]$/.test(name)) return false;
  // an award, a cup or a contest named after a post (区长质量奖, 县长杯赛): a plain word, then 奖, 杯 or 赛
  if (name.length >= 3 && /[奖杯赛]$/.test(name) && isPlainDictionaryWord(name.slice(0, -1))) return false;
  return true;
}

/** A count of people (两位, 三名; not 名誉): what closes a list of names before the post they share. */
const COUNT = '[二三四五六七八九十两几]{1,2}(?:位|名(?!誉))';
/** Such a count anywhere (一位, 3名 too), which no title holds. */
const COUNT_OF_PEOPLE = /[一二三四五六七八九十两几\d](?:位|名(?!誉))/;

/** 人选, 候选人 after a post. */
const CANDIDATE_AT_END = /(?:提名人选|人选|候选人)$/;

/** Ends with a position word and reads like an organisation + position. */
export const isTitle: (t: string) => boolean = memo(isTitleUncached);

function isTitleUncached(t: string): boolean {
  if (t.length < 2 || t.length > 32) return false;
  // a candidate for a post (县人大常委会副主任人选, 副县长候选人) holds a title of that post
  const candidateFor = CANDIDATE_AT_END.exec(t);
  if (candidateFor) return t.length - candidateFor[0].length >= 2 && isTitleUncached(t.slice(0, candidateFor.index));
  // quoted names of bodies stay in the title (“大工委”书记)
  if (!/^[\u3400-\u9fff()（）“”]+$/.test(t) || /^”|“[^”]*$/.test(t)) return false;
  if (BAD_IN_TITLE.test(t)) return false;
  // (nor 委 without its body, what a lost 县/市 leaves of 县委常委: 委常委; 委员 is a post)
  if (/^(?:[在对向从把将被为了]|就(?!业)|同志|委(?!员))/.test(t)) return false;
  // 县长某某与副县长: two people (a post, a name, 与/和, another post), not one title
  if (holdsNameBetweenPosts(t)) return false;
  // (县长和乙局长, 一级首长与议长: a post or a group, then a connector — what follows is someone else)
  if (POST_THEN_CONNECTOR.test(t)) return false;
  // (某某服务处张某某主任: an office, then a name and its post — the post's holder is named inside)
  if (namedInsideBeforePost(t)) return false;
  // a group, not one person's post (各部门主要负责人, 有关单位负责同志, 三名县派第一书记)
  if (/^(?:各|全体|有关|相关|部分|其他|其余|及|以及|和)/.test(t) || /^[一二三四五六七八九十两\d]+(?:名|位|个)/.test(t)) return false;
  // (nor a count anywhere in it: 甲、乙两位副县长 — the count closes a list of names, 乙 is no part of a title)
  if (COUNT_OF_PEOPLE.test(t)) return false;
  // (and a body's members as a whole, 某委员会全体委员, 县政协全体委员)
  if (/全体[\u3400-\u9fff]{1,4}$/.test(t)) return false;
  // (…的有关部门负责人, cut after 的有: the rest of 有关)
  if (/^关(?:部门|单位|方面|负责)/.test(t)) return false;
  // 肖书记, 欧阳主任: a person addressed by surname and post, not a title before a name
  const post = ADDRESS_POSTS.find((p) => t.endsWith(p));
  if (post && isSurname(t.slice(0, -post.length))) return false;
  return endsInPost(t);
}

/** A post a name is addressed by, or a group's word, then a connector (县长和, 书记与, 首长与): what follows is someone else. */
const POST_THEN_CONNECTOR = new RegExp(`(?:${[...ADDRESS_POSTS.filter((p) => p !== '同志'), '首长', '负责人', '负责同志', '领导', '干部', '成员'].join('|')})(?:和|与|偕)`);
const POST_THEN_CONNECTOR_G = new RegExp(POST_THEN_CONNECTOR.source, 'g');

/** An office's last character, a name, then a post it is addressed by (…服务处张某某主任). */
const OFFICE_NAME_POST = new RegExp(`[处局办室科委厅部所站队会]([\u3400-\u9fff]{2,3})(?:${ADDRESS_POSTS.filter((p) => p !== '同志').join('|')}|秘书)$`);
function namedInsideBeforePost(t: string): boolean {
  const m = OFFICE_NAME_POST.exec(t);
  if (!m) return false;
  const name = m[1]!;
  const post = m[0].slice(1 + name.length);
  // (an office's own name, or one that ends as its post starts — 市委党校校长, 党校|校长 — is no name)
  return !/[处局办室科委厅部所站队会院]$/.test(name) && name.slice(-1) !== post[0] && isName(name, { needSurname: true, maxLen: 3 });
}

/**
 * A post word, then two or three characters that are no word of a title, then 与/和/同 (县长某某与…)
 * or what a person does on behalf of or about something (区委书记某某代表区委就补选…主任: no title holds 代表区委 or 就…).
 */
const POST_NAME_JOIN_G = /(?:书记|[市县区省州旗镇乡]长|主任|主席|局长|部长|厅长|院长|常委)([\u3400-\u9fff]{2,3})(?:与|和|同|代表|就(?!业))/g;
/** A name first, then 与/和/同 (the last of a list, 某某和省政府秘书长: the post is the next person's). */
const NAME_JOIN_FIRST = /^([\u3400-\u9fff]{2,3})(?:与|和|同)/;
/** A committee named by two fields joined (社会和法制委员会, 民族与宗教委员会): one body, no name before 和. */
const JOINED_COMMITTEE = /^[\u3400-\u9fff]{2}[和与][\u3400-\u9fff]{2,4}委员会/;
function holdsNameBetweenPosts(t: string): boolean {
  if (!t.includes('与') && !t.includes('和') && !t.includes('同') && !t.includes('代表') && !t.includes('就')) return false;
  if (JOINED_COMMITTEE.test(t)) return false;
  const first = NAME_JOIN_FIRST.exec(t)?.[1];
  if (first && isName(first, { needSurname: true }) && !POSITION_WORDS.some((p) => first.includes(p))) return true;
  for (const m of t.matchAll(POST_NAME_JOIN_G)) {
    const w = m[1]!;
    if (!POSITION_WORDS.some((p) => w.startsWith(p) || p.startsWith(w)) && !/助理|委员|秘书|办公|会$/.test(w) && isSurname(w[0]!)) return true;
  }
  return false;
}

const trimTitleLeft = memo(trimTitleLeftUncached);

/** Last characters of position words and of group labels (…领导, …同志, …成员, …干部, …专班, …督导组). */
const TITLE_LAST_CHARS = new Set([...[...POSITION_WORDS, ...GROUP_LABEL_ENDS].map((w) => w[w.length - 1]!), '导', '志', '员', '部']);

/**
 * Whether text could end in a title or group label (a cheap test before trimming and looking one
 * up): isTitle and GENERIC_LABEL both need one of these last characters.
 */
function mayEndInTitle(text: string): boolean {
  return text.length > 0 && TITLE_LAST_CHARS.has(text[text.length - 1]!);
}

function trimTitleLeftUncached(t: string): string {
  // 该乡党委书记, 本县县长: a word that points to the body is no part of the title (会议由该镇党委副书记…)
  return titleAfterLeftWords(t).replace(POINTER_BEFORE_BODY, '');
}

/** The text after what comes before a title: a verb that introduces the person, a left stop (由, 经, 受 …), the order of business, a preposition. */
function titleAfterLeftWords(t: string): string {
  // "会议由市委副书记" → "市委副书记": the title starts after the last left stop
  let s = t;
  if (s.includes('的')) {
    const lead = LEADING_CUE.exec(s);
    // (首先上场质询的有…: after the word that orders the business too)
    if (lead && (lead.index === 0 || SEQUENCE_FIRST.exec(s)?.[0].length === lead.index)) s = s.slice(lead.index + lead[0].length);
  }
  // "会议听取了副市长…", "邀请市政协主席…": the title starts after the verb that introduces the person
  let verbEnd = -1;
  LEFT_VERBS_G.lastIndex = 0;
  for (let v = LEFT_VERBS_G.exec(s); v; v = LEFT_VERBS_G.exec(s)) verbEnd = v.index + v[0].length;
  if (verbEnd >= 0) s = s.slice(verbEnd);
  // 许县长偕副县长…, 王书记和市长…: a person addressed by surname and post, then a connector, is someone else
  const addressed = ADDRESSED_THEN_JOINED.exec(s);
  if (addressed && isSurname(addressed[1]!)) s = s.slice(addressed[0].length);
  // 县直部门负责人与副县长…, 一级首长与议长…: a post or a group, then a connector — the title after it is the next person's
  const joined = lastMatch(POST_THEN_CONNECTOR_G, s);
  if (joined) s = s.slice(joined.index + joined[0].length);
  for (let i = s.length - 1; i >= 0; i--) {
    // 由/经/受… as a word of its own (受县委书记…委托), not the start of one (经济开发区党工委书记, 经开区…)
    // (经 only before a body or a procedure, 经县委研究: not inside a body's name, 工经联会长)
    if (LEFT_STOP_CHARS.has(s[i]!) && (s[i] !== '经' || BODY_AFTER_JING.test(s.slice(i + 1))) && standsAlone(s, i)) return s.slice(i + 1);
  }
  // 最后镇党委副书记、镇长某某…, 首先县长某某…, 一是市社主任某某…: the order of business is no part of the title;
  // nor is what a mirror left of a lost character (??h县人大常委会主任…: h)
  // nor is the count of the names the post heads (三位副县长甲、乙、丙)
  s = s.replace(SEQUENCE_FIRST, '').replace(LOST_CHARACTER_DEBRIS, '').replace(COUNT_BEFORE_POST, '');
  // "在市长某某主持召开的…": a preposition before the title (not 在家市领导, a label); also after the
  // subject it is said of (某会议在主任某某主持下召开)
  if (/^[在于]/.test(s) && !GENERIC_LABEL.test(s) && isTitleUncached(s.slice(1))) return s.slice(1);
  const at = s.lastIndexOf('在');
  if (at > 0 && isTitleUncached(s.slice(at + 1))) return s.slice(at + 1);
  // 与会人员热议了县委书记…: what a verb has done (了) is no part of the title after it
  const done = s.lastIndexOf('了');
  if (done >= 0 && isTitleUncached(s.slice(done + 1))) return s.slice(done + 1);
  // 担任本届政协委员的省政协原副主席…, 列席会议的县委副书记…: what the person holds or attends as (…的)
  // is no part of the title after it
  const said = s.lastIndexOf('的');
  if (said > 0 && HOLDING_OR_PRESENT.test(s.slice(0, said)) && isTitleUncached(s.slice(said + 1))) return s.slice(said + 1);
  return s;
}

/** A clause of what a person holds or attends as, before 的 and their title (担任本届委员, 列席会议). */
const HOLDING_OR_PRESENT = /^(?:担任|兼任|现任|身为|作为|列席|出席|参加)[^的，。；]{0,16}$/;

/** A surname, a post it addresses (县长, 书记 …) and a connector, at a title's start. */
const ADDRESSED_THEN_JOINED = new RegExp(`^([\\u3400-\\u9fff]{1,2}?)副?(?:${ADDRESS_POSTS.filter((p) => p !== '同志').join('|')})[${[...CONNECTOR_CHARS].join('')}]`);

/** After 经 as a preposition: a body or a procedure (经县委研究, 经市政府同意). */
const BODY_AFTER_JING = /^(?:[省市县区镇乡旗州盟]|党|中央|国务院|全体|大会|会议|代表|研究|批准|同意|审议|讨论|选举|推荐|提名)/;

/** Lower-case letters a mirror's lost character leaves before the text goes on (??h, ?h): never part of a title. */
const LOST_CHARACTER_DEBRIS = /^[?？]*[a-z]{1,2}(?=[\u3400-\u9fff])/;
/** A count of people before the post they share (三位副县长, 两名副市长). */
const COUNT_BEFORE_POST = new RegExp(`^${COUNT}(?=[\\u3400-\\u9fff]{2})`);

/** Words that order what was done (首先, 随后, 最后 …), before a title. */
const SEQUENCE_FIRST = /^(?:首先|其次|然后|随后|最后|接着|再次|[一二三四五六七八九十]是|第[一二三四五六七八九十](?:项是?|是))/;

/** 该/本/此 before a level's body (该乡党委书记), or with the level named twice (本县县长: 县长). */
const POINTER_BEFORE_BODY = /^(?:该|本|此)(?:([省市县区乡镇旗州盟])(?=\1)|(?=[省市县区乡镇旗州盟](?:委|政府|人大|政协|党委|党工委|长)))/;

interface HeadParse {
  name: string;
  titles: string[];
  via: PersonMention['via'];
  nameStart: number; // within the head
  generic: boolean;
}

/** The most of a segment before a cut that a title (≤ 32 characters) and a name can take, with room to spare. */
const HEAD_MAX = 64;

/** What a head is read with: where it starts in its segment, the segment, the names known, the titles waiting for a name. */
interface HeadContext {
  base: number;
  /** A bare name may stand here (in a list, before a cue, after a title alone) — or where bareList says so. */
  allowBare: boolean;
  inList?: boolean;
  /** The name would be an item of a list: one in it already, or right before its 、 (a working group's members follow its name as a list). */
  listItem?: boolean;
  /**
   * Whether the segment starts a bare list of names with a cue (甲、乙、丙等出席): asked only where a
   * reading needs it (it reads the list's items), so that most heads never do. It allows a bare name,
   * and, where the next segment is an item of that list (nextIsItem), makes this one an item too.
   */
  bareList?: () => boolean;
  nextIsItem?: boolean;
  known: NameIndex;
  pendingTitles: string[];
  segment: string;
}

/** A bare name may stand: said by the context, or the segment starts a bare list of names with a cue. */
const bareAllowedHere = (ctx: HeadContext): boolean => ctx.allowBare || (ctx.bareList?.() ?? false);
/** The name is the first item of a bare list of names with a cue (甲、乙、丙等出席: 甲). */
const firstOfBareList = (ctx: HeadContext): boolean => !!ctx.nextIsItem && (ctx.bareList?.() ?? false);
/** The name is an item of a list of names: one in it already, or the first of a bare list with a cue. */
const inListHere = (ctx: HeadContext): boolean => !!ctx.inList || firstOfBareList(ctx);
/** The name would be an item of a list (listItem), or the first of a bare list with a cue. */
const listItemHere = (ctx: HeadContext): boolean => !!ctx.listItem || firstOfBareList(ctx);

/**
 * Parse "[junk][title]NAME" (or "NAME+suffix title") at the end of a head string.
 * `known` names are accepted bare anywhere; otherwise a bare name needs a surname and context.
 * `head` is segment[base, base + head.length); nameStart in the answer is relative to the segment.
 */
function parseHead(head: string, ctx: HeadContext): HeadParse | null {
  const hp = parseHeadAt(head, ctx);
  return hp ? { ...hp, nameStart: hp.nameStart + ctx.base } : null;
}

/** The readings tried in turn: a suffix title, a name before its full title, a name addressed by its post, a name with ·, then by length. */
function parseHeadAt(head: string, ctx: HeadContext): HeadParse | null {
  return nameBeforeSuffixTitle(head, ctx) ?? nameBeforeFullTitle(head, ctx) ?? nameAddressedByPost(head, ctx) ?? dottedName(head, ctx) ?? nameAtEnd(head, ctx);
}

/** NAME + 总书记 / 教授 … (皇甫某某教授: a two-character surname's four-character name first). */
function nameBeforeSuffixTitle(head: string, ctx: HeadContext): HeadParse | null {
  for (const st of SUFFIX_TITLES) {
    if (!head.endsWith(st) || head.length <= st.length + 1) continue;
    const before = head.slice(0, -st.length);
    // 主席团主席, 代表团团长: the post of the body just named, no name between them
    if (BODY_BEFORE_ITS_POST.test(before)) continue;
    for (const L of SURNAMES_2.has(before.slice(-4, -2)) ? [4, 3, 2] : [3, 2, 4]) {
      const name = before.slice(-L);
      // …精神和李某总理: a connector after other words joins, it is no surname
      if (L === 3 && before.length > 3 && CONNECTOR_CHARS.has(name[0]!) && isName(name.slice(1), { needSurname: true })) continue;
      if (name.length === L && isName(name, { needSurname: true, maxLen: 4 }) && (ctx.known.has(name) || L <= 3 || SURNAMES_2.has(name.slice(0, 2)))) {
        return { name, titles: [st], via: 'suffix-title', nameStart: before.length - L, generic: false };
      }
    }
  }
  return null;
}

/** A body whose own post may follow it directly (主席团主席, 常委会主任), so what ends it is no name. */
const BODY_BEFORE_ITS_POST = /(?:主席团|代表团|常委会|委员会|党工委|党委|党组|领导小组)$/;

/** 石某某常务副县长在…讲话: a name at the segment's start with its full title after it. */
function nameBeforeFullTitle(head: string, ctx: HeadContext): HeadParse | null {
  if (ctx.base !== 0) return null;
  const lead = LEFT_STOP_CHARS.has(head[0]!) && standsAlone(head, 0) ? 1 : 0;
  const t = head.slice(lead);
  const L = nameBeforePost(t);
  if (L) return { name: t.slice(0, L), titles: [...ctx.pendingTitles, t.slice(L)], via: 'suffix-title', nameStart: lead, generic: false };
  // 某某任…常务主席: the post is one the sentence gives or assigns (a session's, a temporary
  // branch's), not a title the person holds; the name ends before 任
  const L2 = appointedTo(t, ctx.segment.slice(ctx.base + lead));
  return L2 ? { name: t.slice(0, L2), titles: [...ctx.pendingTitles], via: 'bare', nameStart: lead, generic: false } : null;
}

/** 某某任+title: the length of the name before 任 (not 担任/兼任: 任 must start a word). */
function appointedTo(t: string, segment: string): number {
  for (const L of [3, 2]) {
    if (t[L] !== '任') continue;
    const title = t.slice(L + 1);
    if (title.length >= 2 && isBareName(t.slice(0, L)) && isTitle(title) && onWordBoundaries(segment, 0, L)) return L;
  }
  return 0;
}

/** A verb that introduces the person named after it (听取了某某镇长所做的…). */
const LEFT_VERB_AT_END = /(?:听取|审议|审查|研究|讨论|邀请|会见|看望|陪同)了?$/;

/**
 * 张某书记, 李某同志, 王某副县长 after 由/after a verb that introduces them/at a segment start: a name
 * followed by its post. The post is a title the text gives (会议由王某某副县长主持 gives 副县长, as
 * 王某某副县长出席 does); 同志 is none.
 */
function nameAddressedByPost(head: string, ctx: HeadContext): HeadParse | null {
  for (const post of ADDRESS_POSTS) {
    if (!head.endsWith(post)) continue;
    const before = head.slice(0, -post.length).replace(/(?:常务)?副$/, '');
    for (const L of [3, 2]) {
      const name = before.slice(-L);
      const rest = before.slice(0, before.length - L);
      // (甲局长和乙局长: a connector after other words joins two people, it is no surname)
      if (L === 3 && rest !== '' && CONNECTOR_CHARS.has(name[0]!) && isName(name.slice(1), { needSurname: true })) continue;
      // (or a title before it: 指挥部指挥长某某副市长听取…, 县委书记某某同志)
      const restTitle = rest !== '' && mayEndInTitle(rest) ? trimTitleLeft(rest) : '';
      const titled = restTitle !== '' && isTitle(restTitle);
      // (or the office whose post it is: 劳工局某某局长, 县委组织部某某部长 — the title is the office's post)
      const office = !titled && post !== '同志' ? officeOfPost(rest, post) : '';
      if (name.length === L && (rest === '' || LEFT_STOP_CHARS.has(rest[rest.length - 1]!) || CONNECTOR_ALONE.test(rest) || LEFT_VERB_AT_END.test(rest) || titled || office) && isName(name, { needSurname: true, maxLen: 3 }) && !/[委府部局办会厅院]$/.test(name)) {
        if (office) return { name, titles: [...ctx.pendingTitles, office + head.slice(before.length)], via: 'title', nameStart: rest.length, generic: false };
        const titles = titled ? [...ctx.pendingTitles, restTitle] : [...ctx.pendingTitles];
        if (post === '同志') return { name, titles, via: titled ? 'title' : 'bare', nameStart: rest.length, generic: false };
        return { name, titles: [...titles, head.slice(before.length)], via: titled ? 'title' : 'suffix-title', nameStart: rest.length, generic: false };
      }
    }
  }
  return null;
}

/** An office (…局, …部, …处, …委) whose post a name is addressed by after it (某局某某局长): the office as the title's start, else ''. */
function officeOfPost(rest: string, post: string): string {
  if (rest.length < 2 || !OFFICE_AT_END.test(rest)) return '';
  const last = rest[rest.length - 1]!;
  if (post[0] !== last && !(/^(?:主任|书记)$/.test(post) && /[委办室处]/.test(last))) return '';
  // (the office alone: after what joins it to other words, …出席以及劳工局; 和 stays, as in 文化和旅游局)
  const office = trimTitleLeft(rest).replace(/^.*(?:以及|及|、)/, '');
  return office.length >= 2 && office.length <= 12 && HAN_RE.test(office) && !BAD_IN_TITLE.test(office) ? office : '';
}

/** After a dot and two characters of a name: 为/在/向/对/被, which start what follows a name (…·某某为代表团副团长). */
const FUNCTION_WORD_IN_DOTTED_PART = /·[\u3400-\u9fff]{2,}[为在向对被]/;

/** 艾尔肯·吐尼亚孜: a name with · after a title; the title ends where a position word ends. */
function dottedName(head: string, ctx: HeadContext): HeadParse | null {
  const dot = head.includes('·') ? /([\u3400-\u9fff]{1,8})((?:·[\u3400-\u9fff]{1,10})+)$/.exec(head) : null;
  // (…·哈布肯为代表团副团长: a function word no transliteration uses, after the part's first characters,
  // ends the name there — the reading that ends it there is read at that cut)
  if (!dot || FUNCTION_WORD_IN_DOTTED_PART.test(dot[2]!)) return null;
  const options: HeadParse[] = [];
  const first = dot[1]!;
  for (let k = 1; k <= Math.min(6, first.length); k++) {
    const name = first.slice(first.length - k) + dot[2]!;
    const rest = head.slice(0, head.length - name.length);
    const restT = trimTitleLeft(rest);
    if (restT === '' || isTitle(restT) || GENERIC_LABEL.test(restT)) {
      options.push({ name, titles: isTitle(restT) ? [...ctx.pendingTitles, restT] : [...ctx.pendingTitles], via: restT ? 'title' : 'bare', nameStart: rest.length, generic: GENERIC_LABEL.test(restT) });
    }
  }
  return options.find((o) => o.via === 'title') ?? options[options.length - 1] ?? null;
}

/**
 * The name at the head's end, of 3, 2, 4, 5 or 6 characters: after a title, after a generic label
 * (县领导), known from elsewhere, bare where the context allows, or a whole item of a list of names.
 * A name with a surname is preferred, then the order tried.
 */
function nameAtEnd(head: string, ctx: HeadContext): HeadParse | null {
  // (the first reading with a surname wins outright: the lengths after it need not be read)
  let first: HeadParse | null = null;
  for (const L of NAME_LENGTHS) {
    if (head.length < L) continue;
    if (titleTakesSurnameStart(head, L)) continue;
    const hp = nameOfLength(head, L, ctx);
    if (!hp) continue;
    if (hasSurname(hp.name)) return hp;
    first ??= hp;
  }
  return first;
}
const NAME_LENGTHS = [3, 2, 4, 5, 6];

/**
 * The name of length L at the head's end starts with a two-character surname whose first character
 * closes the title before it (副秘书|长孙立 is 副秘书长|孙立): that character is the title's.
 */
function titleTakesSurnameStart(head: string, L: number): boolean {
  const name = head.slice(head.length - L);
  if (!SURNAMES_2.has(name.slice(0, 2)) || L - 1 < 2) return false;
  const title = head.slice(0, head.length - L + 1);
  return POST_END_CHARS.has(name[0]!) && mayEndInTitle(title) && isTitle(trimTitleLeft(title)) && hasSurname(name.slice(1));
}
/** Characters a post ends in (县长, 秘书长, 主任, 书记, 委员): one that starts a surname too (长孙) may be a title's. */
const POST_END_CHARS = new Set('长任记员席');

function nameOfLength(head: string, L: number, ctx: HeadContext): HeadParse | null {
  const name = head.slice(head.length - L);
  const rest = head.slice(0, head.length - L);
  // the title or label before the name is a suffix of rest: no such ending, no title to trim
  // (a note in brackets between them, 副县长(挂职)某某, is no part of either)
  const bare = rest.endsWith(')') ? rest.replace(TITLE_NOTE, '') : rest;
  const restT = mayEndInTitle(bare) || ctx.known.has(name) ? trimTitleLeft(bare) : null;
  if (restT && isTitle(restT)) {
    // a long or surname-less name (巴特尔那顺) must not cut through a word (…会上半年工|作)
    const plain = hasSurname(name) && L <= 3;
    // (a name with · is no dictionary word: it may end inside one, 买买提|出席 read as 提出)
    const dotted = name.includes('·');
    const ok =
      isName(name, { needSurname: false, maxLen: 6 }) &&
      (hasSurname(name) || (L <= 5 && !PREPOSITION_FIRST.test(name) && !OFFICE_AT_END.test(name) && !readsAsPhrase(name))) &&
      (plain || ((dotted || onWordBoundaries(ctx.segment, ctx.base + rest.length, ctx.base + head.length)) && !holdsWordAfterName(name, ctx.base + head.length === ctx.segment.length) && !readsAsPhrase(name)));
    return ok && !(L === 2 && (kindOfSpeech(name, ctx.segment.slice(ctx.base + head.length)) || adverbialWord(name))) ? { name, titles: [...ctx.pendingTitles, restT], via: 'title', nameStart: rest.length, generic: false } : null;
  }
  // (a working group's members are read as a list only: 县工作专班甲、乙…, not 区委巡察组进驻后…)
  if (restT && GENERIC_LABEL.test(restT) && (!GROUP_LABEL.test(restT) || listItemHere(ctx))) {
    // (the first of the list may have a surname we do not list: 县领导玉某某、甲)
    // (and it starts a word: 领导|班子 is one word, 领导班子, no label before a name)
    // (and no verb or adverb the dictionary knows as one word: 县领导来到…, 来 though a surname)
    const ok = (isName(name, { needSurname: true }) || (!readsAsOffice(name) && unlistedSurnameName(name)) || taggedAsName(name)) && wordCuts(ctx.segment).has(ctx.base + rest.length) && !readsAsPhrase(name);
    return ok ? { name, titles: [], via: 'generic', nameStart: rest.length, generic: true } : null;
  }
  const asBare =
    // (会议在某某的主持下: a name the article knows, between 在 and 的主持下, presides)
    (ctx.known.has(name) && (restT === '' || rest.length === 0 || LEFT_STOP_CHARS.has(rest[rest.length - 1]!) || /[^\u3400-\u9fff]$/.test(rest) || (rest.endsWith('在') && PRESIDED_TAIL.test(ctx.segment.slice(ctx.base + head.length))))) ||
    ((rest.length === 0 || LEFT_STOP_CHARS.has(rest[rest.length - 1]!) || BODY_BEFORE_NAME.test(rest) || (CONNECTOR_ALONE.test(rest) && inListHere(ctx))) && isName(name, { needSurname: true }) && !NAMES_A_BODY.test(name) && bareAllowedHere(ctx) && onWordBoundaries(ctx.segment, ctx.base + rest.length, ctx.base + head.length) && !namesOrganisation(name)) ||
    // 旗领导甲、额尔敦夫、乙 / 旗委常委甲、那顺: a transliterated name as a whole item of a list of names;
    // 县领导甲、玉某某: a name whose surname the list of surnames lacks, likewise (one wholly made of the
    // parts such names are made of is a name, though it ends as an office may: 洛桑江村)
    // (and never ends inside a word: 其他县领导、曾担任…的老领导 names no 曾担)
    (rest.length === 0 && inListHere(ctx) && (madeOfSoundNameParts(name) || (!readsAsOffice(name) && ((isName(name, { needSurname: false, maxLen: 6 }) && looksTransliterated(name)) || unlistedSurnameName(name) || taggedAsName(name)))) && onWordBoundaries(ctx.segment, ctx.base, ctx.base + head.length));
  return asBare ? { name, titles: [...ctx.pendingTitles], via: 'bare', nameStart: rest.length, generic: false } : null;
}

/**
 * A whole list item of two or three characters that reads as a name although its first character is
 * not a surname we list (玉某某, 岩温): no function word or determiner first, and no dictionary word by itself.
 */
export function unlistedSurnameName(name: string): boolean {
  return name.length >= 2 && name.length <= 3 && !hasSurname(name) && isName(name, { needSurname: false, maxLen: 3 }) && !FUNCTION_FIRST.test(name) && segment_(name).length > 1;
}

/** Parts of speech a name's words never have: adverbs, verbs, prepositions, conjunctions, adjectives, idioms, words of time (现在, 目前). */
const NOT_A_NAME_PART = /^(?:d|ad|v|vd|vn|p|c|a|l|t)$/;
/** A common noun's tag (n; vn, a verb used as one). */
const COMMON_NOUN_TAG = /^(?:n|vn)$/;
/**
 * Words the dictionary knows, one of them an adverb, a verb or a preposition: a phrase, not a name
 * (逐一|点评 after 书记, 关于|安全|生产 after 总书记). A name of two or three characters is a phrase only
 * when it is one such word (特别, 希望) or all such words (热合|曼 is a name); 扎西|多吉 are names' words;
 * 巴特尔 is one; 令狐立新 a name.
 */
const readsAsPhrase = memo((name: string): boolean => {
  const words = taggedWords(name);
  // (a two-character surname's given name is often a word: 令狐|立新)
  // (or common nouns and nothing else: 足球|杯赛|事, where a long name of sounds is unknown or a name's)
  if (name.length >= 4) return !(name.length === 4 && SURNAMES_2.has(name.slice(0, 2))) && (words.some((w) => w.word.length >= 2 && NOT_A_NAME_PART.test(w.tag)) || (words.length >= 2 && words.every((w) => COMMON_NOUN_TAG.test(w.tag))));
  // (one word that is an adverb, a verb or a conjunction: 特别, 希望, 同时)
  if (words.length === 1) return /^(?:d|ad|v|vd|p|c)$/.test(words[0]!.tag);
  return words.length >= 2 && words.every((w) => w.word.length >= 2) && words.some((w) => NOT_A_NAME_PART.test(w.tag));
});

/**
 * A word the dictionary holds as an adverb, a word of place or time, a conjunction or a preposition
 * (当场, 当即, 当天, 同时): after a title, what the holder did next, not a name though it starts with a
 * surname (乡镇长当场提出问题). A name the dictionary knows is tagged a name (许可, 高明: nr).
 */
function adverbialWord(name: string): boolean {
  const tag = wholeWordTag(name);
  return tag !== null && /^(?:d|s|t|c|p)$/.test(tag);
}

/** A speech named by its verb (发言, 讲话) right after a title and the word that says its kind. */
const SPEECH_AFTER = /^(?:发言|讲话)/;
/** A noun that heads a phrase a dictionary word qualifies (委员|编组|安排, 干部|分工|方案): no name before it. */
const HEAD_NOUN_AFTER = /^(?:安排|方案|名单|计划|办法|制度|情况)/;

/**
 * 村支部书记交流发言, 书记总结讲话, 代表表态发言: a word of the dictionary that is no name's (its tag is
 * not a person's name, nr…, nor unknown, x) right before 发言/讲话 says what kind of speech it is, not who
 * spoke (副县长许可讲话: 许可 is tagged a name and stays); before a head noun (委员编组安排) it says what
 * kind of thing.
 */
function kindOfSpeech(name: string, after: string): boolean {
  return (SPEECH_AFTER.test(after) || HEAD_NOUN_AFTER.test(after) || nounThenHeadNoun(after)) && isPlainDictionaryWord(name);
}

/** A two-character common noun, then a head noun (成员课题|调研方案: 调研|方案): what the word before it is part of. */
function nounThenHeadNoun(after: string): boolean {
  if (after.length < 4 || !HEAD_NOUN_AFTER.test(after.slice(2))) return false;
  const tag = wholeWordTag(after.slice(0, 2));
  return tag !== null && COMMON_NOUN_TAG.test(tag);
}

/** A list item that starts with a connector after its 、 (甲、乙、和丙出席): the name follows it. */
const CONNECTOR_ALONE = /^(?:以及|和|及|与)$/;

/** An office's last character (县长要求工务处…): a surname-less "name" so ending names the office. */
const OFFICE_AT_END = /[处局办室科委厅部队所站]$/;

/** What follows a name that presides, after 在 (在某某的主持下). */
const PRESIDED_TAIL = /^的?主持下/;

/**
 * A bare "name" that the segmenter's dictionary holds as one word of an organisation (tagged nt:
 * 解放军, 国务院 — 解, 国 are surnames too): …三峡集团、解放军代表在会上发言 names a body's delegates.
 */
const namesOrganisation = (name: string): boolean => wholeWordTag(name) === 'nt';

/** A body right before a bare name, with no post between (会议由镇党委某某主持): the body is no title, the name stands. */
const BODY_BEFORE_NAME = /由[镇乡县区市旗]?(?:党委|党工委|党组|政府|人大|政协)$/;

/** A bare name that ends as a division or an office does (宋河镇汇报了…, 某某局作发言): a body that reports, not a person. */
const NAMES_A_BODY = /(?:[镇乡村县局委办厅]|中央)$/;

/**
 * A preposition or particle first (对报告进行了讨论), the verb 作/做 (负责人作交流发言), or an adverb that
 * no surname is (主任委员也依法宣誓, 副主任还分别…), or a modal verb (联络员要积极…, 县委常委应带头…: the
 * subject's verb): no name starts so, whatever the title before it (not 才, 向, 于, 都, 曾: surnames too).
 */
const PREPOSITION_FIRST = /^[对就在把被让使给比而并或即则因所之的地得了着过及与暨以到作做也还又亦均已皆要应须需能会可将必]/;

/** A first character that is a function word or determiner, not a surname (也分别, 都要, 各…). */
const FUNCTION_FIRST = /^[全各本该这那其我你他也都还又再亦均就才已将要会能可在于对向为从把被让使由与和及同跟给比而但并且或即则因所以之此另等的地得了着过分共一]/;

/** A list item that names an office or a place, not a person: a level first (县发改局, 市委办), an office or a division last (西王镇). */
export const readsAsOffice = (name: string): boolean => /^[省市县区镇乡村旗州盟]/.test(name) || /[局委办部院所站队厅处科室组会团校司社馆园场厂心长员协联镇乡村县区市旗州盟]$/.test(name);

/**
 * Cues (in ROLE_CUES's order), then the closing verbs, as one alternation: at a position the first
 * alternative that matches wins, as trying them one by one would, and a global search finds the
 * leftmost position at once instead of trying every pattern at every character. A cue's group says
 * which cue matched (none: a closing verb did).
 */
interface CueAlternation {
  re: RegExp;
  groups: Array<{ group: number; cue: RoleCue }>;
}
function cueAlternation(cues: readonly RoleCue[], flags: 'g' | 'y'): CueAlternation {
  const groups: CueAlternation['groups'] = [];
  const parts: string[] = [];
  let group = 1;
  for (const cue of cues) {
    // (each alternative's anchor: the alternation is sticky or searched, from a position not always 0)
    const source = cue.re.source.replace(/^\^/, '').replace(/\|\^/g, '|');
    groups.push({ group, cue });
    parts.push(`(${source})`);
    // the group wrapping the cue, then the cue's own capture groups
    group += new RegExp(`${source}|`).exec('')!.length;
  }
  parts.push(`(?:${CLOSING_VERBS.source.replace(/^\^/, '')})`);
  return { re: new RegExp(parts.join('|'), flags), groups };
}
/** Every cue: where one said only right after the name (adjacent) may stand. */
const ANY_CUE_AT = cueAlternation(ROLE_CUES, 'y');
/** The cues that stand anywhere, at one position or searched for. */
const CUE_AT = cueAlternation(ROLE_CUES.filter((c) => !c.adjacent), 'y');
const NEXT_CUE = cueAlternation(ROLE_CUES.filter((c) => !c.adjacent), 'g');

/** The cue (null: a closing verb, or nothing) of `alt` at `i` (sticky) or first from `i` (global). */
function cueFrom(alt: CueAlternation, text: string, i: number): { cue: RoleCue | null; at: number; end: number } | null {
  alt.re.lastIndex = i;
  const m = alt.re.exec(text);
  if (!m) return null;
  // (a loop, not find: no function made on every call of this hot path)
  let cue: RoleCue | null = null;
  for (const g of alt.groups) {
    if (m[g.group] !== undefined) {
      cue = g.cue;
      break;
    }
  }
  return { cue, at: m.index, end: m.index + m[0].length };
}

/** The first role cue in `text` (a segment's tail) unless a closing verb comes first. */
export function findCue(text: string): { cue: RoleCue; at: number; end: number } | null {
  if (!CUE_WORDS.test(text)) return null;
  // right after the name a cue may be one said only there (某某通报了…), and after its 同志 (某某同志通报了…)
  const near = Math.min(text.length, text.startsWith('同志') ? 3 : 1);
  for (let i = 0; i < near; i++) {
    const hit = cueFrom(i === 0 || i === 2 ? ANY_CUE_AT : CUE_AT, text, i);
    if (hit) return hit.cue ? { cue: hit.cue, at: hit.at, end: hit.end } : null;
  }
  const hit = cueFrom(NEXT_CUE, text, near);
  return hit?.cue ? { cue: hit.cue, at: hit.at, end: hit.end } : null;
}

/** Whether a role cue (any, adjacent ones included) that lets a bare name stand before it starts `text`. */
function startsWithCue(text: string): boolean {
  const cue = cueFrom(ANY_CUE_AT, text, 0)?.cue;
  return !!cue && !cue.namedOnly;
}

/** Where the name ends inside a segment: before the first word that cannot be part of it. */
const AFTER_NAME_BY_FIRST = new Map<number, string[]>();
for (const w of AFTER_NAME) AFTER_NAME_BY_FIRST.set(w.charCodeAt(0), [...(AFTER_NAME_BY_FIRST.get(w.charCodeAt(0)) ?? []), w]);

const NAME_NOTE = /^\([^()]{1,8}\)/;
/** Posts a name is written around in Taiwan's minutes (陈主席天成, 林代表金英, 蕭课长天沛, 邱主计静怡; acting, 宋代课长政霖). */
const POSTS_INSIDE = ['主任秘书', '副主席', '主席', '副议长', '议长', '议员', '代表', '副镇长', '镇长', '副乡长', '乡长', '副市长', '市长', '副县长', '县长', '区长', '秘书长', '秘书', '课长', '主计', '主任', '局长', '处长', '科长', '所长', '委员', '参议', '顾问', '里长', '村长'];
/** A whole list item so written, after its own body or not (本会刘秘书师政), a note after it or not: body, surname, post, given name. */
const POST_INSIDE_NAME = new RegExp(`^(本[会府所局处])?([\u3400-\u9fff])((?:代理?)?(?:${POSTS_INSIDE.join('|')}))([\u3400-\u9fff]{1,2})(?=$|\\([^()]{1,8}\\)$)`);
/** A note that the one named was away: on leave, ill, on business elsewhere (甲(请假), 甲(公假)). */
const ABSENCE_NOTE = /^\((?:因公|因事|因病)?(?:请假|公假|病假|事假|缺席|出差|公出|另有公务)\)/;
/** A note of who came in the named one's place (甲(乙代), 甲(乙代理)). */
const STAND_IN_NOTE = /^\(([\u3400-\u9fff]{2,4})代(?:理|出席)?\)/;
const TITLE_NOTE = /\([^()]{1,14}\)$/;
/** Who delegates in 受某某委托: a title chain and a name (受县委书记、县长某某委托), within one clause. */
const DELEGATOR = '[^，。；受]{1,18}';
/** 受某某委托 (global: matchAll). */
const DELEGATION_G = new RegExp(`受${DELEGATOR}?委托`, 'g');
/** 受某某委托 right after a name: the delegator inside (group 1). */
const DELEGATION_AT_START = new RegExp(`^受(${DELEGATOR}?)委托`);
/** A name that is the delegator in 受某某委托 (the text before it, up to the name). */
const DELEGATOR_BEFORE = new RegExp(`受${DELEGATOR}$`);
const MANNER_OR_DELEGATION = new RegExp(`^(?:以[^，。；]{1,8}?(?:方式|形式|身份)|以[^，。；]{1,40}?为主?题|受(?:${DELEGATOR}?)?委托)`);

const OPEN_BRACKET = '('.charCodeAt(0);
const YI = '以'.charCodeAt(0);
const SHOU = '受'.charCodeAt(0);
function startsWithAny(s: string, words: readonly string[], at: number): boolean {
  for (const w of words) if (s.startsWith(w, at)) return true;
  return false;
}

function tailCuts(seg: string): number[] {
  const cuts: number[] = [];
  for (let p = 2; p <= seg.length; p++) {
    if (p === seg.length) {
      cuts.push(p);
      break;
    }
    const c = seg.charCodeAt(p);
    const words = AFTER_NAME_BY_FIRST.get(c);
    // (a verb, preposition or connector of one character that ends the segment has nothing to take:
    // it is the name's last character, 旗长吕和图来、…, 副县长王某为，…)
    if (words && startsWithAny(seg, words, p) && !(p === seg.length - 1 && NEEDS_WHAT_FOLLOWS.has(c))) cuts.push(p);
    // a note in brackets after the name (某某(女), 某某(挂职)); how, on what or for whom (以视频方式, 以“…”为题, 受某某委托)
    else if (c === OPEN_BRACKET && NAME_NOTE.test(seg.slice(p, p + 10))) cuts.push(p);
    else if ((c === YI || c === SHOU) && MANNER_OR_DELEGATION.test(seg.slice(p, p + 46))) cuts.push(p);
    // a count of the names listed before it (甲、乙两位副县长, 甲、乙三名同志)
    else if (COUNT_FIRST_CHARS.has(c) && COUNT_AFTER_NAME.test(seg.slice(p, p + 4))) cuts.push(p);
    // the day before the verb, as wire and Taiwan reports write it (县长某某21日上午主持…)
    else if (c >= 0x30 && c <= 0x39 && DAY_AFTER_NAME.test(seg.slice(p, p + 4))) cuts.push(p);
    // the title of the report the name delivered (听取了某局局长某某《关于…的汇报》)
    else if (c === TITLE_OPEN && REPORT_AFTER_NAME.test(seg.slice(p, p + 90))) cuts.push(p);
  }
  return cuts;
}

/** A count of people after a name (两位, 三名): the count of a list of names that ends there. */
const COUNT_AFTER_NAME = new RegExp(`^${COUNT}`);
const COUNT_FIRST_CHARS = new Set([...'二三四五六七八九十两几'].map((ch) => ch.charCodeAt(0)));

/** After the last name of a list: its count, then the post the names share (等三位副县长, 两名副市长). */
const COUNT_THEN_POST = new RegExp(`^等?${COUNT}([\\u3400-\\u9fff]{2,24})$`);

/** One-character words after a name that need something after them (来我县, 到会, 为…, 和乙): none at a segment's end. */
const NEEDS_WHAT_FOLLOWS = new Set([...'来到赴任被率为向在对就从和与及偕作做'].map((ch) => ch.charCodeAt(0)));

const TITLE_OPEN = '《'.charCodeAt(0);
const REPORT_AFTER_NAME = new RegExp(`^${TITLED_REPORT}`);
/** A day of the month right after a name (某某21日上午主持). */
const DAY_AFTER_NAME = /^\d{1,2}日/;

interface Segment {
  text: string;
  start: number;
  /** The delimiter before the segment ('' at sentence start). */
  delim: string;
}

function segments(sentence: string): Segment[] {
  const out: Segment[] = [];
  // (and at 和/及 after a report: 甲关于…的汇报和乙关于…的汇报, 甲《…的报告》和乙《…》 name two who reported)
  const re = /[、，,；;：:。！？!?\s]+|(?<=的(?:工作)?(?:汇报|报告|说明|发言|讲话)|(?:汇报|报告|说明|通报)》)(?:以及|和|及|与)(?=[\u3400-\u9fff])/g;
  let last = 0;
  let delim = '';
  let m: RegExpExecArray | null;
  const depth = sentence.includes('(') ? bracketDepths(sentence) : null;
  // nor inside 受…委托: "甲受县委书记、县长乙委托主持" is one segment (乙 only delegates)
  const quoted = sentence.includes('“') ? matchSpans(sentence, SHORT_QUOTATION_G) : null;
  const delegations = sentence.includes('委托') ? matchSpans(sentence, DELEGATION_G) : null;
  // nor inside what a report is about: "甲作的关于名单草案、议程草案的汇报" is one segment (its cue is 汇报)
  const reportObjects = sentence.includes('关于') ? matchSpans(sentence, REPORT_OBJECT_G) : null;
  while ((m = re.exec(sentence)) !== null) {
    // not inside brackets: "某某(市委常委、副市长)" is one segment
    if (depth && depth[m.index]! > 0) continue;
    if (m[0] === '、' && (strictlyInside(delegations, m.index) || strictlyInside(reportObjects, m.index))) continue;
    // nor at a 、 inside a short quotation (作“坚持甲、依规乙”专题报告: a phrase, no list of people)
    if (m[0] === '、' && strictlyInside(quoted, m.index)) continue;
    if (m.index > last) out.push({ text: sentence.slice(last, m.index), start: last, delim });
    // 、 and bare spaces join a list ("王一 李二 张三出席"); a colon introduces one ("副市长：王一、李二")
    delim = /^[\s、]+$/.test(m[0]) ? '、' : /^\s*[：:]\s*$/.test(m[0]) ? '：' : '，';
    last = m.index + m[0].length;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last), start: last, delim });
  return LIST_HEAD_ANYWHERE.test(sentence) ? out.flatMap((seg, i) => splitListHead(seg, out, i)) : out;
}

/** Bodies that close a list after 等 (…等单位, …等部门, …等八个乡镇, …等八大委): the items were bodies. */
const BODIES_AFTER_ETC = /^(?:[一二三四五六七八九十两几\d]*[个家大])?(?:单位|部门|部委|委办局|委|乡镇|镇街|镇|街道|企业|村|社区|县区|区县|县市区|科室|机构|公司|学校|医院|行业|系统)/;
/** The last item of a list that closes on bodies (…、房地等八大委的领导, …等部门负责人). */
const BODIES_CLOSING = new RegExp(`^[\\u3400-\\u9fff]{1,8}等${BODIES_AFTER_ETC.source.slice(1)}`);

/** How many items after a heading are looked at for a close on bodies (a list of people is shorter). */
const LIST_LOOKAHEAD = 200;

/** 出席会议的还有金融、财税、房地等八大委的领导: the items after the heading are bodies, not names. */
function listOfBodiesAfter(segs: Segment[], i: number): boolean {
  let j = i + 1;
  while (j < segs.length && j - i <= LIST_LOOKAHEAD && segs[j]!.delim === '、') j++;
  return j > i + 1 && BODIES_CLOSING.test(segs[j - 1]!.text);
}

/**
 * 出席会议的(市领导)(还)有甲、乙 without a colon: the heading, then the list as after one — unless the
 * list closes on bodies (segs[i] is seg).
 */
function splitListHead(seg: Segment, segs: Segment[], i: number): Segment[] {
  const m = LIST_HEAD_NO_COLON.exec(seg.text);
  if (!m || listOfBodiesAfter(segs, i)) return [seg];
  const cut = m[0].length;
  return [
    { text: seg.text.slice(0, cut), start: seg.start, delim: seg.delim },
    { text: seg.text.slice(cut), start: seg.start + cut, delim: '：' },
  ];
}

/**
 * What a report is about, within a clause: 关于甲、乙的(情况)汇报 (its 、 joins the report's topics).
 * A speech ends it too (甲作的关于…的讲话和市委常委、副市长乙作的说明: the 、 after it lists 乙's titles).
 */
const REPORT_OBJECT_G = /关于[^，。；]{1,60}?的[^，。；的]{0,6}?(?:汇报|报告|说明|通报|讲话|发言)/g;

/** A quotation of up to 40 characters (its 、 joins words of a phrase). */
const SHORT_QUOTATION_G = /“[^“”]{1,40}”/g;

/** For each position, how many brackets are open before it. */
function bracketDepths(s: string): Uint16Array {
  const out = new Uint16Array(s.length + 1);
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = d;
    const c = s[i];
    if (c === '(') d++;
    else if (c === ')' && d > 0) d--;
  }
  out[s.length] = d;
  return out;
}

/** "某某(市委常委、副市长)": a name with its titles in brackets after it. */
const NAME_THEN_TITLES = /^([\u3400-\u9fff·]{2,8})\(([^()]{2,60})\)/;

export interface SentencePeople {
  mentions: PersonMention[];
  roles: RoleAssignment[];
}

/**
 * People in one sentence (text with 《…》 masked) and the role cues that apply to them.
 * A list of people separated by 、 and ， shares the cue that follows it (出席会议, 主持 …);
 * names after a titled name inherit its titles across 、 (副市长甲、乙、丙).
 */
export function findPeople(sentence: string, known: NameIndex): SentencePeople {
  if (!mayNamePeople(sentence, known)) return { mentions: [], roles: [] };
  return new SentenceParse(sentence, known).parse();
}

type CueHit = { cue: RoleCue; at: number; end: number };

/**
 * One sentence read segment by segment (segments are split at 、，；： …): the people it names and
 * the cues that give them roles. People wait in `pending` until a cue takes them (甲、乙出席会议);
 * titles wait in `pendingTitles` for the name they belong to (市委副书记、市长某某); a list item
 * inherits the titles or label of the item before it (副市长甲、乙).
 */
class SentenceParse {
  private readonly mentions: PersonMention[] = [];
  private readonly roles: RoleAssignment[] = [];
  private pending: PersonMention[] = [];
  private pendingTitles: string[] = [];
  private inherit: { titles: string[]; generic: boolean } | null = null;
  private lastWasTitleOnly = false;
  /** Those named after 率领/带领/率 (甲率领乙、丙…): led by whom the cue names first; they attend what the leader chairs. */
  private readonly led = new Set<PersonMention>();
  /** Whether names read now follow a leading verb (甲率领|乙). */
  private leading = false;
  /** Those named whom a note says were away or stood in for (甲(请假), 甲(乙代)): no part in what the list heads. */
  private readonly absent = new Set<PersonMention>();
  private readonly segs: Segment[];
  /** Whether segment i starts a bare list of names with a cue (asked for each head read in it: answered once). */
  private readonly listWithCue: boolean[] = [];
  /** Each segment as a whole list item: a name with a listed surname (1), an unlisted one (2), none (0). */
  private readonly itemKinds: Array<0 | 1 | 2> = [];
  /** Where the subject of a report whose 关于…的汇报 runs across a list ends (the segments before hold no people). */
  private reportSubjectEnd = -1;

  /** Items of a list that a count of places closes (placesBeforeCount). */
  private readonly placeItems: Set<number> | null;

  constructor(
    private readonly sentence: string,
    private readonly known: NameIndex,
  ) {
    this.segs = segments(sentence);
    this.placeItems = placesBeforeCount(this.segs);
  }

  parse(): SentencePeople {
    for (let si = 0; si < this.segs.length; si++) {
      this.readSegment(si);
      if (si === 0) this.speakerLabel();
    }
    this.leadingCue();
    return { mentions: this.mentions, roles: this.roles.map((r) => ({ ...r, people: uniqueBy(r.people) })) };
  }

  /**
   * 林代表长征：…, 县长某某：…: the sentence opens with a person, nothing else, then a colon and what they
   * said (not a list of names, 主持人：甲): that person spoke.
   */
  private speakerLabel(): void {
    const [label, said] = this.segs;
    const who = this.pending[this.pending.length - 1];
    if (!label || !said || said.delim !== '：' || !who || who.end !== label.start + label.text.length) return;
    // (what follows is said, not listed: a clause of its own, no list of names after it)
    if (said.text.length < 4 || this.segs[2]?.delim === '、') return;
    this.flush({ cue: SPEAKER_LABEL, at: label.text.length, end: label.text.length + 1 }, label.start);
  }

  private readSegment(si: number): void {
    const seg = this.segs[si]!;
    // (inside the subject of a report read across a list: 某某关于甲、乙的汇报)
    if (seg.start < this.reportSubjectEnd) return;
    // (甲、乙、丙四镇人大主席: the items before the count are places)
    if (this.placeItems?.has(si)) {
      this.pendingTitles = [];
      return;
    }
    if (seg.delim !== '、' && seg.delim !== '：') {
      this.inherit = null;
      // (甲率领乙、丙，…: who is led ends with the list)
      this.leading = false;
      // "市委常委，副市长某某": a title alone just before a comma still belongs to the next name
      if (!this.lastWasTitleOnly) this.pendingTitles = [];
    }
    this.lastWasTitleOnly = false;
    if (!this.mayHoldName(seg, si)) {
      if (seg.text.length > 14 && !GROUP_OF_PEOPLE.test(seg.text)) this.pending = [];
      this.pendingTitles = [];
      return;
    }
    if (!this.readPeopleIn(seg, si)) {
      this.noPersonHere(seg);
      // (甲及县政府办、某党工委、中台建投: an item that names a body, or is longer than any name, ends the
      // list of names, and what follows is no item of it; a short item read as no one, 甲、他某某、乙,
      // may be a name whose surname we do not list, and the list goes on)
      if (seg.text.length > 4 || OFFICE_AT_END.test(seg.text) || NAMES_A_BODY.test(seg.text)) this.inherit = null;
    }
  }

  /** Nothing here can be a name: no title or label, no known name, not in a list, not a short bare name before a cue. */
  private mayHoldName(seg: Segment, si: number): boolean {
    return (
      (seg.delim === '、' && this.inherit !== null) ||
      (LEFT_STOP_ITEM.test(seg.text) && (this.listWithCue[si] ??= bareListWithCue(this.segs, si, this.itemKinds))) ||
      PERSON_SIGNAL.anyIn(seg.text) ||
      POST_INSIDE_NAME.test(seg.text) ||
      (nameLength(seg.text) <= 3 || (nameLength(seg.text) === 4 && SURNAMES_2.has(seg.text.slice(0, 2))) ? true : CUE_WORDS.test(seg.text)) ||
      this.known.anyIn(seg.text)
    );
  }

  /** The people of one segment (several, joined by 及/和/与); whether the segment named anyone or a title. */
  private readPeopleIn(seg: Segment, si: number): boolean {
    let text = seg.text;
    let offset = seg.start;
    let handled = false;
    // 受甲委托，乙主持…: the delegator leads the clause (受甲委托乙主持…, with no comma: the delegate's name follows)
    if (text.startsWith('受')) {
      const took = this.delegator(text, offset);
      if (took && took < text.length) {
        text = text.slice(took);
        offset += took;
      }
    }
    if (this.postInsideName(text, offset, seg, si)) return true;
    for (let guard = 0; guard < 4 && text.length > 0; guard++) {
      if (this.bracketedName(text, offset, seg) || this.titleOrLabelAlone(text, si)) return true;
      const parsed = this.bestHead(text, seg, si, offset);
      if (!parsed) return handled;
      handled = true;
      const passedOver = text.slice(0, parsed.hp.nameStart);
      this.earlierHeadWithCue(passedOver, seg, si, offset);
      this.earlierJoinedName(passedOver, parsed.hp, seg, si, offset);
      this.earlierLeader(passedOver, seg, si, offset);
      const mention = this.record(parsed, offset);
      const next = this.afterName(mention, text.slice(parsed.cut), seg, si, offset + parsed.cut);
      if (!next) return true;
      ({ text, offset } = next);
    }
    return handled;
  }

  /**
   * 审议了甲镇长所做的《…报告》和乙主席所作的《…报告》: a name the best reading of the segment passed
   * over, before it, followed by a cue of its own, is read too.
   */
  private earlierHeadWithCue(prefix: string, seg: Segment, si: number, offset: number): void {
    if (prefix.length < 4 || !CUE_WORDS.test(prefix)) return;
    const p = this.bestHead(prefix, seg, si, offset);
    if (p && p.hp.via !== 'generic' && startsWithCue(prefix.slice(p.cut))) this.record(p, offset);
  }

  /**
   * 王县长偕副县长某某出席: the best reading of the segment is the name after the connector (known from
   * elsewhere, it outscores the one before); the name the connector joins to it, right before the
   * connector, is read too, and first.
   */
  private earlierJoinedName(prefix: string, hp: HeadParse, seg: Segment, si: number, offset: number): void {
    const m = JOINED_BEFORE_TITLE.exec(prefix);
    if (!m || m.index < 2) return;
    // (what lies between the connector and the name is the name's title, or nothing — and the
    // connector is no part of the title read: 文史和学习委员会主任某某 is one person)
    const between = m[2]!;
    if (between && !(mayEndInTitle(between) && trimTitleLeft(between) === between && isTitle(between))) return;
    const own = hp.titles[hp.titles.length - 1] ?? '';
    if (own.length > between.length && prefix.endsWith(own)) return;
    const before = prefix.slice(0, m.index);
    const p = this.bestHead(before, seg, si, offset);
    if (p && p.cut === before.length && p.hp.via !== 'generic') this.record(p, offset);
  }

  /**
   * 市长甲率领…与议长乙: the best reading of the segment is one led (乙); the leader, named right before
   * 率领/带领, is read too, and first — and who is read after is led.
   */
  private earlierLeader(prefix: string, seg: Segment, si: number, offset: number): void {
    const at = Math.max(prefix.lastIndexOf('率领'), prefix.lastIndexOf('带领'));
    if (at < 2) return;
    const before = prefix.slice(0, at);
    const p = this.bestHead(before, seg, si, offset);
    if (!p || p.cut !== before.length || p.hp.via === 'generic') return;
    this.record(p, offset);
    this.leading = true;
  }

  /**
   * A note after a listed name that the person was not there (甲(请假), 甲(公假): no part in what the
   * list heads), or who came in their place (甲(乙代): 乙 takes the part); whether there was one.
   */
  private absentOrStandIn(mention: PersonMention, tail: string, tailAt: number): boolean {
    const standIn = STAND_IN_NOTE.exec(tail);
    if (!ABSENCE_NOTE.test(tail) && !(standIn && isName(standIn[1]!, { needSurname: true, maxLen: 4 }))) return false;
    this.pending = this.pending.filter((m) => m !== mention);
    this.absent.add(mention);
    if (standIn) {
      const name = standIn[1]!;
      const sub: PersonMention = { name, titles: [], start: tailAt + 1, end: tailAt + 1 + name.length, via: 'bare' };
      this.mentions.push(sub);
      this.pending.push(sub);
    }
    return true;
  }

  /** 甲、乙两位副县长出席 (甲、乙等三位副县长): the post after the count of the names listed is each one's that has none. */
  private postAfterCount(between: string): void {
    const post = COUNT_THEN_POST.exec(between)?.[1];
    if (!post || !isTitle(post)) return;
    for (const p of this.pending) if (!p.titles.length) p.titles = [post];
  }

  private flush(cue: CueHit, segStart: number): void {
    const at = segStart + cue.at;
    const end = segStart + cue.end;
    // (甲率领乙出席: both attend; 甲率领乙主持召开…: 甲 chairs, 乙 attends)
    const ledHere = cue.cue.roles.includes('CHAIRED') ? this.pending.filter((p) => this.led.has(p)) : [];
    const leaders = ledHere.length ? this.pending.filter((p) => !this.led.has(p)) : this.pending;
    if (leaders.length) this.roles.push({ cue: cue.cue, at, end, people: leaders });
    if (ledHere.length) this.roles.push({ cue: LED_BY_CHAIR, at, end, people: ledHere });
    this.pending = [];
    this.leading = false;
  }

  /**
   * 陈主席天成, 李镇长诚智, 许主任秘书世丞: a name written around its post (surname, post, given name), as
   * Taiwan's minutes list those present — a whole item of a list, nothing else in it.
   */
  private postInsideName(text: string, offset: number, seg: Segment, si: number): boolean {
    // (or a speaker's label before what they said, 林代表长征：…, as a council's record of its sitting writes it)
    const inList = seg.delim === '、' || seg.delim === '：' || this.segs[si + 1]?.delim === '、' || this.segs[si + 1]?.delim === '：';
    const m = inList ? POST_INSIDE_NAME.exec(text) : null;
    if (!m) return false;
    const [, own, surname, post, given] = m;
    // (代县长某某: 代 is acting, no surname)
    if (surname === '代') return false;
    const name = surname! + given!;
    // (a given name may be a word, 天成, 永隆, and start as a function word does, 于某: only no verb after a post, 县长讲话)
    if (!isName(name, { needSurname: true, maxLen: 3 }) || AFTER_NAME.includes(given!)) return false;
    const at = offset + (own?.length ?? 0);
    const mention: PersonMention = { name, titles: [post!], start: at, end: offset + m[0].length, via: 'title' };
    this.mentions.push(mention);
    this.pending.push(mention);
    this.inherit = null;
    // (a note after it: 丁局长育群(某某代) — who stood in, or that the one named was away)
    const note = text.slice(m[0].length);
    if (note) this.absentOrStandIn(mention, note, offset + m[0].length);
    return true;
  }

  /** "某某(市委常委、副市长)出席": a name with its titles in brackets after it. */
  private bracketedName(text: string, offset: number, seg: Segment): boolean {
    // (what trimTitleLeft leaves is an end of the text: no bracket in it, no bracket after a name)
    if (!text.includes('(')) return false;
    const trimmed = trimTitleLeft(text);
    const bracketed = NAME_THEN_TITLES.exec(trimmed);
    if (!bracketed) return false;
    const titles = bracketed[2]!.split('、');
    const lead = text.length - trimmed.length;
    const name = bracketed[1]!;
    if (!titles.every(isTitle) || !isName(name, { needSurname: !name.includes('·'), maxLen: 4 })) return false;
    const mention: PersonMention = { name, titles, start: offset + lead, end: offset + lead + name.length, via: 'title' };
    this.mentions.push(mention);
    this.pending.push(mention);
    this.inherit = null;
    const tail = text.slice(lead + bracketed[0].length);
    const cue = findCue(tail);
    if (cue) this.flush(cue, seg.start + (seg.text.length - tail.length));
    return true;
  }

  /**
   * A title alone (市委副书记、市长某某: kept for the next name; 副市长：甲、乙: heading the list after
   * the colon) or a label heading such a list (市领导：甲、乙).
   */
  private titleOrLabelAlone(text: string, si: number): boolean {
    const colonNext = this.segs[si + 1]?.delim === '：';
    // (trimming keeps the end: text that cannot end in a title or label is neither, however trimmed)
    const tt = mayEndInTitle(text) ? trimTitleLeft(text) : '';
    if (tt && isTitle(tt) && !parseableAsTitledName(tt, this.known) && !nameBeforePost(tt)) {
      this.pendingTitles.push(tt);
      this.lastWasTitleOnly = true;
      this.inherit = null;
      if (colonNext) {
        this.inherit = { titles: [...this.pendingTitles], generic: false };
        this.pendingTitles = [];
      }
      return true;
    }
    // 市领导：甲、乙 / 出席会议的有：甲、乙 / 在主席台就座的有：甲、乙
    if ((GENERIC_LABEL.test(tt) || LIST_HEAD.test(text)) && colonNext) {
      this.inherit = { titles: [], generic: true };
      return true;
    }
    return false;
  }

  /** The best reading of "[title]NAME" ending at one of the places a name can end in the text. */
  private bestHead(text: string, seg: Segment, si: number, offset: number): { hp: HeadParse; cut: number } | null {
    const inList = (seg.delim === '、' || seg.delim === '：') && this.inherit !== null;
    // (read only where a reading asks: whether a bare list of names with a cue starts here)
    const bareList = (): boolean => (this.listWithCue[si] ??= bareListWithCue(this.segs, si, this.itemKinds));
    // the first item of a bare list of names (甲、乙、丙等出席) is a whole item of it too
    const nextIsItem = this.segs[si + 1]?.delim === '、';
    let parsed: { hp: HeadParse; cut: number } | null = null;
    let best = -Infinity;
    for (const cut of tailCuts(text)) {
      const after = text.slice(cut);
      // 甲受乙委托主持: 乙 only delegates; the role (and the reading) is 甲's
      if (after.startsWith('委托') && DELEGATOR_BEFORE.test(this.sentence.slice(Math.max(0, offset + cut - 20), offset + cut))) continue;
      const cueNow = after.length > 0 && startsWithCue(after);
      // a title and a name fit in the last HEAD_MAX characters before the cut: a longer head
      // changes nothing but the time (linear in the segment, however long)
      const base = Math.max(0, cut - HEAD_MAX);
      // (a title alone just before, 县委书记 某某, also lets a bare name follow)
      const listItem = inList || (after === '' && nextIsItem);
      const hp = parseHead(text.slice(base, cut), { base, allowBare: inList || cueNow || this.pendingTitles.length > 0, inList, listItem, bareList, nextIsItem, known: this.known, pendingTitles: this.pendingTitles, segment: text });
      if (!hp) continue;
      const score = scoreParse(hp, after, cueNow, this.known);
      if (score > best) {
        best = score;
        parsed = { hp, cut };
      }
    }
    if (parsed && inList && this.inherit && parsed.hp.via === 'bare') {
      parsed.hp.titles = [...this.inherit.titles];
      parsed.hp.via = 'list';
    }
    return parsed;
  }

  private record({ hp, cut }: { hp: HeadParse; cut: number }, offset: number): PersonMention {
    const mention: PersonMention = { name: hp.name, titles: dedupe(hp.titles), start: offset + hp.nameStart, end: offset + cut, via: hp.via };
    if (this.leading) this.led.add(mention);
    this.mentions.push(mention);
    this.pending.push(mention);
    this.pendingTitles = [];
    this.inherit = { titles: mention.titles, generic: hp.generic };
    // (会议主持人某某: the title is the part, whatever verb follows)
    if (mention.titles.some((t) => PRESIDING_TITLE.re.test(t))) this.roles.push({ cue: PRESIDING_TITLE, at: mention.start, end: mention.end, people: [mention] });
    return mention;
  }

  /**
   * What follows a name in its segment: a cue (甲出席; 甲及乙出席: the people between first), a
   * connector to another name (甲和乙…: go on there), a verb of the name's own, or nothing.
   */
  private afterName(mention: PersonMention, tail: string, seg: Segment, si: number, tailAt: number): { text: string; offset: number } | null {
    if (!tail) return null;
    if (tail[0] === '(' && this.absentOrStandIn(mention, tail, tailAt)) return null;
    if (tail[0] === '受') this.delegator(tail, tailAt);
    if (CLOSING_VERBS.test(tail) && findCue(tail)?.at !== 0) {
      this.pending = [];
      return null;
    }
    const cue = findCue(tail) ?? this.reportAcrossList(tail, tailAt) ?? this.visitThenConvenes(tail, tailAt);
    if (cue) this.postAfterCount(tail.slice(0, cue.at));
    const conn = CONNECTOR.exec(tail);
    // (a cue that starts with a connector's character, 与会, is the cue: 某某与会)
    if (cue && (!conn || cue.at > 0 || cue.end > conn[0].length)) {
      // 甲及乙出席 / 甲及有关负责人出席: people inside the tail come first (read with the cue after
      // them: a bare name is a name before 出席, not alone)
      const innerEnd = conn ? cue.at - conn[0].length : 0;
      if (conn && innerEnd > 0) {
        const innerAt = tailAt + conn[0].length;
        for (const m2 of findPeople(tail.slice(conn[0].length), this.known).mentions.filter((m) => m.end <= innerEnd)) {
          const shifted = { ...m2, start: m2.start + innerAt, end: m2.end + innerAt };
          this.mentions.push(shifted);
          this.pending.push(shifted);
          if (leadsOthers(conn[0])) this.led.add(shifted);
        }
      }
      this.flush(cue, seg.start + (seg.text.length - tail.length));
      return null;
    }
    // (甲率队到…, 甲带领调研组…: one who leads no one named leads a verb of their own, below)
    const leads = !!conn && leadsOthers(conn[0]);
    if (conn && (!leads || this.bestHead(tail.slice(conn[0].length), seg, si, tailAt + conn[0].length))) {
      // (甲、乙及丙、丁出席: inside a list, the name after the connector is an item of it too, with no
      // title of the names before it)
      this.inherit = seg.delim === '、' && this.segs[si + 1]?.delim === '、' ? { titles: [], generic: true } : null;
      if (leads) this.leading = true;
      return { text: tail.slice(conn[0].length), offset: tailAt + conn[0].length };
    }
    // 某某作出批示，…出席会议 / 受某某委托，…: the name is the subject of a verb of its own, so a
    // cue later in the sentence is someone else's
    // 甲等某市领导(、有关部门负责人…出席): the name heads a group, still waiting for the role verb
    const headsGroup = tail.startsWith('等') && GROUP_ITEM.test(tail.slice(1));
    // (某某市长在…会上的讲话精神: the name owns what is named after it, no verb of its to come)
    if (!FILLER_TAIL.test(tail) && !headsGroup) {
      // (nor is what follows after 、 a list of people sharing its title: 某某书记的讲话站位高、思路明;
      // 县长某某对A、B等工作作出部署: the items are what the preposition takes, the name's verb still to come)
      this.inherit = null;
      if (!PREPOSITION_TAIL.test(tail) || POSSESSED_TAIL.test(tail)) this.pending = this.pending.filter((p) => p !== mention);
    }
    return null;
  }

  /**
   * 某某关于甲、乙、丙的汇报: the report's subject is a list, so its 的汇报 lies segments ahead. The cue
   * as read across them (within the clause: up to ，。；), and the segments it spans hold no people.
   */
  private reportAcrossList(tail: string, tailAt: number): CueHit | null {
    if (!tail.startsWith('关于')) return null;
    const m = REPORT_ACROSS_LIST.exec(this.sentence.slice(tailAt));
    if (!m || !m[0].includes('、')) return null;
    this.reportSubjectEnd = tailAt + m[0].length;
    // (at, end: the cue's place in this segment's tail, as a cue found in it would have)
    return { cue: REPORT_CUE, at: 0, end: tail.length };
  }

  /**
   * 某某带领调研组来某县调研，并召开座谈会: the meeting the visit convened is in the next clause. The cue
   * as read across the comma (at 召开, so that the meeting named after it is the one), and the clause
   * of 召开 holds no people of its own (并召开… is no second part of the visitor's).
   */
  private visitThenConvenes(tail: string, tailAt: number): CueHit | null {
    if (!LEADS_FIRST.has(tail.charCodeAt(0))) return null;
    const m = LEADS_VISIT_THEN_CONVENES.exec(this.sentence.slice(tailAt));
    if (!m) return null;
    this.reportSubjectEnd = tailAt + m[0].length;
    const convene = m[0].lastIndexOf('召开');
    return { cue: VISIT_CUE, at: convene, end: m[0].length };
  }

  /**
   * 甲受乙委托主持: 乙 (in the bracket 受…委托 after the name) only delegates — a person of the
   * article with their titles, with no part in the meeting. Returns how many characters 受…委托
   * takes (0: none read), so that a delegate named right after it (受乙委托甲主持) is read next.
   */
  private delegator(tail: string, tailAt: number): number {
    const d = DELEGATION_AT_START.exec(tail);
    if (!d) return 0;
    // (several may delegate: 受县委书记甲、县长乙委托 — each titled name is one, a title alone is the next's)
    const parts = d[1]!.split('、');
    const readings = parts.map((part) => {
      const hp = parseHead(part, { base: 0, allowBare: false, known: this.known, pendingTitles: [], segment: part });
      return hp && hp.nameStart + hp.name.length === part.length ? hp : null;
    });
    if (!readings[readings.length - 1]) return 0;
    let titles: string[] = [];
    let at = tailAt + 1;
    for (const [i, part] of parts.entries()) {
      const hp = readings[i];
      if (hp) {
        this.mentions.push({ name: hp.name, titles: dedupe([...titles, ...hp.titles]), start: at + hp.nameStart, end: at + part.length, via: hp.via });
        titles = [];
      } else if (isTitle(part)) titles.push(part);
      at += part.length + 1;
    }
    return d[0].length;
  }

  /**
   * No person in the segment: a cue may still close the pending list (…负责人参加会议), or continue
   * the last one's subject ("某某主持会议，并作重要讲话").
   */
  private noPersonHere(seg: Segment): void {
    const cue = findCue(seg.text);
    const last = this.roles[this.roles.length - 1];
    if (cue && !this.pending.length && last && /^(?:并|同时|随后)/.test(seg.text)) this.roles.push({ cue: cue.cue, at: seg.start + cue.at, end: seg.start + cue.end, people: last.people });
    // 馆长致辞, 县长讲话: the cue is a post's, whoever holds it, not the people named before
    // (but a post that is the last item of a list, 甲、各村书记、主任参加, is one more group of the list;
    // a post after a space is not: 馆长：某某 馆长致辞)
    else if (cue && this.sentence[seg.start - 1] !== '、' && isBarePost(seg.text.slice(0, cue.at))) this.pending = [];
    else if (cue) this.flush(cue, seg.start);
    else if ((seg.text.length > 14 && !GROUP_OF_PEOPLE.test(seg.text)) || CLOSING_VERBS.test(seg.text)) this.pending = [];
    this.pendingTitles = [];
  }

  /** "出席会议的有/还有…": the cue comes first and the people after it. */
  private leadingCue(): void {
    const lead = LEADING_CUE.exec(this.sentence) ?? FIELD_CUE.exec(this.sentence) ?? PRESIDENTS_HEAD.exec(this.sentence);
    if (!lead) return;
    const cue = lead[1] === undefined ? { cue: PRESIDING_CUE } : findCue(lead[1]);
    const after = this.mentions.filter((m) => m.start >= lead.index + lead[0].length && !this.absent.has(m) && !this.roles.some((r) => r.people.includes(m)));
    if (cue && after.length) this.roles.push({ cue: cue.cue, at: lead.index, end: lead.index + lead[0].length, people: after });
  }
}

// ---- the heading of a list of people: 出席会议的有：甲、乙 / 在主席台就座的市领导有甲、乙 / 出席：甲、乙
/** The verbs a heading is built on: attending (出席/参加/列席), on the platform, presiding over a session. */
const LIST_VERB = '(?:出席|参加|列席)';
/** The session's executive chairs named after 是/为 (本次大会的执行主席是甲、乙…), a heading of its own. */
const PRESIDENTS = '(?:(?:本次|这次|此次)?(?:大会|会议))?的?执行主席(?:是|为)';
const PRESIDENTS_HEAD = new RegExp(`${PRESIDENTS}[：:]?`);
/** Questioning the executive at a council's session (上场质询的有：甲、乙). */
const QUESTIONING = '(?:上场)?质询';
/** Any of them as the heading's verb is written inside a longer heading (…就座的…有, …执行主席的…有). */
const ANY_LIST_VERB = `(?:${LIST_VERB}|就[座坐]|执行主席|质询)`;
/** 有 that ends a heading, not a word that starts with it (有关…, 有序…). */
const HAVE = '(?:有(?![关序效力限所的])|是)';
/** A minutes' field (出席, 列席人员, 参会领导, 主持人, 会议主持人; 与会人员还有), the verb in group 1. */
export const FIELD = '(?:会议|大会)?((?:出席|参加|列席|参会|与会)(?:会议)?|主持)(?:人员|领导|同志|人|情况)?(?:还?(?:有|是))?';

/**
 * (the event after the verb and the group before 有 are any short words: 参加座谈的企业家有：, 出席会议的市领导还有;
 * a longer group, 就座的大会主席团常务主席有：, only with the colon that opens the list)
 */
const LEADING_CUE = new RegExp(`((?:应邀)?${LIST_VERB}(?:会议并讲话|[^，。；：的]{0,8}?)|${ON_PLATFORM}|${AS_EXECUTIVE_CHAIR}|${QUESTIONING})的(?:[^，。；：的]{0,6}?(?:${HAVE}[：:]?|[：:])|[^，。；：的]{7,12}?${HAVE}?[：:])`);
/** A heading that a colon and a list of names follow: 出席会议的有：, 在主席台就座的大会主席团常务主席有：, a minutes' 出席：. */
const LIST_HEAD = new RegExp(`${ANY_LIST_VERB}[^，。；]{0,8}的[^，。；]{0,12}[有是]$|^${FIELD}$|${PRESIDENTS}$`);
/** A minutes' field that heads a list of names (出席：甲、乙 / 列席人员：丙 / 主持：甲 / 本府出席人员：… / 三、出席：…), at a line's start. */
const FIELD_CUE = new RegExp(`^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?(?:本[府局院会部委厅])?${FIELD}[：:]`);
/** Such a heading anywhere in a sentence (a cheap test before looking at each segment). */
const LIST_HEAD_ANYWHERE = new RegExp(`${ANY_LIST_VERB}[^，。；]{0,8}?的[^，。；]{0,6}?[有是]|${PRESIDENTS}`);
/** The same heading with the names right after it (出席会议的有甲、乙). */
const LIST_HEAD_NO_COLON = new RegExp(`^(?:(?:应邀)?(?:${LIST_VERB}|${ON_PLATFORM}|${AS_EXECUTIVE_CHAIR}|${QUESTIONING})[^，。；]{0,8}?的[^，。；]{0,6}?${HAVE}|${PRESIDENTS})(?=[\\u3400-\\u9fff])`);

/** A role verb right after a name: no preposition or connector stands before it. */
const ROLE_VERB_AFTER = /^(?:主持|出席|参加|列席|到会(?!人员|的|者|代表)|莅临|讲话|致辞|发言)/;

/**
 * 某某在…, 某某和…: a function character closing a three-character name is more likely the next
 * word's (另: 某某另指示) — but 为, 和 or 同 right before a role verb is the name's (主任某大为主持, 副主任某正和主持:
 * these close given names), and 所 is the next word's only before 作/做 (某某所作的报告; 主任某某所，…).
 */
function lastCharStartsNextWord(name: string, after: string): boolean {
  if (name.endsWith('所')) return /^[作做]/.test(after);
  // 某某为同志: 同志 follows a name, so the character before it is the name's (not 为同志们讲课)
  if (/^同志(?!们)/.test(after)) return false;
  if (/[在向就为对和与及等作说将从即亦均又再便也都还另被率]$/.test(name)) return !(/[为和同]$/.test(name) && ROLE_VERB_AFTER.test(after));
  // 某某针对…: the last character and the next make a word that ends names (针对, 主持, 出席) — not in a
  // transliterated name, which runs up to the verb (某某·买买提出席)
  return !name.includes('·') && TWO_CHAR_AFTER_NAME.has(name.slice(-1) + after.slice(0, 1));
}
const TWO_CHAR_AFTER_NAME = new Set(AFTER_NAME.filter((w) => w.length === 2));

/** Prefer names with a surname, whose end is certain (segment end, a verb after), of 3 then 2 characters. */
function scoreParse(hp: HeadParse, after: string, cueNow: boolean, known: NameIndex): number {
  let s = 0;
  if (known.has(hp.name)) s += 2;
  if (after.length > 0 && hp.name.length > 2 && lastCharStartsNextWord(hp.name, after)) s -= 1.5;
  if (hasSurname(hp.name)) s += 3;
  // four Han characters after a one-character surname is rarely one name (王某受邀, 李某随后)
  if (hp.name.length >= 4 && !SURNAMES_2.has(hp.name.slice(0, 2)) && SURNAMES_1.has(hp.name[0]!)) s -= 2;
  // (某某说，…: 说 closing the segment is the verb, what follows the comma its object — no name's end)
  if (after.length === 0 && hp.name.length > 2 && hp.name.endsWith('说')) s -= 2;
  if (after.length === 0) s += 2;
  else if (cueNow || AFTER_NAME.some((w) => w.length >= 2 && after.startsWith(w))) s += 2;
  else s += 1;
  // a transliterated name runs up to a role verb rather than stopping at a word that overlaps it
  // (某某·买买提出席: 买买提 + 出席, not 买买 + 提出)
  if (cueNow && hp.name.includes('·') && AFTER_NAME.some((w) => w.length >= 2 && (hp.name.slice(-1) + after).startsWith(w))) s += 1;
  s += hp.name.length === 3 ? 1 : hp.name.length === 2 ? 0.5 : 0;
  if (hp.via !== 'bare') s += 1;
  return s;
}

/** Words that may stand by a person's name: a position, a title after a name, a label, a role verb, the · of a transliterated name. */
const PERSON_SIGNAL = new NameIndex([...POSITION_WORDS, ...SUFFIX_TITLES, ...ADDRESS_POSTS, ...GROUP_LABEL_ENDS, ...POSTS_INSIDE, '领导', '主持', '出席', '参加', '列席', '参会', '与会', '到会', '讲话', '发言', '就座', '就坐', '宣誓', '·']);

/** Whether a sentence can name anyone: a position word, a role verb, a label or a known name. */
function mayNamePeople(sentence: string, known: NameIndex): boolean {
  return PERSON_SIGNAL.anyIn(sentence) || known.anyIn(sentence) || DELIVERS.test(sentence);
}
/** Delivering a report or a lecture (某某作政府工作报告): the one who delivers it may be named bare. */
const DELIVERS = /(?<!工)[作做]了?[^，。；]{0,30}?(?:报告|说明|讲座|辅导)/;

const ORG_CHAR_AT_END = /(?:[市县区省委局厅部办镇乡村州旗]|委会|法院|察院|工会)$/;
/**
 * 王某某副县长, 石某某常务副县长: a name, then the title it is addressed by; the name's length, or 0.
 * Not a place or a body before a title (高新区管委会主任, 某某区政协党组书记: one word first).
 */
function nameBeforePost(t: string): number {
  for (const L of SURNAMES_2.has(t.slice(0, 2)) ? [4, 3] : [3, 2]) {
    const name = t.slice(0, L);
    const post = t.slice(L);
    if (
      post.length >= 2 &&
      isBareName(name) &&
      // (某某任+title: 任 is the verb, not the name's last character; so is 为 before a body's post,
      // 选举甲为乡长，乙为乡人大主席 — a bare post after it, 钱大为主任, addresses 钱大为)
      !(name.endsWith('任') && isBareName(name.slice(0, -1))) &&
      !(name.endsWith('为') && isBareName(name.slice(0, -1)) && !ADDRESS_POSTS.includes(post)) &&
      !ORG_CHAR_AT_END.test(name) &&
      !POSTS.has(name) &&
      // (a two-character place before its body's post: 某某 + 区政协主席)
      !(L === 2 && /^[区县市省州旗镇乡](?!长)/.test(post)) &&
      // (an office's name before its post: 区发改 + 局党组书记; a bare post after a name, 某某局长, stays)
      // (nor 府, what 本府/县府 leaves: 曾任本 + 府某处处长)
      !(/^(?:[局委办厅部院处科所站队司署府]|[\u3400-\u9fff][局办厅部院处科所站队司署府])/.test(post) && !POSTS.has(post)) &&
      // (a verb of holding a post is no name's start: 曾任, 现任, 历任 + 某局局长)
      !/^(?:曾任|现任|原任|历任|兼任|担任|升任|调任|转任)/.test(name) &&
      isTitle(post) &&
      ADDRESS_POSTS.some((p) => p !== '同志' && post.endsWith(p)) &&
      onWordBoundaries(t, 0, L)
    ) {
      return L;
    }
  }
  return 0;
}

function parseableAsTitledName(t: string, known: NameIndex): boolean {
  // "市长田野" is a titled name, "市委副书记" is a title only; a title that ends in a known name is a name
  return known.endingOf(t).some((n) => isTitle(t.slice(0, -n.length)));
}

/** A name with no title beside it: a surname and two or three characters in all, four after a two-character surname (欧阳志强). */
function isBareName(name: string): boolean {
  return isName(name, { needSurname: true, maxLen: SURNAMES_2.has(name.slice(0, 2)) ? 4 : 3 });
}

/** A note in brackets closing a name (甲(女), 甲(挂职)). */
const NOTE_AT_END = /\([^()]{1,8}\)$/;
/** A segment's length without a note in brackets after a name (甲(女)). */
const nameLength = (t: string) => (t.endsWith(')') ? t.replace(NOTE_AT_END, '').length : t.length);

/** Segment j as a whole list item (its 同志 aside), read once per sentence into kinds. */
function itemKind(segs: Segment[], j: number, kinds: Array<0 | 1 | 2>): 0 | 1 | 2 {
  // (its 同志, or a note in brackets, 甲(女), aside)
  return (kinds[j] ??= nameItemKind(segs[j]!.text.replace(/同志$/, '').replace(NOTE_AT_END, '')));
}

/** A list item as a name: 1 with a surname we list, 2 with one we do not (玉某某), 0 no name. */
const nameItemKind: (n: string) => 0 | 1 | 2 = memo((n) => (isBareName(n) || taggedAsName(n) ? 1 : !readsAsOffice(n) && unlistedSurnameName(n) ? 2 : 0));

/**
 * A name the segmenter's dictionary holds as one person's name (乌力吉, 次仁多吉, 巴特尔: tagged nr/nrt),
 * though its first character is no surname we list: a whole item of a list of people is that person.
 */
const taggedAsName: (n: string) => boolean = memo((n) => {
  // (or one made of the parts such names are made of: 扎西次仁, 洛桑江村, 其木格)
  if (madeOfSoundNameParts(n)) return true;
  // (a two-character surname alone, 慕容, is tagged so too: no name)
  if (n.length < 2 || n.length > 4 || SURNAMES_2.has(n)) return false;
  return wholeWordTag(n)?.startsWith('nr') ?? false;
});

/** What follows the last name of a list: a role verb (not one that needs a name before it alone) within a short tail. */
function shortCue(rest: string): boolean {
  if (rest.length >= 24) return false;
  const cue = findCue(rest);
  return !!cue && !cue.cue.namedOnly;
}

/** A segment that ends in 由 and a name: the first item of a list of names (会议由甲、乙主持). */
const LEFT_STOP_ITEM = /由([\u3400-\u9fff]{2,4})$/;

/** A list's last name, its count where there is one (甲两位同志), then a connector (等, 及, 同志). */
const NAME_COUNT_CONNECTOR = new RegExp(`^([\\u3400-\\u9fff]{2,4}?)(?:${COUNT})?(等|及|以及|和|同志)(.*)$`);

/**
 * Bare names joined by 、 that end in a role cue (甲、乙等列席会议, 甲、乙及有关负责人列席会议). An item
 * whose surname we do not list (玉某某) may be one of them, where names with listed surnames are
 * at least as many.
 */
function bareListWithCue(segs: Segment[], i: number, kinds: Array<0 | 1 | 2>): boolean {
  // how many items have a listed surname and how many not (the items before this one count too:
  // the whole list is of names or not)
  const count = [0, 0, 0];
  for (let j = i; j > 0 && segs[j]!.delim === '、'; j--) count[itemKind(segs, j - 1, kinds)]!++;
  for (let j = i; j < segs.length; j++) {
    const s = segs[j]!;
    // 会议由甲、乙主持: the first item is the name after 由 (its segment starts the sentence)
    if (j === i && j + 1 < segs.length && segs[j + 1]!.delim === '、') {
      const lead = LEFT_STOP_ITEM.exec(s.text);
      const kind = lead ? nameItemKind(lead[1]!) : 0;
      if (kind) {
        count[kind]!++;
        continue;
      }
    }
    // 甲、乙，市法院、市检察院负责人列席会议: whole names, then groups after a comma up to the one with the role verb
    if (j > i && s.delim === '，' && itemKind(segs, j - 1, kinds) && count[1]! >= Math.max(1, count[2]!)) return groupsThenCue(segs, j, true);
    if (j > i && s.delim !== '、') return false;
    const whole = itemKind(segs, j, kinds);
    count[whole]!++;
    if (whole) continue;
    // the name, then a connector (甲等…, 乙及…) where there is one
    // (甲、乙两位同志出席: the count of the names listed before the connector)
    const m = NAME_COUNT_CONNECTOR.exec(s.text) ?? /^([\u3400-\u9fff]{2,4}?)()(.*)$/.exec(s.text);
    // (with no connector after the name, or 同志, the list ends here only on a short role verb: that is
    // looked at first, as reading the name may ask the segmenter)
    if (m && (m[2] === '' || m[2] === '同志') && !shortCue(m[3]!)) return false;
    // 金融、房地部门负责人作了发言: the last item is a body's or a sector's (…部门), so all are
    if (m && m[2] === '' && BODIES_AFTER_ETC.test(m[3]!)) return false;
    const kind = m ? nameItemKind(m[1]!) : 0;
    if (!m || !kind) return false;
    count[kind]!++;
    const listed = count[1]!;
    const unlisted = count[2]!;
    if (listed < Math.max(1, unlisted)) return false;
    // (its short role verb is read already)
    if (m[2] === '' || m[2] === '同志') return true;
    const rest = m[3] ?? '';
    // 交运、住建、文旅等单位作了发言: the list closes on bodies, so its items are bodies too
    if (m[2] === '等' && BODIES_AFTER_ETC.test(rest)) return false;
    const cue = findCue(rest);
    if (cue && !cue.cue.namedOnly) return rest.length < 24;
    // 甲、乙等某市领导、有关部门、各镇负责人在分会场参加会议: groups joined to the names by 等/及, listed
    // on with 、, up to the item with the role verb
    // (or, after a comma, 甲、乙等县领导，各乡镇党委书记参加会议)
    return GROUP_ITEM.test(rest) && groupsThenCue(segs, j + 1, segs[j + 1]?.delim === '，');
  }
  return false;
}

/** A list's last item that counts the places or bodies listed (汉王四镇…, 某某两乡…, 甲三个单位…). */
const COUNT_OF_PLACES = /^[\u3400-\u9fff]{1,4}?(?:[二三四五六七八九十两]|\d{1,2})个?(?:镇|乡|村|街道|社区|县|区|单位|部门)(?!长)/;

/** 向阳、洄水、瓦庙、汉王四镇人大主席: the items before a count of places are those places, not people. */
function placesBeforeCount(segs: Segment[]): Set<number> | null {
  let out: Set<number> | null = null;
  for (let k = 1; k < segs.length; k++) {
    if (segs[k]!.delim !== '、' || !COUNT_OF_PLACES.test(segs[k]!.text)) continue;
    out ??= new Set();
    for (let j = k - 1; j >= 0; j--) {
      out.add(j);
      if (segs[j]!.delim !== '、') break;
    }
  }
  return out;
}


/** A list item naming a group of people or offices (某市领导, 有关部门, 镇街负责人), not a person. */
const GROUP_ITEM = new RegExp(`^[\\u3400-\\u9fff]{0,12}(?:领导|部门|单位|${GROUP_WORDS})$`);

/**
 * Further group items joined by 、, the last with a role verb after its group (…负责人在分会场参加会议);
 * `afterComma`: the first of them comes after a comma (甲、乙，市法院负责人列席会议).
 */
/** A group, or the holders of a post across bodies (各乡镇党委书记). */
const isGroup = (t: string) => GROUP_ITEM.test(t) || GROUP_OF_PEOPLE.test(t);

function groupsThenCue(segs: Segment[], from: number, afterComma = false): boolean {
  for (let k = from; k < segs.length && k < from + 8; k++) {
    const g = segs[k]!;
    if (g.delim !== (afterComma && k === from ? '，' : '、')) return false;
    const cue = findCue(g.text);
    if (cue) return cue.at < 24 && isGroup(g.text.slice(0, cue.at).replace(/(?:在|于)[^在于]{1,16}$/, ''));
    // (a body whose people a later item names: 市法院、市检察院负责人)
    if (!isGroup(g.text) && !(g.text.length <= 12 && readsAsOffice(g.text))) return false;
  }
  return false;
}

/**
 * A name written in Han characters for its sound (额尔敦夫, 阿拉坦仓, 巴特尔那顺): the segmenter finds
 * at most one word in it, two characters shorter than it (企业代表, 人民群众, 新闻媒体 are words).
 */
export const looksTransliterated: (name: string) => boolean = memo((name) => {
  const long = segment_(name).filter((t) => t.length >= 2);
  return long.length <= 1 && long.every((t) => t.length <= name.length - 2);
});

const AFTER_NAME_WORDS = new Set(AFTER_NAME);
/**
 * 王某在会上, 赵某在主会场: a long "name" that holds a word which only follows names (在, 向, 作 …) is a
 * name and what follows it. Not a connector right after the first character (no one-character name
 * before it: 吕和图来), nor a one-character verb or connector that ends the segment (nothing after it
 * for it to take: 旗长吕和图来、…).
 */
function holdsWordAfterName(name: string, endsSegment: boolean): boolean {
  const tokens = dictionaryTokens(name);
  let at = tokens[0]?.length ?? 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const follows = AFTER_NAME_WORDS.has(t) || t === '会上';
    const connectorAfterOne = at === 1 && CONNECTOR_CHARS.has(t);
    const nothingToTake = endsSegment && i === tokens.length - 1 && t.length === 1 && NEEDS_WHAT_FOLLOWS.has(t.charCodeAt(0));
    if (follows && !connectorAfterOne && !nothingToTake) return true;
    at += t.length;
  }
  return false;
}
const dictionaryTokens: (s: string) => string[] = memo((s) => segment_(s));

/** A bare name must not cut through a word (听取了相关|工作): check jieba's segmentation of the segment. */
let lastSegment = '';
let lastCuts = new Set<number>();
function onWordBoundaries(segment: string, start: number, end: number): boolean {
  const cuts = wordCuts(segment);
  // …立平|等: before a list's 等 the name ends, whatever word the segmenter makes of the two
  return cuts.has(start) && (cuts.has(end) || end === segment.length || segment[end] === '等');
}

/** Where the dictionary segmentation of segment puts a word's end (0 included). */
function wordCuts(segment: string): Set<number> {
  // the parser asks about several candidates in one segment: segment it once
  if (segment !== lastSegment) {
    lastCuts = new Set<number>([0]);
    let pos = 0;
    for (const tok of segment_(segment)) {
      pos += tok.length;
      lastCuts.add(pos);
    }
    lastSegment = segment;
  }
  return lastCuts;
}

function dedupe(a: string[]): string[] {
  return [...new Set(a)];
}
function uniqueBy(a: PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return a.filter((m) => (seen.has(m.name) ? false : (seen.add(m.name), true)));
}
