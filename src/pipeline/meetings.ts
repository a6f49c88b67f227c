import { MEETING_KINDS, MEETING_SUFFIX, NATIONALITIES } from './lexicon.js';
import { memo } from './memo.js';
import { cnNumber } from './numerals.js';
import { lastMatch, matchSpans, strictlyInside } from './spans.js';

/** A meeting named in a sentence. Offsets are within the sentence. */
export interface MeetingMention {
  name: string;
  start: number;
  end: number;
  /** held: reported as taking place; referenced: studied, relayed or merely mentioned; generic: "会议", "全会". */
  status: 'held' | 'referenced' | 'generic';
  rule: string;
  /** Meetings named together with 和 in one 召开 (two meetings); 暨 joins parts of one. */
  group?: number;
  /** A sitting the meeting reported held itself (会议首先召开预备会议): part of that meeting, not another report. */
  sitting?: boolean;
}

/** A meeting word at the end of a name, (扩大) after it too (县委常委会议(扩大)). */
const SUFFIX_AT_END = new RegExp(`${MEETING_SUFFIX}(?:\\(扩大\\))?$`);
const SUFFIX_ANYWHERE = new RegExp(MEETING_SUFFIX);
/** "A和B", both halves meeting names. */
const TWO_MEETINGS = new RegExp(`^(.+?${MEETING_SUFFIX})(?:和|及|与)(.+${MEETING_SUFFIX})$`);
/**
 * "在 NAME 上(的)讲话": the meeting a speech was given at — not the draft of one (在X上的讲话稿), a
 * text to be given there (global: reset lastIndex before a scan).
 */
const VENUE_G = new RegExp(`在([^在，。；：]{2,60}?${MEETING_SUFFIX})上(?:的|作|发表)?(?:重要)?(?:讲话|发言|致辞|强调|指出|表示|要求|说)(?!稿|提纲|材料|文稿)`, 'g');
/** A meeting named inside a studied span (传达学习…精神) (global: reset lastIndex before a scan). */
const STUDIED_NAME_G = new RegExp(`(?:^|在|了|和|、|与|及|暨|传达|学习|贯彻|落实)([^在了和、与及暨，。；：“”《》]{2,40}?${MEETING_SUFFIX})(?=精神|上|、|和|与|及|暨|，|。|$)`, 'g');
/** The kind words and suffix at the end of a meeting's name (what is left is its body). */
const KIND_AT_END = new RegExp(`(?:常务|全体|专题|党组|常委会?|办公|座谈|视频|电视电话|主任|主席|委员长)?${MEETING_SUFFIX}$`);
/** A day at the start of a name (2月19日某某会议). */
const DAY_AT_START = /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日/;
/** A word of time before a relayed meeting's name (近期, 最近, 日前 …). */
const RECENTLY_AT_START = /^(?:近期|最近|日前|近日|此前|前不久|不久前|上周|本周|上月|本月)(?:召开的|举行的)?/;
/** Before 某某在X上的讲话 in its clause: the speech is the object of reading or revising it. */
const SPEECH_AS_TEXT = /(?:研究|讨论|审议|审阅|修改|印发|学习|传达)[^，。；]*$/;
const CLAUSE_STOP = /[，。；：！？\n]/;
/**
 * What may follow a meeting's name: a mark, a bracket that says more about it ((扩大), (甲委员会第三次会议…)),
 * the words after a name, or the verb of what the meeting did (召开会议传达学习…).
 */
const AFTER_NAME_OK = /^(?:$|[，。；：、！？\s(]|专题(?=研究|听取|审议|部署|学习|讨论|调度|推进)|传达|学习|研究|听取|审议|讨论|部署|通报|贯彻|安排|并|上|有关|相关|筹备|时|后|前|期间|的|和|暨|结束|开幕|闭幕|召开|在|于|对|向|为|作|就|由|以|提出|确定|要求|强调|指出|通过|同意|批准)/;
/** How a body's name ends (县政府, 县妇联, 县安委会 — a committee's short name —, 县防指 — a headquarters' —, …). */
const ORG_END = /(?:政府|[县市区镇乡]府|主席团|工会|妇联|团委|工商联|科协|侨联|残联|文联|人民政府|委|常委会|小组|党组|委员会|委会|防指|人大|政协|办公室|办公厅|局|厅|院|部|组|管委会|工委|中心|公司|集团|党委|支部|班子|代表团)$/;
const LACKS_ORG = /^(?:全团|(?:领导)?班子(?=(?:\(扩大\)|扩大)?(?:民主生活会|组织生活会|会议))|主席团(?=第|会议|\(扩大\))|第[一二三四五六七八九十百零〇\d]+|[一二三四五六七八九十\d]+届|全体|常务|常委|专题|座谈|办公|\(扩大\)|扩大|会议|视频|电视|联席|党组|例会|全会|主席(?:\(扩大\)|扩大)?会议?|主任(?:\(扩大\)|扩大)?会议?|委员长会议|(?:理论|集体|专题)?学习会|(?:集体|专题|集中)学习(?:研讨会?)?$|民主生活会|组织生活会|(?:理论学习)?中心组|[一二三四五六七八九十百零〇\d]+次|(?:党委|党工委|党支部|支委|两委)(?:\(扩大\)|扩大)?会)/;
/** A short word in quotation marks at a name's start (“两委”班子会议): the word itself. */
const QUOTED_KIND_FIRST = /^“([^“”]{1,6})”/;
const GENERIC_NAME = /^(?:本次|此次|这次|这项|该项|此项|这场|此场|这个)?(?:会议|全会|大会|座谈会|会)$|^第[一二三四五六七八九十\d]+次全体会议$|^(?:全?[省市县区](?:委|政府)?|上级|中央)?(?:相关|有关|各类|各项)会议$/;
/** 会议 after a name that already ends in a kind of meeting (…民主生活会会议, …座谈会会议). */
const KIND_TWICE = /(?<=会)会议$/;
/** A name with its kind once (某某民主生活会会议 → 某某民主生活会). */
export const kindOnce = (name: string): string => name.replace(KIND_TWICE, '');
/** A title in 《》 (global). */
const TITLE_G = /《[^《》]*》/g;
/** A study session's kind alone, no body's (开展专题学习, 进行集体学习研讨): the meeting reported. */
const STUDY_ALONE = /^(?:集体|专题|集中)学习(?:研讨)?$/;
/** A meeting named by its kind of business alone (报告会, 推进会, 工作会议): no body, no topic. */
const BUSINESS_ALONE = /^(?:报告|推进|调度|部署|动员|培训|研讨|交流|见面|碰头|汇报|分析|总结|表彰|宣讲|务虚|工作)(?:会|会议|大会)$/;
/** Words a meeting's name never starts with: the rest of a list (…》等文件会议, …及其他各项会议), a description (一次十分重要的会议). */
const NOT_A_NAME_START = /^(?:等|一次|一场|一个|这次|此次|本次|这项|该项|此项|这场|此场|这个|其[他它余]|(?:十分|非常|极其|极为)?(?:重要|重大|关键|特殊)的?(?=会议$|大会$|会$))(?!全体)/;
/** Several meetings counted, none named (召开好几次会议, 多次召开专题会议 → 召开多次专题会议). */
const COUNT_OF_MEETINGS = /^(?:好?几|[多数])[次场个]/;
/** A verb that wants or fixes a meeting before its name (确保会议顺利召开, 确定X于某日举行). */
const WANTED_BEFORE_NAME = /^(?:会议)?(?:确保|保证|确定|决定|同意|研究确定|研究决定|建议|提议|商定|研究|讨论)了?/;
/** Before 召开: the meeting is to come, or is the subject of a document (关于召开…的决定/通知). */
const DECIDED = /(?:决定|同意|确定)[，,：:]?\s*$/;
/** 某某宣布：X于某日召开 — the day a meeting is to open, announced (宣布大会开幕, with no day, opens it now). */
const ANNOUNCED_DAY = /宣布[：:]?[^，。；]*?于(?:\d{1,2}月)?\d{1,2}日[^，。；]{0,12}$/;
/**
 * What the meeting said, earlier in the sentence (会议指出，某某主持召开X…; 会议指出，在…期间，某某主持召开X): a
 * meeting convened there is relayed, not held here.
 */
const MEETING_SAID = /(?:会议|会上|大会|全会)(?:还|并|同时)?(?:指出|强调|认为|要求|提出|希望)[，,：:]/;
const FUTURE_BEFORE = /(?:即将|将要|将于|拟于|拟|准备|计划|定于|将|(?:将|拟)(?:在|于|尽快|适时|择期|另行|再)[^，。；]{0,16}|关于|的通知|的决定|(?<!作)为)$/;
/** A clause before that only fixes the time (拟定于3月27日上午9:00，在某会议室召开…): the meeting is to come. */
const SCHEDULED_BEFORE = /(?:定于|拟于|将于|计划于)[^，。；：]{1,30}，(?:在[^，。；：]{1,30})?$/;
/**
 * Before 召开 in its clause: the convening is what a meeting deliberated on (研究了召开…有关事宜) or
 * decided, with its day or place after the verb (决定于3月5日在某地召开…): that meeting is to come.
 */
const CONVENING_AS_OBJECT = /(?:研究|讨论|审议|筹备|谋划)(?:了)?(?:关于)?$|(?:决定|确定|商定|同意|定于|拟于|将于)[^，。；：]{0,24}$/;
/** How a meeting took place, between its name or its convener and 召开/举行/开幕 (隆重开幕, 胜利闭幕, 某镇人大组织召开…). */
const MANNER_BEFORE_VERB = /(?:隆重|胜利|圆满|顺利|正式|如期|继续|在京|在此间|组织|召集|专门|及时|迅速)+$/;
/** 主持 right before a name (not 主持召开, 主持开幕, 主持人) (global: reset lastIndex before a scan). */
const CHAIR_NAMES_G = /(?<!召集并)主持(?:了)?(?!召开|开幕|闭幕|人|工作|会议|全面)/g;
/** A meeting name that starts with its body: a level (市/县/区…), a party or state body, or a place name ending in one. */
const ORG_START = /^(?:[省市县区州旗镇乡]|中共|全[省市县区州旗]|[\u3400-\u9fff]{1,8}?(?:[省市县区州旗镇乡]|委员会|人大|政协|政府|党委|党组|管委会))/;
/** A meeting name's body before its number (县政府 of 县政府第5次党组会议, 市委 of 市委2024年第3次…). */
const ORG_BEFORE_NUMBER = /^(.+?)(?=第[一二三四五六七八九十百零〇\d]+次|(?:19|20)\d{2}年|[一二三四五六七八九十\d]+届)/;
/**
 * A day or time of day at the end of a name or a subject, before its verb (…会议3月5日上午召开,
 * 某县政府今(4)日上午召开, 某领导小组今天上午(2月8日)举行).
 */
const TIME_AT_END = /(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}(?=上午|下午|晚上|晚|早上|中午)|[今昨前]天|[今昨前]日|[今昨]\(\d{1,2}\)日|近日|日前|当天|当日)(?:上午|下午|晚上|晚|早上|中午)?(?:\d{1,2}[:：]\d{2}|\d{1,2}[时点](?:\d{1,2}分|半)?)?(?:\s*[(（](?:\d{1,2}月)?\d{1,2}日[)）])?$|(?:上午|下午|晚上|早上|中午)(?:\d{1,2}[:：]\d{2}|\d{1,2}[时点](?:\d{1,2}分|半)?)?$|于[^，。；]{1,8}?(?:前|后|期间|之际)$/;
const TIME_PREFIX = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|今天|昨天|今日|昨日|前天|前日|近日|日前)?(?:上午|下午|晚上|晚|早上|中午)?/;

/** A place as the subject (某某镇, 某某街道), and a name that starts with a body but no place (党委会议, 政府常务会议). */
const PLACE_SUBJECT = /^(?![全我本各该])[\u3400-\u9fff]{1,10}(?:镇|乡|街道|县|区|市|旗|村|社区)$/;
const BODY_WITHOUT_PLACE = /^(?:党委|党工委|党总支|党支部|党组|政府|人民政府|人大|政协|纪委|管委会|两委|村委)/;
/** (第)N届人民代表大会…, 第N次党代会: a term or ordinal of the place's own congress. */
const SESSION_OR_BODY_AFTER_ORDINAL = /^第?[一二三四五六七八九十百零〇\d]+[届次](?:第?[一二三四五六七八九十百零〇\d]+次)?(?:人民代表大会|人大|党代会|代表大会|党员代表大会)/;
/** Where, between a subject and its verb (某某镇在南三楼会议室召开, 县府于3楼会议室召开). */
const PLACE_AFTER_SUBJECT = /[在于][^，。；：在于]{1,20}$/;
/** A session as the subject (县十七届人大一次会议举行…), and a sitting of it as the object (…第二次全体会议, 预备会议, 秘书长会议, 召集人第一次会议, 代表团团长会议). */
const SESSION_SUBJECT = /(?:届|次)[^，。；\s]{0,20}?(?:会议|大会)$/;
const SITTING = /^(?:第[一二三四五六七八九十百零〇\d]+次(?:全体)?会议|预备会议|全体会议|(?:大会)?主席团(?:常务主席)?(?:第[一二三四五六七八九十百零〇\d]+次)?会议|(?:大会)?秘书长会议|(?:各?(?:讨论组|小组|代表团))?(?:召集人|团长)(?:第[一二三四五六七八九十百零〇\d]+次)?会议|(?:大会)?执行主席(?:第[一二三四五六七八九十百零〇\d]+次)?会议)$/;

/**
 * A line that is a meeting's name and 纪要 (县政府第13次常务会议纪要, …纪要(第5期)), or 纪录/记录/议事录 as
 * Taiwan's minutes write it (某市政府第387次市政会议纪录, 某镇民代表会临时大会议事录): its minutes' headline.
 */
const MINUTES_HEADLINE = new RegExp(`^([^，。；：\\s《》]{2,40}?${MEETING_SUFFIX})(?:纪要|纪录|记录|议事录)(?:[(（][^()（）]{1,12}[)）])?$`);
/** A line that is a meeting's name alone, its body or its number first and its number in it (某市政府第2122次市政会议, 第317次主管会报): a minutes' or a notice's headline. */
const NAME_ALONE = new RegExp(`^[^，。；：\\s《》]{2,30}?第?[一二三四五六七八九十百零〇\\d]{1,6}次[^，。；：\\s《》]{0,12}?${MEETING_SUFFIX}$`);

/** A meeting word with the verb of what the meeting did right after it (会议传达…, 常委会研究…). */
const VERB_AFTER_MEETING_WORD = /(?:会议|全会|会)(?=传达|学习|研究|听取|审议|讨论|部署|通报|贯彻|安排|强调|指出)/;
/** The meeting name that starts at `pos`: the longest run ending in a meeting word before the clause ends. */
/** A subject described by what it attends (出席十三届全国人大二次会议的内蒙古代表团): the description. */
const ATTENDING_BEFORE_SUBJECT = /^(?:出席|参加|列席)[^，。；]{2,40}?的(?=[\u3400-\u9fff])/;

/** A role verb right before the closing 会议 (列席会议, 出席会议): what a person does, not a name. */
const ROLE_VERB_BEFORE_MEETING = /(?:列席|出席|参加|参会|与会)会议$/;

/** Who the meeting gathered, said before its name (县领导参加的…会, 由各部门负责人参加的…会议): no part of the name. */
const ATTENDANCE_BEFORE_NAME = /^[^的，。；]{2,30}?(?:参加|出席|列席|参与|到会)的(?=[\u3400-\u9fff“])/;

function nameAfter(s: string, pos: number): { name: string; start: number; end: number } | null {
  let stop = pos;
  let depth = 0;
  /** Whether a bracket is open after each character of the window: a name never ends inside one (…会议(甲委员会第三次会议、…)). */
  const open: boolean[] = [];
  while (stop < s.length) {
    const ch = s[stop]!;
    if (ch === '(' || ch === '《' || ch === '“') depth++;
    else if ((ch === ')' || ch === '》' || ch === '”') && depth > 0) depth--;
    // (a space ends it too: a page's doubled headline, 标题 标题, is two names)
    // (nor a 、 before any meeting word: 召开党员代表、党员委员会议 names the groups it gathered)
    else if (depth === 0 && (CLAUSE_STOP.test(ch) || (ch === '、' && SUFFIX_ANYWHERE.test(s.slice(pos, stop))) || ch === ' ' || ch === '\t' || ch === '\u3000')) break;
    stop++;
    open.push(depth > 0);
    if (stop - pos > 80) break;
  }
  const win = s.slice(pos, stop);
  let best = -1;
  for (let e = 2; e <= win.length; e++) {
    if (!open[e - 1] && SUFFIX_AT_END.test(win.slice(0, e)) && AFTER_NAME_OK.test(win.slice(e))) best = e;
  }
  if (best <= 0) return null;
  // never run past 并/上的/时 … (the verb phrase that follows a name)
  let name = win.slice(0, best);
  // …负责同志固定列席会议: a person's verb and its object, no meeting's name
  if (ROLE_VERB_BEFORE_MEETING.test(name)) return null;
  const cut = /(?:并|上的|时的?)/.exec(name);
  if (cut && cut.index > 0) {
    const head = name.slice(0, cut.index);
    if (SUFFIX_AT_END.test(head)) name = head;
  }
  // nor past the verb the meeting does (召开会议传达…民主生活会的讲话精神: the meeting is 会议)
  const verb = VERB_AFTER_MEETING_WORD.exec(name);
  if (verb) {
    const head = name.slice(0, verb.index + verb[0].length);
    if (SUFFIX_AT_END.test(head)) name = head;
  }
  const end = pos + name.length;
  const who = ATTENDANCE_BEFORE_NAME.exec(name);
  if (who && SUFFIX_AT_END.test(name.slice(who[0].length)) && name.length - who[0].length >= 4) name = name.slice(who[0].length);
  return { name, start: end - name.length, end };
}

/**
 * A kind of meeting the suffix list lacks (召开重点部门工作过堂会，…): the whole object of 召开, up to
 * its clause's end, when it ends in 会 — not a description (一次…会), nor 会上/大会上.
 */
const OTHER_KIND_OBJECT = /^([\u3400-\u9fff“”"]{3,20}会)(?=[，。；：\s]|$)/;
function otherKindAfter(s: string, pos: number): { name: string; start: number; end: number } | null {
  const m = OTHER_KIND_OBJECT.exec(s.slice(pos, pos + 24));
  if (!m || NOT_A_NAME_START.test(m[1]!) || /[了的]/.test(m[1]!)) return null;
  return { name: m[1]!, start: pos, end: pos + m[1]!.length };
}

/** "召开A、B": more meeting names listed with 、 after the first, each a whole name. */
function listedAfter(s: string, end: number): string[] {
  const out: string[] = [];
  let at = end;
  while (s[at] === '、' && out.length < 4) {
    const n = nameAfter(s, at + 1);
    if (!n || n.name.length < 4 || GENERIC_NAME.test(n.name)) break;
    out.push(n.name);
    at = n.end;
  }
  return out;
}

/** Split "A和B" into two meetings when both halves are meeting names. */
function splitAnd(name: string): string[] {
  const parts: string[] = [];
  let rest = name;
  let m: RegExpExecArray | null;
  while ((m = TWO_MEETINGS.exec(rest)) !== null) {
    parts.push(m[1]!);
    rest = m[2]!;
  }
  // 党组会议主席会议 (a headline that runs two names together): a body's own meeting right after another
  const joined = BODY_MEETING_AFTER_MEETING.exec(rest);
  if (joined) parts.push(joined[1]!, joined[2]!);
  else parts.push(rest);
  return parts;
}
/** A meeting name, then at once a body's standing meeting by its kind alone (…党组会议|主席会议). */
const BODY_MEETING_AFTER_MEETING = /^(.{2,}?会议)((?:主席|主任|常务|党组|常委|委员长)会议)$/;

function clauseStart(s: string, pos: number): number {
  let i = pos;
  while (i > 0) {
    // a quotation is read whole (“学习贯彻…精神，加快建设…”专题研讨班: its comma ends no clause)
    if (s[i - 1] === '”') {
      const open = s.lastIndexOf('“', i - 2);
      if (open >= 0 && i - open <= 60 && !/[。；]/.test(s.slice(open, i))) {
        i = open;
        continue;
      }
    }
    if (CLAUSE_STOP.test(s[i - 1]!)) break;
    i--;
  }
  return i;
}

/** One sentence being read for meetings: what is studied in it, the 《titles》 in it, what is found so far. */
interface MeetingScan {
  s: string;
  studied: Array<[number, number]>;
  inStudied: (at: number) => boolean;
  inTitle: (at: number) => boolean;
  out: MeetingMention[];
  /** The last group number given to meetings named together. */
  group: number;
}

/** Meetings named in one sentence, with whether each is held here or only referenced. */
export function findMeetings(s: string, studied: Array<[number, number]>): MeetingMention[] {
  // a meeting named inside a document's title (《关于召开X有关事项的请示》) is part of that title
  const titles = s.includes('《') ? matchSpans(s, TITLE_G) : null;
  const scan: MeetingScan = {
    s,
    studied,
    inStudied: (a) => studied.some(([x, y]) => a >= x && a < y),
    inTitle: (a) => strictlyInside(titles, a),
    out: [],
    group: 0,
  };
  minutesHeadline(scan);
  topicMeeting(scan);
  convenedMeetings(scan);
  passingMeetings(scan);
  chairedMeetings(scan);
  attendedMeetings(scan);
  speechVenues(scan);
  studiedMeetings(scan);
  return scan.out.sort((x, y) => x.start - y.start);
}

/** 已经/经 (and the day) before a meeting that passed a document (《X》已经某日…会议审议通过). */
const PASSED_BY_BEFORE = /(?:已经|已|经)(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?$/;
/** The passing right after the meeting's name (…常务会议审议通过, …全体会议通过). */
const PASSED_AFTER_NAME = /^(?:审议|讨论|研究)?(?:并)?(?:原则)?(?:通过|同意|批准)/;
/** What a meeting does, right after its name (…会议听取了/审议了/研究了/传达学习了…). */
const MEETING_ACTS_AFTER_NAME = /^(?:先后|还|首先|分别)?(?:听取|审议|研究|讨论|通过|决定|传达|学习|部署)/;
/** 已经/经 and a day, where a meeting's name is to follow (global: reset lastIndex before a scan). */
const PASSED_BY_G = /(?:已经|经)((?:19|20)\d{2}年)?(\d{1,2}月\d{1,2}日)?/g;

/**
 * A named meeting of a body right after a cue (主持市政府第5次常务会议, 经县政府第三次全体会议通过):
 * at least `minLength` characters, a body first, not a generic 会议 nor a bare ordinal (第一次全体会议).
 */
function bodysMeetingAfter(s: string, at: number, minLength: number): { name: string; end: number } | null {
  const n = nameAfter(s, at);
  return n && n.name.length >= minLength && ORG_START.test(n.name) && !GENERIC_NAME.test(n.name) && !NOT_A_NAME_START.test(n.name) ? n : null;
}

/**
 * 0b. 《X》已经2019年1月4日县政府第三次全体会议通过 / 经市政府第5次常务会议审议通过: the meeting that
 * passed a document (a notice issuing it says so) was held, on the day given.
 */
function passingMeetings(scan: MeetingScan): void {
  const { s, out } = scan;
  const re = PASSED_BY_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const at = m.index + m[0].length;
    // (…已经某日召开的X会议通过: read with the verb, as a relative clause)
    if (scan.inTitle(m.index) || s.startsWith('召开的', at)) continue;
    const n = bodysMeetingAfter(s, at, 4);
    if (!n || !PASSED_AFTER_NAME.test(s.slice(n.end)) || out.some((o) => o.start < n.end && o.end > at)) continue;
    out.push({ name: n.name, start: at, end: n.end, status: scan.inStudied(m.index) ? 'referenced' : 'held', rule: 'meeting:经…通过' });
  }
}

/**
 * 0c. A sentence that opens on a meeting's name alone, its chair in the next clause (【本报讯】某县政府
 * 第11次主管周报，县长某某主持，…): the meeting held. The name names its body or its number.
 */
const TOPIC_THEN_CHAIR = /^([^，。；：\s()]{6,40})，[^，。；]{0,24}?主持(?![^，。；]{0,6}(?:仪式|典礼|揭牌|签约))/;
const BRACKETED_LEAD = /^【[^】]{1,12}】\s*/;

function topicMeeting({ s, out }: MeetingScan): void {
  const lead = (BRACKETED_LEAD.exec(s)?.[0].length ?? 0) || (NEWS_LEAD.exec(s)?.[0].length ?? 0);
  const m = TOPIC_THEN_CHAIR.exec(s.slice(lead));
  const name = m?.[1];
  // (a name, not a clause: no verb that convenes it, 县府昨日召开主管会报，由县长某某主持; nor one who
  // attends it, 县委书记某某、副县长某某出席会议，副县长某某主持会议)
  if (!name || /召开|举行|开幕|闭幕|开议|召集|出席|参加|列席/.test(name) || !namesMeetingAsWhole(name) || GENERIC_NAME.test(name) || NOT_A_NAME_START.test(name) || !(ORG_START.test(name) || /第[^，。]{1,4}次/.test(name))) return;
  out.push({ name, start: lead, end: lead + name.length, status: 'held', rule: 'meeting:名，某某主持' });
}

/** 0. The headline of a meeting's minutes: the meeting's name and 纪要, nothing else. */
function minutesHeadline({ s, out }: MeetingScan): void {
  const minutes = /纪要|纪录|记录|议事录/.test(s) ? MINUTES_HEADLINE.exec(s) : null;
  if (minutes && !GENERIC_NAME.test(minutes[1]!)) {
    out.push({ name: minutes[1]!, start: 0, end: minutes[1]!.length, status: 'held', rule: 'meeting:纪要' });
    return;
  }
  // (the name alone, 某市政府第2122次市政会议, over the minutes' fields: the meeting they record)
  if (NAME_ALONE.test(s) && (ORG_START.test(s) || (s.startsWith('第') && !GENERIC_NAME.test(s))) && namesMeetingAsWhole(s) && !/召开|举行|开幕|闭幕|开议|召集|主持|出席|参加|列席/.test(s)) out.push({ name: s, start: 0, end: s.length, status: 'held', rule: 'meeting:名' });
}

/** A person's verb whose object is the meeting, before the meeting's 开幕/召开 (宣布会议开幕, 出席大会开幕式). */
const VERB_BEFORE_OBJECT = /^.*(?:宣布|出席|参加|列席|主持)(?:了)?/;

/** After 召开/举行: what makes the verb part of a noun phrase (召开时间, 举行地点, 召开日期, 召开事宜): the meeting named is to come, not held. */
const CONVENING_AS_NOUN = /^(?:的?(?:时间|地点|日期|事宜|相关事宜|有关事宜))/;
/** After 召开/举行: a word that makes the verb part of a rule's name (会议召开制度, 召开程序): no meeting at all. */
const CONVENING_IN_RULE = /^(?:制度|程序|规则|方式|频次|流程|机制|规范)/;
/** After 召开/开幕: the convening is imminent (全会开幕在即, 大会召开前夕), so the meeting is still to come. */
const IMMINENT_AFTER = /^(?:在即|前夕)/;

/** 1. "(主持)召开(了) NAME", "SUBJECT 召开 NAME", "NAME (在…)召开", "…召开的NAME". */
function convenedMeetings(scan: MeetingScan): void {
  const { s } = scan;
  // (开展/进行: only a study session, 中心组开展集体学习(研讨), 党组进行2024年第三次专题学习)
  // (召开好/举行好X: a result wished for — 确保…召开好X —, so X is still to come; 召开好几次 is 'several times')
  // (举办: only with the meeting's name after it, 某中心组举办第1次集中学习会议; 举办地/举办方 are no meeting)
  // (拉开序幕/帷幕: an opening, as 开幕 is: X在国歌声中拉开序幕)
  // (套开X: X convened together with the meeting the clause is about, held as it is)
  // (收听收看X: a televised meeting watched where it is relayed, held where it is held — its name after the verb)
  const re = /(主持|召集并主持)?(?:召开|举行|套开|(开幕|闭幕|开议|拉开(?:序|帷)幕)|(?:开展|进行)(?=了?(?:(?:19|20)\d{2}年度?)?(?:第[一二三四五六七八九十\d]{1,3}次)?(?:集体|专题|集中)学习)|(举办)|(收听收看|收看收听|收看))(了|好(?![几多些]))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const at = m.index;
    if (scan.inTitle(at)) continue;
    if (m[2] && m[1]) continue; // 主持开幕: not a name's verb
    const watched = !!m[4];
    if (watched && m[1]) continue;
    const verb = { at, after: at + m[0].length, chaired: !!m[1], opening: !!m[2], watched, together: m[0].includes('套开'), before: s.slice(clauseStart(s, at), at) };
    if (!m[5] && CONVENING_IN_RULE.test(s.slice(verb.after, verb.after + 2))) continue;
    // (the words of a title before the verb are none of the clause's: 《…确定的目标任务…》开展专题学习)
    const bare = verb.before.replace(TITLE_G, '《》');
    // (the sentence up to the verb's clause: what was decided or said there)
    const sentenceBefore = s.slice(0, clauseStart(s, at));
    // 会议决定，X于某日召开: a meeting decided on here is still to come; 会议指出，某某主持召开X: one
    // relayed in what the meeting said (either way referenced, not held)
    // (研究某会议召开时间、地点: 召开 heads a noun phrase, the meeting is one still to come)
    const future =
      m[5] === '好' ||
      FUTURE_BEFORE.test(bare) || CONVENING_AS_OBJECT.test(bare) || (m[2] !== '闭幕' && ANNOUNCED_DAY.test(s.slice(Math.max(0, at - 60), at))) || SCHEDULED_BEFORE.test(s.slice(Math.max(0, at - 64), at)) || DECIDED.test(sentenceBefore) || MEETING_SAID.test(sentenceBefore) || (!verb.opening && CONVENING_AS_NOUN.test(s.slice(verb.after, verb.after + 6))) || IMMINENT_AFTER.test(s.slice(verb.after, verb.after + 2));
    if (watched) {
      objectMeetings(scan, verb, future);
      continue;
    }
    if (s[verb.after] === '的' && !verb.opening) {
      relativeClauseMeeting(scan, verb, future);
      continue;
    }
    if (!verb.opening && objectMeetings(scan, verb, future)) continue;
    // (人大常委会举行宪法宣誓仪式: a body that holds an event is its holder, no sitting of its own)
    if (!verb.opening && EVENT_HELD.test(s.slice(verb.after, verb.after + 24)) && BODY_AT_END.test(verb.before)) continue;
    if (!verb.chaired && !m[3]) subjectMeeting(scan, verb, future);
  }
}

/** An event (not a meeting) as the object of 举行/召开: …宪法宣誓仪式, …揭牌仪式, …主题活动, up to the clause's end. */
const EVENT_HELD = /^了?[^，。；]{0,16}?(?:仪式|典礼|活动)(?=[，。；]|$)/;
/** A body whose name also names its sittings (县委常委会, 人大常委会, …委员会), with no ordinal of a sitting. */
const BODY_AT_END = /(?:常委会|常务委员会|委员会)(?![^，。；]*?(?:[一二三四五六七八九十百零〇\d]次|会议))[^，。；]{0,16}$/;

interface ConveningVerb {
  at: number;
  after: number;
  /** 主持召开 / 召集并主持召开 */
  chaired: boolean;
  /** 开幕 / 闭幕 */
  opening: boolean;
  /** 收听收看: a meeting watched where it is relayed (its name follows; no subject convenes it) */
  watched: boolean;
  /** 套开: convened together with the meeting the clause is about (at its sitting, on its day) */
  together?: boolean;
  /** The clause before the verb. */
  before: string;
}

/**
 * "1月4日召开的…会议": a relative clause about another meeting; but "某某主持召开的…会议上" reports
 * the meeting itself.
 */
function relativeClauseMeeting(scan: MeetingScan, verb: ConveningVerb, future: boolean): void {
  const n = nameAfter(scan.s, verb.after + 1);
  if (!n || NOT_A_NAME_START.test(n.name)) return;
  // 《X》已经3月2日召开的…会议通过: the meeting that passed the document a notice issues was held
  const passed = PASSED_BY_BEFORE.test(verb.before) && PASSED_AFTER_NAME.test(scan.s.slice(n.end));
  // 4日上午举行的主任会议听取了…: the sentence opens with the day, and the meeting so dated is its subject, acting
  const reported = !scan.s.slice(0, verb.at).replace(TIME_AT_END, '').trim() && MEETING_ACTS_AFTER_NAME.test(scan.s.slice(n.end, n.end + 4));
  const status = (verb.chaired || passed || reported) && !future && !scan.inStudied(verb.at) ? 'held' : 'referenced';
  scan.out.push({ name: n.name, start: n.start, end: n.end, status, rule: verb.chaired ? 'meeting:主持召开的' : 'meeting:召开的' });
}

/**
 * The meeting(s) named after the verb (召开A和B), given the subject's body when the name lacks one
 * (市委常委会召开会议, 某某镇召开党委会议, 某届人大一次会议举行第二次全体会议). Whether any was named.
 */
function objectMeetings(scan: MeetingScan, verb: ConveningVerb, future: boolean): boolean {
  const { s } = scan;
  const quoted = quotedNameAfter(s, verb.after);
  const n = quoted ?? nameAfter(s, verb.after) ?? otherKindAfter(s, verb.after);
  if (!n || n.name.length < 2 || COUNT_OF_MEETINGS.test(n.name)) return false;
  let name = n.name;
  let start = n.start;
  // (召开我区第二次党工委扩大会议: "our district" is who speaks, no part of the name, as 我区召开… is not)
  const ours = OURS_BEFORE_NAME.exec(name);
  if (ours && !quoted) {
    name = name.slice(ours[0].length);
    start += ours[0].length;
  }
  if (!verb.chaired && !verb.watched) {
    // (its time may follow it: 某县政府今(4)日上午召开…; the mention then starts after the time, which dates it)
    // (and where: 某某镇在某会议室召开…)
    const subjTimed = subjectText(verb.before.replace(TIME_PREFIX, '').replace(/^[，\s]+/, '').replace(MANNER_BEFORE_VERB, '').replace(PLACE_AFTER_SUBJECT, ''));
    // (出席某会议的某代表团召开全团会议: who the subject is, said by what it attends, is no part of its name)
    // (我局党组: the body of the page's own office, 局党组)
    const subj = subjTimed.replace(TIME_AT_END, '').replace(ATTENDING_BEFORE_SUBJECT, '').replace(/^我(?=[局委办厅部院](?:党组|党委))/, '');
    const unYeared = name.replace(/^(?:(?:19|20)\d{2}年度?|1\d{2}年度?(?=第)|今年|本年度?)/, '');
    // (“两委”班子会议: a kind in quotation marks lacks the body or the place as the bare kind does)
    const kind = unYeared.replace(QUOTED_KIND_FIRST, '$1');
    const bodyLacking = ORG_END.test(subj) && LACKS_ORG.test(kind);
    // 某某镇召开党委会议 / 第二十届人民代表大会… / 2024年第一次党委会议: a place's body or session without the place (not 全县召开…, 我市召开…)
    const placeLacking = PLACE_SUBJECT.test(subj) && (BODY_WITHOUT_PLACE.test(kind.replace(/^第?[一二三四五六七八九十\d]{1,3}次/, '')) || SESSION_OR_BODY_AFTER_ORDINAL.test(name));
    // 某届人大常委会第N次会议召开扩大会议: that session, enlarged
    const sessionEnlarged = SESSION_SUBJECT.test(subj) && name === '扩大会议';
    if (subj && subj.length <= 30 && (bodyLacking || placeLacking || sessionEnlarged || (SESSION_SUBJECT.test(subj) && SITTING.test(name)))) {
      // (今年第二次县务会议: this year's, a word of time, not of the name)
      name = sessionEnlarged ? `${subj}(扩大)` : joinOverlapping(subj, name.replace(/^(?:今年|本年度?)(?=第)/, ''));
      // (the mention starts at the subject where the subject runs up to the verb; after a time or a
      // place between them, 市政府于2月8日召开…, at the verb, so that the day before it dates it)
      start = verb.before.endsWith(subj) ? verb.at - subj.length : verb.at;
    }
  }
  // (开展专题学习 with no body: the study the meeting reported did, whatever it studied)
  // 召开X，是…的一件大事: convening X is the clause's subject, what is said of it — no report that it was held
  const topic = !verb.chaired && !verb.before.trim() && TOPIC_AFTER.test(s.slice(n.end, n.end + 3));
  const status: MeetingMention['status'] = future || topic ? 'referenced' : STUDY_ALONE.test(name) ? 'generic' : scan.inStudied(verb.at) ? 'referenced' : GENERIC_NAME.test(name) ? 'generic' : 'held';
  const mentions = mentionsOfParts(s, [...splitAnd(name), ...listedAfter(s, n.end)], start, status, verb.chaired ? 'meeting:主持召开' : verb.watched ? 'meeting:收听收看' : verb.together ? 'meeting:套开' : 'meeting:召开', ++scan.group);
  // 会议首先召开预备会议: the meeting reported is the subject, what it convened a sitting of it
  if (!verb.chaired && SITTING_OF_SUBJECT.test(verb.before.trim())) for (const mm of mentions) mm.sitting = true;
  scan.out.push(...mentions);
  return true;
}

/** 我区, 我县 … before a meeting's name: the speaker's own division. */
const OURS_BEFORE_NAME = /^我(?:省|市|州|盟|县|区|旗|镇|乡)(?=[\u3400-\u9fff\d])/;

/**
 * What a clause says of convening a meeting, right after its name (召开X，是…; 召开X，对于…具有重要意义)
 * — not 召开X，对…进行研究, which tells what the meeting did.
 */
const TOPIC_AFTER = /^[，,]?(?:是|对于|具有)/;

/** The subject's body and the meeting's name, said once where one ends as the other starts (某局党组 + 党组会议 → 某局党组会议). */
function joinOverlapping(subj: string, name: string): string {
  for (let k = Math.min(subj.length, name.length - 2); k >= 2; k--) if (subj.endsWith(name.slice(0, k))) return subj + name.slice(k);
  return subj + name;
}

/** The meeting reported as the subject of 召开/举行 (会议首先召开…, 大会随后举行…). */
const SITTING_OF_SUBJECT = /^(?:会议|大会|本次会议)(?:首先|先|还|随后|接着|又)?$/;

/** 召开“第87次主管会报暨第64次县务会议”: a meeting's name in quotation marks right after the verb. */
function quotedNameAfter(s: string, pos: number): { name: string; start: number; end: number } | null {
  if (s[pos] !== '“') return null;
  const close = s.indexOf('”', pos + 1);
  if (close < 0 || close - pos > 61) return null;
  const name = s.slice(pos + 1, close);
  return SUFFIX_AT_END.test(name) && !/[，。；“]/.test(name) ? { name, start: pos + 1, end: close } : null;
}

/**
 * A news item's lead before the subject of its first sentence: the source (本报讯, 某某网讯) and a
 * bracket after it ((记者 某某)), which may hold spaces.
 */
const NEWS_LEAD = /^(?:(?:本报|本台|本网)(?:讯|消息)|又讯|[^，。\s()]{2,12}讯(?=[\s(:：])|(?:据)?[^，。\s()\d]{2,16}?\d{1,2}(?:月\d{1,2})?日[电讯])?[:：]?\s*(?:\([^()]{0,24}\))?\s*/;
/** A verb that greets a meeting's convening (祝贺大会召开, 热烈庆祝…开幕): the meeting is its object, named after it. */
const GREETING_BEFORE_NAME = /^(?:热烈)?(?:祝贺|庆祝|预祝|欢迎|迎接)/;

/** A headline's tags before its words ([图]【聚焦两会】, 【视频】): no part of a meeting's name. */
const HEADLINE_TAGS = /^(?:\[[^\]]{1,8}\]|【[^】]{1,24}】|[(（](?:图|组图|视频|图文)[)）])+/;
/** The subject before a verb, past a news item's lead; a space ends a name (a headline's first part is not this one's). */
function subjectText(before: string): string {
  const s = before.replace(NEWS_LEAD, '').replace(HEADLINE_TAGS, '');
  return s.slice(Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u3000')) + 1).replace(DURATION_BEFORE_NAME, '');
}

/** How long the meeting runs, said before its name (为期两天的X, 历时三天半的X): no part of the name. */
const DURATION_BEFORE_NAME = /^(?:为期|历时|会期)[一二三四五六七八九十两半\d]{1,3}(?:个)?(?:天|日|小时)半?的/;

/**
 * A clause before the verb that only says when (于上午, 于9月28日下午, 20号上午) and where (在人民大会堂),
 * once the manner (胜利) is off: the subject is in a clause before it.
 */
const TIME_ALONE = /^[于在]?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上午|下午|晚上|晚|早上|中午)?(?:在[\u3400-\u9fff]{2,12}?)?$/;
/** A clause of circumstance alone (在圆满完成各项议程后), between a meeting's name and the clause of its verb. */
const CIRCUMSTANCE_ALONE = /^(?:(?:在|于)[^，。；]{1,24}?(?:后|之后|中|之际|时)|(?:圆满|顺利|胜利)?完成了?[^，。；]{0,12}?议程(?:后|之后))$/;
/** What a subject's clause says of its circumstances after the name (…代表大会在圆满完成了各项议程后, …会议圆满完成各项议程后). */
const CIRCUMSTANCE_AT_END = /(?:(?:在|于)[^，。；]{1,24}?(?:后|之后|中|之际|时)|(?:圆满|顺利|胜利)?完成了?[^，。；]{0,12}?议程(?:后|之后))$/;

/** "NAME召开" / "NAME在某地召开" / "NAME于某日举行" / "NAME3月5日上午召开": the meeting as the subject. */
/** A meeting's name, or a meeting's and an event's held together (某某会议暨某某活动启动仪式), named as a whole. */
function namesMeetingAsWhole(name: string): boolean {
  const and = name.indexOf('暨');
  return SUFFIX_AT_END.test(name) || (and > 0 && SUFFIX_AT_END.test(name.slice(0, and)));
}

/** What ends a clause of time after a meeting's verb (在X召开之前, …之后, …期间, …之际). */
const TIME_CLAUSE_END = /^(?:之?前|之?后|期间|之际|前夕|时|以来)/;

/**
 * A verb (or 对) inside a subject's clause whose object is the meeting (热烈祝贺X召开, 对X召开表示…); not
 * one a name may hold (庆祝大会, 欢迎会, …宣布会议, 对口…) (global: reset before a scan).
 */
const OBJECT_VERB_IN_SUBJECT_G = /(?:(?:热烈|衷心|诚挚)(?:祝贺|庆祝|欢迎)|祝贺|预祝|祝愿|确保|保证|标志着|交付|提交|提请|报请|(?<=[\u3400-\u9fff])对(?![口外台标接]))/g;
/** Those of them whose object is still to come: ensured (确保X顺利召开) or what a document is handed on to (将…交付X闭幕会表决). */
const TO_COME_VERB_AT_END = /(?:确保|保证|交付|提交|提请|报请)$/;

/** What follows the last verb of OBJECT_VERB_IN_SUBJECT_G in a subject, or null when it has none. */
function lastObjectOf(subj: string): string | null {
  let end = -1;
  OBJECT_VERB_IN_SUBJECT_G.lastIndex = 0;
  for (let m = OBJECT_VERB_IN_SUBJECT_G.exec(subj); m; m = OBJECT_VERB_IN_SUBJECT_G.exec(subj)) end = m.index + m[0].length;
  return end > 0 ? subj.slice(end) : null;
}

function subjectMeeting(scan: MeetingScan, verb: ConveningVerb, future: boolean): void {
  const { s } = scan;
  let subj = subjectText(verb.before.replace(TIME_PREFIX, '').replace(/^[，\s]+/, '').replace(MANNER_BEFORE_VERB, ''));
  // 某某代表大会在圆满完成各项议程后，于上午胜利闭幕: a clause of time alone, the meeting the clause before
  let clauseAt = clauseStart(s, verb.at);
  if (TIME_ALONE.test(subj) && clauseAt > 1 && s[clauseAt - 1] === '，') {
    clauseAt = clauseStart(s, clauseAt - 1);
    // (某某代表大会，在圆满完成各项议程后，于上午闭幕: over a clause of circumstance alone too)
    if (CIRCUMSTANCE_ALONE.test(s.slice(clauseAt, s.indexOf('，', clauseAt))) && clauseAt > 1 && s[clauseAt - 1] === '，') clauseAt = clauseStart(s, clauseAt - 1);
    subj = subjectText(s.slice(clauseAt, s.indexOf('，', clauseAt)).replace(CIRCUMSTANCE_AT_END, ''));
  }
  // "NAME在某地召开", "NAME于6月28日至29日举行", "NAME3月5日上午召开", "NAME12日下午在北京举行":
  // the place or time between name and verb
  for (const w of ['在', '于']) {
    const k = subj.lastIndexOf(w);
    if (k > 0 && namesMeetingAsWhole(subj.slice(0, k).replace(TIME_AT_END, ''))) subj = subj.slice(0, k);
    // "某某在大会闭幕式上讲话": someone at the meeting, which follows 在
    else if (w === '在' && k > 0 && SUFFIX_AT_END.test(subj.slice(k + 1))) subj = subj.slice(k + 1);
  }
  // "NAME圆满完成各项议程后闭幕": what the meeting did before the verb, no 在 before it
  const uncircumstanced = subj.replace(CIRCUMSTANCE_AT_END, '');
  if (uncircumstanced !== subj && namesMeetingAsWhole(uncircumstanced)) subj = uncircumstanced;
  subj = subj.replace(GREETING_BEFORE_NAME, '');
  // 某某宣布X开幕: X is what is announced, its name starts after 宣布 (…调整宣布会议 is a name, kept)
  const announced = subj.lastIndexOf('宣布');
  if (announced >= 0) {
    const rest = subj.slice(announced + 2);
    if (rest.length >= 3 && namesMeetingAsWhole(rest) && !GENERIC_NAME.test(rest)) subj = rest;
  }
  // 随后举行大会闭幕式 / 三、举行X开幕式: the opening is the noun the verb before it holds, its meeting
  // named after that verb (a name holds no 举行/召开 of its own)
  if (verb.opening) {
    const k = Math.max(subj.lastIndexOf('举行'), subj.lastIndexOf('召开'));
    if (k >= 0) subj = subj.slice(k + 2).replace(/^了/, '');
  }
  // 某某代表党工委热烈祝贺X顺利召开 / 对X胜利召开表示祝贺: X is the object of a verb inside the clause
  // (确保/保证X召开, 将…交付X闭幕会表决: X is still to come, as after WANTED_BEFORE_NAME)
  const object = lastObjectOf(subj);
  let ensured = false;
  if (object !== null && namesMeetingAsWhole(object)) {
    ensured = TO_COME_VERB_AT_END.test(subj.slice(0, subj.length - object.length));
    subj = object;
  }
  // 在X召开之前/之后/期间: a clause of time about the meeting, whose name starts after 在
  if (/^[在于]/.test(subj) && TIME_CLAUSE_END.test(s.slice(verb.after, verb.after + 3)) && namesMeetingAsWhole(subj.slice(1))) subj = subj.slice(1);
  const untimed = subj.replace(TIME_AT_END, '');
  if (untimed !== subj && namesMeetingAsWhole(untimed)) subj = untimed;
  // 确保会议顺利召开 / 确定X于某日举行: a meeting to come, named after the verb that wants or fixes it
  const wanted = WANTED_BEFORE_NAME.exec(subj);
  if (wanted) subj = subj.slice(wanted[0].length);
  // 某某宣布会议开幕 / 出席大会开幕式: the opening is the object of someone's verb, the meeting named by no more
  // than 会议/大会 (a 宣布会议 that ends a name, …调整宣布会议召开, stays)
  if (verb.opening && GENERIC_NAME.test(subj.replace(VERB_BEFORE_OBJECT, ''))) return;
  // (此次常委会会议于…召开: a pointer to a meeting named before, no name of its own)
  if (!namesMeetingAsWhole(subj) || subj.length < 3 || /^(?:会议|会上)/.test(subj) || GENERIC_NAME.test(subj) || NOT_A_NAME_START.test(subj)) return;
  const start = s.indexOf(subj, clauseAt);
  // "全省…会议召开后，我市…": an earlier meeting the article starts from
  const earlier = /^(?:后|之后|以来|前夕|之际)/.test(s.slice(verb.after));
  scan.out.push({ name: subj, start, end: start + subj.length, status: future || wanted || ensured || earlier || scan.inStudied(verb.at) ? 'referenced' : 'held', rule: 'meeting:…召开' });
}

/**
 * 1b. "(某某)主持 NAME" without 召开: a named meeting of a body (主持市政府第5次常务会议); not a bare
 * ordinal (主持第一次全体会议 is a sitting of the session reported), a generic 会议, or work.
 */
function chairedMeetings(scan: MeetingScan): void {
  const { s, out } = scan;
  const chair = CHAIR_NAMES_G;
  chair.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = chair.exec(s)) !== null) {
    const after = m.index + m[0].length;
    if (out.some((o) => o.start <= after && o.end > after)) continue;
    const n = bodysMeetingAfter(s, after, 5);
    if (!n || /^第/.test(n.name)) continue;
    const status = FUTURE_BEFORE.test(s.slice(clauseStart(s, m.index), m.index)) || scan.inStudied(m.index) ? 'referenced' : 'held';
    out.push(...mentionsOfParts(s, splitAnd(n.name), after, status, 'meeting:主持', ++scan.group));
  }
}

/**
 * 1c. "(某某)出席/参加/列席(了) NAME": a named meeting of a body that people attended (民进某区委班子成员
 * 参加中共某区委双月座谈会), where no verb convenes it.
 */
/** The members of the meeting reported as a subject (与会人员, 全体委员, 代表们), with an adverb. */
const MEMBERS_BEFORE = /(?:全体(?:与会)?(?:人员|委员|代表|同志)|与会(?:人员|委员|代表|同志)|委员们|代表们)(?:还|一同|集体|并|也)?$/;

function attendedMeetings(scan: MeetingScan): void {
  const { s, out } = scan;
  const re = /(?:出席|参加|列席)了?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const at = m.index + m[0].length;
    if (scan.inTitle(m.index)) continue;
    const n = bodysMeetingAfter(s, at, 6);
    // (出席X的委员: who attended describes people, the meeting is not what the text reports)
    if (!n || s[n.end] === '的' || out.some((o) => o.start < n.end && o.end > at)) continue;
    // (与会人员列席了X: the members of the meeting reported sat in on another, which it is not)
    const byMembers = MEMBERS_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index));
    out.push(...mentionsOfParts(s, splitAnd(n.name), at, scan.inStudied(m.index) || byMembers ? 'referenced' : 'held', 'meeting:出席', ++scan.group));
  }
}

/** 2. "在 NAME 上(的)讲话/发言": the meeting a speech was given at. */
function speechVenues(scan: MeetingScan): void {
  const { s, out } = scan;
  const venue = VENUE_G;
  venue.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = venue.exec(s)) !== null) {
    // (the day is not the name's: 在2月19日某某会议上)
    const day = DAY_AT_START.exec(m[1]!)?.[0] ?? '';
    const name = m[1]!.slice(day.length);
    const start = m.index + 1 + day.length;
    if (name.length < 2 || out.some((o) => o.start <= start && o.end >= start + name.length)) continue;
    // 研究讨论某某在X上的讲话: a speech handled as a text (a draft, a record) was not given here;
    // 某某在X上的讲话精神: one relayed
    const handled = SPEECH_AS_TEXT.test(s.slice(clauseStart(s, m.index), m.index)) || /^精神/.test(s.slice(m.index + m[0].length));
    // (在A和B上的讲话: a speech given at the two meetings, each named)
    const parts = splitAnd(name);
    const status = scan.inStudied(m.index) || handled ? 'referenced' : 'held';
    if (parts.length > 1) out.push(...mentionsOfParts(s, parts, start, status, 'meeting:在…上讲话', ++scan.group));
    else out.push({ name, start, end: start + name.length, status, rule: 'meeting:在…上讲话' });
  }
}

/** 3. Meetings relayed or studied (传达学习…精神). */
function studiedMeetings({ s, studied, out }: MeetingScan): void {
  for (const [a, b] of studied) {
    const span = s.slice(a, b);
    const rr = STUDIED_NAME_G;
    rr.lastIndex = 0;
    let k: RegExpExecArray | null;
    while ((k = rr.exec(span)) !== null) {
      const name = k[1]!
        .replace(/^(?:习近平)?总书记在/, '')
        // (深入学习、全面贯彻落实…: the verb with its manner; 领会好、贯彻好…: with its complement)
        .replace(/^(?:(?:全面|深入|认真|坚决|切实|进一步|扎实|持续|及时|准确)?(?:传达学习|学习贯彻|贯彻落实|传达|学习|贯彻|落实|领会|宣传|宣讲))+[了好]?/, '')
        // 把思想和行动统一到会议精神上来; 12月25日中共中央政治局会议
        .replace(/^.*(?:统一到|落实到|体现到)/, '')
        .replace(DAY_AT_START, '')
        // (近期中央政治局会议: when, no part of the name)
        .replace(RECENTLY_AT_START, '');
      const start = a + k.index + k[0].length - name.length;
      if (out.some((o) => o.start < start + name.length && o.end > start)) continue;
      // (the end of a bracket cut at its 、: 各县(市、区)人大常委会联席会议 is not 区)人大常委会联席会议)
      // (nor a kind of business alone, 结合学习报告会: no body, no topic — nothing one could find again)
      if (GENERIC_NAME.test(name) || BUSINESS_ALONE.test(name) || NOT_A_NAME_START.test(name) || /^[^(]*\)/.test(name)) continue;
      out.push({ name, start, end: start + name.length, status: 'referenced', rule: 'meeting:传达学习' });
    }
  }
}

/**
 * The mentions of meetings named together (A和B, A、B) from `from` on, each where it stands in the
 * sentence, one group when there are several; a later name lacking its body takes the first's
 * (召开县政府第5次党组会议和第8次常务会议: 县政府第8次常务会议).
 */
function mentionsOfParts(s: string, parts: string[], from: number, status: MeetingMention['status'], rule: string, group: number): MeetingMention[] {
  // the first name's body: before its number (县政府第5次党组会议), else before its kind (县政府党组会议),
  // in the first part of a combined name (市政府党组会议暨…学习会议和常务会议)
  const first = parts[0]!.split('暨')[0]!;
  // (before a term, 市五届人大常委会党组会议, what precedes the number is no body: the name without its kind is)
  const beforeNumber = ORG_BEFORE_NUMBER.exec(first)?.[1];
  const org = parts.length > 1 ? (beforeNumber && ORG_END.test(beforeNumber) ? beforeNumber : first.replace(KIND_AT_END, '')) : undefined;
  const out: MeetingMention[] = [];
  let off = from;
  for (const [i, p] of parts.entries()) {
    const idx = s.indexOf(p, off);
    const start = idx >= 0 ? idx : from;
    const name = i > 0 && org && ORG_END.test(org) && LACKS_ORG.test(p.replace(/^(?:19|20)\d{2}年度?/, '')) ? org + p : p;
    out.push({ name, start, end: start + p.length, status, rule, group: parts.length > 1 ? group : undefined });
    if (idx >= 0) off = idx + p.length;
  }
  return out;
}

/** Spans of "传达/学习/贯彻…精神" in a sentence: what is inside was studied, not done here. */
export function studiedSpans(s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // a cue that is a noun, not a verb with an object — 理论学习中心组, 学习会, 学习班, a 学习会议 that 召开/举行
  // has for its subject, or 集体学习 ending its clause (…举行集体学习，深入学习…精神) — starts no span: the
  // meeting that names it is held, not studied
  // (or, in the clause of the verb, a report someone made elsewhere: 学习了某某在某会议上所作的政府工作报告)
  const re = STUDIED_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    let end = m.index + m[0].length;
    // 传达学习甲的重要讲话和乙在某会议上的讲话精神: the list goes on after 和/及/、 to its last item
    for (let more = STUDIED_LIST_ITEM.exec(s.slice(end, end + 90)); more; more = STUDIED_LIST_ITEM.exec(s.slice(end, end + 90))) end += more[0].length;
    re.lastIndex = Math.max(re.lastIndex, end);
    spans.push([m.index, end]);
  }
  return spans;
}

/**
 * A clause whose predicate is a part in the meeting (县委书记某某作重要讲话, 某某主持会议, 某某传达了…精神): the meeting's
 * own, never an item of what it studies, though it ends in 重要讲话 (某某在出席…时的讲话精神 is one).
 */
const ROLE_PREDICATE = '(?:主持|出席|参加|列席)了?(?:本次|此次)?(?:会议|座谈会|全会)?(?=[并，。；]|$)|(?:作|做|发表)了?(?:重要|总结|动员)?讲话(?!精神)|(?:传达|宣读|通报|领学|解读)了';
/**
 * What a verb of studying relays, to its 精神/重要讲话/重要指示 — crossing a comma only into a clause
 * that is no part in the meeting (传达学习…精神，县委书记某某作重要讲话: the speech is the meeting's);
 * or, in the verb's clause, a report someone made elsewhere (学习了某某在某会议上所作的政府工作报告).
 * (global: reset before each use)
 */
const STUDIED_G = new RegExp(
  `(?:传达|学习|贯彻|落实|领会|深学细悟)(?!中心组|会(?!议)|会议[^，。；精]{0,16}?(?:召开|举行)|班|[，。；：])(?:(?:[^。；，]|，(?![^，。；]*?(?:${ROLE_PREDICATE})))*?(?:精神|(?<!(?:作|做|发表)了?)重要讲话|重要指示|(?:讲话|指示|批示)要求)|[^，。；]*?所?作出?的[^，。；]{0,24}?报告)`,
  'g',
);
/**
 * One more item of a studied list, right after the span so far (the next clause too, when it is one:
 * …精神，某某在…上的讲话精神; and after the rest of an item whose name holds 精神: …重要讲话精神专题研讨班和…).
 */
const STUDIED_LIST_ITEM = new RegExp(`^(?:精神(?:[^，。；和及、精]{1,12}?(?=和|及|以及|、))?)?(?:和|及|以及|、|，(?![^，。；]*?(?:${ROLE_PREDICATE})))[^，。；]{0,80}?(?:精神|重要讲话|重要指示)`);

export interface MeetingFacts {
  kind: string;
  ordinal: string | null;
  term: string | null;
  year: number | null;
  /**
   * The name's year is one looked back on (2020年度民主生活会, 2023年度述职述廉会议, 2022年工作总结表彰大会):
   * such a meeting is held at that year's end or in the first months of the next.
   */
  yearLookedBack: boolean;
  format: string | null;
  /** The name without ordinals, years and (扩大): the organisation and kind. */
  core: string;
  /** A combined meeting (A暨B): its parts. */
  parts: string[] | null;
}

/** Kind, ordinal, term and format read from a meeting's name. */
export const meetingFacts: (name: string) => Readonly<MeetingFacts> = memo(meetingFactsUncached);

function kindOf(core: string, name: string): string {
  for (const [re, k] of MEETING_KINDS) if (re.test(core) || re.test(name)) return k;
  return '会议';
}

function meetingFactsUncached(name: string): MeetingFacts {
  // 第105次, and 五届104次 / 十一届五次 / 十六届人大三次 / 二届市委108次 (no 第 after a term); of a session's sitting
  // (…第五次会议主席团第一次会议, …一次会议第二次全体会议) the sitting's, the last
  // (首届, 首次: the first)
  const ord = lastMatch(/第([一二三四五六七八九十百零〇\d]+)次|(首)次/g, name) ?? /届(?:人大|政协|[省市县区州旗盟]委|党委|党工委)?([一二三四五六七八九十百零〇\d]+)次/.exec(name);
  const term = /([一二三四五六七八九十\d]+|首)届/.exec(name);
  // (a year may be written as a document number writes it: 〔2024〕第1次常务会议; in Taiwan as the
  // Republic's, before the ordinal or as a year's business: 114年第11次主管会报 is 2025's, 102年度上半年里长会议 2013's)
  const year = /((?:19|20)\d{2})年|〔((?:19|20)\d{2})〕|(?<!\d)(\d{2,3})年度?(?=第)|(?<!\d)(1[0-4]\d)(?=年度)/.exec(name);
  const yearLookedBack = !!year?.[1] && LOOKED_BACK_AFTER_YEAR.test(name.slice(year.index + year[0].length));
  // (this year's, 今年度第1次…, is the year of the article: no year of its own, nor part of the body's name)
  const core = name
    .replace(/《[^》]*》/g, '')
    .replace(/(?:19|20)\d{2}年度?|〔(?:19|20)\d{2}〕|(?<!\d)\d{2,3}年度?(?=第)|(?:今年|本年)度?(?=第)/g, '')
    .replace(/第?[一二三四五六七八九十百零〇\d]+(?:次|届)|首(?:次|届)/g, '')
    .replace(/\(扩大\)|（扩大）/g, '');
  // of a combined meeting (A暨B), the first part's kind that says more than 会议
  const parts = name.includes('暨') ? name.split('暨').filter((p) => p.length >= 2) : null;
  let kind = kindOf(core, name);
  if (kind === '会议' && parts) kind = parts.map((p) => kindOf(p, p)).find((k) => k !== '会议') ?? kind;
  const format = /电视电话会议/.test(name) ? '电视电话会议' : /视频会议/.test(name) ? '视频会议' : null;
  // …第四次会议预备会议, …第五次会议代表中的党员会议: the number is the session's, not this meeting's
  const ownOrdinal = ord && !/会议.+(?:会议|会)$/.test(name.slice(ord.index + ord[0].length).split('暨')[0]!);
  const number = (x: string) => (x === '首' ? 1 : cnNumber(x));
  const n = ord && ownOrdinal ? number(ord[1] ?? ord[2]!) : null;
  const t = term ? number(term[1]!) : null;
  return { kind, ordinal: n == null ? null : String(n), term: t == null ? null : String(t), year: year ? (year[3] || year[4] ? Number(year[3] ?? year[4]) + 1911 : Number(year[1] ?? year[2])) : null, yearLookedBack, format, core, parts };
}

/**
 * After a year in a meeting's name (年 already read): a meeting that looks back on that year — its
 * 民主生活会 or 组织生活会, its reports of duty (述职), assessment or summing up — not on a part of it
 * (上半年工作总结 is held within the year).
 */
const LOOKED_BACK_AFTER_YEAR = /^度?(?!上半年|前三季度|[一二三四]季度|第[一二三四]季度)[^，。；]*?(?:民主生活会|组织生活会|述职|述责|述廉|考核|考评|总结|评议|表彰)/;

/** Two held mentions name the same meeting (headline and body, short and full name). */
export function sameMeeting(a: string, b: string): boolean {
  if (a === b) return true;
  // 某某民主生活会会议 (a kind named twice, …会 and 会议): the meeting without the second
  if (KIND_TWICE.test(a) || KIND_TWICE.test(b)) return sameMeeting(kindOnce(a), kindOnce(b));
  // 某协会年度会议 is its 年会 (the headline's short form), not a second meeting
  if (ANNUAL_MEETING.test(a) !== ANNUAL_MEETING.test(b)) return sameMeeting(annualShort(a), annualShort(b));
  // the placeholder for "the meeting" of an article that names it only later
  if (a === '会议' || b === '会议') return true;
  // a joint meeting (县府第834次县务会议暨第2次主管工作会报) and one of its parts named alone (县府第834次县务会议…召开)
  if (a.includes('暨') !== b.includes('暨')) {
    const [joint, part] = a.includes('暨') ? [a, b] : [b, a];
    const parts = joint.split('暨');
    if (parts.some((p) => p.length >= 4 && sameMeeting(p, part))) return true;
    // (topics that share the last one's kind: 全市防汛抗旱暨气象防灾减灾工作会议 holds 全市防汛抗旱工作会议)
    const last = parts[parts.length - 1]!;
    if (parts.slice(0, -1).some((p) => p.length >= 4 && part.startsWith(p) && SHARED_KIND.test(part.slice(p.length)) && last.endsWith(part.slice(p.length)))) return true;
  }
  const fa = meetingFacts(a);
  const fb = meetingFacts(b);
  // "2023年第15次会议" and "县委常委会2023年第15次会议": a generic name with the same ordinal and year
  if ((fa.kind === '会议') !== (fb.kind === '会议') && fa.ordinal && fa.ordinal === fb.ordinal && fa.year === fb.year) {
    const generic = fa.kind === '会议' ? a : b;
    const specific = fa.kind === '会议' ? b : a;
    if (specific.endsWith(generic) || specific.includes(generic.replace(/会议$/, ''))) return true;
  }
  if (fa.kind !== fb.kind) return false;
  if (fa.ordinal && fb.ordinal && fa.ordinal !== fb.ordinal) return false;
  if (fa.year && fb.year && fa.year !== fb.year) return false;
  if (fa.term && fb.term && fa.term !== fb.term) return false;
  const ca = orgKey(orgOf(fa.core));
  const cb = orgKey(orgOf(fb.core));
  return ca === cb || ca === '' || cb === '' || ca.includes(cb) || cb.includes(ca) || ownDivisionByName(ca, cb) || ownDivisionByName(cb, ca) || shortFormAcrossRegion(ca, cb) || shortFormAcrossRegion(cb, ca) || abbreviates(ca, cb) || abbreviates(cb, ca);
}

/**
 * 市安委会 for 市安全生产委员会, 县委深改委 for 县委全面深化改革委员会: a body's short name keeps
 * characters of its full name in order, from its first, and ends on one of the full name's last
 * three (委员会 → 委 or 会, 管理局 → 局); three characters at least, two fewer than the full name.
 */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || long.length < short.length + 2 || short[0] !== long[0] || !long.slice(-3).includes(short[short.length - 1]!)) return false;
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

/** The kind a joint name's topics share, after the first topic (…工作会议, …推进会). */
const SHARED_KIND = new RegExp(`^[\\u3400-\\u9fff]{0,4}${MEETING_SUFFIX}$`);

/** 全省 (or 全市, 全县 …) at a name's start: the region the meeting covers, not named. */
const WHOLE_REGION = /^全([省市县区州旗盟])/;

/**
 * 全省统筹推进疫情防控…工作会议 (a headline's short form) and 广东省统筹推进新冠肺炎疫情防控…工作会议: the same
 * meeting when one says 全省 where the other names the province, and the rest of the shorter is the
 * longer's with words left out (in order), most of it kept.
 */
function shortFormAcrossRegion(whole: string, named: string): boolean {
  const m = WHOLE_REGION.exec(whole);
  if (!m) return false;
  const level = named.search(/[省市县区州旗盟]/);
  if (level < 2 || level > 8 || named[level] !== m[1]) return false;
  const short = whole.slice(m[0].length);
  const long = named.slice(level + 1);
  if (short.length < 6 || short.length > long.length || short.length < 0.75 * long.length) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** 年度会议/年度大会 of a body (not a year's: 2023年度…): what its 年会 stands for. */
const ANNUAL_MEETING = /(?<![\d〇零一二三四五六七八九十])年度(?:会议|大会)/;
const annualShort = (name: string): string => name.replace(ANNUAL_MEETING, '年会');

/** 全市…, 我县…: a meeting of the article's own division, named without its name. */
const OWN_DIVISION = /^(?:全|我|本)([省市州盟区县旗镇乡].{2,})$/;

/**
 * 全市重点项目调度会 in the body and 某某市重点项目调度会 in the headline: the same division's
 * meeting, once by its name (a place name of a few characters before the same level) and once as 全市.
 */
function ownDivisionByName(own: string, named: string): boolean {
  const rest = OWN_DIVISION.exec(own)?.[1];
  return !!rest && named.endsWith(rest) && /^[\u3400-\u9fff]{1,6}$/.test(named.slice(0, named.length - rest.length));
}

/** The nationalities in a township's or an autonomous division's name, after its own name of two characters or more. */
const NATIONALITIES_BEFORE_DIVISION_G = new RegExp(`(?<=[\\u3400-\\u9fff]{2})(?:(?:${NATIONALITIES.join('|')})族)+(?=乡|镇|自治[县州旗])`, 'g');

/**
 * A body's name for comparison: no term (第十六届), and the short forms (人民政府 → 政府, 人民代表大会
 * → 人大, 政治协商会议 → 政协, 中国共产党 → 中共, 常务委员会 → 常委会, a party committee's 某市委员会
 * → 某市委, 政协某市委员会 → 某市政协), so 石屏县第十六届人民政府 ends like 县政府 and
 * 中国共产党某市第八届委员会 reads as 中共某市委.
 */
function orgKey(org: string): string {
  return org
    // (the topics of a body's name, listed with or without 、: 计划、预算审查委员会 is 计划预算审查委员会)
    .replace(/、/g, '')
    // a township or autonomous county by its name alone (新发朝鲜族乡 → 新发乡, 某某土家族自治县 → 某某县)
    .replace(NATIONALITIES_BEFORE_DIVISION_G, '')
    .replace(/自治(县|州|旗)/g, '$1')
    .replace(/第?[一二三四五六七八九十百零〇两\d]+届/g, '')
    // a session's 大会主席团 is the presidium of whichever session the text reports
    .replace(/^大会(?=主席团$)/, '')
    .replace(/人民政府/g, '政府')
    // (a government by its short name, 县府 and 市府, as Taiwan's reports and some others write it)
    .replace(/^([\u3400-\u9fff]{0,8}?[省市县区])府(?!办)/, '$1政府')
    .replace(/人民代表大会/g, '人大')
    .replace(/政治协商会议/g, '政协')
    .replace(/中国共产党/g, '中共')
    .replace(/常务委员会/g, '常委会')
    // (also before its standing committee: 政协全国委员会常务委员会 is 全国政协常委会)
    .replace(/^(中共[\u3400-\u9fff]+?[省市州县区旗盟])委员会(?=常委会$|$)/, '$1委')
    .replace(/^(?:中国人民)?政协(全国|[\u3400-\u9fff]+?[省市州县区旗盟])委员会(?=常委会$|$)/, '$1政协')
    // a headline's 政协第九届委员会 with no place: the 政协 of the body's 政协某市第九届委员会
    .replace(/^(?:中国人民)?政协委员会$/, '政协');
}

/** The body a meeting's name gives (its name without the kind); a theme in quotation marks (“某某日”座谈会) is no body. */
function orgOf(core: string): string {
  return core.replace(KIND_AT_END, '').replace(/会议$/, '').replace(/“[^“”]*”/g, '');
}
