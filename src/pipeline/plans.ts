import { APPROVE_VERB, MEETING_SUFFIX, PLAN_KINDS, REVIEW_VERB } from './lexicon.js';
import { cnNumber } from './numerals.js';
import type { RuleId } from './rules.js';

/** A plan named in a sentence and what the meeting did with it. */
export interface PlanMention {
  title: string;
  start: number;
  end: number;
  action: 'APPROVED' | 'REVIEWED' | 'STUDIED' | null;
  /** The rule (rules.ts) that read the action; null when no action was read. */
  rule: RuleId | null;
  /**
   * The meeting that acted, where the sentence names it as the subject of a verb that describes
   * the title (全会审议通过的《X》): another meeting's act unless it is of the kind reported.
   */
  by?: string;
}

type VerbRead = { action: PlanMention['action']; rule: RuleId | null };

/** After a title: how it is being carried out (《某法》实施情况, 《某条例》贯彻执行情况). */
const CARRIED_OUT_AFTER = /^的?(?:贯彻|执行|实施|落实|施行){1,2}(?:工作)?情况/;
const IMPLEMENT_VERB = /(?:贯彻执行|落实|执行|实施|对照|依据|根据|按照)/;
const STUDY_VERB = /(?:传达学习|学习贯彻|传达|学习|贯彻|贯彻落实|领会|宣读|印发)了?/;
const CLAUSE = /[，。；！？\n]/;
const PLAN_KIND_RE = new RegExp(`(?:${PLAN_KINDS.join('|')})(?:修订草案|草案|修正案)?(?:\\([^()]{1,12}\\))*$`);
/** A draft marker after a title: 《某条例》(草案) is the draft's title. */
const DRAFT = '\\((?:草案|修订草案|草案修改稿|送审稿|征求意见稿|讨论稿|修改稿|修订稿|审议稿|初稿|代拟稿|报批稿|审定稿|稿|试行|暂行|修订|修订版)\\)';
/** 《title》 and a draft mark after it (global: reset lastIndex before a scan). */
const BRACKETED_TITLE_G = new RegExp(`《([^《》\\n]{2,120})》((?:${DRAFT})?)`, 'g');
export const DRAFT_AT_END = new RegExp(`${DRAFT}$`);
/**
 * Words right after a 》 that name the document the title is part of (《政府工作报告》重点任务分工方案,
 * 《某规划》实施方案, …落实情况表(稿)), up to the end of the item.
 */
const TITLE_CONTINUED = new RegExp(`^(?!的)[\u3400-\u9fff]{0,20}?(?:实施方案|工作方案|方案|任务分工|分工|分解表|情况表|清单|实施意见|实施细则|细则|工作要点|要点)(?:${DRAFT})?(?=[、，。；和及与]|$)`);
/** A clause that ends with a title (and its draft mark). */
const TITLE_AT_END = new RegExp(`》(?:${DRAFT})?$`);
const GLOBAL_COPIES = new Map<RegExp, RegExp>();
/** A verb pattern's global copy for exec loops, made once, its lastIndex reset for a new scan (no loop calls another over the same copy). */
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (!g) GLOBAL_COPIES.set(re, (g = new RegExp(re.source, 'g')));
  g.lastIndex = 0;
  return g;
}
/** The years a plan covers, after its kind: (2021—2035年). */
const PLAN_YEARS = '\\((?:19|20)\\d{2}年?[—–\\-－~至到](?:(?:19|20)\\d{2}|\\d{2})年?\\)';
/** Plan words an unbracketed object may end with (narrower than for 《titles》), the years and a draft marker after. */
// (measures are a document's only when counted: 若干措施, 十条措施, 若干政策 — not 加快发展的措施)
const BARE_PLAN_END = new RegExp(`(?:方案|计划|规划|办法|意见|条例|细则|纲要|决定|决议|工作报告|报告稿|请示|工作要点|规定|清单|协议|章程|规则|预案|(?:若干|[一二三四五六七八九十\\d]{1,3}条)(?:政策)?措施|若干政策)(?:${PLAN_YEARS})?(?:${DRAFT})?$`);
/** The tail of a list that closes it (…等事项, …等文件). */
const ETC = '等(?:[一二三四五六七八九十两\\d]{1,3}(?:项|个|件))?(?:事项|事宜|文件|议题|材料)?';
/**
 * A bare title that names a document by itself (…实施方案, …工作计划, …管理办法, …应急预案): not 意见/决定 (too
 * often a topic or a procedure) nor a report (a session report has its own rule).
 */
const DOCUMENT_NAMED = new RegExp(`[\u3400-\u9fff)](?:方案|计划|规划|办法|条例|细则|纲要|预案)(?:${DRAFT})?(?:${ETC})?$`);
/** A document still to be written (研究制定…方案, 研究修订…办法): its making is the topic. */
const TO_BE_WRITTEN = /^(?:制定|出台|完善|修订|修改|编制|起草|落实|推进|实施|贯彻|抓好|做好)/;
const ETC_AT_END = new RegExp(`${ETC}$`);
/** A predicate of its own in a clause: the clause is not an item of a list the sentence's verb governs. */
const OTHER_PREDICATE = /要求|强调|指出|部署|提交|印发|认为|表示|明确|提出|研究了|学习|传达/;
const AGREE_VERB = /同意/;
/** Right after a reviewed title: the meeting agrees to issue or carry it out (，原则同意印发实施). */
const AGREED_TO_ISSUE = /^[，,]?(?:会议)?(?:原则)?同意[^，。；]{0,6}?(?:印发|实施|出台|施行|发布|执行)/;
const LIST_ITEM_NOT_PLAN = /(?:决定|决议|意见)$/;
/**
 * The reports a people's congress or CPPCC session acts on, often named without 《》: a body's
 * 工作报告 (政府, 常委会, 法院, 检察院 …), the plan, budget and final-accounts reports
 * (关于…计划执行情况…的报告, 关于…预算草案的报告, …决算的报告), a CPPCC's 提案工作 report, and the
 * reports of a session's committees (提案审查情况报告, 代表资格审查报告, …的审查结果报告).
 */
const SESSION_REPORT = new RegExp(
  `(?:(?:政府|常委会|常委会议|常务委员会|委员会|法院|检察院|政协|提案|人大|主席团)工作报告稿?|(?:常委会|常务委员会)报告|(?:国民经济和社会发展计划|计划执行情况|计划草案|预算执行情况|预算草案|预算调整|决算|提案工作情况)[^，。；]{0,40}?的报告|(?:审查情况|审查结果|资格审查)的?报告)(?:${DRAFT})?$`,
);
/** SESSION_REPORT, tested only where a report can end (the pattern is anchored at the end, which a regex scan does not use). */
const isSessionReport = (t: string) => t.includes('报告') && SESSION_REPORT.test(t);
/** Who wrote or sent a document, before its title (县财政局提出的…方案). */
const SUBMITTED_BY = /^[^，。；]{2,20}?(?:提出|提交|报送|上报|起草|制定|编制|拟定|所作|所做)的/;
/** Where a document goes next, before its title (提交第二次全体会议表决的…, 提请大会审议的…): not part of it. */
const FORWARDED_FOR = /^(?:提交|提请|交由|交|报请)[^，。；]{1,24}?(?:表决|审议|讨论|审查|审定|批准|通过|酝酿)的/;
/** A description, not a title: the documents of a kind taken together (大会各项决议(草案), 上述方案, 有关办法). */
const DOCUMENTS_TOGETHER = /^(?:大会|会议|本次会议)?(?:各项|各类|有关|相关|上述|其他|其它|若干|部分|一批|以下|这些)/;
/**
 * The body that submits a document, before its 关于… title (区人民政府关于…的报告), with the official
 * who presents it (市发展改革委主任某某关于…的报告).
 */
const SUBMITTER = /^[^，。；关]{2,20}?(?:政府|委员会|常委会|法院|检察院|局|委|办公室|厅|部|办)(?:[^，。；关]{0,8}?(?:主任|局长|厅长|部长|书记|主席|院长|检察长|[市县区州旗]长|秘书长)[\u3400-\u9fff]{2,3}?)?(?=关于)/;
const REVIEW_VERB_AT_START = new RegExp(`^(?:${REVIEW_VERB.source})`);
const APPROVE_VERB_AT_START = new RegExp(`^(?:${APPROVE_VERB.source})`);
/** The mark of an item in an enumerated list (二、, 2., (二)), at the start of a clause. */
const ENUMERATION_MARK = /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])/;
const ENUMERATION_MARK_ONLY = new RegExp(`${ENUMERATION_MARK.source}\\s*$`);
/** Separators of list items: 、, and 和/及/与, which may also sit inside a title (国民经济和社会发展计划) (global: reset lastIndex before a scan). */
const ITEM_SEPARATOR_G = /、|以及|及|和|与/g;
/** A body that submits a document (市财政局, 县人力资源社会保障局, 区政府办公室), by how its name ends. */
const BODY = '[\u3400-\u9fff]{1,18}?(?:局|委员会|委|办公室|办|厅|部|政府|中心|院|署|管委会)';
/** Only the bodies that submit a title, before it in its clause (市财政局《…》, 县发改局、县财政局《…》). */
const SUBMITTING_BODIES = new RegExp(`^(?:${BODY}[、和及与])*${BODY}$`);
/**
 * Words before a bare title that are no part of it: when (今年, 近期) and whose (我市: the division's own
 * name stands there in a title). 全县/全市 stays: a title says whose plan it is so (全县…实施方案).
 */
const TIME_WORDS = /^(?:今年|明年|本年度|全年|年度|近期|下一步|我市|我县|我区)+/;
/** A document named only by its kind and a word that points to it (下步工作方案, 相关实施方案, 该办法): no title. */
const POINTER_AND_KIND = new RegExp(`^(?:下一?步|下一?阶段|今后|近期|相关|有关|上述|该|此|这一?|本)(?:工作|具体|配套)?(?:${PLAN_KINDS.join('|')})$|(?:有关|相关)(?:规定|制度|要求)$`);

function clauseBounds(s: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !CLAUSE.test(s[a - 1]!)) a--;
  let b = at;
  let depth = 0;
  while (b < s.length) {
    const ch = s[b]!;
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE.test(ch)) break;
    b++;
  }
  return [a, b];
}

/** The verb that governs a plan: the nearest approve/review/study verb before it in its clause. */
function governingVerb(before: string): VerbRead | null {
  let best: { at: number; action: PlanMention['action']; rule: RuleId | null } | null = null;
  const lastItemMark = before.lastIndexOf('、');
  const tryVerb = (re: RegExp, action: PlanMention['action'], rule: RuleId | null, ownItem = false) => {
    const g = globalOf(re);
    let m: RegExpExecArray | null;
    while ((m = g.exec(before)) !== null) {
      const end = m.index + m[0].length;
      // (a verb inside an earlier item of the list, 审议了落实某任务清单、《X》: no verb of X's)
      if (ownItem && end <= lastItemMark) continue;
      // 审议好/讨论好《X》: what is asked of the meeting to come, not what it did
      const asked = before[end] === '好';
      // the approve verb wins a tie with the review verb it contains (审议通过 ⊃ 审议)
      if (!best || end > best.at || (end === best.at && action === 'APPROVED')) best = asked ? { at: end + 1, action: null, rule: null } : { at: end, action, rule };
    }
  };
  tryVerb(REVIEW_VERB, 'REVIEWED', 'plan:review');
  tryVerb(AGREE_VERB, 'APPROVED', 'plan:approve');
  tryVerb(APPROVE_VERB, 'APPROVED', 'plan:approve');
  tryVerb(STUDY_VERB, 'STUDIED', 'plan:study');
  // "审议了落实《某条例》的方案": the nearest verb says the document is carried out, not reviewed
  tryVerb(IMPLEMENT_VERB, null, null, true);
  const found = best as { action: PlanMention['action']; rule: RuleId | null } | null;
  return found ? { action: found.action, rule: found.rule } : null;
}

/**
 * A title alone in its clause, in a list the sentence's verb heads across commas and semicolons
 * (会议听取了A的报告，《B》处理意见的报告；C关于《D》的说明 / 会议同意，某局提交的《E》): the verb
 * of the nearest earlier clause that has one, unless a clause on the way has a predicate of its own.
 */
function listVerb(s: string, clauseStart: number): VerbRead | null {
  let sep = clauseStart - 1;
  for (let k = 0; k < 8 && sep > 0; k++) {
    if (!/[，；]/.test(s[sep]!)) return null;
    let a = sep;
    while (a > 0 && !CLAUSE.test(s[a - 1]!)) a--;
    const clause = s.slice(a, sep).replace(/《[^》]*》/g, (x) => '□'.repeat(x.length));
    const v = governingVerb(clause);
    // (a studied list only of titles, the one before ending its clause: 学习了《A》，《B》)
    if (v?.action === 'STUDIED') return k === 0 && TITLE_AT_END.test(s.slice(a, sep)) ? { action: v.action, rule: 'plan:study+list' } : null;
    if (v?.action) return v.action === 'APPROVED' ? { action: v.action, rule: 'plan:approve+list' } : { action: v.action, rule: 'plan:review+list' };
    if (v || OTHER_PREDICATE.test(clause)) return null;
    sep = a - 1;
  }
  return null;
}

/** Forward cues: 对/就/围绕《X》…进行讨论 / 提出意见 / 征求意见 / 作说明, and 作《X》的报告 (or 作《…的报告》). */
function forwardCue(before: string, after: string, title: string): VerbRead | null {
  if (/^的?(?:学习|宣传|宣讲|贯彻)/.test(after)) return { action: 'STUDIED', rule: 'plan:…的学习' };
  // 作《X》的报告, and 向大会作《…工作情况的报告》: a report delivered to the meeting, which hears it
  if (/(?:作|做)了?$/.test(before) && ((/^的?(?:报告|说明)/.test(after) && /报告/.test(after.slice(0, 4))) || /报告$/.test(title))) {
    return { action: 'REVIEWED', rule: 'plan:作…报告' };
  }
  if (/(?:对|就|围绕)[^，；。]{0,40}$/.test(before) && /^[^，；。]{0,20}?(?:进行了?|作了?)?[^，；。]{0,6}?(?:研究|讨论|审议|审阅)|^[^，；。]{0,20}?(?:提出|征求)了?[^，；。]{0,10}?(?:意见|建议)|^[^，；。]{0,6}?(?:作|做)了?[^，；。]{0,4}?说明/.test(after.replace(/^[，\s]+/, ''))) {
    return { action: 'REVIEWED', rule: 'plan:对…讨论' };
  }
  return null;
}

/**
 * A meeting named as the subject of a verb that describes the title after it (全会审议通过的《A》和
 * 《B》, 常委会议讨论通过的《C》): the meeting word in group 1.
 */
const ACTED_BY_MEETING = /(全会|全体会议|常委会议?|常务会议|党组会议|主任会议|主席会议)(?:上)?(?:审议|讨论|研究)?(?:并)?(?:原则)?(?:通过|批准)了?的(?:□+[和及与、])*$/;

/** 已经/经 … a meeting that passed what was named before (…已经2024年3月5日县政府第8次常务会议审议通过, …经会议审议通过). */
const PASSED_BY_MEETING = `(?:已经|已|经)[^，。；]{0,60}?${MEETING_SUFFIX}(?:审议|讨论|研究)?(?:并)?(?:原则)?(?:通过|同意|批准)`;
/** Right after a title (《X》已经…会议审议通过). */
const PASSED_BY_MEETING_AFTER = new RegExp(`^${PASSED_BY_MEETING}`);
/** After a title, what is done to it (予以修订, 进行了修改), then in the next clause 并经 … a meeting that passed it. */
const PASSED_BY_MEETING_NEXT = new RegExp(`^(?:予以|进行了?)?(?:修订|修改|完善|制定)[，,]\\s*并?${PASSED_BY_MEETING}`);

/** What names a 《title》 as a publication or programme: the word after it, or how the title ends. */
const PUBLICATION_AFTER = /^(?:杂志|期刊|刊物|周刊|月刊|半月刊|报社|日报|栏目|专栏|节目|客户端|公众号)/;
const PUBLICATION_TITLE = /(?:日报|晚报|时报|晨报|周报|杂志)$/;

/** Plans in a sentence: 《titles》, quoted titles ending in a plan word, and bare objects of 通过. */
export function findPlans(s: string, inMeetingName: (start: number, end: number) => boolean): PlanMention[] {
  const out: PlanMention[] = [];
  const re = BRACKETED_TITLE_G;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const bracketed: Array<[number, number]> = [];
  while ((m = re.exec(s)) !== null) {
    const start = m.index;
    // 《政府工作报告》重点任务分工方案: the document is what the words after the title name, the title a part of its name
    const cont = TITLE_CONTINUED.exec(s.slice(start + m[0].length, start + m[0].length + 40))?.[0] ?? '';
    const end = start + m[0].length + cont.length;
    bracketed.push([start, end]);
    const title = m[1]!.trim() + m[2]! + cont;
    if (inMeetingName(start, end)) continue;
    if (/^[\sX×Ｘx]*$/.test(title)) continue;
    // a newspaper, journal or programme (《求是》杂志, 《某某日报》), not a document
    if (PUBLICATION_AFTER.test(s.slice(end, end + 4)) || PUBLICATION_TITLE.test(title)) continue;
    const [a, b] = clauseBounds(s, start);
    const before = s.slice(a, start).replace(/《[^》]*》/g, (x) => '□'.repeat(x.length));
    // 就《X》，向…征求了意见: a forward cue may sit in the next clause when this one ends with the title
    const after = end === b ? s.slice(b, clauseBounds(s, Math.min(s.length, b + 1))[1]) : s.slice(end, b);
    const fwd = forwardCue(before, after, title);
    // a title alone in its clause (or after 关于/…的, or after the bodies that submit it) may be an
    // item of the sentence's list (an item of an enumerated list, 二、《B》, is alone in its clause too)
    // (and after the titles before it in the same list: 某某作的《A》、《B》)
    const lead = withoutTitlesAtEnd(before).replace(ENUMERATION_MARK_ONLY, '');
    let verb = fwd ?? governingVerb(before) ?? (/^(?:[^，；]*(?:关于|的))?$/.test(lead) || SUBMITTING_BODIES.test(lead) ? listVerb(s, a) : null);
    // 研究了《X》，原则同意印发实施: reviewed, then passed for issuing
    if (verb?.action === 'REVIEWED' && AGREED_TO_ISSUE.test(s.slice(end, end + 30))) verb = { action: 'APPROVED', rule: 'plan:approve' };
    // 审议了…关于检查《某法》实施情况的报告: the report is reviewed; the law whose carrying out it
    // inspects is only named
    if (verb && CARRIED_OUT_AFTER.test(s.slice(end, end + 12))) verb = null;
    // 《X》已经某日…会议审议通过(，现予印发): passed by the meeting named after it
    // (or in the next clause: 对《A》《B》予以修订，并经…会议通过)
    if (!verb?.action && (PASSED_BY_MEETING_AFTER.test(s.slice(end, b)) || PASSED_BY_MEETING_NEXT.test(s.slice(end, end + 120).replace(/《[^》]*》/g, '')))) verb = { action: 'APPROVED', rule: 'plan:approve-passive' };
    const by = verb?.action === 'APPROVED' ? ACTED_BY_MEETING.exec(before)?.[1] : undefined;
    out.push({ title, start: start + 1, end: cont ? end : end - 1, action: verb?.action ?? null, rule: verb?.action ? verb.rule : null, ...(by ? { by } : {}) });
  }
  // quoted titles: “…方案”
  const q = /“([^“”\n]{4,80})”/g;
  while ((m = q.exec(s)) !== null) {
    const title = m[1]!;
    if (!PLAN_KIND_RE.test(title) || title.length < 6) continue;
    const [a] = clauseBounds(s, m.index);
    const verb = governingVerb(s.slice(a, m.index));
    if (verb?.action === 'APPROVED' || verb?.action === 'REVIEWED') {
      out.push({ title, start: m.index + 1, end: m.index + m[0].length - 1, action: verb.action, rule: verb.action === 'APPROVED' ? 'plan:approve+quoted' : 'plan:review+quoted' });
    }
  }
  passCounted(out);
  out.push(...bareObjects(s, out, bracketed));
  // 讨论了《A》、研究了B等两项议题，并原则通过: a closing verb with no object passes all the sentence reviewed
  if (PASSED_AT_END.test(s)) for (const p of out) if (p.action === 'REVIEWED') Object.assign(p, { action: 'APPROVED', rule: 'plan:approve+closing' });
  // 建议会议议程为：审议《X》…: the agenda of another meeting — what it will act on is only named here
  const agenda = AGENDA.exec(s);
  if (agenda) for (const p of out) if (p.start >= agenda.index + agenda[0].length && p.action) Object.assign(p, { action: null, rule: null });
  return out;
}

/** The text before a title without the masked titles (□) that end it, each perhaps followed by 、/和/及/与 (a scan from the end: linear). */
function withoutTitlesAtEnd(before: string): string {
  let end = before.length;
  for (let i = end - 1; i >= 0; i--) {
    const ch = before[i]!;
    if (ch === '□') end = i;
    else if (!('、和及与'.includes(ch) && before[i - 1] === '□')) break;
  }
  return before.slice(0, end);
}

/** A count of documents and their kind (三个报告, 两项决议): a name for those listed before it, no title. */
const COUNTED_DOCUMENTS = /^([一二三四五六七八九十两\d]{1,2})(?:个|项|份|件)(报告|决议|决定|办法|方案|意见|条例)$/;

/**
 * 审议了《A报告》、《B报告》、《C报告》…通过了《三个报告》: the count names the last documents of its
 * kind the sentence reviewed before it, which are passed; the count itself is dropped.
 */
function passCounted(out: PlanMention[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = COUNTED_DOCUMENTS.exec(out[i]!.title);
    if (!c || out[i]!.action !== 'APPROVED') continue;
    const n = cnNumber(c[1]!);
    if (!n) continue;
    const named = out.slice(0, i).filter((p) => p.action === 'REVIEWED' && p.title.replace(DRAFT_AT_END, '').endsWith(c[2]!)).slice(-n);
    if (named.length !== n) continue;
    for (const p of named) Object.assign(p, { action: 'APPROVED', rule: 'plan:approve+counted' });
    out.splice(i, 1);
  }
}

/** A last clause that passes, with no object of its own (…，并原则通过。 …，会议一致同意。). */
const PASSED_AT_END = /[，,；]\s*(?:并|会议|均|一致|全部|予以)*(?:原则)?(?:审议)?(?:通过|同意|批准)(?:了)?[。！]?\s*$/;

/** The heading of another meeting's agenda (议程为：, 议题包括); what follows it in the sentence is not done here. */
const AGENDA = /议程(?:草案)?(?:建议)?(?:为|是|包括|如下)[：:]?|议题(?:为|是|包括|如下)[：:]?/;
const AGENDA_AT_END = new RegExp(`(?:${AGENDA.source})\\s*$`);

/**
 * Whether a sentence ends by heading an agenda (建议会议的主要议程是：), so that the enumerated lines
 * after it (一、听取和审查…；二、审查和批准…) are what that meeting will do, not what this one did.
 */
export function headsAgenda(s: string): boolean {
  return AGENDA_AT_END.test(s);
}

/** Whether a sentence is an item of an enumerated list (一、…, 2. …, (三)…). */
export function isEnumeratedItem(s: string): boolean {
  return ENUMERATION_MARK.test(s);
}

/**
 * Unbracketed documents a verb acts on. A passing verb (研究通过了…总体工作方案) passes its object and
 * the items of the list it heads (审议通过了A；B及报告人；C), items joined by 及/和 apart, up to an
 * item with a predicate of its own. A bare object of 研究/审议 is too often a topic (研究我区贯彻落实
 * 意见) to count, unless it reads as a document's title: 关于… or a draft (选举办法(草案)).
 */
function bareObjects(s: string, found: PlanMention[], bracketed: Array<[number, number]>): PlanMention[] {
  const scan: BareScan = { s, found, bracketed, out: [] };
  passedObjects(scan);
  agreedObjects(scan);
  reviewedObjects(scan);
  deliveredReports(scan);
  return scan.out;
}

/** A sentence read for unbracketed documents: the bracketed ones found already, and what is found here. */
interface BareScan {
  s: string;
  found: PlanMention[];
  bracketed: Array<[number, number]>;
  out: PlanMention[];
}

/** The text at `at` as a document the verb acts on, if it reads as one's title (without who submitted it). */
/** A body's report to another (某届市委向市第某次党代会的报告): the author is part of the title. */
const REPORT_TO_BODY = /^[^，。；和及]{2,20}向[^，。；和及]{2,30}(?:大会|党代会|代表大会|全会|常委会|人大)的报告$/;
/** Two reports joined by 和/及 (…的报告和…工作报告), each ending as a report does. */
const TWO_REPORTS = /^([^和及]{4,}?(?:的报告|工作报告))(和|及|以及)([^和及]{2,}(?:的报告|工作报告)(?:\([^()]{1,8}\))?)$/;

/** A notice by its title (关于开展…活动的通知): a document the meeting acts on, as a 关于… 请示 is. */
const NOTICE_TITLE = new RegExp(`^关于[^，。；]{2,}的通知(?:${DRAFT})?$`);
/** The draft of a report on something (关于…情况的报告(草案)): a document put to the meeting, not a report heard. */
const REPORT_DRAFT = new RegExp(`关于[^，。；]{2,}的报告${DRAFT}$`);

/** 关于 and a group of members deliberating (关于各代表团审议…, 关于各小组讨论…): what a report is about. */
const DELIBERATION_TOPIC = /^关于(?:各|全体)?[\u3400-\u9fff]{0,6}?(?:代表团|小组|委员|代表)(?:审议|讨论|审查|酝酿)/;

function takeBare(scan: BareScan, text: string, at: number, action: 'APPROVED' | 'REVIEWED', rule: RuleId): void {
  // (a resolution on a body's report keeps the body: 县人民政府关于…的报告的决议)
  // (nor does a report to a body: 十三届市委向市第十四次党代会的报告 is its title)
  // (and so does a body's decision, drafted or not: 某委员会关于设置…的决定(草案))
  const resolution = /的(?:决议|决定)$/.test(text.replace(DRAFT_AT_END, ''));
  let obj = REPORT_TO_BODY.test(text) ? text : resolution ? text.replace(FORWARDED_FOR, '') : text.replace(FORWARDED_FOR, '').replace(SUBMITTER, '').replace(SUBMITTED_BY, '');
  // 甲所作的工作报告和乙所作的主席团工作报告: two reports joined; the last one's title is what ends the object
  if (/所[作做]的/.test(obj) && !resolution) obj = obj.replace(/^.*所[作做]的/, '');
  // 某某关于某委员会关于…的报告: the person's 关于 introduces the body's report, whose title is the inner one
  if (obj.startsWith('关于') && SUBMITTER.test(obj.slice(2))) obj = obj.slice(2).replace(SUBMITTER, '');
  if (DOCUMENTS_TOGETHER.test(obj)) return;
  // 某委向党代会的报告和市纪委工作报告: two reports joined, each a title of its own
  const two = TWO_REPORTS.exec(obj);
  if (two) {
    const start = at + (text.length - obj.length);
    takeBare(scan, two[1]!, start, action, rule);
    takeBare(scan, two[3]!, start + two[1]!.length + two[2]!.length, action, rule);
    return;
  }
  // 听取了协商审议X: the inner verb heads its own object (X), read there
  if (/^(?:协商|认真|集中)?(?:研究审议|审议|讨论|审阅|审查|酝酿|表决)/.test(obj)) return;
  const session = isSessionReport(obj) || REPORT_TO_BODY.test(obj);
  if (obj.length < 6 || obj.length > 80 || !(session || BARE_PLAN_END.test(obj) || REPORT_DRAFT.test(obj) || NOTICE_TITLE.test(obj))) return;
  // a kind alone is no title (…项目表决办法(草案): 表决 inside the title is no verb, its object no plan),
  // nor a kind with only a word that points to it (下步工作方案, 相关实施方案)
  // (…存在问题以及下一步计划: the last of a list of topics so named is no title either)
  if (PLAN_KINDS.includes(obj.replace(DRAFT_AT_END, '')) || POINTER_AND_KIND.test(obj.replace(DRAFT_AT_END, '').split(/以及|、/).pop()!)) return;
  // (a resolution on a report keeps the 情况 of the report's title: 关于…计划执行情况…的决议; and a
  // draft is a document, whatever it reports on: 关于…审查情况的报告(草案), …情况报告的决议(草案))
  const undrafted = obj.replace(DRAFT_AT_END, '');
  const drafted = undrafted !== obj;
  const onDocument = drafted ? /的(?:决议|决定|报告)$/ : /的(?:决议|决定)$/;
  if (!session && !onDocument.test(undrafted) && (/情况|汇报|^工作$|^(?:我[市县区旗省])?贯彻落实/.test(undrafted) || (!drafted && /的报告$/.test(obj)))) return;
  // personnel acts (人事任免决议, 任免事项) are no documents of policy
  if (/任免/.test(obj)) return;
  // 关于各代表团审议政府工作报告(…的情况汇报): deputies deliberating, the topic of a report, not a title
  if (DELIBERATION_TOPIC.test(obj)) return;
  // (…全体会议通过的选举办法: read again after the inner 通过, the object keeps the 的 that ties it; no title starts so)
  obj = obj.replace(TIME_WORDS, '').replace(/^的/, '');
  if (obj.length < 4) return;
  const start = at + (text.length - obj.length);
  const end = at + text.length;
  // a quoted title inside the object: the whole object is the title
  const inner = scan.found.findIndex((p) => p.start >= start - 1 && p.end <= end);
  if (inner >= 0) scan.found.splice(inner, 1);
  if (!scan.out.some((p) => p.title === obj)) scan.out.push({ title: obj, start, end, action, rule });
}

/** What a passing verb passes: its object and the items of the list it heads, clause after clause. */
function passedObjects(scan: BareScan): void {
  const { s, bracketed } = scan;
  const approve = globalOf(APPROVE_VERB);
  let m: RegExpExecArray | null;
  while ((m = approve.exec(s)) !== null) {
    let at = m.index + m[0].length;
    for (let k = 0; k < 12 && at < s.length; k++) {
      const [, b] = clauseBounds(s, at);
      const clause = s.slice(at, b);
      if (bracketed.some(([x, y]) => x >= at && y <= b)) {
        // 通过了《A》、关于B的请示、《C》: the unbracketed items among bracketed ones
        takeItemsBetweenTitles(scan, clause, at);
        // 审议通过了以下事项：一、《A》；二、…: an enumerated list goes on past a bracketed item
        if ((s[b] !== '，' && s[b] !== '；') || !ENUMERATION_MARK.test(s.slice(b + 1, b + 8))) break;
        at = b + 1;
        continue;
      }
      if (k > 0 && (OTHER_PREDICATE.test(clause) || REVIEW_VERB.test(clause) || APPROVE_VERB.test(clause))) break;
      for (const [i, [item, off]] of listItems(clause).entries()) {
        // past the verb's own object, a 决定/决议/意见 is more often procedure (…截止日期的决定) than a plan
        // (unless it is a 关于… title: 关于设立A的决定、关于撤销B的决定)
        if ((k > 0 || i > 0) && LIST_ITEM_NOT_PLAN.test(item) && !/^关于/.test(item.replace(SUBMITTER, ''))) continue;
        takeBare(scan, item, at + off, 'APPROVED', 'plan:approve-bare');
      }
      if (s[b] !== '，' && s[b] !== '；') break;
      at = b + 1;
    }
  }
}

/** The items of a passed list that lie outside every 《title》 (关于B的请示 in 《A》、关于B的请示、《C》), each as a bare object. */
function takeItemsBetweenTitles(scan: BareScan, clause: string, at: number): void {
  for (const [item, off] of listItems(clause)) {
    const a = at + off;
    const b = a + item.length;
    if (scan.bracketed.some(([x, y]) => x < b && y > a) || LIST_ITEM_NOT_PLAN.test(item)) continue;
    takeBare(scan, item, a, 'APPROVED', 'plan:approve-bare');
  }
}

/** 会议同意某局提出的…方案: agreeing to a document passes it (同意将…, 同意由… agree to an act, not a document). */
function agreedObjects(scan: BareScan): void {
  const { s, bracketed } = scan;
  const agree = /(?<!原则|审议并原则)同意(?!将|把|由|对|在|给|按|以|从|了?[，。；])/g;
  let m: RegExpExecArray | null;
  while ((m = agree.exec(s)) !== null) {
    const at = m.index + m[0].length;
    const [, b] = clauseBounds(s, at);
    if (bracketed.some(([x, y]) => x >= at && y <= b)) continue;
    for (const [item, off] of listItems(s.slice(at, b))) takeBare(scan, item, at + off, 'APPROVED', 'plan:approve-bare');
  }
}

/**
 * What a reviewing verb can take bare: a session report (…报告), a 关于… title or a draft (…(草案));
 * and where the meeting did review (会议研究/研究了, not 要研究), a document by its own name
 * (…实施方案、…扶持办法等事项).
 */
function reviewedObjects(scan: BareScan): void {
  const { s, bracketed } = scan;
  const review = globalOf(REVIEW_VERB);
  let m: RegExpExecArray | null;
  while ((m = review.exec(s)) !== null) {
    // 讨论提出了X, 研究确定了X: the second verb's object is the one reviewed
    const at = m.index + m[0].length + (LINKED_VERB.exec(s.slice(m.index + m[0].length))?.[0].length ?? 0);
    if (APPROVE_VERB.exec(s.slice(m.index))?.index === 0) continue;
    // (听取了各讨论组关于讨论X…情况的汇报: a verb after 关于 is what a report is about, no act of this meeting)
    if (s.endsWith('关于', m.index)) continue;
    const [, b] = clauseBounds(s, at);
    const obj = s.slice(at, b);
    // 审议、表决X / 听取和审议X / 研究讨论X: the next verb's object; 表决的X: the verb describes X; 审议好X: asked, not done
    // (审查委员会, 审议组: the verb names a body, it does nothing)
    if (/^(?:[、，]|和|并|的|好|委员会|小组|组)/.test(obj) || REVIEW_VERB_AT_START.test(obj) || APPROVE_VERB_AT_START.test(obj)) continue;
    const done = /了$/.test(m[0]) || /会议(?:还|并|先后|分别)?$/.test(s.slice(Math.max(0, m.index - 4), m.index));
    if (!/报告|关于|\)/.test(obj) && !(done && DOCUMENT_NAMED.test(obj))) continue;
    // 听取了各代表团对政府工作报告、…的审议意见: what was heard is opinions on the reports, not the reports
    if (OPINIONS_ON.test(obj)) continue;
    const clauses: Array<[number, number]> = [[at, b], ...titlesContinued(s, b)];
    for (const [from, to] of clauses) {
      // 研究了X，原则同意印发实施: reviewed, then passed for issuing (as a 《title》 so followed)
      const agreed = AGREED_TO_ISSUE.test(s.slice(to, to + 30));
      for (const [item, off] of listItems(s.slice(from, to))) {
        // (a 《title》 in the list is read as one; the unbracketed items around it are read here)
        if (bracketed.some(([x, y]) => x < from + off + item.length && y > from + off)) continue;
        // (without who submitted it: 县财政局提交的关于…的请示)
        const title = item.replace(SUBMITTER, '').replace(SUBMITTED_BY, '');
        const namesDocument = /^关于/.test(title) || DRAFT_AT_END.test(title) || (done && DOCUMENT_NAMED.test(title) && !TO_BE_WRITTEN.test(title));
        if (isSessionReport(title)) takeBare(scan, item, from + off, 'REVIEWED', 'plan:session-report');
        else if (namesDocument && agreed) takeBare(scan, item, from + off, 'APPROVED', 'plan:approve-bare');
        else if (namesDocument) takeBare(scan, item, from + off, 'REVIEWED', 'plan:review-bare');
      }
    }
  }
}

/**
 * The clauses after a verb's object that go on listing titles (讨论了A的报告；县政府关于B的报告、关于C的
 * 报告；…): each starts, after ；, with a body's or a bare 关于… title and holds no verb of its own
 * before it; the first clause that does not ends the list.
 */
function titlesContinued(s: string, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let b = end;
  while (s[b] === '；') {
    const [, next] = clauseBounds(s, b + 1);
    const first = s.slice(b + 1, next).split('、')[0]!;
    const title = first.replace(SUBMITTER, '').replace(SUBMITTED_BY, '');
    // (no verb before the title: 原则通过了…工作报告 is a clause of its own)
    const before = first.slice(0, first.length - title.length) + (title.startsWith('关于') ? '' : title);
    if (!(/^关于[^，。；]{2,}的/.test(title) || isSessionReport(title)) || REVIEW_VERB.test(before) || APPROVE_VERB.test(before) || AGREE_VERB.test(before)) break;
    out.push([b + 1, next]);
    b = next;
  }
  return out;
}

/** Opinions or discussion on documents (各代表团对…报告的审议意见, 对…的讨论情况): the documents are only named. */
const OPINIONS_ON = /^[^，。；对]{0,16}对[^，。；]{2,80}?的(?:审议|讨论|修改)?(?:意见|建议|情况)/;

/** A verb after a reviewing one that hands on its object (讨论提出了…, 研究确定了…, 审议形成了…). */
const LINKED_VERB = /^(?:提出|确定|形成)了?/;

/** 向大会作政府工作报告: a session report delivered to the meeting (not 所作的…: named above by its verb). */
function deliveredReports(scan: BareScan): void {
  const { s } = scan;
  if (!s.includes('报告')) return;
  const deliver = /(?<![工所])(?:作|做)了?(?!的)/g;
  let m: RegExpExecArray | null;
  while ((m = deliver.exec(s)) !== null) {
    const at = m.index + m[0].length;
    const [, b] = clauseBounds(s, at);
    for (const [item, off] of listItems(s.slice(at, b))) if (isSessionReport(item.replace(SUBMITTER, ''))) takeBare(scan, item, at + off, 'REVIEWED', 'plan:session-report');
  }
}

/** A list item that is only a body (县人大常委会, 法院, 检察院, 县政府): part of a title the items share. */
const BODY_ALONE = /^[\u3400-\u9fff]{0,8}(?:人大常委会|常委会|人民政府|政府|人民法院|法院|人民检察院|检察院|监委|纪委|政协)$/;

/** After 和/及: the rest of a report or resolution on both items (…草案的审查结果报告). */
const ON_BOTH = new RegExp(`^[^关《》]{1,40}?的[^的《》]{0,8}(?:报告|决议|决定)(?:${DRAFT})?$`);

/** What follows 和/及 when it joins the subjects a committee examines (计划和预算审查委员会, 计划和财政预算审查委员会). */
const COMMITTEE_OF_TOPICS = /^[^、，；《》]{1,10}?审查委员会/;

/** A 《title》 (and its draft mark) ending a list item: 和/及 after it separates items. */
const BRACKETED_AT_END = new RegExp(`》(?:${DRAFT})?$`);

/**
 * The items of a list of unbracketed titles, each with its offset: split at 、, and at 和/及/与
 * only where a whole title ends (关于国民经济和社会发展计划的报告 is one item); the tail that closes
 * the list (…方案等事项, 等事宜) is no part of its last item.
 */
function listItems(list: string): Array<[string, number]> {
  const clause = list.replace(ETC_AT_END, '');
  const out: Array<[string, number]> = [];
  let from = 0;
  const sep = ITEM_SEPARATOR_G;
  sep.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(clause)) !== null) {
    const left = clause.slice(from, m.index);
    if (m[0] !== '、' && !(BARE_PLAN_END.test(left) || isSessionReport(left) || BRACKETED_AT_END.test(left))) continue;
    // (a 关于 title ends after its 的: 关于收集意见和建议情况的报告 is one; 关于A方案以及关于B方案 are two)
    if (m[0] !== '、' && /关于(?!.*的)/.test(left) && !clause.startsWith('关于', m.index + m[0].length)) continue;
    // 关于A、B和C的报告 is one title, 关于A的意见、关于B的方案 two: a 关于 whose 的 comes after the 、
    if (m[0] === '、' && /关于(?!.*的)/.test(left) && /^[^关《]*的/.test(clause.slice(m.index + 1))) continue;
    // 县人大常委会、法院、检察院工作报告的决议: bodies alone before the title they share are no items
    if (m[0] === '、' && BODY_ALONE.test(left.slice(left.lastIndexOf('、') + 1))) continue;
    // 计划和预算审查委员会(名单): a committee named after what it examines, no title before 和
    if (m[0] !== '、' && COMMITTEE_OF_TOPICS.test(clause.slice(m.index + m[0].length))) continue;
    // A和B的审查结果报告, A及B的决议: a report or resolution on both is one item
    if (m[0] !== '、' && !BRACKETED_AT_END.test(left) && ON_BOTH.test(clause.slice(m.index + m[0].length).split('、')[0]!)) continue;
    out.push([left, from]);
    from = m.index + m[0].length;
  }
  out.push([clause.slice(from), from]);
  return out;
}

/** A plan's kind (方案/计划/意见/办法/报告/规划 …) and year, read from its title. */
export function planFacts(title: string): { kind: string | null; year: number | null } {
  const core = title.replace(/(?:\([^()]{1,12}\))+$/, '');
  const kind = PLAN_KINDS.find((k) => core.endsWith(k)) ?? null;
  const y = /(?<![-—–~至到\d])((?:19|20)\d{2})年(?!\s*[-—–~至到])/.exec(title);
  return { kind, year: y ? Number(y[1]) : null };
}
