import { positionTitle, sha256Hex, stableId } from '../domain/index.js';
import type { ExtractionRecord } from '../domain/index.js';
import type { GraphBatch, GraphNode, GraphRel, GraphRelType } from '../domain/graph.js';
import { rule } from './rules.js';

// ---------------------------------------------------------------- identities (the ids extraction gives)

/** A document's id: from its decoded text, so the same text is the same document whatever its file or encoding. */
export function documentId(decodedText: string): string {
  return documentIdOfHash(sha256Hex(decodedText));
}

/** The same id from the text's SHA-256 (hex), when it is at hand already. */
export function documentIdOfHash(sha256: string): string {
  return `doc:${sha256.slice(0, 16)}`;
}

/** What people, meetings and plans are told apart within: the city (GB/T 2260 code), else the document alone (a name alone links nothing). */
export function identityScope(place: { adminCode: string } | null, docId: string): string {
  return place?.adminCode ?? docId;
}

/** One name in one city is one person. */
export function personIdOf(scope: string, name: string): string {
  return stableId('person', scope, name);
}

/** One title in one city is one plan (white space aside). */
export function planIdOf(scope: string, title: string): string {
  return stableId('plan', scope, title.replace(/\s+/g, ''));
}

/** A meeting's id from its identity (meetingIdentity). */
export function meetingIdOf(m: Parameters<typeof meetingIdentity>[0]): string {
  return stableId('meeting', ...meetingIdentity(m));
}

/**
 * The same meeting reported by two outlets is one Meeting: city + full date + kind + ordinal.
 * Without an ordinal a specific kind on a known day still identifies it; a generic kind (会议) or an
 * unknown year needs the name, and an unknown date keeps the meeting to its own document.
 */
export function meetingIdentity(m: { scope: string; date: string | null; kind: string; ordinal: string | null; name: string; docId: string; held: boolean }): string[] {
  const fullDate = m.date !== null && !m.date.startsWith('XXXX');
  if (!m.held) return ['referenced', m.scope, m.name];
  if (fullDate && m.ordinal) return [m.scope, m.date!, m.kind, m.ordinal];
  if (fullDate && m.kind !== '会议' && m.kind !== '工作会议') return [m.scope, m.date!, m.kind, ''];
  if (fullDate) return [m.scope, m.date!, m.kind, '', m.name];
  return [m.scope, m.date ?? '', m.kind, m.ordinal ?? '', m.name, m.docId];
}

/**
 * Extraction → the graph batch one document adds: stable ids (already chosen by extraction),
 * a Document node, positions for every title a person is given (dated tenure facts: HELD with
 * asOf = the day of the meeting, else the publication day), and provenance on every edge.
 */
export function toGraphBatch(rec: ExtractionRecord, opts: { ingestedAt: string }): GraphBatch {
  const document = documentNode(rec, opts.ingestedAt);
  const nodes = entityNodes(rec);
  const rels = extractedRels(rec, nodes);
  // a sentence as written, wherever the extraction gave it (the same sentence reads the same in every edge)
  const originals = new Map<string, string>();
  for (const r of rec.relations) if (r.evidenceOriginal) originals.set(r.evidence, r.evidenceOriginal);
  const withOriginal = (evidence: string) => (originals.has(evidence) ? { evidenceOriginal: originals.get(evidence)! } : {});
  rels.push(...reportRels(rec, withOriginal));
  tenureFacts(rec, { nodes, rels, withOriginal });
  return { document, nodes, rels };
}

type WithOriginal = (evidence: string) => { evidenceOriginal?: string };

/** The Document node: where the text came from and what it is. */
function documentNode(rec: ExtractionRecord, ingestedAt: string): GraphNode {
  const d = rec.document;
  return {
    id: d.id,
    label: 'Document',
    props: {
      source: d.source,
      title: d.title,
      publishedAt: d.publishedAt,
      sha256: d.sha256,
      script: d.script,
      encoding: d.encoding,
      city: d.city,
      cityCode: d.place?.adminCode ?? null,
      sourceName: d.sourceName,
      ingestedAt,
    },
  };
}

/** The city, people, meetings and plans the extraction names, as nodes. */
function entityNodes(rec: ExtractionRecord): GraphNode[] {
  const d = rec.document;
  const nodes: GraphNode[] = [];
  if (d.place) {
    nodes.push({
      id: `city:${d.place.adminCode}`,
      label: 'City',
      props: { name: d.city, fullName: d.place.fullName, province: d.place.province, adminCode: d.place.adminCode, level: d.place.level },
    });
  }
  for (const p of rec.people) {
    // people are told apart by city (their ids are scoped to it): say which, for readers' filters
    nodes.push({ id: p.id, label: 'Person', props: { name: p.name, aliases: p.surface ? [p.surface] : [], city: d.city, cityCode: d.place?.adminCode ?? null } });
  }
  for (const m of rec.meetings) {
    nodes.push({
      id: m.id,
      label: 'Meeting',
      props: {
        name: m.name,
        kind: m.kind,
        ordinal: m.ordinal,
        date: m.date,
        datePrecision: m.datePrecision,
        format: m.format,
        status: m.status,
        city: m.city,
        cityCode: m.city && m.city === d.city ? (d.place?.adminCode ?? null) : null,
        aliases: m.aliases ?? [],
      },
    });
  }
  for (const p of rec.plans) {
    nodes.push({ id: p.id, label: 'Plan', props: { title: p.title, kind: p.kind, year: p.year, aliases: p.aliases } });
  }
  return nodes;
}

/** The extraction's relations between nodes of the batch, with their evidence (a studied document is STUDIED_PLAN). */
function extractedRels(rec: ExtractionRecord, nodes: GraphNode[]): GraphRel[] {
  const docId = rec.document.id;
  const kindOf = new Map<string, string>(nodes.map((n) => [n.id, n.label]));
  kindOf.set(docId, 'Document');
  const rels: GraphRel[] = [];
  for (const r of rec.relations) {
    let type = r.type as GraphRelType;
    if (r.type === 'STUDIED' && kindOf.get(r.to) === 'Plan') type = 'STUDIED_PLAN';
    if (!kindOf.has(r.from) || !kindOf.has(r.to)) continue;
    rels.push({ type, from: r.from, to: r.to, document: docId, evidence: r.evidence, ...(r.evidenceOriginal ? { evidenceOriginal: r.evidenceOriginal } : {}), rule: r.rule, confidence: r.confidence });
  }
  return rels;
}

/** The document reports the meetings it says were held (the evidence: the first sentence with one of their relations). */
function reportRels(rec: ExtractionRecord, withOriginal: WithOriginal): GraphRel[] {
  const docId = rec.document.id;
  return rec.meetings
    .filter((m) => m.status === 'held')
    .map((m) => {
      const ev = rec.relations.find((r) => r.to === m.id || r.from === m.id)?.evidence ?? m.name;
      return { type: 'REPORTS', from: docId, to: m.id, document: docId, evidence: ev, ...withOriginal(ev), rule: 'document:reports', confidence: rule('document:reports').confidence };
    });
}

/**
 * Titles as dated tenure facts: a Position per title in the city (IN_CITY), and HELD with asOf — the
 * day of the first dated meeting held, else the publication day — and the title's rank among the
 * person's titles here (市委副书记 0, 市长 1).
 */
function tenureFacts(rec: ExtractionRecord, out: { nodes: GraphNode[]; rels: GraphRel[]; withOriginal: WithOriginal }): void {
  const d = rec.document;
  const docId = d.id;
  const cityId = d.place ? `city:${d.place.adminCode}` : null;
  const held = rec.meetings.filter((m) => m.status === 'held');
  const asOf = held.map((m) => m.date).find((x): x is string => !!x && !x.startsWith('XXXX')) ?? d.publishedAt ?? null;
  const scope = d.place?.adminCode ?? docId;
  const positions = new Set<string>();
  for (const p of rec.people) {
    if (p.role !== 'official') continue;
    for (const [rank, title] of p.titles.entries()) {
      const own = positionTitle(title, d.place);
      const posId = stableId('position', scope, own);
      if (!positions.has(posId)) {
        positions.add(posId);
        out.nodes.push({ id: posId, label: 'Position', props: { title: own, city: d.city, cityCode: d.place?.adminCode ?? null } });
        if (cityId) out.rels.push({ type: 'IN_CITY', from: posId, to: cityId, document: docId, evidence: title, rule: 'position:city', confidence: rule('position:city').confidence });
      }
      const evidence = p.titleEvidence?.[title] ?? '';
      out.rels.push({
        type: 'HELD',
        from: p.id,
        to: posId,
        document: docId,
        evidence,
        ...out.withOriginal(evidence),
        rule: 'tenure:title',
        confidence: rule('tenure:title').confidence,
        props: { title, asOf, rank },
      });
    }
  }
}
