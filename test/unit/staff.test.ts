import { describe, expect, it } from 'vitest';
import { findStaff } from '../../src/pipeline/staff.js';

const staff = (s: string) => findStaff(s).map((x) => [x.name, x.role]);

describe('staff', () => {
  it('reads bylines in brackets, after labels and in lists', () => {
    expect(staff('（记者 柏杨 通讯员 童文）')).toEqual([['柏杨', 'REPORTED'], ['童文', 'REPORTED']]);
    expect(staff('责任编辑：祝晓')).toEqual([['祝晓', 'EDITED']]);
    expect(staff('(撰稿:房军)')).toEqual([['房军', 'REPORTED']]);
    expect(staff('本报讯(记者柏杨)')).toEqual([['柏杨', 'REPORTED']]);
    expect(staff('某某融媒体中心记者 单丽 蒋涛')).toEqual([['单丽', 'REPORTED'], ['蒋涛', 'REPORTED']]);
  });

  it('does not read body text as a byline', () => {
    expect(staff('记者从会上获悉，全市各部门积极行动')).toEqual([]);
    expect(staff('供稿：某县县委办')).toEqual([]);
  });
});

describe('slash bylines', () => {
  it('文/某某 图/某某', () => {
    expect(staff('文/龙飞 图/石磊')).toEqual([['龙飞', 'REPORTED'], ['石磊', 'REPORTED']]);
  });
});

describe('name before the label', () => {
  it('某某/文 某某/图', () => {
    expect(staff('房军/文 龙飞/图')).toEqual([['房军', 'REPORTED'], ['龙飞', 'REPORTED']]);
    expect(staff('发展/文化')).toEqual([]);
  });
});
