/**
 * A report in each format, written through `out` as it is produced (tables stream): Markdown with
 * footnotes for evidence, CSV of the primary table with evidence columns, JSON, and one
 * self-contained HTML file with SVG pictures and the sentence of each mark on hover.
 */
import type { DocumentView, Evidence } from '../domain/index.js';
import type { Cell, HeatmapPicture, NetworkPicture, Report, Section, Table, TimelinePicture } from './model.js';

export type Format = 'md' | 'csv' | 'html' | 'json';
export const FORMATS: Format[] = ['md', 'csv', 'html', 'json'];
export type Out = (s: string) => Promise<void>;

export async function render(report: Report, format: Format, out: Out): Promise<void> {
  if (format === 'md') return renderMarkdown(report, out);
  if (format === 'csv') return renderCsv(report, out);
  if (format === 'json') return renderJson(report, out);
  return renderHtml(report, out);
}

async function* rowsOf(t: Table): AsyncIterable<Cell[]> {
  yield* t.rows as AsyncIterable<Cell[]>;
}

const sourceOf = (e: Evidence, docs: Map<string, DocumentView>) => {
  const d = docs.get(e.document);
  return d ? `${d.title ?? d.source}${d.publishedAt ? `, ${d.publishedAt}` : ''} (${d.source})` : e.document;
};

// ------------------------------------------------------------------ Markdown

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

async function renderMarkdown(report: Report, out: Out): Promise<void> {
  await out(`# ${report.title}\n\n`);
  for (const [k, v] of Object.entries(report.scope)) if (v) await out(`- **${k}**: ${v}\n`);
  await out(`\nEvery mark below traces to the sentence it was read from (the footnotes).\n`);
  let n = 0;
  for (const s of report.sections) {
    await out(`\n## ${s.title}\n\n`);
    if (s.note) await out(`${s.note}\n\n`);
    if (s.network) await out(`${s.network.nodes.length} people, ${s.network.edges.length} links (the HTML report draws them).\n\n`);
    if (!s.table) continue;
    await out(`| ${s.table.columns.map(mdCell).join(' | ')} |\n|${s.table.columns.map(() => '---').join('|')}|\n`);
    let notes: string[] = [];
    let rows = 0;
    for await (const row of rowsOf(s.table)) {
      const cells = row.map((c) => {
        if (!c.evidence?.length) return mdCell(c.text);
        const refs = c.evidence.map((e) => {
          n++;
          notes.push(`[^${n}]: 「${e.sentence}」 — ${sourceOf(e, report.documents)}; rule ${e.rule}, confidence ${e.confidence}`);
          return `[^${n}]`;
        });
        return `${mdCell(c.text)}${refs.join('')}`;
      });
      await out(`| ${cells.join(' | ')} |\n`);
      // footnotes follow every 200 rows, so a long table streams
      if (++rows % 200 === 0 && notes.length) {
        await out(`\n${notes.join('\n')}\n\n| ${s.table.columns.map(mdCell).join(' | ')} |\n|${s.table.columns.map(() => '---').join('|')}|\n`);
        notes = [];
      }
    }
    if (!rows) await out(`| ${s.table.columns.map(() => '—').join(' | ')} |\n`);
    if (notes.length) await out(`\n${notes.join('\n')}\n`);
  }
}

// ------------------------------------------------------------------ CSV

export const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function renderCsv(report: Report, out: Out): Promise<void> {
  const t = report.sections[report.primary]?.table;
  if (!t) return;
  await out(`${[...t.columns, 'evidence', 'evidence_original', 'source', 'document_id', 'rule', 'confidence'].map(csvField).join(',')}\r\n`);
  for await (const row of rowsOf(t)) {
    const ev = row.flatMap((c) => c.evidence ?? []);
    const join = (f: (e: Evidence) => string) => ev.map(f).join(' | ');
    await out(
      `${[...row.map((c) => c.text), join((e) => e.sentence), join((e) => e.sentenceOriginal ?? ''), join((e) => sourceOf(e, report.documents)), join((e) => e.document), join((e) => e.rule), join((e) => String(e.confidence))].map(csvField).join(',')}\r\n`,
    );
  }
}

// ------------------------------------------------------------------ JSON

async function renderJson(report: Report, out: Out): Promise<void> {
  await out(`{"kind":${JSON.stringify(report.kind)},"title":${JSON.stringify(report.title)},"scope":${JSON.stringify(report.scope)},"sections":[`);
  for (const [i, s] of report.sections.entries()) {
    const { table, ...rest } = s;
    await out(`${i ? ',' : ''}${JSON.stringify(rest).slice(0, -1)}`);
    if (table) {
      await out(`${Object.keys(rest).length ? ',' : ''}"table":{"columns":${JSON.stringify(table.columns)},"rows":[`);
      let first = true;
      for await (const row of rowsOf(table)) {
        await out(`${first ? '' : ','}${JSON.stringify(row)}`);
        first = false;
      }
      await out(']}');
    }
    await out('}');
  }
  await out(`],"documents":${JSON.stringify(Object.fromEntries(report.documents))}}\n`);
}

// ------------------------------------------------------------------ HTML

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const docAnchor = (id: string) => `doc-${id.replace(/[^a-zA-Z0-9]/g, '-')}`;

function evidenceAttr(ev: Evidence[], docs: Map<string, DocumentView>): string {
  const payload = ev.map((e) => ({ s: e.sentence, o: e.sentenceOriginal ?? undefined, src: sourceOf(e, docs), a: docAnchor(e.document), r: e.rule, c: e.confidence }));
  return esc(JSON.stringify(payload));
}

function htmlCell(c: Cell, docs: Map<string, DocumentView>): string {
  if (!c.evidence?.length) return `<td>${esc(c.text)}</td>`;
  const links = [...new Set(c.evidence.map((e) => e.document))].map((d, i) => `<a class="src" href="#${docAnchor(d)}">${i + 1}</a>`).join('');
  return `<td><span class="ev" tabindex="0" data-evidence="${evidenceAttr(c.evidence, docs)}">${esc(c.text || '·')}</span><sup>${links}</sup></td>`;
}

function svgNetwork(n: NetworkPicture): string {
  const W = 760;
  const H = 520;
  const pad = 60;
  const pos = new Map(n.nodes.map((x) => [x.id, { x: pad + x.x * (W - 2 * pad), y: pad + x.y * (H - 2 * pad) }]));
  const maxSize = Math.max(1, ...n.nodes.map((x) => x.size));
  const maxW = Math.max(1, ...n.edges.map((e) => e.weight));
  const lines = n.edges
    .map((e) => {
      const a = pos.get(e.source)!;
      const b = pos.get(e.target)!;
      return `<line class="edge" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${(0.6 + (4 * e.weight) / maxW).toFixed(2)}"><title>${e.weight} shared meetings</title></line>`;
    })
    .join('');
  const dots = n.nodes
    .map((x) => {
      const p = pos.get(x.id)!;
      const r = 5 + 14 * Math.sqrt(x.size / maxSize);
      return `<g class="node" data-id="${esc(x.id)}" data-evidence="${esc(JSON.stringify([{ s: x.detail }]))}"><circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}"><title>${esc(x.detail)}</title></circle><text x="${p.x.toFixed(1)}" y="${(p.y + r + 12).toFixed(1)}">${esc(x.label)}</text></g>`;
    })
    .join('');
  return `<svg class="network" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="co-attendance network">${lines}${dots}</svg>`;
}

function svgTimeline(t: TimelinePicture): string {
  const pts = t.points.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date));
  if (!pts.length) return '<p class="empty">No dated meetings to draw.</p>';
  const W = 760;
  const H = 140;
  const pad = 30;
  const times = pts.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const [lo, hi] = [Math.min(...times), Math.max(...times)];
  const left = pad + 90; // the lanes' names
  const x = (v: number) => left + (hi === lo ? 0.5 : (v - lo) / (hi - lo)) * (W - left - pad);
  // a lane for each of the three commonest kinds, one for the rest
  const counts = new Map<string, number>();
  for (const p of pts) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
  const named = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([g]) => g);
  const lanes = counts.size > named.length ? [...named, '其他 other'] : named;
  const lane = (g: string) => 30 + (named.includes(g) ? named.indexOf(g) : 3) * 22;
  const dots = pts.map((p, i) => `<circle class="point" cx="${x(times[i]!).toFixed(1)}" cy="${lane(p.group)}" r="4" data-evidence="${esc(JSON.stringify([{ s: `${p.date} ${p.label}` }]))}"><title>${esc(`${p.date} ${p.label}`)}</title></circle>`).join('');
  const axis = `<line class="axis" x1="${left}" y1="${H - 22}" x2="${W - pad}" y2="${H - 22}"/><text x="${left}" y="${H - 6}">${pts.reduce((a, p) => (p.date < a ? p.date : a), pts[0]!.date)}</text><text x="${W - pad}" y="${H - 6}" text-anchor="end">${pts.reduce((a, p) => (p.date > a ? p.date : a), pts[0]!.date)}</text>`;
  const legend = lanes.map((g, i) => `<text class="legend" x="${pad}" y="${30 + i * 22 + 4}">${esc(g)}</text>`).join('');
  return `<svg class="timeline" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="timeline">${axis}${dots}${legend}</svg>`;
}

function svgHeatmap(h: HeatmapPicture): string {
  if (!h.columns.length || !h.rows.length) return '<p class="empty">Nothing to draw.</p>';
  const cw = Math.max(8, Math.min(28, Math.floor(600 / h.columns.length)));
  const rh = 18;
  const left = 110;
  const top = 50;
  const max = Math.max(1, ...h.values.flat());
  const cells = h.values
    .map((row, i) =>
      row
        .map((v, j) => `<rect class="cell" x="${left + j * cw}" y="${top + i * rh}" width="${cw - 1}" height="${rh - 1}" fill-opacity="${v ? (0.15 + (0.85 * v) / max).toFixed(2) : 0.04}" data-evidence="${esc(JSON.stringify([{ s: `${h.rows[i]} · ${h.columns[j]}: ${v} meeting(s)` }]))}"><title>${esc(`${h.rows[i]} · ${h.columns[j]}: ${v}`)}</title></rect>`)
        .join(''),
    )
    .join('');
  const rowLabels = h.rows.map((r, i) => `<text x="${left - 6}" y="${top + i * rh + 13}" text-anchor="end">${esc(r)}</text>`).join('');
  const step = Math.ceil(h.columns.length / 12);
  const colLabels = h.columns.map((c, j) => (j % step ? '' : `<text x="${left + j * cw}" y="${top - 8}" transform="rotate(-40 ${left + j * cw} ${top - 8})">${esc(c)}</text>`)).join('');
  const [w, hh] = [left + h.columns.length * cw + 20, top + h.rows.length * rh + 10];
  return `<svg class="heatmap" width="${w}" height="${hh}" viewBox="0 0 ${w} ${hh}" role="img" aria-label="meetings per month">${rowLabels}${colLabels}${cells}</svg>`;
}

const STYLE = `
body { font: 14px/1.45 -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1d2329; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d8dde3; padding-bottom: .2rem; }
.scope { color: #4b5661; } .note { color: #4b5661; font-size: .92rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; } th, td { border-bottom: 1px solid #e6e9ed; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f4f6f8; }
.ev { border-bottom: 1px dotted #1f6feb; cursor: help; } sup a.src { font-size: .7rem; margin-left: 1px; color: #1f6feb; text-decoration: none; }
svg { max-width: 100%; height: auto; background: #fbfcfd; border: 1px solid #e6e9ed; border-radius: 4px; display: block; }
svg text { font-size: 10px; fill: #3b444d; } .edge { stroke: #8aa4c0; stroke-opacity: .6; } .node circle { fill: #2b7bb9; fill-opacity: .85; stroke: #fff; }
.point { fill: #d9822b; } .cell { fill: #2b7bb9; } .axis { stroke: #9aa5b1; } .legend { fill: #6b7681; }
#tip { position: fixed; display: none; max-width: 420px; background: #1d2329; color: #fff; padding: .5rem .65rem; border-radius: 4px; font-size: .85rem; z-index: 10; pointer-events: none; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
#tip .src { color: #9cc9ff; display: block; margin-top: .25rem; font-size: .78rem; }
.docs li { margin: .2rem 0; } .empty { color: #8a949e; }
@media print { #tip { display: none !important; } svg { break-inside: avoid; } h2 { break-after: avoid; } a { color: inherit; } }
`;

// the tooltip: the evidence of whatever is under the pointer or focused (no network, no library)
const SCRIPT = `
(function () {
  var tip = document.getElementById('tip');
  function show(el, x, y) {
    var ev; try { ev = JSON.parse(el.getAttribute('data-evidence') || '[]'); } catch (e) { ev = []; }
    if (!ev.length) return;
    tip.innerHTML = '';
    ev.forEach(function (e) {
      var p = document.createElement('div'); p.textContent = e.s; tip.appendChild(p);
      if (e.src) { var s = document.createElement('span'); s.className = 'src'; s.textContent = e.src + (e.r ? ' · ' + e.r + ' · ' + e.c : ''); tip.appendChild(s); }
    });
    tip.style.display = 'block';
    tip.style.left = Math.min(x + 12, window.innerWidth - 440) + 'px';
    tip.style.top = (y + 14) + 'px';
  }
  document.addEventListener('mouseover', function (e) { var el = e.target.closest && e.target.closest('[data-evidence]'); if (el) { show(el, e.clientX, e.clientY); } else { tip.style.display = 'none'; } });
  document.addEventListener('focusin', function (e) { var el = e.target.closest && e.target.closest('[data-evidence]'); if (el) { var r = el.getBoundingClientRect(); show(el, r.left, r.bottom); } });
  document.addEventListener('focusout', function () { tip.style.display = 'none'; });
})();
`;

async function htmlSection(s: Section, report: Report, out: Out): Promise<void> {
  await out(`<section><h2>${esc(s.title)}</h2>${s.note ? `<p class="note">${esc(s.note)}</p>` : ''}`);
  if (s.network) await out(s.network.nodes.length ? svgNetwork(s.network) : '<p class="empty">No one to draw.</p>');
  if (s.timeline) await out(svgTimeline(s.timeline));
  if (s.heatmap) await out(svgHeatmap(s.heatmap));
  if (s.table) {
    await out(`<table><thead><tr>${s.table.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>`);
    let rows = 0;
    for await (const row of rowsOf(s.table)) {
      await out(`<tr>${row.map((c) => htmlCell(c, report.documents)).join('')}</tr>`);
      rows++;
    }
    if (!rows) await out(`<tr><td colspan="${s.table.columns.length}" class="empty">none</td></tr>`);
    await out('</tbody></table>');
  }
  await out('</section>');
}

async function renderHtml(report: Report, out: Out): Promise<void> {
  await out(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(report.title)} — govgraph</title><style>${STYLE}</style></head><body>`);
  await out(`<h1>${esc(report.title)}</h1><p class="scope">${Object.entries(report.scope).filter(([, v]) => v).map(([k, v]) => `${esc(k)}: <b>${esc(v)}</b>`).join(' · ')}</p><p class="note">Hover (or tab to) a mark to read the sentence it comes from; the small numbers link to the source documents below.</p>`);
  for (const s of report.sections) await htmlSection(s, report, out);
  const docs = [...report.documents.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  await out(`<section><h2>Sources (${docs.length})</h2><ol class="docs">${docs.map((d) => `<li id="${docAnchor(d.id)}"><b>${esc(d.title ?? d.source)}</b> — ${esc(d.source)}${d.publishedAt ? `, ${esc(d.publishedAt)}` : ''}${d.sourceName ? `, ${esc(d.sourceName)}` : ''}${d.url ? `, <a href="${esc(d.url)}">${esc(d.url)}</a>` : ''} <code>${esc(d.id)}</code></li>`).join('')}</ol></section>`);
  await out(`<footer class="note">govgraph report, ${esc(report.kind)}. Every relationship shown is one document's word for it.</footer><div id="tip" role="tooltip"></div><script>${SCRIPT}</script></body></html>\n`);
}
