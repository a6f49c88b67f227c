import { describe, expect, it } from 'vitest';
import { identity, originalSlice, rewrite } from '../../src/pipeline/text-map.js';

describe('rewrite keeps the way back to the original text', () => {
  const original = 'ab  cd,ef;gh';
  it('replacements shorter, longer and empty map every character to where it came from', () => {
    let mt = identity(original);
    mt = rewrite(mt, / +/g, () => ''); // 'abcd,ef;gh'
    mt = rewrite(mt, /,/g, () => '，'); // same length
    mt = rewrite(mt, /;/g, () => '<;>'); // longer
    expect(mt.text).toBe('abcd，ef<;>gh');
    expect(Array.from(mt.map)).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 9, 9, 10, 11, 12]);
    // a span of the new text gives back the original behind it, removed characters included
    expect(originalSlice(original, mt, 0, 4)).toBe('ab  cd');
    expect(originalSlice(original, mt, 4, 13)).toBe(',ef;gh');
  });
  it('a replacement of several characters spreads over the matched ones', () => {
    const mt = rewrite(identity('xABCy'), /ABC/g, () => '12345');
    expect(mt.text).toBe('x12345y');
    expect(Array.from(mt.map)).toEqual([0, 1, 1, 2, 2, 3, 4, 5]);
  });
  it('replacements as long as their matches keep the map: each character still maps to its own', () => {
    let mt = rewrite(identity('a  bc,d'), / +/g, () => ''); // 'abc,d', a map with a gap
    mt = rewrite(mt, /bc|,/g, (m) => (m[0] === ',' ? '，' : 'XY'));
    expect(mt.text).toBe('aXY，d');
    expect(Array.from(mt.map)).toEqual([0, 3, 4, 5, 6, 7]);
    expect(originalSlice('a  bc,d', mt, 1, 3)).toBe('bc');
  });
  it('nothing replaced (no match, null, or the match itself): the same object back', () => {
    const src = identity(original);
    expect(rewrite(src, /z/g, () => 'q')).toBe(src);
    expect(rewrite(src, /a/g, () => null)).toBe(src);
    expect(rewrite(src, /a/g, (m) => m[0])).toBe(src);
  });
  it('empty matches are stepped over; a pattern that is not global is refused', () => {
    expect(rewrite(identity('aXbX'), /X*/g, () => '-').text).toBe('a-b-');
    expect(() => rewrite(identity('a'), /a/, () => 'b')).toThrow(/global/);
  });
});
