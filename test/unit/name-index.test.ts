import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/pipeline/name-index.js';

describe('NameIndex (the names an article knows)', () => {
  const ix = new NameIndex(['王小明', '王明', '欧阳春', '艾力·买买提']);

  it('finds whether a known name occurs, except the ones named', () => {
    expect(ix.anyIn('会上，王明作了发言')).toBe(true);
    expect(ix.anyIn('会上，王明作了发言', new Set(['王明']))).toBe(false);
    // a longer name sharing the first character is still found after a shorter one is excepted
    expect(ix.anyIn('市长王小明主持', new Set(['王明']))).toBe(true);
    expect(ix.anyIn('副市长艾力·买买提出席')).toBe(true);
    expect(ix.anyIn('王某主持会议')).toBe(false);
    expect(NameIndex.EMPTY.anyIn('王明')).toBe(false);
  });

  it('lists the names a text ends with, longest first, never the whole text', () => {
    expect(ix.endingOf('市长王小明')).toEqual(['王小明']);
    expect(ix.endingOf('副县长欧阳春')).toEqual(['欧阳春']);
    expect(ix.endingOf('王明')).toEqual([]);
    expect(new NameIndex(['明', '王明']).endingOf('市长王明')).toEqual(['王明', '明']);
  });

  it('stays linear on a long text with many names', () => {
    const many = new NameIndex(Array.from({ length: 5000 }, (_, i) => `张${String.fromCharCode(0x4e00 + i)}`));
    const text = '李'.repeat(200_000) + '张' + String.fromCharCode(0x4e00 + 4999);
    expect(many.anyIn(text)).toBe(true);
    expect(many.size).toBe(5000);
  });
});
