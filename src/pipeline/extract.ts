import { sha256Hex, stableId } from '../domain/index.js';
import type {
  Diagnostic,
  ExtractionRecord,
  MeetingOut,
  PersonOut,
  PlanOut,
  RelationOut,
  RelationType,
} from '../domain/index.js';
import { bodyYears, findMonthDay, isoDate, parsePublished, resolveDate, type MonthDay } from './dates.js';
import { decode, type Decoded } from './decode.js';
import { findMeetings, meetingFacts, sameMeeting, studiedSpans, type MeetingMention } from './meetings.js';
import { normalise, type NormalisedText } from './normalise.js';
import { findPeople, type PersonMention } from './people.js';
import { choosePlace, displayName, orgLevel, type GazetteerEntry } from './place.js';
import { findPlans, planFacts } from './plans.js';
import { findStaff } from './staff.js';
import { originalSlice } from './text-map.js';
import { rule as ruleOf, type RuleId } from './rules.js';

interface Sentence {
  text: string;
  start: number;
  end: number;
}

interface MeetingState {
  idx: number;
  name: string;
  names: Set<string>;
  status: 'held' | 'referenced';
  md: MonthDay | null;
  format: string | null;
  firstSentence: number;
}

interface PendingRel {
  type: RelationType;
  from: { kind: 'person'; name: string } | { kind: 'meeting'; idx: number } | { kind: 'document' };
  to: { kind: 'meeting'; idx: number } | { kind: 'plan'; title: string } | { kind: 'document' };
  sentence: Sentence;
  rule: RuleId;
  /** For a person's part in a meeting: how the name was read (it caps the confidence). */
  nameRule?: RuleId;
}

/** The longest sentence read as one: text without sentence ends (no punctuation, no line breaks) is cut into pieces this long. */
const MAX_SENTENCE = 400;

/**
 * Split into sentences at 。！？ and line breaks, keeping offsets into the normalised text. A run
 * longer than MAX_SENTENCE is cut at its last comma or space before the limit (else at the limit):
 * every later step works sentence by sentence, so the whole stays linear in the text.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?\n]+[。！？!?]*[”’」』)]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    for (const [from, raw] of pieces(m[0], m.index)) {
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (!t) continue;
      out.push({ text: t, start: from + lead, end: from + lead + t.length });
    }
  }
  return out;
}

function pieces(run: string, at: number): Array<[number, string]> {
  if (run.length <= MAX_SENTENCE) return [[at, run]];
  const out: Array<[number, string]> = [];
  let i = 0;
  while (i < run.length) {
    let end = Math.min(run.length, i + MAX_SENTENCE);
    if (end < run.length) {
      const window = run.slice(i + MAX_SENTENCE / 2, end);
      const k = Math.max(window.lastIndexOf('，'), window.lastIndexOf('；'), window.lastIndexOf(' '), window.lastIndexOf('、'));
      if (k >= 0) end = i + MAX_SENTENCE / 2 + k + 1;
    }
    out.push([at + i, run.slice(i, end)]);
    i = end;
  }
  return out;
}

function maskTitles(s: string): string {
  return s.replace(/《[^《》]*》/g, (x) => '《' + '□'.repeat(x.length - 2) + '》');
}

/**
 * A sentence that opens with its day ("3月2日，…", "本报讯 昨日上午，…", "（记者 某某）近日…"): in a new
 * paragraph that reports a meeting, the start of another report.
 */
const DATE_LEAD = /^(?:(?:本报|本台|本网)(?:讯|消息)|[^，。\s]{2,12}讯)?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日|昨(?:天|日)|今(?:天|日)|前天|日前|近日)/;
const SIDE_SENTENCE = /^(?:会前|会后|会议前|会议结束后|此前|随后|同日|当日|当天|次日|前一天)/;

/** A document's id: from its decoded text, so the same text is the same document whatever its file or encoding. */
export function documentId(decodedText: string): string {
  return `doc:${sha256Hex(decodedText).slice(0, 16)}`;
}

export interface ExtractInput {
  source: string;
  bytes?: Uint8Array;
  text?: string;
  /** Text already decoded (decode's result): not decoded again. */
  decoded?: Decoded;
  /** The publication day (YYYY-MM-DD) when the caller knows it and the text has no date line. */
  publishedAt?: string;
}

export type ExtractResult = { ok: true; record: ExtractionRecord } | { ok: false; source: string; error: string; diagnostics: Diagnostic[] };

/** One document: bytes (or text) in, extraction out. Never throws on bad text. */
export function extractDocument(input: ExtractInput): ExtractResult {
  let text: string;
  let encoding = 'utf-8';
  const diagnostics: Diagnostic[] = [];
  if (input.text !== undefined) text = input.text;
  else {
    const d = input.decoded ?? decode(input.bytes ?? new Uint8Array());
    if (!d.ok) return { ok: false, source: input.source, error: d.reason, diagnostics: d.diagnostics };
    text = d.text;
    encoding = d.encoding;
    diagnostics.push(...d.diagnostics);
  }
  const norm = normalise(text);
  diagnostics.push(...norm.diagnostics);
  if (input.publishedAt && !norm.meta.publishedRaw.length) norm.meta.publishedRaw.push(input.publishedAt);
  const record = extractFromNormalised(norm, input.source, encoding);
  record.diagnostics = diagnostics.concat(record.diagnostics);
  return { ok: true, record };
}

export function extractFromNormalised(norm: NormalisedText, source: string, encoding: string): ExtractionRecord {
  const diagnostics: Diagnostic[] = [];
  const sentences = splitSentences(norm.text);
  const masked = sentences.map((s) => maskTitles(s.text));

  // pass 1: names given with a title or in a titled list are known for the whole document
  const known = new Set<string>();
  const firstPass = masked.map((ms) => findPeople(ms, known));
  for (const r of firstPass) for (const p of r.mentions) if (p.via !== 'bare') known.add(p.name);
  const staff = findStaff(norm.text);
  // bylines in the page's header and footer lines (作者：某某 责任编辑：某某), removed from the text
  const pageStaff = norm.meta.pageLines.flatMap((line) => findStaff(line.text).map((s) => ({ ...s, line })));
  const staffNames = new Set([...staff, ...pageStaff].map((s) => s.name));
  for (const n of staffNames) known.delete(n);

  const meetings: MeetingState[] = [];
  const rels: PendingRel[] = [];
  const people = new Map<string, { titles: string[]; titleEvidence: Record<string, string>; mentions: PersonMention[]; surface: string | null }>();
  const personSpans: Array<[number, number]> = [];
  const plans = new Map<string, { title: string; rule: RuleId }>();
  let main: MeetingState | null = null;
  /** Meetings introduced together with the main one ("A和B"). */
  let mainGroup: MeetingState[] = [];
  /** Of several meetings named together, the business meeting (常务会议) takes the plans, else the last named. */
  const planTarget = (group: MeetingState[]): MeetingState | null =>
    group.find((m) => meetingFacts(m.name).kind === '常务会议') ?? group[group.length - 1] ?? null;

  const addMeeting = (mm: MeetingMention, si: number, sentence: Sentence): MeetingState => {
    const status = mm.status === 'referenced' ? 'referenced' : 'held';
    let st = meetings.find((m) => m.status === status && (m.names.has(mm.name) || (status === 'held' && sameMeeting(m.name, mm.name))));
    if (!st) {
      st = { idx: meetings.length, name: mm.name, names: new Set([mm.name]), status, md: null, format: null, firstSentence: si };
      meetings.push(st);
    } else {
      st.names.add(mm.name);
      // keep the most specific name: with an ordinal, else the longer
      const fa = meetingFacts(st.name);
      const fb = meetingFacts(mm.name);
      if ((!fa.ordinal && fb.ordinal) || (!!fa.ordinal === !!fb.ordinal && mm.name.length > st.name.length)) st.name = mm.name;
    }
    if (status === 'held' && !st.md) {
      // the day before the name, else right after it in its own clause ("…会议3月2日召开"), not a day
      // a later clause or headline part gives another meeting ("…主任会议 决定第十八次会议2月21日召开")
      st.md = findMonthDay(sentence.text.slice(0, mm.start)) ?? findMonthDay(sentence.text.slice(mm.end).split(/[，。；\s]|决定/)[0] ?? '');
    }
    return st;
  };

  sentences.forEach((sentence, si) => {
    const s = sentence.text;
    const studied = studiedSpans(s);
    const mentions = findMeetings(s, studied);
    const side = SIDE_SENTENCE.test(s);
    const heldHere: Array<{ mm: MeetingMention; st: MeetingState }> = [];
    const refHere: MeetingState[] = [];
    for (const mm of mentions) {
      if (mm.status === 'generic') {
        // "3月7日上午，某某主持召开座谈会": the article's meeting, named in full elsewhere, on this day
        if (main && main.status === 'held' && !main.md && !side) main.md = findMonthDay(s.slice(0, mm.start));
        continue;
      }
      const st = addMeeting(mm, si, sentence);
      if (st.status === 'held') heldHere.push({ mm, st });
      else refHere.push(st);
    }
    const paragraphStart = sentence.start === 0 || norm.text[sentence.start - 1] === '\n';
    if (!main) {
      const first = heldHere.find(({ st }) => st.status === 'held');
      if (first && !side) {
        main = first.st;
        mainGroup = [...new Set(heldHere.map((h) => h.st))];
      }
    } else if (!side && paragraphStart && heldHere.length && DATE_LEAD.test(s) && heldHere.every((h) => !mainGroup.includes(h.st))) {
      // a new dated paragraph reporting another meeting (a roundup): what follows is about that one
      main = heldHere[0]!.st;
      mainGroup = [...new Set(heldHere.map((h) => h.st))];
    }
    if (main && /电视电话会议|视频会议/.test(s) && /形式|方式|召开|设分会场/.test(s) && !heldHere.length) {
      main.format = /电视电话/.test(s) ? '电视电话会议' : '视频会议';
    }
    const ctx: MeetingState[] = heldHere.length ? [...new Set(heldHere.map((h) => h.st))] : main ? [main] : [];
    const studiedCtx = ctx[0] ?? main;
    for (const r of refHere) {
      if (studiedCtx && r !== studiedCtx) {
        rels.push({ type: 'STUDIED', from: { kind: 'meeting', idx: studiedCtx.idx }, to: { kind: 'meeting', idx: r.idx }, sentence, rule: 'studied:传达学习' });
      }
    }

    // people and their roles
    // the second pass differs from the first only where a name known from elsewhere (not already
    // read in this sentence) appears
    const ms = masked[si]!;
    const first = firstPass[si]!;
    const firstNames = new Set(first.mentions.map((m) => m.name));
    const found = [...known].some((n) => !firstNames.has(n) && ms.includes(n)) ? findPeople(ms, known) : first;
    for (const p of found.mentions) {
      if (staffNames.has(p.name)) continue;
      const e = people.get(p.name) ?? { titles: [], titleEvidence: {}, mentions: [], surface: null };
      const surface = originalSlice(norm.original, norm, sentence.start + p.start, sentence.start + p.end);
      if (!e.surface && surface !== p.name) e.surface = surface;
      for (const t of p.titles) {
        if (e.titles.includes(t)) continue;
        e.titles.push(t);
        e.titleEvidence[t] = sentence.text;
      }
      e.mentions.push(p);
      people.set(p.name, e);
      personSpans.push([sentence.start + p.start, sentence.start + p.end]);
    }
    // a cue inside what was studied (传达了某某参加…时的讲话精神) is not a role here; the 传达 opening the span is
    const inStudied = (a: number) => studied.some(([x, y]) => a > x && a < y);
    for (const ra of found.roles) {
      if (inStudied(ra.at)) continue;
      let targets: MeetingState[] = [];
      // the meeting named in or right after the cue (主持召开X并讲话, 出席X)
      const right = ra.cue.namesVenue ? mentions.filter((mm) => mm.start >= ra.at && mm.start <= ra.end + 2 && mm.status !== 'referenced') : [];
      if (right.length) {
        const g = right[0]!.group;
        const group = g ? mentions.filter((mm) => mm.group === g) : [right[0]!];
        for (const mm of group) {
          if (mm.status === 'generic') {
            if (main) targets.push(main);
          } else targets.push(addMeeting(mm, si, sentence));
        }
      }
      if (!targets.length) targets = ctx;
      if (!targets.length) {
        // roles but no meeting named anywhere yet: the meeting the article reports
        const mm: MeetingMention = { name: '会议', start: 0, end: 0, status: 'held', rule: 'meeting:implicit' };
        const st = addMeeting(mm, si, sentence);
        main = main ?? st;
        targets = [st];
      }
      for (const t of targets) {
        for (const p of ra.people) {
          if (staffNames.has(p.name)) continue;
          for (const role of ra.cue.roles) {
            rels.push({
              type: role,
              from: { kind: 'person', name: p.name },
              to: { kind: 'meeting', idx: t.idx },
              sentence,
              rule: ra.cue.rule,
              nameRule: `person:${p.via}`,
            });
          }
        }
      }
    }

    // plans
    const inMeetingName = (a: number, b: number) => mentions.some((mm) => mm.start <= a && mm.end >= b);
    for (const pm of findPlans(s, inMeetingName)) {
      if (!pm.action || !pm.rule) continue;
      const target = heldHere.length ? planTarget(ctx) : mainGroup.length > 1 ? planTarget(mainGroup) : main;
      if (!target) continue;
      if (!plans.has(pm.title)) plans.set(pm.title, { title: pm.title, rule: pm.rule });
      rels.push({ type: pm.action, from: { kind: 'meeting', idx: target.idx }, to: { kind: 'plan', title: pm.title }, sentence, rule: pm.rule });
    }
  });

  // ---------------------------------------------------------------- document facts
  const published = parsePublished(norm.meta.publishedRaw);
  const years = bodyYears(norm.text);
  const mainState = main as MeetingState | null;
  const levelText = [mainState?.name ?? '', ...rels.filter((r) => r.type === 'CHAIRED' && r.from.kind === 'person').map((r) => (r.from.kind === 'person' ? people.get(r.from.name)?.titles.join('、') ?? '' : ''))].join('、');
  const level = orgLevel(levelText, norm.text);
  const sourceLines = [norm.meta.sourceName ?? '', ...norm.text.split('\n').filter((l) => /记者|讯|融媒|新闻网|来源|供稿|报社|日报/.test(l) && l.length < 80)];
  const place: GazetteerEntry | null = choosePlace({ body: norm.text, sourceLines, level, masked: personSpans });
  const city = place ? displayName(place) : null;
  const firstPub = published[0]?.[0] ?? null;

  const sha256 = sha256Hex(norm.original);
  const docId = documentId(norm.original);
  // identities are scoped to the city; with no city, to this document (a name alone links nothing)
  const cityKey = place?.adminCode ?? docId;

  // meetings out
  const meetingOut: MeetingOut[] = meetings.map((m) => {
    const f = meetingFacts(m.name);
    const d = m.status === 'held' ? resolveDate(m.md, { published, nameYear: f.year, years }) : { date: null, precision: null, rule: 'date:none' };
    const identity = meetingIdentity({ cityKey, date: d.date, kind: f.kind, ordinal: f.ordinal, name: m.name, docId, held: m.status === 'held' });
    return {
      id: stableId('meeting', ...identity),
      name: m.name,
      kind: f.kind,
      ordinal: f.ordinal,
      date: d.date,
      datePrecision: d.precision,
      city: m.status === 'held' ? city : null,
      format: m.format ?? f.format,
      status: m.status,
      ...(f.parts ? { parts: f.parts } : {}),
      ...(m.names.size > 1 ? { aliases: [...m.names].filter((n) => n !== m.name) } : {}),
    } as MeetingOut;
  });

  // people out
  const personId = (name: string) => stableId('person', cityKey, name);
  const peopleOut: PersonOut[] = [];
  for (const [name, p] of people) {
    peopleOut.push({ id: personId(name), name, ...(p.surface ? { surface: p.surface } : {}), titles: p.titles, ...(p.titles.length ? { titleEvidence: p.titleEvidence } : {}), role: 'official' });
  }
  for (const s of [...staff, ...pageStaff]) {
    if (!peopleOut.some((p) => p.name === s.name)) peopleOut.push({ id: personId(s.name), name: s.name, titles: s.labelled ? [s.label] : [], role: 'staff' });
  }

  // plans out, short aliases folded into the full title they abbreviate (《行动计划》)
  const titles = [...plans.keys()];
  const canonical = new Map<string, string>();
  for (const t of titles) {
    if (t.length <= 6) {
      const longer = titles.filter((u) => u !== t && u.length > t.length && u.includes(t));
      if (longer.length === 1) canonical.set(t, longer[0]!);
    }
  }
  const planOut = new Map<string, PlanOut>();
  for (const t of titles) {
    const c = canonical.get(t) ?? t;
    const f = planFacts(c);
    const p = planOut.get(c) ?? { id: stableId('plan', cityKey, c.replace(/\s+/g, '')), title: c, kind: f.kind, year: f.year, aliases: [] };
    if (c !== t) p.aliases.push(t);
    planOut.set(c, p);
  }

  // relations out: one per (type, from, to), the first evidence kept
  const relOut: RelationOut[] = [];
  const seen = new Set<string>();
  const endpoint = (x: PendingRel['from'] | PendingRel['to']): string => {
    if (x.kind === 'person') return personId(x.name);
    if (x.kind === 'meeting') return meetingOut[x.idx]!.id;
    if (x.kind === 'plan') return planOut.get(canonical.get(x.title) ?? x.title)!.id;
    return docId;
  };
  const approvedPairs = new Set(rels.filter((r) => r.type === 'APPROVED').map((r) => `${endpoint(r.from)}>${endpoint(r.to)}`));
  for (const r of rels) {
    const from = endpoint(r.from);
    const to = endpoint(r.to);
    if (r.type === 'REVIEWED' && approvedPairs.has(`${from}>${to}`)) continue;
    const key = `${r.type}|${from}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relOut.push(makeRel(norm, r.type, from, to, r.sentence, r.rule, r.nameRule));
  }
  for (const s of staff) {
    const key = `${s.role}|${s.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sent = sentences.find((x) => x.start <= s.start && x.end >= s.end) ?? { text: s.name, start: s.start, end: s.end };
    relOut.push(makeRel(norm, s.role, personId(s.name), docId, sent, s.rule));
  }
  for (const s of pageStaff) {
    const key = `${s.role}|${s.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relOut.push({ type: s.role, from: personId(s.name), to: docId, evidence: s.line.text, ...(s.line.original !== s.line.text ? { evidenceOriginal: s.line.original } : {}), rule: s.rule, confidence: ruleOf(s.rule).confidence });
  }
  if (place) {
    for (const m of meetingOut) {
      if (m.status !== 'held') continue;
      const st = meetings.find((x) => meetingOut[x.idx] === m)!;
      const sent = sentences[st.firstSentence]!;
      relOut.push(makeRel(norm, 'HELD_IN', m.id, `city:${place.adminCode}`, sent, 'place:gazetteer'));
    }
  }
  if (!meetings.length) diagnostics.push({ stage: 'extract', code: 'no-meeting', message: 'no meeting found in the text', severity: 'warning' });

  return {
    document: {
      id: docId,
      source,
      title: norm.meta.title,
      publishedAt: firstPub ? isoDate(firstPub) : null,
      city,
      place: place ? { name: place.name, fullName: place.fullName, province: place.province, adminCode: place.adminCode, level: place.level } : null,
      encoding,
      script: norm.script,
      sha256,
      sourceName: norm.meta.sourceName,
    },
    people: peopleOut,
    meetings: meetingOut,
    plans: [...planOut.values()],
    relations: relOut,
    diagnostics,
  };
}

/**
 * The same meeting reported by two outlets is one Meeting: city + full date + kind + ordinal.
 * Without an ordinal a specific kind on a known day still identifies it; a generic kind (会议) or an
 * unknown year needs the name, and an unknown date keeps the meeting to its own document.
 */
export function meetingIdentity(m: { cityKey: string; date: string | null; kind: string; ordinal: string | null; name: string; docId: string; held: boolean }): string[] {
  const fullDate = m.date !== null && !m.date.startsWith('XXXX');
  if (!m.held) return ['referenced', m.cityKey, m.name];
  if (fullDate && m.ordinal) return [m.cityKey, m.date!, m.kind, m.ordinal];
  if (fullDate && m.kind !== '会议' && m.kind !== '工作会议') return [m.cityKey, m.date!, m.kind, ''];
  if (fullDate) return [m.cityKey, m.date!, m.kind, '', m.name];
  return [m.cityKey, m.date ?? '', m.kind, m.ordinal ?? '', m.name, m.docId];
}

/** An edge with its evidence; its confidence is its rule's (rules.ts), capped by the name rule's for a person's part. */
function makeRel(norm: NormalisedText, type: RelationType, from: string, to: string, s: Sentence, rule: RuleId, nameRule?: RuleId): RelationOut {
  const original = originalSlice(norm.original, norm, s.start, s.end);
  return {
    type,
    from,
    to,
    evidence: s.text,
    // the sentence as written, when normalisation changed it (script, glosses, punctuation)
    ...(original !== s.text ? { evidenceOriginal: original } : {}),
    rule,
    ...(nameRule ? { nameRule } : {}),
    confidence: Math.min(ruleOf(rule).confidence, nameRule ? ruleOf(nameRule).confidence : 1),
    span: { start: s.start, end: s.end },
  };
}
