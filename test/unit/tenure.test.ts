import { describe, expect, it } from 'vitest';
import { organisationOf, positionTitle, tenureFacts, titleMatches, whoHeld, type TitleObservation } from '../../src/domain/index.js';
import { addPlaces, extractDocument, parsePlaces } from '../../src/pipeline/index.js';

describe('titles as tenure', () => {
  it('a title answers a question about it after an organisation or a place, never after a qualifier', () => {
    expect(titleMatches('市长', '市长')).toBe(true);
    expect(titleMatches('市政府市长', '市长')).toBe(true);
    expect(titleMatches('宁波市市长', '市长')).toBe(true);
    expect(titleMatches('副市长', '市长')).toBe(false);
    expect(titleMatches('常务副市长', '市长')).toBe(false);
    expect(titleMatches('代市长', '市长')).toBe(false);
    expect(titleMatches('市长助理', '市长')).toBe(false);
  });

  it('names the organisation a title holds a post in', () => {
    expect(organisationOf('市委副书记')).toBe('市委');
    expect(organisationOf('宣传部部长')).toBe('宣传部');
    expect(organisationOf('市人大常委会主任')).toBe('市人大常委会');
    expect(organisationOf('市政府党组书记')).toBe('市政府');
    expect(organisationOf('经济开发区党工委书记')).toBe('经济开发区党工委');
    expect(organisationOf('副市长')).toBeNull();
    expect(organisationOf('市长')).toBeNull();
  });

  it('a position in its own place drops the place name, so 某市市长 and 市长 are one position there', () => {
    const city = { fullName: '甲州市' };
    expect(positionTitle('甲州市市长', city)).toBe('市长');
    expect(positionTitle('甲州市委副书记', city)).toBe('市委副书记');
    expect(positionTitle('甲州市人大常委会主任', city)).toBe('市人大常委会主任');
    expect(positionTitle('乙县县长', { fullName: '乙县' })).toBe('县长');
    expect(positionTitle('丙州市市长', city)).toBe('丙州市市长'); // another place's post stays as written
    expect(positionTitle('市长', city)).toBe('市长');
    expect(positionTitle('甲州市', city)).toBe('甲州市');
    expect(positionTitle('甲州市市长', null)).toBe('甲州市市长');
  });

  it('folds observations into first and last seen; who held it on a day, else the last holder seen before', () => {
    const obs = (name: string, asOf: string, doc: string, title = '市长'): TitleObservation => ({ personId: `person:${name}`, name, positionId: `position:${title}`, title, city: '甲', cityCode: null, asOf, document: doc });
    const all = [obs('甲一', '2020-01-05', 'd1'), obs('甲一', '2020-06-01', 'd2'), obs('乙二', '2021-03-01', 'd3'), obs('丙三', '2020-02-01', 'd4', '副市长')];
    const facts = tenureFacts(all);
    expect(facts.find((f) => f.name === '甲一')).toMatchObject({ firstSeen: '2020-01-05', lastSeen: '2020-06-01', documents: ['d1', 'd2'] });
    expect(whoHeld(all, '市长', '2020-03-01')).toMatchObject({ basis: 'within', holders: [{ name: '甲一' }] });
    expect(whoHeld(all, '市长', '2020-12-01')).toMatchObject({ basis: 'lastSeenBefore', holders: [{ name: '甲一' }] });
    expect(whoHeld(all, '市长', '2019-01-01')).toMatchObject({ basis: 'none', holders: [] });
  });
});

describe('places the division data lacks', () => {
  it('a places file is checked entry by entry, with the entry and field named', () => {
    expect(() => parsePlaces('{', 'p.json')).toThrow(/p\.json: not valid JSON/);
    expect(() => parsePlaces('{}', 'p.json')).toThrow(/expected a JSON array/);
    expect(() => parsePlaces('[{"fullName":"甲乙市","province":"丙省","adminCode":"1","level":"city"}]', 'p.json')).toThrow(/place 1: adminCode must be six digits/);
    expect(() => parsePlaces('[{"fullName":"甲乙市","province":"丙省","adminCode":"990100","level":"town"}]', 'p.json')).toThrow(/level must be/);
  });

  it('an added place is found in articles like any division', () => {
    const text = '发布时间：2025-01-02\n1月1日，雁栖湾市市长柯木森主持召开雁栖湾市政府常务会议。';
    const before = extractDocument({ source: 't', text });
    expect(before.ok && before.record.document.city).toBeNull();
    addPlaces(parsePlaces('[{"fullName":"雁栖湾市","province":"试验省","adminCode":"990700","level":"city"}]', 'p.json'));
    const after = extractDocument({ source: 't', text });
    expect(after.ok && after.record.document.place).toMatchObject({ fullName: '雁栖湾市', adminCode: '990700' });
  });
});
