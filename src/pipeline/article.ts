import type { RelationType } from '../domain/index.js';
import { findMonthDay, wholeDate, type MonthDay } from './dates.js';
import { findMeetings, kindOnce, meetingFacts, sameMeeting, studiedSpans, type MeetingMention } from './meetings.js';
import { MEETING_TIME_FIELD, type NormalisedText } from './normalise.js';
import { findPeople, type PersonMention, type RoleAssignment, type SentencePeople } from './people.js';
import { findPlans, headsAgenda, isEnumeratedItem, planFacts } from './plans.js';
import type { RuleId } from './rules.js';
import { findStaff, type StaffMention } from './staff.js';
import { originalSlice } from './text-map.js';
import { NameIndex } from './name-index.js';
import { ADDRESS_POSTS, PRESIDING_TITLE, SURNAMES_2 } from './lexicon.js';
import { isPlainDictionaryWord } from './segment.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A meeting as the article reads it, mention by mention. */
export interface MeetingState {
  idx: number;
  name: string;
  names: Set<string>;
  status: 'held' | 'referenced';
  md: MonthDay | null;
  format: string | null;
  firstSentence: number;
  /** Where its joint name (A暨B) was given: in the headline only, or in the body too (undefined: never). */
  jointNamed?: 'headline' | 'body';
}

/** A relationship read from a sentence, before the ids of its ends are chosen. */
export interface PendingRel {
  type: RelationType;
  from: { kind: 'person'; name: string } | { kind: 'meeting'; idx: number } | { kind: 'document' };
  to: { kind: 'meeting'; idx: number } | { kind: 'plan'; title: string } | { kind: 'document' };
  sentence: Sentence;
  rule: RuleId;
  /** For a person's part in a meeting: how the name was read (it caps the confidence). */
  nameRule?: RuleId;
}

export interface PersonState {
  titles: string[];
  titleEvidence: Record<string, string>;
  mentions: PersonMention[];
  surface: string | null;
}

/** The marks that bullet an item of a page of briefs. */
const BULLET_MARK = '[◆◇●○■□▲△★☆•※]';
/**
 * A sentence that opens with its day ("3月2日，…", "本报讯 昨日上午，…", "（记者 某某）近日…"): in a new
 * paragraph that reports a meeting, the start of another report.
 */
const DATE_LEAD = new RegExp(String.raw`^(?:${BULLET_MARK}\s*)?(?:(?:本报|本台|本网)(?:讯|消息)|又讯|[^，。\s]{2,12}讯)?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日|昨(?:天|日)|今(?:天|日)|前天|前日|日前|近日)`);
/** 通过了以上/上述(三个)报告: passing what was named before (group 1: 报告, or the documents at large). */
const PASSED_ABOVE = /(?:审议|表决|讨论|一致|全票|会议)?通过(?:了)?(?:以上|上述)(?:[一二三四五六七八九十两\d]{1,2}(?:个|项|份|件))?(报告|文件|议案|事项|材料)/;
/** A bullet that starts an item of a page of briefs (◆9月27日，…). */
const BULLET = new RegExp(`^${BULLET_MARK}`);
/** A study verb earlier in the sentence, and 精神 soon after a meeting's name (…在某会议上的讲话精神). */
const STUDY_VERB_BEFORE = /传达|学习|贯彻|领会/;
const SPIRIT_AFTER = /^[^。；]{0,20}?精神/;
/** The title of a printed speech: 在某会议上的讲话 (or 主持词, 致辞), alone on its line. */
const SPEECH_TITLE = /^在[^，。；]{2,60}上的(?:讲话|主持词|致辞|总结讲话|动员讲话)$/;
/** A line that is only a title and a name (县委书记 某某). */
const SPEAKER_LINE = /^[\u3400-\u9fff·、\s]{2,30}$/;
/** When another meeting or the watching has ended (省会议结束后, 收看结束后, 紧接着): what follows is next. */
const ENDED_BEFORE = '[^，。；]{0,12}?(?:会议|收看|收听)结束后|紧接着';
/** A sentence about what happened before or after the meeting, not the meeting itself. */
const SIDE_SENTENCE = new RegExp(`^(?:会前|会后|会议前|${ENDED_BEFORE}|此前|随后|同日|当日|当天|次日|前一天)`);
/**
 * A side sentence that moves the report on: a meeting held after the first one (随后召开…, 省会议结束后/收看结束后，
 * 我市紧接着召开…) is what the text reports next, on the same day unless it says otherwise.
 */
const NEXT_REPORT = new RegExp(`^(?:随后|会后|${ENDED_BEFORE}|同日|当日|当天)`);
/** A side sentence about what was held just before the meeting, on its day. */
const SAME_DAY_BEFORE = /^(?:会前|会议前)/;

/**
 * 《titles》 masked (same length), so that names inside them are not read as people; a report's kind
 * at the end stays (某某所作的《□□□□报告》: the one who delivered it took the floor).
 */
function maskTitles(s: string): string {
  return s.replace(/《([^《》]*)》/g, (_, inner: string) => {
    const kind = REPORT_KIND_AT_END.exec(inner)?.[0] ?? '';
    return '《' + '□'.repeat(inner.length - kind.length) + kind + '》';
  });
}
const REPORT_KIND_AT_END = /(?:报告|说明|汇报|通报)$/;

/**
 * Two days as written may be the same day: a day without its month matches any month's, and a
 * relative day (昨天) any day (which one it is depends on the publication date).
 */
const sameDay = (a: MonthDay, b: MonthDay): boolean =>
  a.relative !== undefined || b.relative !== undefined || (a.day === b.day && (a.month === null || b.month === null || a.month === b.month) && (a.year === null || b.year === null || a.year === b.year));

/** A studied meeting named again by the end of its name (党的二十届四中全会 … 四中全会精神). */
/** A referenced meeting's shorter name (the end of the full one), or the same with its kind named twice (…生活会会议). */
const shortFormOf = (short: string, full: string) => (short.length >= 4 && full.length > short.length && full.endsWith(short)) || (short !== full && kindOnce(short) === kindOnce(full));
/** Convening or holding something (the lead of a meeting's report). */
const CONVENES = /召开|举行/;
/** A lead's verb that gathers people for the meeting the headline names (召开, 举行, 约请…座谈, 召集). */
const LEAD_GATHERS = new RegExp(`${CONVENES.source}|召集|约请|邀请|座谈`);
/** The rules of a meeting convened by a verb (召开会议): a generic name then still means a meeting held. */
const CONVENED_UNNAMED = new Set(['meeting:召开', 'meeting:主持召开']);
/** How many of the latest meetings a new mention is compared with, name by name (real articles have a handful). */
const MEETING_WINDOW = 64;

/** The end of a sentence's first clause. */
const CLAUSE_END = /[，,；：]/;

/**
 * The names known for the whole article before its sentences are read in order: names given
 * with a title or in a titled list anywhere (a later bare mention is the same person), and the
 * staff of its bylines (in the text and in the page's header lines), who are not officials.
 */
export interface KnownNames {
  masked: string[];
  firstPass: SentencePeople[];
  known: NameIndex;
  staff: StaffMention[];
  pageStaff: Array<StaffMention & { line: { text: string; original: string } }>;
  /** Names of the bylines that the story gives no office: never people of the story. */
  staffNames: Set<string>;
  /** A person addressed by surname and post (王县长, 李副市长), where one person of the article alone has both: their name. */
  addressed: Map<string, string>;
}

export function knownNames(norm: NormalisedText, sentences: Sentence[]): KnownNames {
  const masked = sentences.map((s) => maskTitles(s.text));
  const firstPass = masked.map((ms) => findPeople(ms, NameIndex.EMPTY));
  const names = new Set<string>();
  for (const r of firstPass) for (const p of r.mentions) if (p.via !== 'bare') names.add(p.name);
  const staff = findStaff(norm.text);
  // bylines in the page's header and footer lines (作者：某某 责任编辑：某某), removed from the text
  const pageStaff = norm.meta.pageLines.flatMap((line) => findStaff(line.text).map((s) => ({ ...s, line })));
  // a byline's name is no person of the story, unless the story gives it an office (区政府办公室主任
  // 某某出席会议 … 审稿人：某某: the director who attended also signed the text off; so does a list's
  // item with the list's title, 党委委员甲、乙出席 … 审核：乙)
  const officials = new Set(firstPass.flatMap((r) => r.mentions.filter((p) => p.titles.length && (p.via === 'title' || p.via === 'suffix-title' || p.via === 'list')).map((p) => p.name)));
  const staffNames = new Set([...staff, ...pageStaff].map((s) => s.name).filter((n) => !officials.has(n)));
  for (const n of staffNames) names.delete(n);
  // (names run together in a list, 甲乙出席, are the two names the article gives elsewhere)
  for (const n of [...names]) if (joinedAt(n, names)) names.delete(n);
  const addressed = addressedByPost(firstPass, names);
  return { masked, firstPass, known: new NameIndex([...names, ...addressed.keys()]), staff, pageStaff, staffNames, addressed };
}

/**
 * 周某某曾某某列席 (a headline that runs names together, 甲主持 乙丙出席): a name read whole that is two
 * names the article knows, one after the other, is those two people, each with the mention's part.
 */
function splitJoinedNames(found: SentencePeople, known: NameIndex): void {
  for (const p of [...found.mentions]) {
    if (known.has(p.name)) continue;
    const k = joinedAt(p.name, known);
    if (k === 0) continue;
    const second: PersonMention = { ...p, name: p.name.slice(k), start: p.start + k, titles: [...p.titles] };
    p.name = p.name.slice(0, k);
    p.end = Math.min(p.end, p.start + k);
    found.mentions.splice(found.mentions.indexOf(p) + 1, 0, second);
    for (const r of found.roles) {
      const i = r.people.indexOf(p);
      if (i >= 0) r.people.splice(i + 1, 0, second);
    }
  }
}

/** Where a name read whole splits into two names that `known` holds (周某某|曾某某), or 0. */
function joinedAt(name: string, known: { has(n: string): boolean }): number {
  if (name.length < 4 || name.includes('·')) return 0;
  return [2, 3, 4].find((k) => name.length - k >= 2 && known.has(name.slice(0, k)) && known.has(name.slice(k))) ?? 0;
}

/** The post a title ends in, with its 副 (县委书记 → 书记, 常务副县长 → 副县长), or null. */
function postOf(title: string): string | null {
  const post = ADDRESS_POSTS.find((p) => p !== '同志' && title.endsWith(p));
  if (!post) return null;
  return title.endsWith(`副${post}`) ? `副${post}` : post;
}

/**
 * 由王县长主持, 李书记指出: surname and post stand for the one person of the article with that
 * surname and a title ending in that post (县长王某某); none where two people share them.
 */
function addressedByPost(firstPass: SentencePeople[], names: Set<string>): Map<string, string> {
  const byAddress = new Map<string, Set<string>>();
  for (const r of firstPass) {
    for (const p of r.mentions) {
      if (!names.has(p.name) || p.name.length < 2 || p.name.includes('·')) continue;
      const surname = p.name.slice(0, SURNAMES_2.has(p.name.slice(0, 2)) ? 2 : 1);
      for (const t of p.titles) {
        const post = postOf(t);
        if (!post) continue;
        const address = surname + post;
        if (!names.has(address)) byAddress.set(address, (byAddress.get(address) ?? new Set()).add(p.name));
      }
    }
  }
  const out = new Map<string, string>();
  for (const [address, people] of byAddress) if (people.size === 1) out.set(address, [...people][0]!);
  return out;
}

/** Of several meetings named together, the business meeting (常务会议) takes the plans, else the last named. */
function planTarget(group: MeetingState[]): MeetingState | null {
  return group.find((m) => meetingFacts(m.name).kind === '常务会议') ?? group[group.length - 1] ?? null;
}

/**
 * Of a meeting named jointly (A暨B), the parts its other names (given alone) are: whether `name` is
 * a part none of them is (`other`), and the longest of them (the meeting's name once the parts part).
 */
function partsHeld(m: MeetingState, name: string): { other: boolean; longest: string } {
  const joint = [...m.names].find((n) => n.includes('暨'));
  if (!joint) return { other: false, longest: m.name };
  const parts = joint.split('暨').filter((p) => p.length >= 4);
  const partOf = (n: string) => parts.findIndex((p) => sameMeeting(p, n));
  const k = partOf(name);
  const alone = [...m.names].filter((n) => !n.includes('暨') && partOf(n) >= 0);
  const other = k >= 0 && alone.length > 0 && alone.every((n) => partOf(n) !== k && !sameMeeting(n, name));
  return { other, longest: alone.reduce((a, b) => (b.length > a.length ? b : a), alone[0] ?? m.name) };
}

/**
 * What the sentences of one article say, read in order: the meetings (which one the text is
 * reporting at each point), the people with their titles, their parts in the meetings, and the
 * plans the meetings acted on. Each step of a sentence is a method.
 */
export class ArticleReading {
  readonly meetings: MeetingState[] = [];
  readonly rels: PendingRel[] = [];
  readonly people = new Map<string, PersonState>();
  /** Where names are in the text (a place name inside a person's name is no place). */
  readonly personSpans: Array<[number, number]> = [];
  /** Where the text relays what others said or decided (传达学习/贯彻落实…精神): a place named there is theirs. */
  readonly studiedSpans: Array<[number, number]> = [];
  readonly plans = new Map<string, { title: string; rule: RuleId }>();
  /** The meetings each name was first given to (a lookup for meetingNamed). */
  private readonly byName = new Map<string, MeetingState[]>();
  /** The meeting the text is reporting at this point. */
  main: MeetingState | null = null;
  /** Meetings introduced together with the main one ("A和B"). */
  mainGroup: MeetingState[] = [];
  /** In an item of briefs that named no meeting (itemWithoutMeeting): its roles are at no meeting. */
  private inItemWithoutMeeting = false;
  /** Whether the sentences read are the enumerated items of an agenda headed before them. */
  private inAgenda = false;
  /** Whether the sentence just read relayed what others said (传达学习…精神): the next may relay on. */
  private relayedBefore = false;
  /**
   * The day of the first sentence that opens with one before any meeting is named (10月18日，某县举办…):
   * the day of a meeting known only by the roles read later (…参加会议), whose own sentence gives none.
   */
  private leadDay: MonthDay | null | undefined = undefined;
  /** A speech's title just read (在某会议上的讲话): the sentence it is in, and its meeting. */
  private speech: { si: number; st: MeetingState } | null = null;
  /** Meetings the headline named jointly (A暨B) and the body has not (a headline's few, looked through whole). */
  private readonly headlineJoints: MeetingState[] = [];

  constructor(
    private readonly norm: NormalisedText,
    private readonly names: KnownNames,
  ) {}

  /** Read every sentence in order. */
  static read(norm: NormalisedText, sentences: Sentence[], names: KnownNames): ArticleReading {
    const r = new ArticleReading(norm, names);
    sentences.forEach((s, i) => r.readSentence(s, i));
    return r;
  }

  readSentence(sentence: Sentence, si: number): void {
    const s = sentence.text;
    const studied = studiedSpans(s);
    for (const [a, b] of studied) this.studiedSpans.push([sentence.start + a, sentence.start + b]);
    const mentions = findMeetings(s, studied);
    const side = SIDE_SENTENCE.test(s);
    const named = this.meetingsNamed(mentions, sentence, si, side);
    const { referenced } = named;
    // (a sitting the meeting reported held itself, 会议首先召开预备会议, is part of that report)
    const held = this.main ? named.held.filter((h) => !h.mm.sitting || h.st === this.main) : named.held;
    this.followReport(sentence, held, side);
    if (!held.length) this.itemWithoutMeeting(sentence);
    this.noteFormat(s, held);
    // the meetings this sentence is about: those it names as held, else the one being reported
    // (with those named together with it: 召开党组会议、常务会议 … 会议由某某主持 chairs both)
    const ctx: MeetingState[] = held.length ? [...new Set(held.map((h) => h.st))] : this.main ? (this.mainGroup.includes(this.main) ? this.byKindNamed(s, this.mainGroup) : [this.main]) : [];
    this.linkStudied(referenced, studied, ctx[0] ?? this.main, sentence);
    this.meetingTimeField(s);
    const found = this.peopleIn(sentence, si, studied);
    this.speakerOfSpeech(sentence, si, held, found);
    this.assignRoles(found.roles, { mentions, studied, ctx, sentence, si });
    // a meeting the roles of this very sentence brought in (a headline run into the text) is dated by it too
    if (!ctx.length && this.main) for (const mm of mentions) if (mm.status === 'generic') this.dateFromGeneric(mm, sentence, side);
    if (!held.length && !side) this.dateFromLead(s);
    this.plansIn(sentence, mentions, held.length > 0, ctx);
    this.relayedBefore = studied.length > 0;
  }

  /** 时间：2024年4月22日上午 (a meeting's minutes give its fields): the day of the meeting reported, if none yet. */
  private meetingTimeField(s: string): void {
    if (!this.main || this.main.md || !MEETING_TIME_FIELD.test(s)) return;
    // (as a table gives it, 开会日期：2020-12-22 09:00, by the Republic's years as Taiwan's minutes
    // do, 中华民国111年4月27日, or as text does, 时间：4月22日上午)
    this.main.md = wholeDate(s) ?? findMonthDay(s);
  }

  /** A meeting mention merged into the article's meetings (a short and a full name are one). */
  addMeeting(mm: MeetingMention, si: number, sentence: Sentence): MeetingState {
    const status = mm.status === 'referenced' ? 'referenced' : 'held';
    // the day before the name, else right after it in its own clause ("…会议3月2日召开"), not a day
    // a later clause or headline part gives another meeting ("…主任会议 决定第十八次会议2月21日召开")
    const md = status === 'held' ? findMonthDay(sentence.text.slice(0, mm.start)) ?? findMonthDay(sentence.text.slice(mm.end).split(/[，。；\s]|决定/)[0] ?? '') : null;
    let st = this.meetingNamed(mm.name, status, md);
    if (!st) {
      // (a headline's A暨B whose parts the body convenes one by one: the joint is the first part's now)
      const joint = status === 'held' ? this.jointOfOtherPart(mm.name) : undefined;
      if (joint) joint.name = partsHeld(joint, mm.name).longest;
      st = { idx: this.meetings.length, name: mm.name, names: new Set(), status, md: null, format: null, firstSentence: si };
      this.meetings.push(st);
      this.nameMeeting(st, mm.name);
    } else {
      this.nameMeeting(st, mm.name);
      // keep the most specific name: with an ordinal, else the longer
      const fa = meetingFacts(st.name);
      const fb = meetingFacts(mm.name);
      if ((!fa.ordinal && fb.ordinal) || (!!fa.ordinal === !!fb.ordinal && mm.name.length > st.name.length)) st.name = mm.name;
    }
    if (status === 'held' && !st.md) st.md = md;
    if (mm.name.includes('暨') && st.jointNamed !== 'body') {
      st.jointNamed = sentence.text === this.norm.meta.title ? 'headline' : 'body';
      if (st.jointNamed === 'headline' && !this.headlineJoints.includes(st)) this.headlineJoints.push(st);
    }
    return st;
  }

  /**
   * A meeting the headline names jointly (市政府党组会议暨第45次常务会议), whose one part the body has
   * convened by that part's name, when `name` is the other part: the body reports two meetings, one
   * after the other (…主持召开市政府党组会议 … 随后，…主持召开市政府第45次常务会议), not one.
   */
  private jointOfOtherPart(name: string): MeetingState | undefined {
    if (name.includes('暨')) return undefined;
    return this.headlineJoints.find((m) => m.status === 'held' && m.jointNamed === 'headline' && partsHeld(m, name).other);
  }

  /** A name the meeting goes by, indexed for meetingNamed. */
  private nameMeeting(st: MeetingState, name: string): void {
    if (st.names.has(name)) return;
    st.names.add(name);
    const same = this.byName.get(name);
    if (same) same.push(st);
    else this.byName.set(name, [st]);
  }

  /**
   * The meeting a name (and its day) is one of: the first under this name or another of the same
   * meeting (sameMeeting) — looked for among the latest MEETING_WINDOW meetings, then by the exact name
   * among all, so that a chronicle of thousands of meetings takes time in proportion to its length.
   * One name on two days is two meetings (a roundup: 5月23日…召开党组会议 … 又讯 5月29日…召开党组会议).
   */
  private meetingNamed(name: string, status: MeetingState['status'], md: MonthDay | null): MeetingState | undefined {
    const sameDayAs = (m: MeetingState) => !(md && m.md && !sameDay(md, m.md));
    for (let i = Math.max(0, this.meetings.length - MEETING_WINDOW); i < this.meetings.length; i++) {
      const m = this.meetings[i]!;
      if (m.status === status && (m.names.has(name) || (status === 'held' ? sameMeeting(m.name, name) && !(m.jointNamed === 'headline' && partsHeld(m, name).other) : shortFormOf(name, m.name))) && sameDayAs(m)) return m;
    }
    // (the first that fits, as in the window: the index lists them in the order they took the name)
    let first: MeetingState | undefined;
    for (const m of this.byName.get(name) ?? []) if (m.status === status && sameDayAs(m) && (!first || m.idx < first.idx)) first = m;
    return first;
  }

  /** The meetings a sentence names, held or referenced; a generic name (座谈会) dates the one being reported. */
  private meetingsNamed(mentions: MeetingMention[], sentence: Sentence, si: number, side: boolean) {
    const held: Array<{ mm: MeetingMention; st: MeetingState }> = [];
    const referenced: Array<{ mm: MeetingMention; st: MeetingState }> = [];
    for (const mm of mentions) {
      if (mm.status === 'generic') {
        // 8月8日，某某街道召开会议…: before any meeting is reported, the one convened unnamed is it, on that day
        // (随后召开座谈会 after a lead that reported no meeting, 收看…, 调研…: the first convened is it too)
        if (!this.main && (!side || !this.meetings.length) && CONVENED_UNNAMED.has(mm.rule)) {
          const st = this.addMeeting({ ...mm, status: 'held' }, si, sentence);
          // (收看结束后，随即召开座谈会: a day its own sentence does not give is the dated lead's)
          st.md ??= this.leadDay ?? null;
          held.push({ mm, st });
          continue;
        }
        this.dateFromGeneric(mm, sentence, side);
        continue;
      }
      const st = this.addMeeting(mm, si, sentence);
      // (7月7日，某某带队督导… 随后，某某主持召开X: the first meeting, convened right after a dated lead
      // that reported none, is on the lead's day when its own sentence gives none)
      if (!this.main && st.status === 'held' && NEXT_REPORT.test(sentence.text)) st.md ??= this.leadDay ?? null;
      // (会议还套开X: X sat with the meeting reported, on its day)
      if (mm.rule === 'meeting:套开' && this.main && this.main !== st) st.md ??= this.main.md;
      if (st.status === 'held') held.push({ mm, st });
      else referenced.push({ mm, st });
    }
    return { held, referenced };
  }

  /**
   * Of meetings announced together (召开党组会议和常务会议), the one a sentence's first clause names by
   * its kind (党组会议由某某主持…, 常务会议上，…); all of them when it names none or several.
   */
  private byKindNamed(s: string, group: MeetingState[]): MeetingState[] {
    if (group.length < 2) return group;
    const clause = s.slice(0, CLAUSE_END.exec(s)?.index ?? s.length);
    const named = oneOfKind(group, (kind) => clause.includes(kind));
    return named ? [named] : group;
  }

  /** "3月7日上午，某某主持召开座谈会": the article's meeting, named in full elsewhere (or not at all), on this day. */
  private dateFromGeneric(mm: MeetingMention, sentence: Sentence, side: boolean): void {
    if (this.main && this.main.status === 'held' && !this.main.md && !side) this.main.md = findMonthDay(sentence.text.slice(0, mm.start));
  }

  /**
   * 8月12日上午，某镇在会议室召开换届工作动员，…: a dated lead that convenes something it does not name
   * as a meeting dates the meeting being reported (named by the headline), if nothing dated it yet; so
   * does one that gathers people for it (9月27日下午，市政协约请…负责人，就…进行座谈).
   */
  private dateFromLead(s: string): void {
    if (!this.main && !this.meetings.length && this.leadDay === undefined && DATE_LEAD.test(s)) this.leadDay = findMonthDay(s.split('，')[0]!);
    if (!this.main || this.main.status !== 'held' || this.main.md || !DATE_LEAD.test(s)) return;
    const at = LEAD_GATHERS.exec(s)?.index;
    if (at !== undefined) this.main.md = findMonthDay(s.slice(0, at));
  }

  /** Which meeting the text reports from here on: the first held, then another in a new dated paragraph (a roundup). */
  private followReport(sentence: Sentence, held: Array<{ st: MeetingState }>, side: boolean): void {
    if (!held.length) return;
    const named = [...new Set(held.map((h) => h.st))];
    const reportNow = (sts: MeetingState[]) => {
      this.inItemWithoutMeeting = false;
      this.main = sts[0]!;
      this.mainGroup = sts;
    };
    if (!this.main) return reportNow(named);
    if (side) {
      // 随后，某某主持召开B: B is reported from here on (on A's day when it gives none); 会前召开C: only
      // this sentence, on A's day too
      if (SAME_DAY_BEFORE.test(sentence.text)) for (const st of named) if (st !== this.main) st.md ??= this.main.md;
      if (!NEXT_REPORT.test(sentence.text) || (named.includes(this.main) && named.length === this.mainGroup.length)) return;
      for (const st of named) st.md ??= this.main.md;
      return reportNow(named);
    }
    // (a news item's lead, 本报讯…, starts a paragraph even where a page ran its paragraphs together)
    const paragraphStart = this.atLineStart(sentence.start) || /^(?:(?:本报|本台|本网)(?:讯|消息)|又讯)/.test(sentence.text);
    if (paragraphStart && DATE_LEAD.test(sentence.text) && named.every((st) => !this.mainGroup.includes(st))) return reportNow(named);
    // meetings announced together (召开A和B), then reported one by one (某某主持召开A …)
    if (this.mainGroup.length > named.length && named.every((st) => this.mainGroup.includes(st))) reportNow(named);
  }

  /**
   * ◆在…之际，9月27日，县政协组织…开展联谊活动。: a dated item of a page of briefs that names no meeting
   * held ends the report of the one before (its people attend the item's event, not that meeting).
   */
  private itemWithoutMeeting(sentence: Sentence): void {
    // (a dated item: a report's own points may be bulleted too, ◆会议强调…, and stay the meeting's)
    if (!BULLET.test(sentence.text) || !findMonthDay(sentence.text)) return;
    if (!this.atLineStart(sentence.start)) return;
    this.main = null;
    this.mainGroup = [];
    this.inItemWithoutMeeting = true;
  }

  /** Whether only white space stands between the line's start and `at`. */
  private atLineStart(at: number): boolean {
    let i = at;
    while (i > 0 && /[ \t\u3000]/.test(this.norm.text[i - 1]!)) i--;
    return i === 0 || this.norm.text[i - 1] === '\n';
  }

  /** 以电视电话会议形式召开 / 设分会场: the format of the meeting being reported. */
  private noteFormat(s: string, held: unknown[]): void {
    if (this.main && /电视电话会议|视频会议/.test(s) && /形式|方式|召开|设分会场/.test(s) && !held.length) {
      this.main.format = /电视电话/.test(s) ? '电视电话会议' : '视频会议';
    }
  }

  /**
   * Meetings relayed or studied (传达学习…会议精神) by the meeting this sentence is about — not
   * every meeting it refers to (决定于某日召开某会议, 开好某会: planned, not studied).
   */
  private linkStudied(referenced: Array<{ mm: MeetingMention; st: MeetingState }>, studied: Array<[number, number]>, by: MeetingState | null, sentence: Sentence): void {
    if (!by) return;
    for (const { mm, st: r } of referenced) {
      // (传达学习甲的讲话精神和乙在某会议上的讲话精神: a later item of the studied list counts too)
      const isStudied =
        mm.rule === 'meeting:传达学习' ||
        studied.some(([a, b]) => mm.start >= a && mm.start < b) ||
        (STUDY_VERB_BEFORE.test(sentence.text.slice(0, mm.start)) && SPIRIT_AFTER.test(sentence.text.slice(mm.end)));
      if (r !== by && isStudied) this.rels.push({ type: 'STUDIED', from: { kind: 'meeting', idx: by.idx }, to: { kind: 'meeting', idx: r.idx }, sentence, rule: 'studied:传达学习' });
    }
  }

  /**
   * The people of a sentence, recorded with their titles, surface form and place in the text; not
   * those named inside what it relays or studies (传达…李某总理的讲话精神): they did not take part, and
   * their titles are not those of a participant who has the same name.
   */
  private peopleIn(sentence: Sentence, si: number, studied: Array<[number, number]>): SentencePeople {
    const { masked, firstPass, known, staffNames } = this.names;
    // the second pass differs from the first only where a name known from elsewhere (not already
    // read in this sentence) appears
    const ms = masked[si]!;
    const first = firstPass[si]!;
    const firstNames = new Set(first.mentions.map((m) => m.name));
    const found = known.anyIn(ms, firstNames) ? findPeople(ms, known) : first;
    splitJoinedNames(found, known);
    for (const p of found.mentions) {
      // (王县长: the person so addressed, by name; the roles hold the same mention)
      const named = this.names.addressed.get(p.name);
      if (named) p.name = named;
      if (staffNames.has(p.name)) continue;
      if (studied.some(([a, b]) => p.start > a && p.start < b)) continue;
      const e = this.people.get(p.name) ?? { titles: [], titleEvidence: {}, mentions: [], surface: null };
      // (the name's own span: a mention may run on over a title after the name, 某某常务副县长)
      const surface = originalSlice(this.norm.original, this.norm, sentence.start + p.start, sentence.start + p.start + p.name.length);
      if (!named && !e.surface && surface !== p.name) e.surface = surface;
      for (const t of p.titles) {
        // (主持人：某某, 会议主持人某某: a part in this meeting written where a title goes, no post held)
        if (e.titles.includes(t) || PRESIDING_TITLE.re.test(t)) continue;
        e.titles.push(t);
        e.titleEvidence[t] = sentence.text;
      }
      e.mentions.push(p);
      this.people.set(p.name, e);
      this.personSpans.push([sentence.start + p.start, sentence.start + p.end]);
    }
    return found;
  }

  /**
   * A speech printed under its title (在某会议上的讲话) names its speaker alone on a line right
   * under it (县委书记 某某, before or after the date): the speaker spoke at that meeting.
   */
  private speakerOfSpeech(sentence: Sentence, si: number, held: Array<{ mm: MeetingMention; st: MeetingState }>, found: SentencePeople): void {
    if (SPEECH_TITLE.test(sentence.text) && held.length === 1) {
      this.speech = { si, st: held[0]!.st };
      return;
    }
    if (!this.speech || si - this.speech.si > 2 || found.roles.length || found.mentions.length !== 1 || !SPEAKER_LINE.test(sentence.text)) return;
    const p = found.mentions[0]!;
    if (this.names.staffNames.has(p.name)) return; // 记者 某某 under the title wrote it
    this.rels.push({ type: 'SPOKE_AT', from: { kind: 'person', name: p.name }, to: { kind: 'meeting', idx: this.speech.st.idx }, sentence, rule: 'speech:speech-byline', nameRule: `person:${p.via}` });
    this.speech = null;
  }

  /** Each role cue's people take part in the meeting the cue names, else the sentence's, else the one reported. */
  private assignRoles(roles: RoleAssignment[], at: { mentions: MeetingMention[]; studied: Array<[number, number]>; ctx: MeetingState[]; sentence: Sentence; si: number }): void {
    // a cue inside what was studied (传达了某某参加…时的讲话精神) is not a role here; the 传达 opening the span is
    const inStudied = (a: number) => at.studied.some(([x, y]) => a > x && a < y);
    for (const ra of roles) {
      if (inStudied(ra.at)) continue;
      // 某某强调，…: the meeting's own words only where nothing is relayed before them (传达…精神。某某强调 relays on)
      const saidHere = ra.cue.saidAtOwnLevel === true;
      if (saidHere && (this.relayedBefore || at.studied.some(([x]) => x < ra.at))) continue;
      for (const t of this.roleTargets(ra, at)) {
        for (const p of ra.people) {
          if (this.names.staffNames.has(p.name)) continue;
          // (a name inside what was studied is no person of the story, whatever cue follows the span)
          if (inStudied(p.start)) continue;
          if (saidHere && !this.ofMeetingsLevel(p.name, t)) continue;
          // (words said or instructions given add nothing where the person already has a part: the chair's 强调)
          if (ra.cue.presenceOnly && this.hasPartIn(p.name, t)) continue;
          for (const role of ra.cue.roles) {
            this.rels.push({ type: role, from: { kind: 'person', name: p.name }, to: { kind: 'meeting', idx: t.idx }, sentence: at.sentence, rule: ra.cue.rule, nameRule: `person:${p.via}` });
          }
        }
      }
    }
  }

  /** Whether the person already chairs, speaks at or attends the meeting. */
  private hasPartIn(name: string, st: MeetingState): boolean {
    return this.rels.some((r) => r.from.kind === 'person' && r.from.name === name && r.to.kind === 'meeting' && r.to.idx === st.idx && PART_TYPES.has(r.type));
  }

  /**
   * Whether the person's office is of the meeting's level or below (县委书记 at a 县政府 or a 镇
   * meeting; not 省委书记 at a county's): one who speaks from above is relayed, not heard there.
   * The meeting's level is its name's body, else its chair's office. One with no title in the
   * article speaks at the meeting's level.
   */
  private ofMeetingsLevel(name: string, st: MeetingState): boolean {
    const titles = this.people.get(name)?.titles ?? [];
    // (one the article gives no title at all holds no office above the meeting to speak from: a
    // superior whose words are relayed is named with the office — but a word of the dictionary read
    // bare before the verb, 文件要求，…, is no one)
    if (!titles.length) return !isPlainDictionaryWord(name);
    const person = levelRank(titles.join('、'));
    const chairs = this.rels.filter((r) => r.type === 'CHAIRED' && r.to.kind === 'meeting' && r.to.idx === st.idx).map((r) => (r.from.kind === 'person' ? this.people.get(r.from.name)?.titles.join('、') ?? '' : ''));
    const meeting = levelRank(st.name) ?? levelRank(chairs.join('、')) ?? this.levelOfParts(st);
    // (a school's or a corps division's meeting, whose offices have no division's level either
    // (院长, 师长): one who holds such an office speaks at it — unless the office is the nation's)
    if (person === null && meeting === null) return !NATIONAL_OFFICE.test(titles.join('、'));
    return person !== null && meeting !== null && person >= meeting;
  }

  /** The most local level of office among those with a part in a meeting (a 副镇长 who reports makes it a town's), or null. */
  private levelOfParts(st: MeetingState): number | null {
    let level: number | null = null;
    for (const r of this.rels) {
      if (!PART_TYPES.has(r.type) || r.to.kind !== 'meeting' || r.to.idx !== st.idx || r.from.kind !== 'person') continue;
      const rank = levelRank(this.people.get(r.from.name)?.titles.join('、') ?? '');
      if (rank !== null && (level === null || rank > level)) level = rank;
    }
    return level;
  }

  private roleTargets(ra: RoleAssignment, at: { mentions: MeetingMention[]; ctx: MeetingState[]; sentence: Sentence; si: number }): MeetingState[] {
    const targets: MeetingState[] = [];
    // the meeting named in or right after the cue (主持召开X并讲话, 出席X)
    const right = ra.cue.namesVenue ? at.mentions.filter((mm) => mm.start >= ra.at && mm.start <= ra.end + 2 && mm.status !== 'referenced') : [];
    if (right.length) {
      const g = right[0]!.group;
      const group = g ? at.mentions.filter((mm) => mm.group === g) : [right[0]!];
      for (const mm of group) {
        if (mm.status !== 'generic') targets.push(this.addMeeting(mm, at.si, at.sentence));
        else if (this.main) targets.push(this.main);
      }
    }
    if (targets.length) return targets;
    // (列席常务会议: of the meetings reported together, the one whose kind the cue names)
    const after = at.sentence.text.slice(ra.end);
    const byKind = ra.cue.namesVenue && at.ctx.length > 1 ? oneOfKind(at.ctx, (kind) => after.startsWith(kind)) : null;
    if (byKind) return [byKind];
    if (at.ctx.length || this.inItemWithoutMeeting) return at.ctx;
    // roles but no meeting named anywhere yet: the meeting the article reports, on the day the
    // sentence gives before the cue (3月7日上午，某某主持召开座谈会)
    const st = this.addMeeting({ name: '会议', start: ra.at, end: ra.at, status: 'held', rule: 'meeting:implicit' }, at.si, at.sentence);
    st.md ??= this.leadDay ?? null;
    this.main = this.main ?? st;
    return [st];
  }

  /** Plans the sentence says a meeting acted on: the business meeting of those it names, else the one reported. */
  private plansIn(sentence: Sentence, mentions: MeetingMention[], namesHeld: boolean, ctx: MeetingState[]): void {
    // the items of an agenda headed in an earlier sentence (…议程是：⏎一、…⏎二、…): another meeting's business
    this.inAgenda &&= isEnumeratedItem(sentence.text);
    const inAgenda = this.inAgenda;
    if (headsAgenda(sentence.text)) this.inAgenda = true;
    if (inAgenda) return;
    const inMeetingName = (a: number, b: number) => mentions.some((mm) => mm.start <= a && mm.end >= b);
    for (const pm of findPlans(sentence.text, inMeetingName)) {
      if (!pm.action || !pm.rule) continue;
      const target = namesHeld ? planTarget(ctx) : this.mainGroup.length > 1 ? planTarget(this.mainGroup) : this.main;
      if (!target) continue;
      // 全会审议通过的《X》 in a report of a standing committee: the plenum's act, not this meeting's
      if (pm.by && meetingFacts(pm.by).kind !== meetingFacts(target.name).kind) continue;
      if (!this.plans.has(pm.title)) this.plans.set(pm.title, { title: pm.title, rule: pm.rule });
      this.rels.push({ type: pm.action, from: { kind: 'meeting', idx: target.idx }, to: { kind: 'plan', title: pm.title }, sentence, rule: pm.rule });
    }
    this.passedAbove(sentence, namesHeld ? planTarget(ctx) : this.main);
  }

  /**
   * 一致通过了以上报告 / 审议通过了上述三个报告: the reports (or, for 事项/文件, the documents) the meeting
   * reviewed in the sentences before are passed.
   */
  private passedAbove(sentence: Sentence, target: MeetingState | null | undefined): void {
    const m = PASSED_ABOVE.exec(sentence.text);
    if (!m || !target) return;
    const reportsOnly = m[1] === '报告';
    for (const r of [...this.rels]) {
      if (r.type !== 'REVIEWED' || r.to.kind !== 'plan' || r.from.kind !== 'meeting' || r.from.idx !== target.idx) continue;
      if (reportsOnly && planFacts(r.to.title).kind !== '报告') continue;
      this.rels.push({ type: 'APPROVED', from: r.from, to: r.to, sentence, rule: 'plan:approve+above' });
    }
  }

}

/** The one meeting of `group` whose kind (常务会议, 党组会议; not 会议 alone) the text names as `names` tests, or null (none, or several). */
function oneOfKind(group: MeetingState[], names: (kind: string) => boolean): MeetingState | null {
  const named = group.filter((st) => {
    const kind = meetingFacts(st.name).kind;
    return kind !== '会议' && names(kind);
  });
  return named.length === 1 ? named[0]! : null;
}

/** A person's parts in a meeting. */
const PART_TYPES = new Set<RelationType>(['CHAIRED', 'SPOKE_AT', 'ATTENDED']);

/** An office of the nation's (总书记, 国务院总理, 中央政治局常委, 全国人大常委会委员长): above every division, with no level of one. */
const NATIONAL_OFFICE = /中央|国务院|全国|国家|总书记|总理|委员长/;

/** Levels of office, from the top: 省 1, 市/州/盟 2, 县/区/旗 3, 镇/乡/街道 4. */
const LEVEL_RANKS: Record<string, number> = { 省: 1, 自治区: 1, 市: 2, 州: 2, 盟: 2, 县: 3, 区: 3, 旗: 3, 镇: 4, 乡: 4, 街道: 4 };
/** A body's level where its name says it (县委, 市政府, 镇人大, 街道党工委, 某镇第十八届人民代表大会; Taiwan's 县府 and 县务会议). */
const LEVEL_OF_BODY = /(省|自治区|市|州|盟|县|区|旗|镇|乡|街道)(?:党委|党工委|委|政府|人民政府|府|务|人大|政协|长|纪委|监委|办事处|领导|第|[一二三四五六七八九十]+届|人民代表大会|代表大会)/;

/** The level of the first body a text names (县委书记 → 3, 市政府常务会议 → 2), or null. */
function levelRank(text: string): number | null {
  const m = LEVEL_OF_BODY.exec(text) ?? WHOLE_DIVISION.exec(text) ?? DIVISIONS_COMMITTEE.exec(text);
  return m ? LEVEL_RANKS[m[1]!]! : null;
}

/** A meeting of a division's committee, group or headquarters by its short name (市安委会全体会议, 县防指会议): of that division's level. */
const DIVISIONS_COMMITTEE = /^(省|自治区|市|州|盟|县|区|旗|镇|乡)[\u3400-\u9fff]{1,10}?(?:委员会|委会|领导小组|指挥部)/;

/** A meeting of a whole division (全县安全生产工作会议, 全镇干部大会): of that division's level. */
const WHOLE_DIVISION = /^全(省|自治区|市|州|盟|县|区|旗|镇|乡)/;
