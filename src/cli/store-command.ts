import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest, type IngestProgress } from '../app/index.js';
import { GovgraphError } from '../domain/index.js';
import { whoHeld } from '../domain/index.js';
import { createStore, MemoryStore, Neo4jStore, type GraphStore } from '../storage/index.js';
import type { Io } from './io.js';

const STORE_HELP = `Store options:
      --store <memory|neo4j>  where the graph lives (default: neo4j when NEO4J_URI is set, else memory)
      --data <dir>            the memory store's directory (default: ./data)
  Neo4j is configured by NEO4J_URI (bolt://, neo4j:// or neo4j+s://), NEO4J_USER,
  NEO4J_PASSWORD and NEO4J_DATABASE (default neo4j).`;

export const INGEST_HELP = `govgraph ingest — read articles into the graph

Usage:
  govgraph ingest [options] <file|dir|-> ...

Extracts every file (in worker threads) and writes each document's people, meetings,
plans, titles and relations to the store, with their provenance. A document stored
before (the same text) is left unchanged.

Options:
      --json                  print the summary as JSON on standard output
      --workers <n>           extraction threads (default: up to 4 when there are 8+ files; 0 = none)
      --batch <n>             documents per store write (default: 64)
  -q, --quiet                 no progress on standard error
  -h, --help                  show this help
${STORE_HELP}

Exit status: 0 all documents stored; 1 some failed (each named with the reason);
2 usage error; 3 the store could not be opened.
`;

export const STATS_HELP = `govgraph stats — count what the graph holds

Usage:
  govgraph stats [--json] [store options]

${STORE_HELP}
`;

export const RETRACT_HELP = `govgraph retract — remove a document and the facts only it supported

Usage:
  govgraph retract <document-id> [--json] [store options]

The document id is the "id" of the document in extract/ingest output (doc:…).
${STORE_HELP}
`;

export const WHO_HELD_HELP = `govgraph who-held — who held a title in a city on a day

Usage:
  govgraph who-held <title> --city <name> --date <YYYY-MM-DD> [--json] [store options]

Answers from the titles articles give (tenure facts: first seen, last seen, the documents
that show it). A title matches as written or after its organisation (市长 matches 市政府市长,
not 副市长). When nobody is seen holding it around the day, the last holder seen before it is
given, marked as such.
${STORE_HELP}
`;

export const COMPACT_HELP = `govgraph compact — rewrite the embedded store's log with only what it holds now

Usage:
  govgraph compact [--data <dir>]

Retracted documents stay in the log (and replay on every start) until it is compacted. The
new log is written beside the old one and renamed over it, so a crash leaves either whole.
Neo4j needs no compaction.
`;

export const SCHEMA_HELP = `govgraph schema apply — create Neo4j constraints, indexes and the full-text index

Usage:
  govgraph schema apply [store options]

Safe to repeat (IF NOT EXISTS); also done on first use. The memory store needs no schema.
${STORE_HELP}
`;

const storeOptions = {
  store: { type: 'string' },
  data: { type: 'string', default: 'data' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function openStore(values: { store?: string; data?: string }, io: Io): Promise<{ store: GraphStore; label: string } | number> {
  try {
    const store = await createStore({ store: values.store, data: values.data });
    const label = store instanceof Neo4jStore ? `neo4j ${store.uri}` : `memory ${resolve(values.data ?? 'data')}`;
    return { store, label };
  } catch (e) {
    io.err(`govgraph: ${(e as Error).message}\n`);
    return e instanceof GovgraphError && e.code === 'CONFIG' ? 2 : 3;
  }
}

function parse<T extends Record<string, unknown>>(argv: string[], options: T, io: Io, cmd: string) {
  try {
    return parseArgs({ args: argv, options: options as never, allowPositionals: true }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (e) {
    io.err(`govgraph ${cmd}: ${(e as Error).message}\nRun 'govgraph ${cmd} --help' for usage.\n`);
    return null;
  }
}

function progressReporter(io: Io, quiet: boolean): ((p: IngestProgress) => void) | undefined {
  if (quiet) return undefined;
  let lastLine = 0;
  return (p) => {
    const rate = p.done / Math.max(0.001, p.elapsedMs / 1000);
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    if (io.isTTY) {
      const width = 28;
      const filled = Math.round((p.done / Math.max(1, p.total)) * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      io.err(`\r${bar} ${p.done}/${p.total} documents  ${rate.toFixed(0)}/s  ETA ${eta.toFixed(0)}s${p.failed ? `  ${p.failed} failed` : ''}   `);
      if (p.done === p.total) io.err('\n');
    } else if (p.done === p.total || p.elapsedMs - lastLine >= 2000) {
      lastLine = p.elapsedMs;
      io.err(`ingest: ${p.done}/${p.total} documents (${((100 * p.done) / Math.max(1, p.total)).toFixed(0)}%), ${rate.toFixed(0)} documents/s${p.failed ? `, ${p.failed} failed` : ''}\n`);
    }
  };
}

type Values = Record<string, string | boolean | undefined>;

/**
 * The frame every store command shares: parse options, answer --help, open the store, run the
 * body, close the store; store errors become a message and exit status 3.
 */
async function withStore(
  cmd: string,
  argv: string[],
  io: Io,
  help: string,
  extra: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>,
  body: (ctx: { store: GraphStore; label: string; values: Values; positionals: string[] }) => Promise<number>,
  check?: (values: Values, positionals: string[]) => string | null,
): Promise<number> {
  const a = parse(argv, { ...storeOptions, ...extra }, io, cmd);
  if (!a) return 2;
  if (a.values.help) {
    io.out(help);
    return 0;
  }
  const problem = check?.(a.values, a.positionals);
  if (problem) {
    io.err(`govgraph ${cmd}: ${problem}\nRun 'govgraph ${cmd} --help' for usage.\n`);
    return 2;
  }
  const opened = await openStore(a.values as { store?: string; data?: string }, io);
  if (typeof opened === 'number') return opened;
  try {
    return await body({ store: opened.store, label: opened.label, values: a.values, positionals: a.positionals });
  } catch (e) {
    io.err(`govgraph ${cmd}: ${(e as Error).message}\n`);
    return 3;
  } finally {
    await opened.store.close();
  }
}

const wholeNumber = (v: string | boolean | undefined, min: number) => v === undefined || (Number.isInteger(Number(v)) && Number(v) >= min);

export async function runIngest(argv: string[], io: Io): Promise<number> {
  const extra = { workers: { type: 'string' as const }, batch: { type: 'string' as const }, quiet: { type: 'boolean' as const, short: 'q', default: false } };
  return withStore(
    'ingest',
    argv,
    io,
    INGEST_HELP,
    extra,
    async ({ store, label, values, positionals }) => {
      const s = await ingest({
        inputs: positionals,
        store,
        storeLabel: label,
        workers: values.workers === undefined ? undefined : Number(values.workers),
        batchSize: values.batch === undefined ? undefined : Number(values.batch),
        onProgress: progressReporter(io, Boolean(values.quiet) || Boolean(values.json)),
      });
      if (values.json) io.out(JSON.stringify(s, null, 2) + '\n');
      else {
        const d = s.documents;
        io.out(
          [
            `store        ${s.store}`,
            `documents    ${d.read} read: ${d.new} new, ${d.unchanged} unchanged, ${d.failed} failed`,
            `added        ${s.nodesAdded} nodes, ${s.relationshipsAdded} relationships`,
            `time         ${s.seconds.toFixed(1)} s (${(d.read / Math.max(0.001, s.seconds)).toFixed(0)} documents/s)`,
            ...s.failures.map((f) => `failed       ${f.path}: ${f.reason}`),
          ].join('\n') + '\n',
        );
      }
      return s.documents.failed ? 1 : 0;
    },
    (values, positionals) =>
      !positionals.length
        ? 'no input files (give files, directories, or - for standard input)'
        : !wholeNumber(values.workers, 0) || !wholeNumber(values.batch, 1)
          ? '--workers takes a whole number ≥ 0 and --batch one ≥ 1'
          : null,
  );
}

export async function runStats(argv: string[], io: Io): Promise<number> {
  return withStore('stats', argv, io, STATS_HELP, {}, async ({ store, label, values }) => {
    const st = await store.stats();
    if (values.json) io.out(JSON.stringify({ store: label, ...st }, null, 2) + '\n');
    else {
      const row = ([k, v]: [string, number | undefined]) => `  ${k.padEnd(14)} ${String(v).padStart(8)}`;
      io.out([`store  ${label}`, 'nodes', ...Object.entries(st.nodes).map(row), 'relationships', ...Object.entries(st.relationships).map(row)].join('\n') + '\n');
    }
    return 0;
  });
}

export async function runRetract(argv: string[], io: Io): Promise<number> {
  return withStore(
    'retract',
    argv,
    io,
    RETRACT_HELP,
    {},
    async ({ store, label, values, positionals }) => {
      const id = positionals[0]!;
      const r = await store.retract(id);
      if (!r) {
        io.err(`govgraph retract: no document ${id} in ${label}\n`);
        return 1;
      }
      io.out(values.json ? JSON.stringify(r) + '\n' : `retracted ${id}: ${r.relsRemoved} relationships and ${r.nodesRemoved} nodes removed\n`);
      return 0;
    },
    (_, positionals) => (positionals.length === 1 ? null : 'give one document id (doc:…)'),
  );
}

export async function runSchema(argv: string[], io: Io): Promise<number> {
  return withStore(
    'schema',
    argv,
    io,
    SCHEMA_HELP,
    {},
    async ({ store, label }) => {
      if (!(store instanceof Neo4jStore)) {
        io.out(`nothing to do: the memory store (${label}) has no schema\n`);
        return 0;
      }
      const statements = await store.applySchema();
      io.out(`applied ${statements.length} schema statements to ${label}\n`);
      return 0;
    },
    (_, positionals) => (positionals[0] === 'apply' && positionals.length === 1 ? null : "the only subcommand is 'apply'"),
  );
}

export async function runWhoHeld(argv: string[], io: Io): Promise<number> {
  return withStore(
    'who-held',
    argv,
    io,
    WHO_HELD_HELP,
    { city: { type: 'string' }, date: { type: 'string' } },
    async ({ store, values, positionals }) => {
      const answer = whoHeld(await store.titleObservations({ city: String(values.city) }), positionals[0]!, String(values.date));
      if (values.json) io.out(JSON.stringify(answer, null, 2) + '\n');
      else if (!answer.holders.length) io.out(`no one seen holding ${positionals[0]} in ${values.city} by ${values.date}\n`);
      else {
        const note = answer.basis === 'within' ? '' : ' (last seen before that day)';
        for (const h of answer.holders) io.out(`${h.name}  ${h.title}  ${h.city ?? ''}  seen ${h.firstSeen ?? '?'} … ${h.lastSeen ?? '?'} in ${h.documents.length} document(s)${note}\n`);
      }
      return answer.holders.length ? 0 : 1;
    },
    (values, positionals) =>
      positionals.length !== 1 ? 'give one title (e.g. 市长)' : !values.city ? '--city is required' : !/^\d{4}-\d{2}-\d{2}$/.test(String(values.date ?? '')) ? '--date takes YYYY-MM-DD' : null,
  );
}

export async function runCompact(argv: string[], io: Io): Promise<number> {
  return withStore('compact', argv, io, COMPACT_HELP, {}, async ({ store, label }) => {
    if (!(store instanceof MemoryStore)) {
      io.out(`nothing to do: ${label} needs no compaction\n`);
      return 0;
    }
    const r = await store.compact();
    io.out(r ? `compacted ${label}: ${r.before} → ${r.after} bytes\n` : `nothing to do: ${label} keeps no log\n`);
    return 0;
  });
}
