import type { GraphBatch } from '../../src/domain/index.js';

/**
 * Strings that break naive exporters: quotes of every kind, backslashes, line and paragraph
 * separators, markup, CSV and Cypher punctuation, characters outside the BMP, and the XML-illegal
 * control characters (GraphML drops those; every other format keeps them).
 */
export const HOSTILE = [
  "O'Brien \\' \\\\ \"quoted\" `tick` ``",
  '第一行\n第二行\r\n第三行\t制表',
  '<b>&amp;</b> ]]> <!-- -->',
  '逗号,分号; 花括号{x: 1} 方括号[1] // 注释 /* 块 */',
  '\u2028行分隔\u2029段分隔 \u0085 零宽\u200b',
  '𠮷野家 😀 \ud842\udfb7',
  '控制\u0001\u0007\u001f字符',
  'MATCH (n) DETACH DELETE n; //',
  '\u001f数组分隔符\u001f',
];

/** One document whose person, meeting and plan carry the hostile strings, and its relationships. */
export function hostileBatch(): GraphBatch {
  const doc = 'doc:hostile0000000';
  const meeting = 'meeting:hostile0000';
  const plan = 'plan:hostile0000000';
  const people = HOSTILE.map((s, i) => ({ id: `person:hostile${String(i).padStart(7, '0')}`, label: 'Person' as const, props: { name: s, aliases: [s, `${s}别名`], city: null, cityCode: null } }));
  return {
    document: { id: doc, label: 'Document', props: { source: HOSTILE[0]!, title: HOSTILE[2]!, publishedAt: '2024-01-02', sha256: 'f'.repeat(64), ingestedAt: '2026-01-01T00:00:00.000Z' } },
    nodes: [
      ...people,
      { id: meeting, label: 'Meeting', props: { name: HOSTILE[1]!, kind: '常务会议', date: '2024-01-01', status: 'held', aliases: [HOSTILE[3]!] } },
      { id: plan, label: 'Plan', props: { title: HOSTILE[4]!, kind: '方案', year: 2024, aliases: [] } },
    ],
    rels: [
      ...people.map((p, i) => ({ type: 'ATTENDED' as const, from: p.id, to: meeting, document: doc, evidence: HOSTILE[i]!, evidenceOriginal: HOSTILE[(i + 1) % HOSTILE.length]!, rule: 'test:hostile', confidence: 0.5 })),
      { type: 'APPROVED', from: meeting, to: plan, document: doc, evidence: HOSTILE[5]!, rule: 'test:hostile', confidence: 0.75 },
      { type: 'REPORTS', from: doc, to: meeting, document: doc, evidence: HOSTILE[6]!, rule: 'test:hostile', confidence: 1 },
    ],
  };
}
