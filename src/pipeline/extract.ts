import { sha256Hex } from '../domain/index.js';
import type { Diagnostic, ExtractionRecord, MeetingOut, PersonOut, PlanOut, RelationOut, RelationType } from '../domain/index.js';
import { ArticleReading, knownNames, type KnownNames, type PendingRel, type Sentence } from './article.js';
import { bodyYears, datelineOf, inDatelineMonth, isoDate, parsePublished, resolveDate } from './dates.js';
import { decode, type Decoded } from './decode.js';
import { PLAN_KINDS } from './lexicon.js';
import { meetingFacts } from './meetings.js';
import { normalise, type NormalisedText } from './normalise.js';
import { choosePlace, displayName, orgLevel, type GazetteerEntry } from './place.js';
import { DRAFT_AT_END, planFacts } from './plans.js';
import { documentIdOfHash, identityScope, meetingIdOf, personIdOf, planIdOf } from './resolve.js';
import { rule as ruleOf, type RuleId } from './rules.js';
import { originalSlice } from './text-map.js';

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
  const sentences = splitSentences(norm.text);
  const names = knownNames(norm, sentences);
  const reading = ArticleReading.read(norm, sentences, names);
  const place = documentPlace(norm, reading, names);
  const sha256 = sha256Hex(norm.original);
  const docId = documentIdOfHash(sha256);
  // identities are scoped to the city; with no city, to this document (a name alone links nothing)
  const scope = identityScope(place, docId);
  const city = place ? displayName(place) : null;
  const published = parsePublished(norm.meta.publishedRaw);
  const meetings = meetingsOut(reading, { norm, published, city, scope, docId });
  const people = peopleOut(reading, names, scope);
  const plans = plansOut(reading, scope);
  const relations = relationsOut(reading, { norm, sentences, names, meetings, plans, scope, docId, place });
  const diagnostics: Diagnostic[] = reading.meetings.length ? [] : [{ stage: 'extract', code: 'no-meeting', message: 'no meeting found in the text', severity: 'warning' }];
  const firstPub = published[0]?.[0] ?? null;
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
    people,
    meetings,
    plans: [...plans.byTitle.values()],
    relations,
    diagnostics,
  };
}

/** A meeting of a national body: 全国政协/全国人大…, 政协第十二届全国委员会…, 国务院…, 中共中央… */
const NATIONAL_MEETING = /^(?:全国(?:政协|人大)|(?:中国人民政治协商会议|政协)第[^，。]{1,6}届全国委员会|第[^，。]{1,6}届全国人民代表大会|[十二三四五六七八九]{1,3}届全国人大|国务院|中共中央|中央政治局|中央委员会|中央[^，。、省市县区]{2,14}(?:委员会|领导小组))/;

/** A national post (中共中央总书记, 国家主席, 国务院总理, 全国人大常委会委员长, 全国政协主席), not a local body's. */
const NATIONAL_POST = /(?:^|、)(?:中共中央总书记|国家主席|国务院总理|国务院副总理|全国人大常委会委员长|全国政协主席|中央军委主席)(?:$|、)/;

/**
 * The city the article is about: at the level of its meeting's body and its chair's titles
 * (a 县政府 meeting is about the county), from the source lines and the body, never from inside
 * a person's name nor from what the text relays (贯彻落实某市…会议精神 is that city's meeting).
 */
function documentPlace(norm: NormalisedText, reading: ArticleReading, names: KnownNames): GazetteerEntry | null {
  // a national body's meeting is about no city, as a province's is not (新华社北京…电 全国政协…在北京举行)
  // (the article is about the first meeting it reports held, not one a later paragraph recounts)
  const principal = reading.meetings.find((m) => m.status === 'held') ?? reading.main;
  if (NATIONAL_MEETING.test(principal?.name ?? '')) return null;
  const chairTitles = reading.rels.filter((r) => r.type === 'CHAIRED' && r.from.kind === 'person').map((r) => (r.from.kind === 'person' ? reading.people.get(r.from.name)?.titles.join('、') ?? '' : ''));
  // nor is a meeting a national leader chairs (中共中央总书记…主持召开座谈会, with county secretaries who spoke):
  // the divisions in its participants' titles are theirs
  if (chairTitles.some((t) => NATIONAL_POST.test(t))) return null;
  const level = orgLevel([principal?.name ?? '', ...chairTitles].join('、'), norm.text);
  // (a reporter's or an official's name in a byline or source line is no place: 记者某建平 is not 建平县)
  const maskNames = nameMasker([...reading.people.keys(), ...names.staff.map((s) => s.name)].filter((n) => n.length >= 2));
  const sourceLines = [norm.meta.sourceName ?? '', ...norm.meta.siteSections, ...norm.text.split('\n').filter((l) => /记者|讯|融媒|新闻网|来源|供稿|报社|日报/.test(l) && l.length < 80)].map(maskNames);
  const staffSpans: Array<[number, number]> = names.staff.map((s) => [s.start, s.end]);
  // (a provincial meeting's venue, 在长沙闭幕, is its capital, not a city it is about)
  const venues = level === '省' ? venuesOf(norm.text) : [];
  return choosePlace({ body: norm.text, sourceLines, level, masked: [...reading.personSpans, ...reading.studiedSpans, ...staffSpans, ...invitedGuests(norm.text), ...placesGoneTo(norm.text), ...venues], meetingName: principal?.name });
}

/** Where a meeting is held (在长沙闭幕, 在杭州举行): the place before the verb. */
const VENUE_G = /在([\u3400-\u9fff]{2,8}?)(?:隆重|胜利)?(?:召开|举行|开幕|闭幕)/g;

const venuesOf = (text: string): Array<[number, number]> => [...text.matchAll(VENUE_G)].map((m) => [m.index + 1, m.index + 1 + m[1]!.length]);

/**
 * A division the text goes to or works with (赴平遥县考察, 与某县开展对口协作, 帮扶某县): another
 * place than the article's own. (Not after 和/同, which begin names of places too: 和平县, 同江市; nor
 * 与会 or 参与, nor 去, which 去年 holds.)
 */
const PLACE_GONE_TO_G = /(?:赴|前往|(?<![来达])到(?!会)|(?<!参)与(?!会)|帮扶|援助|对口支援|对口帮扶)([\u3400-\u9fff]{1,8}?[省市县区州旗盟])(?![委长政人县市区镇乡])/g;

/** A list of places gone to, named bare (前往甲、乙、丙等地考察): every item is somewhere the people went. */
const PLACES_GONE_TO_LIST_G = /(?:赴|前往)((?:[\u3400-\u9fff]{2,6}、)+[\u3400-\u9fff]{2,6})/g;

const placesGoneTo = (text: string) => [...lastGroupSpans(text, PLACE_GONE_TO_G), ...lastGroupSpans(text, PLACES_GONE_TO_LIST_G)];

/**
 * A guest invited to lecture (会议邀请某某市…处长某某作辅导报告, 特邀某某大学教授某某授课): a guest
 * comes from elsewhere, so the place in the guest's title is not the article's.
 */
const INVITED_GUEST_G = /(?:邀请|特邀|邀)([^，。；：！？\n]{4,40}?)(?=作|做|进行|为[^，。；]{0,16}?(?:作|做|授课|讲课|宣讲|解读)|授课|讲课|宣讲|解读|讲授)/g;

const invitedGuests = (text: string) => lastGroupSpans(text, INVITED_GUEST_G);

/** Where group 1 of each match of a global pattern lies in the text (group 1 ending the match). */
function lastGroupSpans(text: string, re: RegExp): Array<[number, number]> {
  return [...text.matchAll(re)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return [start, start + m[1]!.length];
  });
}

/**
 * Every name in a line replaced by □ (the longest at each place), in time proportional to the line,
 * however many names the article has.
 */
function nameMasker(names: string[]): (line: string) => string {
  const set = new Set(names);
  const longest = names.reduce((n, x) => Math.max(n, x.length), 0);
  return (line) => {
    if (!set.size) return line;
    let out = '';
    for (let i = 0; i < line.length; ) {
      let len = 0;
      for (let k = Math.min(longest, line.length - i); k >= 2 && !len; k--) if (set.has(line.substr(i, k))) len = k;
      out += len ? '□'.repeat(len) : line[i]!;
      i += len || 1;
    }
    return out;
  };
}

/** Meetings with their kind, ordinal, date (the year from the publication line, the name or the body) and id. */
function meetingsOut(reading: ArticleReading, d: { norm: NormalisedText; published: ReturnType<typeof parsePublished>; city: string | null; scope: string; docId: string }): MeetingOut[] {
  const bodyYearsOf = bodyYears(d.norm.text);
  const dateline = datelineOf(d.norm.text);
  return reading.meetings.map((m) => {
    const f = meetingFacts(m.name);
    const held = m.status === 'held';
    const md = m.md && inDatelineMonth(m.md, dateline);
    const date = held ? resolveDate(md, { published: d.published, nameYear: f.year, nameYearLookedBack: f.yearLookedBack, ...bodyYearsOf }) : { date: null, precision: null };
    return {
      id: meetingIdOf({ scope: d.scope, date: date.date, kind: f.kind, ordinal: f.ordinal, name: m.name, docId: d.docId, held }),
      name: m.name,
      kind: f.kind,
      ordinal: f.ordinal,
      date: date.date,
      datePrecision: date.precision,
      city: held && !NATIONAL_MEETING.test(m.name) ? d.city : null,
      format: m.format ?? f.format,
      status: m.status,
      ...(f.parts ? { parts: f.parts } : {}),
      ...(m.names.size > 1 ? { aliases: [...m.names].filter((n) => n !== m.name) } : {}),
    };
  });
}

/** Officials with their titles (and the sentence that gives each), then staff not also officials. */
function peopleOut(reading: ArticleReading, names: KnownNames, scope: string): PersonOut[] {
  const out: PersonOut[] = [];
  for (const [name, p] of reading.people) {
    out.push({ id: personIdOf(scope, name), name, ...(p.surface ? { surface: p.surface } : {}), titles: p.titles, ...(p.titles.length ? { titleEvidence: p.titleEvidence } : {}), role: 'official' });
  }
  for (const s of [...names.staff, ...names.pageStaff]) {
    if (!out.some((p) => p.name === s.name)) out.push({ id: personIdOf(scope, s.name), name: s.name, titles: s.labelled ? [s.label] : [], role: 'staff' });
  }
  return out;
}

/**
 * For each title, the longer titles it may abbreviate: a short one (≤ 6 characters) anywhere inside
 * them, a longer one at their end with at most 6 characters before it. Found through the titles'
 * own substrings, so that many titles take time in proportion to their number.
 */
function longerTitles(titles: string[]): Map<string, string[]> {
  const all = new Set(titles);
  const short = new Set(titles.filter((t) => t.length <= 6));
  const shortLengths = [...new Set([...short].map((t) => t.length))];
  const out = new Map<string, string[]>();
  for (const u of titles) {
    const found = new Set<string>();
    for (const len of shortLengths) {
      for (let i = 0; i + len <= u.length && len < u.length; i++) {
        const t = u.substr(i, len);
        if (short.has(t)) found.add(t);
      }
    }
    for (let k = 1; k <= 6 && u.length - k > 6; k++) if (all.has(u.slice(k))) found.add(u.slice(k));
    for (const t of found) {
      const l = out.get(t);
      if (l) l.push(u);
      else out.set(t, [u]);
    }
  }
  return out;
}

/**
 * Plans by title, a short alias folded into the one full title it abbreviates: a short title
 * inside it (《行动计划》), or the title without its issuer's name in front (省委常委会工作报告 →
 * 中共某省委常委会工作报告).
 */
function plansOut(reading: ArticleReading, scope: string): { byTitle: Map<string, PlanOut>; canonical: Map<string, string> } {
  const titles = [...reading.plans.keys()];
  const canonical = new Map<string, string>();
  const longerOf = longerTitles(titles);
  for (const [t, longer] of longerOf) if (longer.length === 1) canonical.set(t, longer[0]!);
  // a draft named with its mark (…实施方案(讨论稿)) and without it in one article is one document
  const all = new Set(titles);
  for (const t of titles) {
    const bare = t.replace(DRAFT_AT_END, '');
    if (bare !== t && all.has(bare) && !canonical.has(t)) canonical.set(t, canonical.get(bare) ?? bare);
  }
  const byTitle = new Map<string, PlanOut>();
  for (const t of titles) {
    const c = canonical.get(t) ?? t;
    // 《报告》 with no full title it points back to (that one named only inside a meeting's name): no plan
    if (PLAN_KINDS.includes(t) && !longerOf.has(t)) continue;
    const f = planFacts(c);
    const p = byTitle.get(c) ?? { id: planIdOf(scope, c), title: c, kind: f.kind, year: f.year, aliases: [] };
    if (c !== t) p.aliases.push(t);
    byTitle.set(c, p);
  }
  return { byTitle, canonical };
}

/**
 * Relationships with their ends' ids: one per (type, from, to), the first evidence kept; a plan
 * both reviewed and approved is approved; then staff, and where each held meeting was held.
 */
function relationsOut(
  reading: ArticleReading,
  d: { norm: NormalisedText; sentences: Sentence[]; names: KnownNames; meetings: MeetingOut[]; plans: ReturnType<typeof plansOut>; scope: string; docId: string; place: GazetteerEntry | null },
): RelationOut[] {
  const out: RelationOut[] = [];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && (seen.add(key), true);
  const planOf = (title: string) => d.plans.byTitle.get(d.plans.canonical.get(title) ?? title);
  const endpoint = (x: PendingRel['from'] | PendingRel['to']): string => {
    if (x.kind === 'person') return personIdOf(d.scope, x.name);
    if (x.kind === 'meeting') return d.meetings[x.idx]!.id;
    if (x.kind === 'plan') return planOf(x.title)!.id;
    return d.docId;
  };
  const approved = new Set(reading.rels.filter((r) => r.type === 'APPROVED').map((r) => `${endpoint(r.from)}>${endpoint(r.to)}`));
  for (const r of reading.rels) {
    // (a plan left out of the record, 《报告》 pointing back to nothing, takes its edges with it)
    if (r.to.kind === 'plan' && !planOf(r.to.title)) continue;
    // (and a person the reading left out, named inside what was studied, takes hers: no edge to a missing node)
    if (r.from.kind === 'person' && !reading.people.has(r.from.name)) continue;
    const from = endpoint(r.from);
    const to = endpoint(r.to);
    if (r.type === 'REVIEWED' && approved.has(`${from}>${to}`)) continue;
    if (once(`${r.type}|${from}|${to}`)) out.push(makeRel(d.norm, r.type, from, to, r.sentence, r.rule, r.nameRule));
  }
  for (const s of d.names.staff) {
    if (!once(`${s.role}|${s.name}`)) continue;
    const sent = d.sentences.find((x) => x.start <= s.start && x.end >= s.end) ?? { text: s.name, start: s.start, end: s.end };
    out.push(makeRel(d.norm, s.role, personIdOf(d.scope, s.name), d.docId, sent, s.rule));
  }
  for (const s of d.names.pageStaff) {
    if (!once(`${s.role}|${s.name}`)) continue;
    out.push({ type: s.role, from: personIdOf(d.scope, s.name), to: d.docId, evidence: s.line.text, ...(s.line.original !== s.line.text ? { evidenceOriginal: s.line.original } : {}), rule: s.rule, confidence: ruleOf(s.rule).confidence });
  }
  if (d.place) {
    for (const st of reading.meetings) {
      // (a national body's meeting a paragraph recounts was held in no city the article is about)
      if (st.status !== 'held' || NATIONAL_MEETING.test(st.name)) continue;
      out.push(makeRel(d.norm, 'HELD_IN', d.meetings[st.idx]!.id, `city:${d.place.adminCode}`, d.sentences[st.firstSentence]!, 'place:gazetteer'));
    }
  }
  return out;
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
