import { parseArgs } from 'node:util';
import type { IngestProgress, IngestSummary } from '../app/ingest.js';
import { createReader } from '../app/reader.js';
import { whoHeldTitle } from '../app/use-cases.js';
import { GovgraphError } from '../domain/index.js';
import { createStore, storeKind, type GraphStore } from '../storage/index.js';
import { parseByteCount } from './byte-count.js';
import type { Io } from './io.js';

/** Exit statuses every store command shares. */
export const EXIT = { ok: 0, partial: 1, usage: 2, cannotOpen: 3, storeFailed: 4 } as const;

export const STORE_HELP = `Store options:
      --store <sqlite|neo4j>  where the graph lives (default: neo4j when NEO4J_URI is set, else
                              sqlite; 'memory' is accepted as the old name of sqlite)
      --data <dir>            the embedded store's directory (default: ./data; the graph is
                              <dir>/govgraph.sqlite)
  Neo4j is configured by NEO4J_URI (bolt://, neo4j:// or neo4j+s://), NEO4J_USER,
  NEO4J_PASSWORD, NEO4J_DATABASE (default neo4j) and GOVGRAPH_NEO4J_TIMEOUT (seconds one call
  may take before the command gives up on the server; default 30).`;

export const EXIT_HELP = `Exit status: 0 done; 1 nothing found / some inputs failed (see above); 2 usage error;
3 the store could not be opened (missing, unreachable, damaged); 4 the store failed while working.`;

export const INGEST_HELP = `govgraph ingest — read articles into the graph

Usage:
  govgraph ingest [options] <file|dir|-> ...

Extracts every file (in worker threads) and writes each document's people, meetings,
plans, titles and relations to the store, with their provenance, in input order, one
transaction per batch. A document stored before (the same text) is left unchanged, and a
text repeated within the run is stored once. Empty files are skipped with a message.

Options:
      --json                  print the summary as JSON on standard output
      --workers <n>           extraction threads (default: up to 4 when there are 8+ files; 0 = none)
      --max-bytes <n>         refuse files larger than this (default: 20MB; 512k, 50MB, 1G); a missing
                              path, broken link, link loop, unlistable folder, FIFO or device is
                              also named and skipped
      --batch <n>             documents per store transaction (default: 1024)
      --places <file>         places the division data lacks, as a JSON array of
                              {fullName, province, adminCode, level, parentCode} (default: $GOVGRAPH_PLACES)
  -q, --quiet                 no progress on standard error
  -h, --help                  show this help
${STORE_HELP}

The summary counts documents found, new, unchanged, skipped (empty), failed (each named with
the reason) and not stored (when the store failed during the run: what was committed before
stays, whole).

Exit status: 0 all documents stored; 1 some inputs failed (the others are stored); 2 usage
error (or no files at all in the inputs); 3 the store could not be opened; 4 the store failed during the run (the summary says
what was stored and what was not).
`;

export const STATS_HELP = `govgraph stats — count what the graph holds

Usage:
  govgraph stats [--json] [store options]

Nodes by label and relationships by type, in sorted order (equal graphs print equal bytes).
Reads only: a missing store is an error, and an ingest may run at the same time.

Options:
      --json                  print the counts as JSON
${STORE_HELP}

${EXIT_HELP}
`;

export const RETRACT_HELP = `govgraph retract — remove a document and the facts only it supported

Usage:
  govgraph retract <document-id> [--json] [store options]

The document id is the "id" of the document in extract/ingest output (doc:…).

Options:
      --json                  print what was removed as JSON
${STORE_HELP}

${EXIT_HELP}
`;

export const WHO_HELD_HELP = `govgraph who-held — who held a title in a city on a day

Usage:
  govgraph who-held <title> --city <name> --date <YYYY-MM-DD> [--json] [store options]

Answers from the titles articles give (tenure facts: first seen, last seen, the documents
that show it). A title matches as written or after its organisation (市长 matches 市政府市长,
not 副市长). When nobody is seen holding it around the day, the last holder seen before it is
given, marked as such.

Options:
      --city <name>           the city (short name 临汾, full name 临汾市, or GB/T 2260 code)
      --date <YYYY-MM-DD>     the day
      --json                  print the answer as JSON
${STORE_HELP}

${EXIT_HELP}
`;

export const COMPACT_HELP = `govgraph compact — reclaim the space of removed data in the embedded store

Usage:
  govgraph compact [--data <dir>]

Runs SQLite's VACUUM on <dir>/govgraph.sqlite (retracted documents leave free pages behind).
Neo4j manages its own space: nothing to do there.

${EXIT_HELP}
`;

export const MIGRATE_HELP = `govgraph migrate — bring an embedded store up to date

Usage:
  govgraph migrate [--data <dir>]

Creates <dir>/govgraph.sqlite if needed, applies schema migrations, and imports a log left by
an earlier govgraph (<dir>/graph.jsonl; kept afterwards as graph.jsonl.imported). Any command
that writes does the same on open; this one does only that.

${EXIT_HELP}
`;

export const SCHEMA_HELP = `govgraph schema apply — create Neo4j constraints, indexes and text indexes

Usage:
  govgraph schema apply [store options]

Safe to repeat (IF NOT EXISTS); also done on first use. The embedded store creates its own
schema.
${STORE_HELP}

${EXIT_HELP}
`;

const storeOptions = {
  store: { type: 'string' },
  data: { type: 'string', default: 'data' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = Record<string, string | boolean | undefined>;

function parse(argv: string[], options: Record<string, unknown>, io: Io, cmd: string): { values: Values; positionals: string[] } | null {
  try {
    return parseArgs({ args: argv, options: options as never, allowPositionals: true }) as { values: Values; positionals: string[] };
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

export interface StoreCommand {
  name: string;
  help: string;
  /** read: the store must exist and is only read (missing store: exit 3); write: created if missing. */
  mode: 'read' | 'write';
  options?: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;
  check?: (values: Values, positionals: string[]) => string | null;
  body: (ctx: { store: GraphStore; values: Values; positionals: string[] }) => Promise<number>;
}

/**
 * The frame every store command shares: parse options, answer --help, check the arguments, open
 * the store (read or write), run the body, close the store. Opening failures exit 3; a store
 * error while working exits 4; both with a message that names the store.
 */
export async function runStoreCommand(c: StoreCommand, argv: string[], io: Io): Promise<number> {
  const a = parse(argv, { ...storeOptions, ...c.options }, io, c.name);
  if (!a) return EXIT.usage;
  if (a.values.help) {
    io.out(c.help);
    return EXIT.ok;
  }
  const problem = c.check?.(a.values, a.positionals);
  if (problem) {
    io.err(`govgraph ${c.name}: ${problem}\nRun 'govgraph ${c.name} --help' for usage.\n`);
    return EXIT.usage;
  }
  let store: GraphStore;
  try {
    store = await createStore({ store: a.values.store as string | undefined, data: a.values.data as string, mode: c.mode, onNotice: (m) => io.err(`govgraph: ${m}\n`) });
  } catch (e) {
    io.err(`govgraph ${c.name}: ${(e as Error).message}\n`);
    return e instanceof GovgraphError && e.code === 'CONFIG' ? EXIT.usage : EXIT.cannotOpen;
  }
  try {
    return await c.body({ store, values: a.values, positionals: a.positionals });
  } catch (e) {
    io.err(`govgraph ${c.name}: ${(e as Error).message}\n`);
    return e instanceof GovgraphError && e.code === 'BAD_INPUT' ? EXIT.usage : EXIT.storeFailed;
  } finally {
    await store.close();
  }
}

const wholeNumber = (v: string | boolean | undefined, min: number) => v === undefined || (Number.isInteger(Number(v)) && Number(v) >= min);

function ingestReport(s: IngestSummary): string {
  const d = s.documents;
  return (
    [
      `store        ${s.store}`,
      `documents    ${d.total} found: ${d.new} new, ${d.unchanged} unchanged, ${d.skipped} skipped, ${d.failed} failed${d.notStored ? `, ${d.notStored} not stored` : ''}`,
      `added        ${s.nodesAdded} nodes, ${s.relationshipsAdded} relationships`,
      `time         ${s.seconds.toFixed(1)} s (${((d.total - d.notStored) / Math.max(0.001, s.seconds)).toFixed(0)} documents/s)`,
      ...s.skipped.map((f) => `skipped      ${f.path}: ${f.reason}`),
      ...s.failures.map((f) => `failed       ${f.path}: ${f.reason}`),
      ...(s.storeError ? [`store failed ${s.storeError}`, `             ${d.new} document(s) stored before the failure are whole; run the same ingest again to store the rest`] : []),
    ].join('\n') + '\n'
  );
}

export function runIngest(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'ingest',
      help: INGEST_HELP,
      mode: 'write',
      options: { workers: { type: 'string' }, batch: { type: 'string' }, places: { type: 'string' }, 'max-bytes': { type: 'string' }, quiet: { type: 'boolean', short: 'q', default: false } },
      check: (values, positionals) =>
        !positionals.length
          ? 'no input files (give files, directories, or - for standard input)'
          : !wholeNumber(values.workers, 0) || !wholeNumber(values.batch, 1)
            ? '--workers takes a whole number ≥ 0 and --batch one ≥ 1'
            : values['max-bytes'] !== undefined && parseByteCount(String(values['max-bytes'])) === null
              ? `--max-bytes takes a size such as 20000000, 512k or 20MB (got ${String(values['max-bytes'])})`
              : null,
      body: async ({ store, values, positionals }) => {
        const quiet = Boolean(values.quiet) || Boolean(values.json);
        // loaded here: the extraction pipeline (dictionaries, gazetteer) is not needed to read a store
        const { ingest, ingestExitCode } = await import('../app/ingest.js');
        const { usePlaces } = await import('../app/places.js');
        let places;
        try {
          places = usePlaces((values.places as string | undefined) ?? (process.env.GOVGRAPH_PLACES || undefined));
        } catch (e) {
          io.err(`govgraph ingest: ${(e as Error).message}\n`);
          return EXIT.usage;
        }
        const s = await ingest({
          places,
          inputs: positionals,
          store,
          workers: values.workers === undefined ? undefined : Number(values.workers),
          batchSize: values.batch === undefined ? undefined : Number(values.batch),
          maxBytes: values['max-bytes'] === undefined ? undefined : parseByteCount(String(values['max-bytes']))!,
          onProgress: progressReporter(io, quiet),
          onSkip: quiet ? undefined : (path, reason) => io.err(`ingest: skipped ${path}: ${reason}\n`),
        });
        if (s.documents.total === 0) {
          io.err(`govgraph ingest: no files to read in ${positionals.join(', ')}: nothing to ingest\n`);
          return EXIT.usage;
        }
        io.out(values.json ? JSON.stringify(s, null, 2) + '\n' : ingestReport(s));
        if (s.storeError) io.err(`govgraph ingest: the store failed: ${s.storeError}\n`);
        return ingestExitCode(s);
      },
    },
    argv,
    io,
  );
}

export function runStats(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'stats',
      help: STATS_HELP,
      mode: 'read',
      body: async ({ store, values }) => {
        const st = await store.stats();
        if (values.json) io.out(JSON.stringify({ store: store.label, ...st }, null, 2) + '\n');
        else {
          const row = ([k, v]: [string, number | undefined]) => `  ${k.padEnd(14)} ${String(v).padStart(8)}`;
          io.out([`store  ${store.label}`, 'nodes', ...Object.entries(st.nodes).map(row), 'relationships', ...Object.entries(st.relationships).map(row)].join('\n') + '\n');
        }
        return EXIT.ok;
      },
    },
    argv,
    io,
  );
}

export function runRetract(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'retract',
      help: RETRACT_HELP,
      mode: 'write',
      check: (_, positionals) => (positionals.length === 1 ? null : 'give one document id (doc:…)'),
      body: async ({ store, values, positionals }) => {
        const id = positionals[0]!;
        const r = await store.retract(id);
        if (!r) {
          io.err(`govgraph retract: no document ${id} in ${store.label}\n`);
          return EXIT.partial;
        }
        io.out(values.json ? JSON.stringify(r) + '\n' : `retracted ${id}: ${r.relsRemoved} relationships and ${r.nodesRemoved} nodes removed\n`);
        return EXIT.ok;
      },
    },
    argv,
    io,
  );
}

export function runSchema(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'schema',
      help: SCHEMA_HELP,
      mode: 'write',
      check: (_, positionals) => (positionals[0] === 'apply' && positionals.length === 1 ? null : "the only subcommand is 'apply'"),
      body: async ({ store }) => {
        if (!store.capabilities.schema) {
          io.out(`nothing to do: ${store.label} creates its own schema\n`);
          return EXIT.ok;
        }
        const statements = await store.applySchema();
        io.out(`applied ${statements.length} schema statements to ${store.label}\n`);
        return EXIT.ok;
      },
    },
    argv,
    io,
  );
}

export function runWhoHeld(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'who-held',
      help: WHO_HELD_HELP,
      mode: 'read',
      options: { city: { type: 'string' }, date: { type: 'string' } },
      check: (values, positionals) =>
        positionals.length !== 1 ? 'give one title (e.g. 市长)' : !values.city ? '--city is required' : !/^\d{4}-\d{2}-\d{2}$/.test(String(values.date ?? '')) ? '--date takes YYYY-MM-DD' : null,
      body: async ({ store, values, positionals }) => {
        const answer = await whoHeldTitle(createReader(store), { title: positionals[0]!, city: String(values.city), date: String(values.date) });
        if (values.json) io.out(JSON.stringify(answer, null, 2) + '\n');
        else if (!answer.holders.length) io.out(`no one seen holding ${positionals[0]} in ${values.city} by ${values.date}\n`);
        else {
          const note = answer.basis === 'within' ? '' : ' (last seen before that day)';
          for (const h of answer.holders) io.out(`${h.name}  ${h.title}  ${h.city ?? ''}  seen ${h.firstSeen ?? '?'} … ${h.lastSeen ?? '?'} in ${h.documents.length} document(s)${note}\n`);
        }
        return answer.holders.length ? EXIT.ok : EXIT.partial;
      },
    },
    argv,
    io,
  );
}

export function runCompact(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'compact',
      help: COMPACT_HELP,
      mode: 'write',
      body: async ({ store }) => {
        const r = store.capabilities.compact ? await store.compact() : null;
        io.out(r ? `compacted ${store.label}: ${r.before} → ${r.after} bytes\n` : `nothing to do: ${store.label} manages its own space\n`);
        return EXIT.ok;
      },
    },
    argv,
    io,
  );
}

export function runMigrate(argv: string[], io: Io): Promise<number> {
  return runStoreCommand(
    {
      name: 'migrate',
      help: MIGRATE_HELP,
      mode: 'write',
      check: (values) => (storeKind({ store: values.store as string | undefined }) === 'sqlite' ? null : 'migrate works on the embedded store (--store sqlite)'),
      body: async ({ store }) => {
        io.out(`${store.label} is up to date\n`);
        return EXIT.ok;
      },
    },
    argv,
    io,
  );
}
