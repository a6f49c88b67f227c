/**
 * What govgraph gives Neo4j Browser: the saved queries of cypher/browser/*.cypher (each with a
 * header saying what it asks and its parameters as `:param` lines), the style (style.grass), and
 * a guide (`:guide <url>`: HTML slides) built from those same files, served by `govgraph serve`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BROWSER_DIR = fileURLToPath(new URL('../../cypher/browser/', import.meta.url));
export const STYLE_FILE = `${BROWSER_DIR}style.grass`;

export interface SavedQuery {
  /** The file name without .cypher (who-attended-what). */
  name: string;
  /** The header's first sentence. */
  title: string;
  /** The header without its `:param` lines. */
  description: string;
  /** `:param name => value` lines of the header, in order. */
  params: Array<{ name: string; literal: string }>;
  /** The statement (the file without its header). */
  query: string;
}

const PARAM = /^:param\s+(\w+)\s*=>\s*(.+)$/;

/** A saved query from its text: the leading `//` lines are its header. */
export function parseSavedQuery(name: string, text: string): SavedQuery {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header: string[] = [];
  while (lines.length && lines[0]!.startsWith('//')) header.push(lines.shift()!.replace(/^\/\/\s?/, ''));
  const params = header.map((l) => PARAM.exec(l.trim())).filter((m): m is RegExpExecArray => m !== null).map((m) => ({ name: m[1]!, literal: m[2]!.trim() }));
  const description = header.filter((l) => !PARAM.test(l.trim())).join(' ').replace(/\s+/g, ' ').trim();
  const title = /^[^:.]+[.:]?/.exec(description)?.[0]?.replace(/[.:]$/, '').trim() ?? name;
  return { name, title, description, params, query: lines.join('\n').trim() };
}

/** Every saved query, by file name. */
export function savedQueries(dir = BROWSER_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseSavedQuery(f.slice(0, -'.cypher'.length), readFileSync(`${dir}${f}`, 'utf8')));
}

/** A `:param` literal as the value Browser would set: a quoted string, a number, true/false. */
export function paramValue(literal: string): string | number | boolean {
  const s = literal.trim();
  const quoted = /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/.exec(s);
  if (quoted) return (quoted[1] ?? quoted[2]!).replace(/\\(.)/g, '$1');
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s === 'true' || s === 'false') return s === 'true';
  throw new Error(`unsupported :param value ${literal} (use a quoted string, a number, true or false)`);
}

/** The parameters of a saved query as Browser would set them from its header. */
export const paramsOf = (q: SavedQuery): Record<string, string | number | boolean> => Object.fromEntries(q.params.map((p) => [p.name, paramValue(p.literal)]));

// ------------------------------------------------------------------ the guide

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CAPTIONS: Array<[string, string]> = [
  ['CHAIRED', '主持 chaired'],
  ['SPOKE_AT', '讲话 spoke at'],
  ['ATTENDED', '出席/列席 attended'],
  ['APPROVED', '通过 approved (a plan)'],
  ['REVIEWED', '审议 reviewed'],
  ['STUDIED', '传达学习 studied (another meeting)'],
  ['HELD', 'held a position (its title)'],
  ['REPORTS', 'a document reports a meeting'],
];

function introSlide(base: string): string {
  return `<slide class="row-fluid">
<div class="col-sm-12">
<h3>govgraph: who attended what</h3>
<p class="lead">Officials, cities, meetings and plans read from Chinese local-government news. Every relationship carries the sentence it was read from.</p>
<p>Apply the style (captions by name or title, colours per label, relationships captioned by role):</p>
<pre class="code runnable">:style ${esc(base)}/browser/style.grass</pre>
<p>Nodes: <code>Person</code> · <code>Meeting</code> · <code>Plan</code> · <code>City</code> · <code>Document</code> · <code>Position</code>. Relationships:</p>
<ul>${CAPTIONS.map(([t, c]) => `<li><code>${t}</code> — ${esc(c)}</li>`).join('')}</ul>
<p>Each relationship has <code>evidence</code> (the sentence), <code>document</code> (its source's id), <code>rule</code> and <code>confidence</code>: click one in a graph to read them.</p>
<p>No data yet? <code>NEO4J_URI=bolt://127.0.0.1:7687 npx govgraph ingest examples/articles</code></p>
</div>
</slide>`;
}

function querySlide(q: SavedQuery): string {
  const params = q.params.map((p) => `<pre class="code runnable">:param ${esc(p.name)} =&gt; ${esc(p.literal)}</pre>`).join('\n');
  return `<slide class="row-fluid">
<div class="col-sm-12">
<h3>${esc(q.title)}</h3>
<p>${esc(q.description)}</p>
${params ? `<p>Set the parameters (click, change the value, run):</p>\n${params}` : ''}
<p>Then the query (<code>cypher/browser/${esc(q.name)}.cypher</code>; star it to keep it as a favourite):</p>
<pre class="code runnable">${esc(q.query)}</pre>
</div>
</slide>`;
}

/** The Browser guide: an introduction, then one slide per saved query. `base` is the URL govgraph serve answers on. */
export function guideHtml(base: string, queries = savedQueries()): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>govgraph</title></head>
<body>
<article class="guide">
<carousel class="deck container-fluid">
${introSlide(base)}
${queries.map(querySlide).join('\n')}
</carousel>
</article>
</body></html>
`;
}
