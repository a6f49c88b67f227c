/**
 * The SQL of the read port's lists and counts (domain/queries.ts defines what they mean; the Neo4j
 * adapter says the same in cypher/read/list-*.cypher). Statements are assembled from fixed
 * fragments; every value is a bound parameter.
 */
import type { ListQuery, MeetingFilter, PersonFilter, PlanFilter, SortKey } from '../../domain/queries.js';
import { orderOf } from '../../domain/queries.js';

export type Param = string | number | null;

/** A WHERE fragment and its parameters. */
export interface Clause {
  sql: string;
  params: Param[];
}

export const PARTICIPATION_TYPES = `('CHAIRED','SPOKE_AT','ATTENDED')`;
export const PLAN_ACTION_TYPES = `('APPROVED','REVIEWED','STUDIED_PLAN')`;

/** Resolves a city as a reader names it to City codes (looked up once per query). */
export type CityCodes = (ref: string) => string[];

function and(parts: Clause[]): Clause {
  const live = parts.filter((p) => p.sql);
  return { sql: live.map((p) => `(${p.sql})`).join(' AND '), params: live.flatMap((p) => p.params) };
}

function inList(column: string, values: string[]): Clause {
  if (!values.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${values.map(() => '?').join(',')})`, params: values };
}

/**
 * A date range on a column, as one range the index can use. A date whose year is unknown
 * (XXXX-…) sorts after every digit: below `to` it cannot be; with no `to`, `< 'A'` keeps only
 * dates that start with a digit (the Cypher says the same).
 */
function dateRange(col: string, from: string | undefined, to: string | undefined): Clause {
  if (from !== undefined && to !== undefined) return { sql: `${col} BETWEEN ? AND ?`, params: [from, to] };
  if (from !== undefined) return { sql: `${col} >= ? AND ${col} < 'A'`, params: [from] };
  if (to !== undefined) return { sql: `${col} <= ?`, params: [to] };
  return { sql: '', params: [] };
}

/**
 * Meetings matching a filter, on the nodes row aliased `m`. A date range never matches a meeting
 * whose year is unknown: XXXX-… sorts after every digit, and `< 'A'` keeps only dates that start
 * with one (the Cypher says the same).
 */
export function meetingWhere(m: string, f: MeetingFilter | undefined, codes: CityCodes): Clause {
  if (!f) return { sql: '', params: [] };
  const parts: Clause[] = [];
  if (f.id !== undefined) parts.push({ sql: `${m}.id = ?`, params: [f.id] });
  if (f.city !== undefined) parts.push(inList(`${m}.city_code`, codes(f.city)));
  if (f.kind !== undefined) parts.push({ sql: `${m}.kind = ?`, params: [f.kind] });
  parts.push(dateRange(`${m}.date`, f.from, f.to));
  if (f.status !== undefined) parts.push({ sql: `${m}.status = ?`, params: [f.status] });
  // the name or an alias (the aliases are a JSON array in props: one of them contains it)
  if (f.nameContains !== undefined) {
    parts.push({ sql: `(instr(${m}.name, ?) > 0 OR EXISTS (SELECT 1 FROM json_each(${m}.props, '$.aliases') a WHERE instr(a.value, ?) > 0))`, params: [f.nameContains, f.nameContains] });
  }
  if (f.person !== undefined) {
    // driven by the person's own relationships (the primary key starts with src), not by every meeting
    parts.push({ sql: `${m}.rid IN (SELECT pr.dst FROM rels pr WHERE pr.src = (SELECT rid FROM nodes WHERE id = ?) AND pr.type IN ${PARTICIPATION_TYPES})`, params: [f.person] });
  }
  return and(parts);
}

function personWhere(n: string, f: PersonFilter | undefined, codes: CityCodes, titles: (t: string) => string[]): Clause {
  if (!f) return { sql: '', params: [] };
  const parts: Clause[] = [];
  if (f.city !== undefined) parts.push(inList(`${n}.city_code`, codes(f.city)));
  if (f.nameContains !== undefined) parts.push({ sql: `instr(${n}.name, ?) > 0`, params: [f.nameContains] });
  if (f.title !== undefined) {
    const t = inList('pos.name', titles(f.title));
    parts.push({ sql: `EXISTS (SELECT 1 FROM rels h JOIN nodes pos ON pos.rid = h.dst WHERE h.src = ${n}.rid AND h.type = 'HELD' AND ${t.sql})`, params: t.params });
  }
  return and(parts);
}

function planWhere(n: string, f: PlanFilter | undefined): Clause {
  if (!f) return { sql: '', params: [] };
  const parts: Clause[] = [];
  if (f.kind !== undefined) parts.push({ sql: `${n}.kind = ?`, params: [f.kind] });
  if (f.year !== undefined) parts.push({ sql: `${n}.year = ?`, params: [f.year] });
  if (f.titleContains !== undefined) parts.push({ sql: `instr(${n}.name, ?) > 0`, params: [f.titleContains] });
  return and(parts);
}

/**
 * The rows of a list before ordering: `SELECT n.id, n.label, n.props, <sort> AS k, <count> AS c
 * FROM … WHERE …`, with the count (meetings, participants) when the query orders by one or
 * filters on meetings.
 */
export function listBase(q: ListQuery, codes: CityCodes, titles: (t: string) => string[]): Clause {
  const order = orderOf(q);
  const sortExpr = order === 'count' ? 'c' : order === 'date' || order === 'dateDesc' || order === 'publishedAt' ? `coalesce(n.date, '')` : `coalesce(n.name, '')`;
  const select = (count: string, from: string, where: Clause): Clause => ({
    sql: `SELECT n.id AS id, n.label AS label, n.props AS props, ${count} AS c, ${sortExpr === 'c' ? count : sortExpr} AS k ${from} WHERE n.label = '${q.label}'${where.sql ? ` AND ${where.sql}` : ''}`,
    params: where.params,
  });
  switch (q.label) {
    case 'Person': {
      const where = personWhere('n', q.filter, codes, titles);
      if (order !== 'count' && !q.filter?.meetings) return select('NULL', 'FROM nodes n', where);
      // meetings per person, over the meetings the filter names (all of them when it names none)
      return countedSelect('Person', q.filter?.meetings, codes, where, select);
    }
    case 'Meeting': {
      const where = meetingWhere('n', q.filter, codes);
      const count = order === 'count' ? `(SELECT count(DISTINCT pr.src) FROM rels pr WHERE pr.dst = n.rid AND pr.type IN ${PARTICIPATION_TYPES})` : 'NULL';
      return select(count, 'FROM nodes n', where);
    }
    case 'Plan': {
      const where = planWhere('n', q.filter);
      if (order !== 'count' && !q.filter?.meetings) return select('NULL', 'FROM nodes n', where);
      return countedSelect('Plan', q.filter?.meetings, codes, where, select);
    }
    case 'Document': {
      const f = q.filter;
      const parts: Clause[] = [];
      if (f?.city !== undefined) parts.push(inList('n.city_code', codes(f.city)));
      parts.push(dateRange('n.date', f?.from, f?.to));
      return select('NULL', 'FROM nodes n', and(parts));
    }
    case 'City': {
      const parts: Clause[] = [];
      if (q.filter?.nameContains !== undefined) {
        parts.push({ sql: `instr(n.name, ?) > 0 OR instr(coalesce(json_extract(n.props, '$.fullName'), ''), ?) > 0`, params: [q.filter.nameContains, q.filter.nameContains] });
      }
      const count = order === 'count' ? `(SELECT count(*) FROM nodes m WHERE m.label = 'Meeting' AND m.city_code = n.city_code)` : 'NULL';
      return select(count, 'FROM nodes n', and(parts));
    }
  }
}

/**
 * A list of people or plans with the number of meetings each took part in (people) or that acted
 * on each (plans), counted over the meetings a filter names (all of them when it names none); a
 * meeting filter also keeps only the rows with at least one such meeting.
 */
function countedSelect(
  label: 'Person' | 'Plan',
  meetings: MeetingFilter | undefined,
  codes: CityCodes,
  where: Clause,
  select: (count: string, from: string, where: Clause) => Clause,
): Clause {
  const mf = meetingWhere('m', meetings, codes);
  // people are the start of a participation (person → meeting), plans the end of an action (meeting → plan)
  const [node, meeting, types] = label === 'Person' ? ['src', 'dst', PARTICIPATION_TYPES] : ['dst', 'src', PLAN_ACTION_TYPES];
  const counted = `(SELECT r.${node} AS pid, count(DISTINCT r.${meeting}) AS cnt FROM nodes m JOIN rels r ON r.${meeting} = m.rid AND r.type IN ${types} WHERE m.label = 'Meeting'${mf.sql ? ` AND ${mf.sql}` : ''} GROUP BY r.${node})`;
  const s = select('coalesce(pc.cnt, 0)', `FROM nodes n ${meetings ? 'JOIN' : 'LEFT JOIN'} ${counted} pc ON pc.pid = n.rid`, where);
  return { sql: s.sql, params: [...mf.params, ...s.params] };
}

/** Keyset condition and ORDER BY over a base query's (k, id): ascending, or descending for counts and dateDesc. */
export function keyset(order: ReturnType<typeof orderOf>, after: SortKey | null): { where: Clause; orderBy: string } {
  const desc = order === 'count' || order === 'dateDesc';
  const orderBy = `ORDER BY k ${desc ? 'DESC' : 'ASC'}, id ASC`;
  if (!after) return { where: { sql: '', params: [] }, orderBy };
  const [k, id] = after as [Param, string];
  return { where: { sql: `(k ${desc ? '<' : '>'} ? OR (k = ? AND id > ?))`, params: [k, k, id] }, orderBy };
}
