import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../src/app/index.js';
import { extractDocument } from '../../src/pipeline/index.js';

describe('extract --format pretty', () => {
  it('prints STUDIED the right way round: this meeting studied that one', () => {
    const r = extractDocument({ source: 't.txt', text: '6月3日，县委常委会召开会议，传达学习市委七届五次全会精神。县委书记苗立新主持会议。' });
    if (!r.ok) throw new Error(r.error);
    const out = formatPretty(r.record);
    const blocks = out.split('\n\n');
    const held = blocks.find((b) => b.includes('▸ 县委常委会会议'))!;
    const studied = blocks.find((b) => b.includes('▸ 市委七届五次全会'))!;
    expect(held).toMatch(/STUDIED\s+市委七届五次全会/);
    expect(held).not.toMatch(/STUDIED BY/);
    expect(studied).toMatch(/STUDIED BY\s+县委常委会会议/);
    expect(held).toMatch(/CHAIRED\s+苗立新/);
  });

  it('lists staff with their labels, and a name from a bracket without one alone (no empty brackets)', () => {
    const r = extractDocument({ source: 't.txt', text: ['6月3日，县委书记苗立新主持召开县委常委会会议。（钱文）', '责任编辑：孙立新'].join('\n') });
    if (!r.ok) throw new Error(r.error);
    expect(formatPretty(r.record)).toMatch(/staff {3}(?:钱文, 孙立新 \(责任编辑\)|孙立新 \(责任编辑\), 钱文)$/m);
  });

  it('lists as staff an official of the article who also signed it, without his posts', () => {
    const r = extractDocument({ source: 't.txt', text: '6月3日，某镇召开推进会，镇长苗立新主持会议。镇组织委员钱文对流程进行培训。（某镇 钱文）' });
    if (!r.ok) throw new Error(r.error);
    const out = formatPretty(r.record);
    expect(out).toMatch(/^ {5}钱文\s+镇组织委员$/m);
    expect(out).toMatch(/staff {3}钱文$/m);
  });
});
