import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createReader } from '../app/index.js';
import { BROWSER_DIR, guideHtml, savedQueries, STYLE_FILE } from '../neo4j-browser/index.js';
import type { GraphStore } from '../storage/index.js';
import { maskError } from './errors.js';
import { EXAMPLE_QUERIES } from './examples.js';
import type { ApiContext } from './resolvers.js';
import { createSchema } from './schema.js';

export interface ApiOptions {
  store: GraphStore;
  /** The bearer token writes need; none: writes are refused. */
  token?: string | null;
  /** Largest request body accepted (bytes); default 1 MiB. */
  maxBodyBytes?: number;
  /** Where unexpected errors are logged (they are masked in responses). */
  log?: (message: string) => void;
}

/** The limits every request is held to (GraphQL Armor), and the page-size cap (use-cases MAX_FIRST). */
export const LIMITS = { maxDepth: 12, maxCost: 20_000, maxAliases: 15, maxTokens: 2_000, maxDirectives: 10 } as const;

export interface Api {
  yoga: YogaServerInstance<Record<string, never>, ApiContext>;
  /** Handle one request (tests call this directly; the HTTP server wraps it). */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

/**
 * The GraphQL API over a store: graphql-yoga with schema.graphql and the resolvers, GraphQL Armor's
 * limits (depth, cost, aliases, tokens, directives; no field suggestions), a body-size limit,
 * GraphiQL with example queries, GET /healthz (the store answers) and /readyz, masked unexpected
 * errors, bearer-token writes, and what Neo4j Browser fetches (/browser/: the guide, the style,
 * the saved queries).
 */
export function createApi(opts: ApiOptions): Api {
  const log = opts.log ?? ((m) => process.stderr.write(`${m}\n`));
  const maxBody = opts.maxBodyBytes ?? 1 << 20;
  const limited = (_: unknown, err: GraphQLError) => {
    (err.extensions as Record<string, unknown>).code = 'LIMIT_EXCEEDED';
  };
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth, onReject: [limited] },
    costLimit: { maxCost: LIMITS.maxCost, onReject: [limited] },
    maxAliases: { n: LIMITS.maxAliases, onReject: [limited] },
    maxTokens: { n: LIMITS.maxTokens, onReject: [limited] },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: [limited] },
    blockFieldSuggestion: { enabled: true },
  });
  const yoga = createYoga<Record<string, never>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    plugins: [...armor.protect().plugins, bodyLimit(maxBody), health(opts.store), neo4jBrowserFiles()],
    context: ({ request }) => ({ reader: createReader(opts.store), store: opts.store, auth: authOf(request.headers.get('authorization'), opts.token) }),
    maskedErrors: { maskError: (error, message) => maskError(error, message, (e) => log(`govgraph serve: unexpected error: ${(e as Error)?.stack ?? String(e)}`)) },
    graphiql: {
      title: 'govgraph',
      defaultTabs: EXAMPLE_QUERIES.map((q) => ({ query: q.query, variables: q.variables ? JSON.stringify(q.variables, null, 2) : null })),
    },
    renderGraphiQL,
    logging: false,
  });
  return { yoga, fetch: (input, init) => Promise.resolve(yoga.fetch(input as URL, init ?? {})) };
}

/** ok with the right bearer token; the other states say why a write is refused. */
function authOf(header: string | null, token: string | null | undefined): ApiContext['auth'] {
  if (!token) return 'disabled';
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return 'missing';
  const given = Buffer.from(m[1]!.trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want) ? 'ok' : 'wrong';
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** Requests that say they are larger than the limit are refused before they are read. */
function bodyLimit(max: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const len = Number(request.headers.get('content-length') ?? 0);
      if (len > max) endResponse(json(413, { errors: [{ message: `the request body is ${len} bytes; the limit is ${max}`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
    },
  };
}

/** GET /healthz: the store answers (200) or not (503); GET /readyz: the server is up and its schema built. */
function health(store: GraphStore): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname === '/readyz') endResponse(json(200, { status: 'ready', store: store.label }));
      else if (url.pathname === '/healthz') {
        try {
          await withTimeout(store.stats(), 5000);
          endResponse(json(200, { status: 'ok', store: store.label }));
        } catch (e) {
          endResponse(json(503, { status: 'unavailable', store: store.label, error: (e as Error).message }));
        }
      }
    },
  };
}

/**
 * GET /browser/guide.html (`:guide <url>` in Neo4j Browser), /browser/style.grass (`:style <url>`)
 * and /browser/queries/<name>.cypher: public, read-only files, with the CORS header Browser needs
 * (it fetches them from its own origin, e.g. http://127.0.0.1:7474).
 */
function neo4jBrowserFiles(): Plugin {
  const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
  const file = (body: string, type: string) => new Response(body, { status: 200, headers: { ...cors, 'content-type': `${type}; charset=utf-8` } });
  return {
    onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/browser/') || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const base = `${url.protocol}//${url.host}`;
      if (url.pathname === '/browser/guide.html' || url.pathname === '/browser/guide') return endResponse(file(guideHtml(base), 'text/html'));
      if (url.pathname === '/browser/style.grass') return endResponse(file(readFileSync(STYLE_FILE, 'utf8'), 'text/plain'));
      const q = /^\/browser\/queries\/([\w-]+)\.cypher$/.exec(url.pathname);
      const found = q ? savedQueries().find((x) => x.name === q[1]) : undefined;
      if (found) return endResponse(file(readFileSync(`${BROWSER_DIR}${found.name}.cypher`, 'utf8'), 'text/plain'));
      endResponse(new Response(JSON.stringify({ error: `no such file: ${url.pathname} (try /browser/guide.html, /browser/style.grass, /browser/queries/<name>.cypher)` }), { status: 404, headers: { ...cors, 'content-type': 'application/json; charset=utf-8' } }));
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, rej) => (t = setTimeout(() => rej(new Error(`no answer within ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(t));
}

/**
 * The HTTP server: yoga's handler, with bodies of unknown length (chunked) read up to the limit
 * first, so no request can make the server hold more than the limit.
 */
export function createHttpServer(api: Api, maxBodyBytes = 1 << 20): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunked = req.headers['content-length'] === undefined && req.method !== 'GET' && req.method !== 'HEAD';
    if (!chunked) {
      void api.yoga(req, res);
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (c: Buffer) => {
      if (refused) return;
      size += c.length;
      if (size > maxBodyBytes) {
        refused = true;
        res.writeHead(413, { 'content-type': 'application/json; charset=utf-8' });
        // answer at once; what the client still sends is read and dropped (closing on unread data
        // would reset the connection and could lose the answer), for 10 s at most
        res.end(JSON.stringify({ errors: [{ message: `the request body is over the limit of ${maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
        parts.length = 0;
        setTimeout(() => req.destroy(), 10_000).unref();
        return;
      }
      parts.push(c);
    });
    req.on('end', async () => {
      if (refused) return;
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const response = await api.fetch(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: req.method, headers, body: Buffer.concat(parts) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
}
