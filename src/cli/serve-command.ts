import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApi, createHttpServer } from '../api/index.js';
import { GovgraphError } from '../domain/index.js';
import { createStore, storeKind, type GraphStore } from '../storage/index.js';
import type { Io } from './io.js';
import { EXIT } from './store-command.js';

const SERVE_OPTIONS = `Options:
      --port <n>              port (default: $PORT or 4000; 0 picks a free one)
      --host <addr>           address to listen on (default: $HOST or 127.0.0.1)
      --data <dir>            the embedded store's directory (default: $GOVGRAPH_DATA or ./data)
      --store <sqlite|neo4j>  where the graph lives (default: neo4j when NEO4J_URI is set, else sqlite)
      --workers <n>           server processes sharing the port (default: the cores, at most 4;
                              each answers on its own, so slow questions do not queue the rest)
  -h, --help                  show this help

Environment:
  GOVGRAPH_TOKEN              the bearer token writes need (ingestDocument, retractDocument);
                              unset: writes are refused
  NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE   a Neo4j server (see govgraph ingest --help)

Endpoints: /graphql (GraphiQL in a browser, with example queries), GET /healthz (the store
answers: 200, else 503), GET /readyz, and for Neo4j Browser (with CORS): /browser/guide.html
(:guide <url>), /browser/style.grass (:style <url>), /browser/queries/<name>.cypher. Every request is held to limits on depth, cost, aliases,
tokens and directives, pages of at most 100, and bodies of at most 1 MiB.`;

export const SERVE_HELP = `govgraph serve — the GraphQL API over the graph

Usage:
  govgraph serve [options]

Serves the store (it must hold a graph: run govgraph ingest first, or govgraph start) until
interrupted (Ctrl-C). Readers and an ingest may run beside it on the same store.

${SERVE_OPTIONS}
`;

export const START_HELP = `govgraph start — the main job: a graph to explore, served

Usage:
  govgraph start [--input <dir>] [--places <file>] [serve options]

When the store holds no documents, ingests the articles in --input ($GOVGRAPH_INPUT) — by
default the sample articles in examples/ (a fictional city, marked as samples) — then serves
the graph like govgraph serve, printing the URL and example queries. npm start runs this.

      --input <dir>           articles to ingest into an empty store (default: $GOVGRAPH_INPUT or examples/)
      --places <file>         places the division data lacks (default: $GOVGRAPH_PLACES, or
                              examples/places.json with the sample articles)
${SERVE_OPTIONS}
`;

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/govgraph.mjs', import.meta.url));

const serveOptions = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  store: { type: 'string' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

function parse(argv: string[], io: Io, cmd: string, extra: Record<string, unknown> = {}): Parsed | null {
  try {
    return parseArgs({ args: argv, options: { ...serveOptions, ...extra } as never, allowPositionals: false }) as Parsed;
  } catch (e) {
    io.err(`govgraph ${cmd}: ${(e as Error).message}\nRun 'govgraph ${cmd} --help' for usage.\n`);
    return null;
  }
}

interface Listen {
  port: number;
  host: string;
  workers: number;
}

function listenOptions(values: Parsed['values'], env: NodeJS.ProcessEnv): Listen | string {
  const portText = String(values.port ?? (env.PORT || '4000'));
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) return `--port takes a number from 0 to 65535 (got ${portText})`;
  const workersText = String(values.workers ?? Math.min(4, availableParallelism()));
  if (!/^\d+$/.test(workersText) || Number(workersText) < 1 || Number(workersText) > 64) return `--workers takes a number from 1 to 64 (got ${workersText})`;
  // a worker process of a cluster serves alone
  return { port, host: String(values.host ?? (env.HOST || '127.0.0.1')), workers: cluster.isWorker ? 1 : Number(workersText) };
}

const listenError = (listen: Listen, err: NodeJS.ErrnoException | { code?: string; message: string }) =>
  `govgraph serve: cannot listen on ${listen.host}:${listen.port}: ${err.code === 'EADDRINUSE' ? 'the port is in use (choose another with --port or PORT)' : err.message}\n`;

/** Wait for SIGINT, SIGTERM or `stop`. */
const stopped = (stop?: Promise<unknown>) =>
  Promise.race([
    new Promise<void>((resolve) => {
      const end = () => resolve();
      process.once('SIGINT', end);
      process.once('SIGTERM', end);
    }),
    stop ?? new Promise(() => undefined),
  ]);

/** Serve a store until a signal (or `stop`) ends it; resolves with the exit code. */
async function serveStore(store: GraphStore, listen: Listen, io: Io, env: NodeJS.ProcessEnv, argv: string[], stop?: Promise<unknown>): Promise<number> {
  if (listen.workers > 1) return serveCluster(store, listen, io, env, argv, stop);
  const token = env.GOVGRAPH_TOKEN || null;
  const api = createApi({ store, token, log: (m) => io.err(`${m}\n`) });
  const server = createHttpServer(api);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listen.port, listen.host, () => resolve());
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (cluster.isWorker) process.send?.({ govgraph: 'listen-failed', code: err.code, message: err.message });
    else io.err(listenError(listen, err));
    return EXIT.usage;
  }
  const { port } = server.address() as AddressInfo;
  if (cluster.isWorker) process.send?.({ govgraph: 'listening', port });
  else await banner(store, listen, port, io, env, 1);
  await stopped(stop);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  if (!cluster.isWorker) io.err('govgraph: server stopped\n');
  return EXIT.ok;
}

/**
 * Several server processes on one port (node:cluster: the kernel shares the connections out), each
 * with its own store connection; this process starts them, restarts one that dies, and stops
 * them all on SIGINT or SIGTERM.
 */
async function serveCluster(store: GraphStore, listen: Listen, io: Io, env: NodeJS.ProcessEnv, argv: string[], stop?: Promise<unknown>): Promise<number> {
  cluster.setupPrimary({ exec: BIN, args: ['serve', ...serveArgs(argv)], silent: false });
  let stopping = false;
  let failed: { code?: string; message: string } | null = null;
  const fork = () => cluster.fork(env);
  const listening = new Promise<number>((resolve, reject) => {
    cluster.on('message', (_w, m: { govgraph?: string; port?: number; code?: string; message?: string }) => {
      if (m?.govgraph === 'listening') resolve(m.port!);
      if (m?.govgraph === 'listen-failed') reject((failed = { code: m.code, message: m.message ?? 'failed' }));
    });
  });
  cluster.on('exit', (w, code) => {
    if (!stopping && !failed) {
      io.err(`govgraph: server process ${w.process.pid} exited (${code}); starting another\n`);
      fork();
    }
  });
  for (let i = 0; i < listen.workers; i++) fork();
  let port: number;
  try {
    port = await listening;
  } catch {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    io.err(listenError(listen, failed ?? { message: 'the server processes did not start' }));
    return EXIT.usage;
  }
  await banner(store, listen, port, io, env, listen.workers);
  await stopped(stop);
  stopping = true;
  await Promise.all(
    Object.values(cluster.workers ?? {}).map(
      (w) =>
        new Promise<void>((resolve) => {
          if (!w) return resolve();
          w.once('exit', () => resolve());
          w.kill('SIGTERM');
        }),
    ),
  );
  io.err('govgraph: server stopped\n');
  return EXIT.ok;
}

/** The options a server process of the cluster is started with: this command's, one process each. */
function serveArgs(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--input' || a === '--places' || a === '--workers') i++;
    else if (!a.startsWith('--input=') && !a.startsWith('--places=') && !a.startsWith('--workers=')) out.push(a);
  }
  return [...out, '--workers', '1'];
}

async function banner(store: GraphStore, listen: Listen, port: number, io: Io, env: NodeJS.ProcessEnv, workers: number): Promise<void> {
  const token = env.GOVGRAPH_TOKEN || null;
  const base = `http://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${port}`;
  const st = await store.stats().catch(() => null);
  const curl = (q: string) => `curl -s ${base}/graphql -H 'content-type: application/json' -d '${JSON.stringify({ query: q })}'`;
  io.out(
    [
      `govgraph: GraphiQL at ${base}/graphql`,
      `  store   ${store.label}${st ? ` (${st.nodes.Document ?? 0} documents, ${st.nodes.Meeting ?? 0} meetings, ${st.nodes.Person ?? 0} people)` : ''}`,
      `  writes  ${token ? 'allowed with Authorization: Bearer $GOVGRAPH_TOKEN' : 'refused (set GOVGRAPH_TOKEN to allow ingestDocument and retractDocument)'}`,
      `  try     ${curl('{ stats { nodes { key count } } }')}`,
      `          ${curl('{ meetings(first: 3, orderBy: DATE_DESC) { nodes { name date chairs { person { name } evidence { sentence } } } } }')}`,
      `  neo4j   :guide ${base}/browser/guide.html   (in Neo4j Browser)`,
      `  health  ${base}/healthz    ${workers > 1 ? `${workers} server processes   ` : ''}Ctrl-C stops the server`,
      '',
    ].join('\n'),
  );
}

async function open(values: Parsed['values'], env: NodeJS.ProcessEnv, mode: 'read' | 'write', io: Io, cmd: string): Promise<GraphStore | number> {
  try {
    return await createStore({ store: values.store as string | undefined, data: String(values.data ?? (env.GOVGRAPH_DATA || 'data')), mode, env, onNotice: (m) => io.err(`govgraph: ${m}\n`) });
  } catch (e) {
    io.err(`govgraph ${cmd}: ${(e as Error).message}\n`);
    return e instanceof GovgraphError && e.code === 'CONFIG' ? EXIT.usage : EXIT.cannotOpen;
  }
}

export async function runServe(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env, stop?: Promise<unknown>): Promise<number> {
  const a = parse(argv, io, 'serve');
  if (!a) return EXIT.usage;
  if (a.values.help) {
    io.out(SERVE_HELP);
    return EXIT.ok;
  }
  const listen = listenOptions(a.values, env);
  if (typeof listen === 'string') {
    io.err(`govgraph serve: ${listen}\n`);
    return EXIT.usage;
  }
  // writes need a writable store; a server that only reads never writes to it
  const store = await open(a.values, env, env.GOVGRAPH_TOKEN ? 'write' : 'read', io, 'serve');
  if (typeof store === 'number') {
    if (store === EXIT.cannotOpen && storeKind({ store: a.values.store as string | undefined, env }) === 'sqlite') io.err(`govgraph serve: ingest articles first (govgraph ingest <dir>), or run govgraph start\n`);
    return store;
  }
  try {
    return await serveStore(store, listen, io, env, argv, stop);
  } finally {
    await store.close();
  }
}

export async function runStart(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env, stop?: Promise<unknown>): Promise<number> {
  const a = parse(argv, io, 'start', { input: { type: 'string' }, places: { type: 'string' } });
  if (!a) return EXIT.usage;
  if (a.values.help) {
    io.out(START_HELP);
    return EXIT.ok;
  }
  const listen = listenOptions(a.values, env);
  if (typeof listen === 'string') {
    io.err(`govgraph start: ${listen}\n`);
    return EXIT.usage;
  }
  const input = (a.values.input as string | undefined) ?? (env.GOVGRAPH_INPUT || null);
  const placesFile = (a.values.places as string | undefined) ?? (env.GOVGRAPH_PLACES || (input ? undefined : `${EXAMPLES_DIR}places.json`));
  const dir = input ?? `${EXAMPLES_DIR}articles`;
  if (!existsSync(dir)) {
    io.err(`govgraph start: no such input folder: ${dir}\n`);
    return EXIT.usage;
  }
  const store = await open(a.values, env, 'write', io, 'start');
  if (typeof store === 'number') return store;
  try {
    if (!(await store.documentIds()).length) {
      const { ingest } = await import('../app/ingest.js');
      const { usePlaces } = await import('../app/places.js');
      let places;
      try {
        places = usePlaces(placesFile);
      } catch (e) {
        io.err(`govgraph start: ${(e as Error).message}\n`);
        return EXIT.usage;
      }
      io.err(`govgraph: the store is empty: reading ${input ? dir : 'the sample articles in examples/ (a fictional city)'} …\n`);
      const s = await ingest({ inputs: [dir], store, places });
      io.err(`govgraph: ${s.documents.new} documents stored${s.documents.failed ? `, ${s.documents.failed} failed (${s.failures.map((f) => f.path).join(', ')})` : ''}\n`);
      if (s.storeError) {
        io.err(`govgraph start: the store failed: ${s.storeError}\n`);
        return EXIT.storeFailed;
      }
      if (!s.documents.new) {
        io.err(`govgraph start: nothing was stored from ${dir} (no readable articles): give --input a folder of articles\n`);
        return EXIT.partial;
      }
    }
    return await serveStore(store, listen, io, env, argv, stop);
  } finally {
    await store.close();
  }
}
