import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from '../../src/pipeline/decode.js';

const text = '市政府召开常务会议，副市长周建华出席。';

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = decode(new TextEncoder().encode(text));
    const bom = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(plain.ok && plain.text).toBe(text);
    expect(bom.ok && bom.text).toBe(text);
    expect(bom.ok && bom.bom).toBe(true);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let i = 2; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    const a = decode(le);
    const b = decode(be);
    expect(a.ok && a.encoding).toBe('utf-16le');
    expect(a.ok && a.text).toBe(text);
    expect(b.ok && b.encoding).toBe('utf-16be');
    expect(b.ok && b.text).toBe(text);
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    const d = decode(iconv.encode(text, 'gbk'));
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(d.encoding).toBe('gb18030');
      expect(d.text).toBe(text);
    }
  });

  it('refuses binary input with a reason', () => {
    const d = decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(/binary/);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const d = decode(Uint8Array.from([0x81, 0x30, 0xff, 0xff, 0x81]));
    expect(d.ok).toBe(false);
  });
});

describe('UTF-16 without a byte order mark', () => {
  it('is told from GB18030 by which reading looks like text', () => {
    const le = decode(Buffer.from(text, 'utf16le'));
    expect(le.ok && [le.encoding, le.text]).toEqual(['utf-16le', text]);
    const beBytes = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < beBytes.length; i += 2) [beBytes[i], beBytes[i + 1]] = [beBytes[i + 1]!, beBytes[i]!];
    const be = decode(beBytes);
    expect(be.ok && [be.encoding, be.text]).toEqual(['utf-16be', text]);
    // and GBK stays GBK
    const gbk = decode(iconv.encode(text, 'gbk'));
    expect(gbk.ok && gbk.encoding).toBe('gb18030');
  });
});

describe('damaged text', () => {
  const long = '市政府召开常务会议，副市长周建华出席会议并讲话，会议研究了有关事项。'.repeat(20);

  it('one invalid byte in a UTF-8 article is replaced and reported, not the article lost', () => {
    const bytes = Buffer.from(long, 'utf8');
    const broken = Buffer.concat([bytes.subarray(0, 30), Buffer.from([0xff]), bytes.subarray(30)]);
    const d = decode(broken);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\uFFFD');
    expect(d.text.replace('\uFFFD', '')).toBe(long);
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'invalid-bytes', severity: 'warning', offset: 30 })]);
  });

  it('many invalid bytes are not UTF-8 with repairs (GB18030 is still read as GB18030)', () => {
    const gbk = iconv.encode(long, 'gbk');
    const d = decode(gbk);
    expect(d.ok && d.encoding).toBe('gb18030');
    expect(d.ok && d.text).toBe(long);
  });

  it('NUL bytes and control characters are removed and reported', () => {
    const d = decode(Buffer.from(`${long}\n市政府\u0000召开常务会议\u0007，副市长\u001b周建华出席。\n第二行\t有制表符`, 'utf8'));
    expect(d.ok && d.text).toBe(`${long}\n市政府召开常务会议，副市长周建华出席。\n第二行\t有制表符`);
    expect(d.ok && d.diagnostics).toEqual([expect.objectContaining({ code: 'control-characters', message: expect.stringContaining('3 control character(s) (1 NUL)') })]);
  });
});
