/**
 * npm run bench:api [-- --docs 100000] [-- --duration 10] [-- --warmup 2] [-- --connections 32] [-- --data DIR] [-- --corpus DIR]
 *
 * The GraphQL API under load (autocannon, 32 connections) on a graph of ≥ 100,000 documents: the
 * dev articles under other cities and dates (extracted), copied under new ids up to --docs. The
 * server runs in its own process (govgraph serve on the embedded store); for each question the
 * benchmark prints p50, p99 and requests/s beside `{ __typename }` measured in the same run.
 * Bar on SQLite: p99 ≤ 50 ms for a person → their meetings → co-attendees, meetings by city and
 * month, and search; the ratio to __typename printed for all.
 * Each question first runs --warmup seconds of the same load unmeasured (the server's JIT and the
 * store's page cache and memory map settle), then --duration seconds measured.
 * --data DIR keeps the built store there (built once, reused by later runs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { SqliteStore } from '../src/storage/index.js';
import { startServer } from '../test/support/serve.js';
import { buildStore, DEFAULT_CORPUS } from './corpus.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    data: { type: 'string' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
  },
});
const N = Number(values.docs);
const dataDir = values.data ? resolve(values.data) : mkdtempSync(join(tmpdir(), 'govgraph-api-bench-'));

// ---------------------------------------------------------------- the graph
await buildStore(dataDir, N, values.corpus!, 'bench:api');

// ---------------------------------------------------------------- the questions' arguments
const probe = SqliteStore.open(dataDir, { mode: 'read' });
const st = await probe.stats();
const busiest = (await probe.list({ label: 'Person', orderBy: 'meetingCount' }, { first: 200 })).items;
// people typical of the graph's busy officials: the 51st to 150th most active, one after another
// (a different person on each request: nothing is answered from a warm cache of one person)
const people = busiest.slice(50, 150);
const person = people[0] ?? busiest[0]!;
const city = (await probe.list({ label: 'City', orderBy: 'meetingCount' }, { first: 1 })).items[0]!.node;
// the city's busiest month among its latest meetings
const recent = (await probe.list({ label: 'Meeting', filter: { city: String(city.props.adminCode), from: '1900-01-01' }, orderBy: 'dateDesc' }, { first: 500 })).items;
const months = new Map<string, number>();
for (const m of recent) months.set(String(m.node.props.date).slice(0, 7), (months.get(String(m.node.props.date).slice(0, 7)) ?? 0) + 1);
const month = [...months].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '2020-01';
const year = month.slice(0, 4);
await probe.close();
console.log(`graph     ${st.nodes.Document} documents, ${st.nodes.Meeting} meetings, ${st.nodes.Person} people; ${people.length} people in turn (${people.at(-1)?.count}–${person.count} meetings each), city ${city.props.name}, month ${month}`);

const QUESTIONS: Array<{ name: string; query: string; variables?: Record<string, unknown>; each?: Array<Record<string, unknown>>; bar?: number }> = [
  { name: '{ __typename } (baseline)', query: '{ __typename }' },
  {
    name: 'person → meetings → co-attendees',
    query: `query($id: ID!) { person(id: $id) { name titles meetings(first: 20) { totalCount nodes { role meeting { name date } } } coAttendees(first: 10) { sharedMeetings person { name } } } }`,
    variables: { id: person.node.id },
    each: people.map((p) => ({ id: p.node.id })),
    bar: 50,
  },
  {
    name: 'meetings by city and month',
    query: `query($city: String!, $from: Date!, $to: Date!) { meetings(first: 20, filter: { city: $city, from: $from, to: $to }) { totalCount nodes { name date chairs { person { name } } } } }`,
    variables: { city: city.props.adminCode, from: `${month}-01`, to: new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10) },
    bar: 50,
  },
  { name: 'search', query: `query($q: String!) { search(query: $q, first: 10) { label text rank } }`, variables: { q: String(person.node.props.name) }, bar: 50 },
  {
    name: 'attendance of a city and year',
    query: `query($city: String!, $from: Date!, $to: Date!) { attendance(first: 50, filter: { meeting: { city: $city, from: $from, to: $to } }) { nodes { role date person { name } meeting { name } } } }`,
    variables: { city: city.props.adminCode, from: `${year}-01-01`, to: `${year}-12-31` },
  },
  {
    name: 'who attended most (city, year)',
    query: `query($city: String!, $from: Date!, $to: Date!) { people(first: 10, orderBy: MEETING_COUNT, filter: { meetings: { city: $city, from: $from, to: $to } }) { edges { meetingCount node { name } } } }`,
    variables: { city: city.props.adminCode, from: `${year}-01-01`, to: `${year}-12-31` },
  },
];

// ---------------------------------------------------------------- the server, in its own process
const { child: server, base } = await startServer(['serve', '--port', '0', '--data', dataDir], { ...process.env, NEO4J_URI: '', GOVGRAPH_TOKEN: '' }, { stderr: 'inherit' });

let turn = 0;
function load(q: (typeof QUESTIONS)[number]): Promise<{ p50: number; p99: number; rps: number; errors: number }> {
  return new Promise((res, rej) => {
    autocannon(
      {
        url: `${base}/graphql`,
        connections: Number(values.connections),
        duration: Number(values.duration),
        ...(Number(values.warmup) > 0 ? { warmup: { connections: Number(values.connections), duration: Number(values.warmup) } } : {}),
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }),
        // `each`: the variables of request k are each[k mod n]
        ...(q.each?.length ? { requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify({ query: q.query, variables: q.each![turn++ % q.each!.length] }) }) }] } : {}),
      },
      (err: Error | null, r: { latency: { p50: number; p99: number }; requests: { average: number }; errors: number; non2xx: number }) =>
        err ? rej(err) : res({ p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.non2xx }),
    );
  });
}

try {
  // one request each first: a wrong query is a failure of the benchmark, not a fast answer
  for (const q of QUESTIONS) {
    const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }) });
    const body = (await r.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${q.name}: ${JSON.stringify(body.errors)}`);
  }
  console.log(`load      autocannon, ${values.connections} connections, ${values.duration} s per question after ${values.warmup} s of warm-up`);
  let baseline: { p50: number; p99: number; rps: number } | null = null;
  for (const q of QUESTIONS) {
    const r = await load(q);
    // let the server finish what the last connections left queued before the next question
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    baseline ??= r;
    const ratio = baseline === r ? '' : `  ${(r.p99 / Math.max(0.01, baseline.p99)).toFixed(1)}× p99, ${(baseline.rps / Math.max(1, r.rps)).toFixed(1)}× time per request of __typename`;
    const bar = q.bar ? `  (bar p99 ≤ ${q.bar} ms: ${r.p99 <= q.bar ? 'met' : 'NOT met'})` : '';
    console.log(`${q.name.padEnd(36)} p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${r.rps.toFixed(0).padStart(6)} req/s${r.errors ? `  ${r.errors} errors` : ''}${ratio}${bar}`);
  }
} finally {
  server.kill('SIGTERM');
  if (!values.data) rmSync(dataDir, { recursive: true, force: true });
}
