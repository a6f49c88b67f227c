import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { toSimplified } from '../../src/pipeline/script.js';

describe('traditional → simplified', () => {
  const library = OpenCC.Converter({ from: 'hk', to: 'cn' });

  it('converts as OpenCC’s own hk → cn converter does, phrase by phrase', () => {
    const sentences = [
      '市長陳國華主持召開市政府常務會議，研究部署當前經濟工作。',
      '會議審議通過了《關於進一步優化營商環境的實施方案》，並聽取了財政局關於預算執行情況的匯報。',
      '乾隆年間的乾貨和乾淨的衣服；著名的顯著成效；頭髮與發展；裡面和裏面；一隻隻麵包',
      '縣委書記、縣長參加會議並講話。豈有此理！（記者 黃明）',
      '豈更車賈滑串句契金喇奈', // compatibility forms the normalisation step maps first
      '',
    ];
    for (const s of sentences) expect(toSimplified(s)).toBe(library(s));
  });

  it('but keeps 乾 where no character beside it makes it dry (a name: 王乾發 → 王乾发, where the library writes 王干发)', () => {
    expect(library('縣長王乾發主持會議')).toBe('县长王干发主持会议');
    expect(toSimplified('縣長王乾發主持會議')).toBe('县长王乾发主持会议');
    expect(toSimplified('副縣長張乾、李乾坤出席')).toBe('副县长张乾、李乾坤出席');
    // dry: 乾淨, 乾旱, 餅乾, 曬乾, 乾杯
    expect(toSimplified('環境乾淨，抗旱乾旱，餅乾，曬乾，乾杯')).toBe('环境干净，抗旱干旱，饼干，晒干，干杯');
  });

  it('converts every character alone as the library does (where whole texts are not converted, one is read per character)', () => {
    const differ: string[] = [];
    for (let c = 0x3400; c <= 0x9fff; c += 3) {
      const ch = String.fromCharCode(c);
      if (toSimplified(ch) !== library(ch)) differ.push(ch);
    }
    for (let c = 0xf900; c <= 0xfaff; c++) {
      const ch = String.fromCharCode(c);
      if (toSimplified(ch) !== library(ch)) differ.push(ch);
    }
    expect(differ).toEqual([]);
  });
});
