import type { ExtractionRecord } from '../domain/index.js';

/** A human-readable, aligned view of one document's extraction. */
export function formatPretty(r: ExtractionRecord): string {
  const lines: string[] = [];
  const d = r.document;
  lines.push(`━━ ${d.source}  ${d.title ?? '(no title)'}`);
  lines.push(`   published ${d.publishedAt ?? '—'}   city ${d.city ?? '—'}${d.place ? ` (${d.place.fullName}, ${d.place.province}, ${d.place.adminCode})` : ''}   script ${d.script}`);
  const name = new Map<string, string>();
  for (const p of r.people) name.set(p.id, p.name);
  for (const m of r.meetings) name.set(m.id, m.name);
  for (const p of r.plans) name.set(p.id, `《${p.title}》`);
  name.set(d.id, 'this article');
  for (const m of r.meetings) {
    lines.push('');
    lines.push(`   ▸ ${m.name}   ${m.date ?? 'date ?'}   ${m.kind}${m.ordinal ? ` #${m.ordinal}` : ''}${m.format ? `   ${m.format}` : ''}${m.status === 'referenced' ? '   (referenced)' : ''}`);
    const rels = r.relations.filter((x) => (x.to === m.id || x.from === m.id) && x.type !== 'HELD_IN');
    // a meeting studied by another reads the other way round: "STUDIED BY <the meeting that studied it>"
    const verb = (x: (typeof rels)[number]) => (x.type === 'STUDIED' && x.to === m.id ? 'STUDIED BY' : x.type);
    const w = Math.max(0, ...rels.map((x) => verb(x).length));
    for (const x of rels) {
      const other = x.to === m.id ? name.get(x.from) : name.get(x.to);
      lines.push(`     ${verb(x).padEnd(w)}  ${other ?? '?'}`);
    }
  }
  const officials = r.people.filter((p) => p.role === 'official');
  if (officials.length) {
    lines.push('');
    lines.push('   people');
    const w = Math.max(...officials.map((p) => p.name.length));
    for (const p of officials) lines.push(`     ${p.name.padEnd(w, '　')}  ${p.titles.join('、') || '—'}`);
  }
  // (an official of the article who also signed it — a township's clerk under his report — is staff
  // too, by his byline's edge to the article; his titles are his posts, so shown without them)
  const signed = new Set(r.relations.filter((x) => x.to === d.id).map((x) => x.from));
  const staff = r.people.filter((p) => p.role === 'staff' || signed.has(p.id));
  if (staff.length) lines.push('', `   staff   ${staff.map((p) => (p.role === 'staff' && p.titles.length ? `${p.name} (${p.titles.join('、')})` : p.name)).join(', ')}`);
  const warn = r.diagnostics.filter((x) => x.severity !== 'info');
  for (const x of warn) lines.push(`   ! ${x.code}: ${x.message}`);
  return lines.join('\n');
}
