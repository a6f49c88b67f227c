/** Titles as dated tenure facts: who held which position, first and last seen, on which documents. */

/** One observation of a title: who, which position, when, from which document. */
export interface TitleObservation {
  personId: string;
  name: string;
  positionId: string;
  title: string;
  city: string | null;
  cityCode: string | null;
  /** The day the document shows the title held (its meeting's date, else its publication date). */
  asOf: string | null;
  document: string;
}

export interface TenureFact {
  personId: string;
  name: string;
  positionId: string;
  title: string;
  city: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  documents: string[];
}

/** Observations of one person in one position folded into one fact. */
export function tenureFacts(obs: TitleObservation[]): TenureFact[] {
  const by = new Map<string, TenureFact>();
  for (const o of obs) {
    const k = `${o.personId}|${o.positionId}`;
    const f = by.get(k) ?? { personId: o.personId, name: o.name, positionId: o.positionId, title: o.title, city: o.city, firstSeen: null, lastSeen: null, documents: [] };
    if (o.asOf && /^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) {
      if (!f.firstSeen || o.asOf < f.firstSeen) f.firstSeen = o.asOf;
      if (!f.lastSeen || o.asOf > f.lastSeen) f.lastSeen = o.asOf;
    }
    if (!f.documents.includes(o.document)) f.documents.push(o.document);
    by.set(k, f);
  }
  return [...by.values()].sort((a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? '') || a.name.localeCompare(b.name));
}

/**
 * Whether a title as written answers a question about a title: 市长 is 市长, 市政府市长 and
 * 宁波市市长, but not 副市长 or 常务副市长 (the words before it must name an organisation or a
 * place, not qualify the post).
 */
export function titleMatches(held: string, asked: string): boolean {
  if (held === asked) return true;
  if (!held.endsWith(asked)) return false;
  const head = held.slice(0, -asked.length);
  return !/(?:副|代|常务|助理|挂职)$/.test(head) && /(?:政府|委|人大|政协|常委会|局|厅|部|院|办|会|..[省市县区州盟旗镇乡]|街道)$/.test(head);
}

export interface WhoHeld {
  /** within: seen holding it on days around the date; lastSeenBefore: the latest holder seen before it. */
  basis: 'within' | 'lastSeenBefore' | 'none';
  holders: TenureFact[];
}

/** Who held a title on a day: holders seen on both sides of it, else the last one seen before. */
export function whoHeld(obs: TitleObservation[], title: string, date: string): WhoHeld {
  const facts = tenureFacts(obs.filter((o) => titleMatches(o.title, title)));
  const within = facts.filter((f) => f.firstSeen && f.lastSeen && f.firstSeen <= date && date <= f.lastSeen);
  if (within.length) return { basis: 'within', holders: within };
  const before = facts.filter((f) => f.lastSeen && f.lastSeen <= date).sort((a, b) => b.lastSeen!.localeCompare(a.lastSeen!));
  if (before.length) return { basis: 'lastSeenBefore', holders: [before[0]!] };
  return { basis: 'none', holders: [] };
}

/**
 * The title of a position in its own place, without the place's name (the position is keyed by
 * the place already): 岚州市市长 → 市长, 岚州市委副书记 → 市委副书记, 某县人民政府副县长 → 县人民政府副县长.
 */
export function positionTitle(title: string, place: { fullName: string } | null | undefined): string {
  if (!place || !title.startsWith(place.fullName) || title.length <= place.fullName.length) return title;
  const level = place.fullName.slice(-1);
  const rest = title.slice(place.fullName.length);
  return rest.startsWith(level) ? rest : level + rest;
}

const POST = /(?:常务)?(?:副)?(?:党组)?(?:书记|市长|县长|区长|省长|州长|旗长|盟长|镇长|乡长|主任|部长|局长|厅长|秘书长|主席|委员|常委|院长|检察长|组长|政委|行长|会长|成员)$/;
const ORGANISATION = /(?:委|政府|人大常委会|人大|政协|常委会|党组|工委|管委会|法院|检察院|局|厅|部|办|院|会|中心)$/;

/** The organisation a title names (市委 in 市委副书记, 宣传部 in 宣传部部长), or null (副市长 names none). */
export function organisationOf(title: string): string | null {
  const m = POST.exec(title);
  if (!m || m.index === 0) return null;
  const org = title.slice(0, m.index);
  return ORGANISATION.test(org) ? org : null;
}
