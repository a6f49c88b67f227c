import { APPROVE_VERB, PLAN_KINDS, REVIEW_VERB } from './lexicon.js';

/** A plan named in a sentence and what the meeting did with it. */
export interface PlanMention {
  title: string;
  start: number;
  end: number;
  action: 'APPROVED' | 'REVIEWED' | 'STUDIED' | null;
  rule: string;
}

const IMPLEMENT_VERB = /(?:贯彻执行|落实|执行|实施|对照|依据|根据|按照)/;
const STUDY_VERB = /(?:传达学习|学习贯彻|传达|学习|贯彻|贯彻落实|领会|宣读|印发)了?/;
const CLAUSE = /[，。；！？\n]/;
const PLAN_KIND_RE = new RegExp(`(?:${PLAN_KINDS.join('|')})(?:\\([^()]{1,12}\\))*$`);
/** Plan words an unbracketed object may end with (narrower than for 《titles》). */
const BARE_PLAN_END = /(?:方案|计划|规划|办法|意见|条例|细则|纲要|决定|决议)$/;
const TIME_WORDS = /^(?:今年|明年|本年度|全年|年度|近期|下一步|我市|我县|我区|全市|全县|全区)+/;

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
function governingVerb(before: string): { action: PlanMention['action']; rule: string } | null {
  let best: { at: number; action: PlanMention['action']; rule: string } | null = null;
  const tryVerb = (re: RegExp, action: PlanMention['action'], rule: string) => {
    const g = new RegExp(re.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = g.exec(before)) !== null) {
      const end = m.index + m[0].length;
      // the approve verb wins a tie with the review verb it contains (审议通过 ⊃ 审议)
      if (!best || end > best.at || (end === best.at && action === 'APPROVED')) best = { at: end, action, rule: `${rule}:${m[0]}` };
    }
  };
  tryVerb(REVIEW_VERB, 'REVIEWED', 'plan:review');
  tryVerb(APPROVE_VERB, 'APPROVED', 'plan:approve');
  tryVerb(STUDY_VERB, 'STUDIED', 'plan:study');
  // "审议了落实《某条例》的方案": the nearest verb says the document is carried out, not reviewed
  tryVerb(IMPLEMENT_VERB, null, 'plan:implement');
  return best;
}

/** Forward cues: 对/就/围绕《X》…进行讨论 / 提出意见, and 作《X》的报告. */
function forwardCue(before: string, after: string): { action: PlanMention['action']; rule: string } | null {
  if (/^的?(?:学习|宣传|宣讲|贯彻)/.test(after)) return { action: 'STUDIED', rule: 'plan:…的学习' };
  if (/(?:作|做)了?$/.test(before) && /^的?(?:报告|说明)/.test(after) && /报告/.test(after.slice(0, 4))) {
    return { action: 'REVIEWED', rule: 'plan:作…报告' };
  }
  if (/(?:对|就|围绕)[^，；。]{0,40}$/.test(before) && /^[^，；。]{0,20}?(?:进行了?|作了?)?[^，；。]{0,6}?(?:研究|讨论|审议|审阅)|^[^，；。]{0,20}?提出了?[^，；。]{0,6}?(?:意见|建议)/.test(after)) {
    return { action: 'REVIEWED', rule: 'plan:对…讨论' };
  }
  return null;
}

/** Plans in a sentence: 《titles》, quoted titles ending in a plan word, and bare objects of 通过. */
export function findPlans(s: string, inMeetingName: (start: number, end: number) => boolean): PlanMention[] {
  const out: PlanMention[] = [];
  const re = /《([^《》\n]{2,120})》/g;
  let m: RegExpExecArray | null;
  const bracketed: Array<[number, number]> = [];
  while ((m = re.exec(s)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    bracketed.push([start, end]);
    const title = m[1]!.trim();
    if (inMeetingName(start, end)) continue;
    if (/^[\sX×Ｘx]*$/.test(title)) continue;
    const [a, b] = clauseBounds(s, start);
    const before = s.slice(a, start).replace(/《[^》]*》/g, (x) => '□'.repeat(x.length));
    const after = s.slice(end, b);
    const fwd = forwardCue(before, after);
    const verb = fwd ?? governingVerb(before);
    out.push({ title, start: start + 1, end: end - 1, action: verb?.action ?? null, rule: verb?.rule ?? 'plan:mentioned' });
  }
  // quoted titles: “…方案”
  const q = /“([^“”\n]{4,80})”/g;
  while ((m = q.exec(s)) !== null) {
    const title = m[1]!;
    if (!PLAN_KIND_RE.test(title) || title.length < 6) continue;
    const [a] = clauseBounds(s, m.index);
    const verb = governingVerb(s.slice(a, m.index));
    if (verb?.action === 'APPROVED' || verb?.action === 'REVIEWED') {
      out.push({ title, start: m.index + 1, end: m.index + m[0].length - 1, action: verb.action, rule: `${verb.rule}+quoted` });
    }
  }
  // bare object of a passing verb when the clause names no 《》 plan: 研究通过了…总体工作方案
  // (a bare object of 研究/审议 is too often a topic, "研究我区贯彻落实意见", to count)
  const verbRe = new RegExp(APPROVE_VERB.source, 'g');
  while ((m = verbRe.exec(s)) !== null) {
    const objStart = m.index + m[0].length;
    const [, b] = clauseBounds(s, objStart);
    if (bracketed.some(([x, y]) => x >= objStart && y <= b)) continue;
    let obj = s.slice(objStart, b);
    if (obj.length < 6 || obj.length > 50 || /[、]/.test(obj) || !BARE_PLAN_END.test(obj)) continue;
    if (/情况|汇报|的报告$|工作$|^(?:我[市县区旗省])?贯彻落实/.test(obj)) continue;
    obj = obj.replace(TIME_WORDS, '');
    if (obj.length < 4) continue;
    const start = b - obj.length;
    if (out.some((p) => p.start <= start && p.end >= start)) {
      // a quoted title inside the object: the whole object is the title
      const inner = out.findIndex((p) => p.start >= start - 1 && p.end <= b);
      if (inner >= 0) out.splice(inner, 1);
    }
    out.push({ title: obj, start, end: b, action: 'APPROVED', rule: `plan:approve-bare:${m[0]}` });
  }
  return out;
}

/** A plan's kind (方案/计划/意见/办法/报告/规划 …) and year, read from its title. */
export function planFacts(title: string): { kind: string | null; year: number | null } {
  const core = title.replace(/(?:\([^()]{1,12}\))+$/, '');
  const kind = PLAN_KINDS.find((k) => core.endsWith(k)) ?? null;
  const y = /(?<![-—–~至到\d])((?:19|20)\d{2})年(?!\s*[-—–~至到])/.exec(title);
  return { kind, year: y ? Number(y[1]) : null };
}
