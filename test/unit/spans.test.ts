import { describe, expect, it } from 'vitest';
import { lastMatch, matchSpans, strictlyInside } from '../../src/pipeline/spans.js';

describe('flat spans of a text', () => {
  it('every match of a global pattern, as start and end in one array; null where none matches', () => {
    expect(matchSpans('甲《一、二》乙《三》', /《[^《》]*》/g)).toEqual([1, 6, 7, 10]);
    expect(matchSpans('甲乙', /《[^《》]*》/g)).toBeNull();
  });
  it('inside means after a span starts and before it ends, its edges excluded', () => {
    const spans = matchSpans('甲《一、二》乙《三》', /《[^《》]*》/g);
    expect(strictlyInside(spans, 3)).toBe(true); // the 、 inside the first title
    expect(strictlyInside(spans, 1)).toBe(false); // on 《
    expect(strictlyInside(spans, 6)).toBe(false); // right after 》
    expect(strictlyInside(spans, 8)).toBe(true);
    expect(strictlyInside(null, 3)).toBe(false);
  });
  it('the last match of a global pattern, wherever the pattern was left; null where none matches', () => {
    const re = /第(\d+)次/g;
    re.lastIndex = 5;
    expect(lastMatch(re, '第1次和第12次会议')?.[1]).toBe('12');
    expect(lastMatch(re, '第1次和第12次会议')?.index).toBe(4);
    expect(lastMatch(re, '常务会议')).toBeNull();
  });
});
