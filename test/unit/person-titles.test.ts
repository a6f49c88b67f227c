import { describe, expect, it } from 'vitest';
import { createReader, personTitles } from '../../src/app/index.js';
import type { GraphBatch } from '../../src/domain/index.js';
import { SqliteStore } from '../../src/storage/index.js';
import { batchOf } from '../support/articles.js';

// 市委常委 comes before 副市长 in the sentence, after it in code-point order: order must follow the text
const text = ['发布时间：2021-07-16', '7月15日，市委副书记、市长苗永川主持召开绍兴市政府第八十次常务会议。', '市委常委、副市长杭立新出席会议。'].join('\n');

async function titlesOf(batch: GraphBatch, name: string): Promise<string[]> {
  const store = SqliteStore.memory();
  try {
    await store.upsert([batch]);
    const person = batch.nodes.find((n) => n.label === 'Person' && n.props.name === name)!;
    return await personTitles(createReader(store), person.id);
  } finally {
    await store.close();
  }
}

describe('a person\'s titles', () => {
  it('keep the order the sentence gives them, not code-point order', async () => {
    const batch = batchOf(text, 'a.txt');
    expect(batch.rels.filter((r) => r.type === 'HELD').every((r) => typeof r.props?.rank === 'number')).toBe(true);
    expect(await titlesOf(batch, '杭立新')).toEqual(['市委常委', '副市长']);
    expect(await titlesOf(batch, '苗永川')).toEqual(['市委副书记', '市长']);
  });

  it('relationships stored before ranks were kept fall back to the evidence sentence', async () => {
    const batch = batchOf(text, 'a.txt');
    const unranked: GraphBatch = {
      ...batch,
      rels: batch.rels.map((r) => {
        if (r.type !== 'HELD') return r;
        const { rank: _rank, ...props } = r.props ?? {};
        return { ...r, props };
      }),
    };
    expect(unranked.rels.some((r) => r.type === 'HELD' && 'rank' in (r.props ?? {}))).toBe(false);
    expect(await titlesOf(unranked, '杭立新')).toEqual(['市委常委', '副市长']);
  });
});
