import type { GraphBatch } from '../../src/domain/index.js';
import { extractDocument, toGraphBatch } from '../../src/pipeline/index.js';

/**
 * Short articles written for the tests (fictional officials in real cities, so the gazetteer
 * places them), in the forms real reports take.
 */

// two outlets report the same meeting (same city, date, kind, ordinal) in different words
export const outletA = [
  '绍兴市政府召开第八十次常务会议',
  '发布时间：2021-07-16',
  '7月15日，市委副书记、市长苗永川主持召开市政府第八十次常务会议，审议并原则通过《绍兴市数字经济发展三年行动计划》。',
  '副市长杭立新出席会议。',
].join('\n');
export const outletB = [
  '日期：2021-07-17',
  '7月15日，绍兴市长苗永川主持召开市政府第80次常务会议。副市长夏春明参加会议。（记者 韩方圆）',
].join('\n');
// the same name in another city is another person
export const otherCity = ['发布时间：2021-08-02', '8月1日，宁波市市长苗永川主持召开市政府第九次常务会议。'].join('\n');
// a later meeting in the first city, with a speaker and another plan
export const later = [
  '发布时间：2021-09-03',
  '9月2日，市委副书记、市长苗永川主持召开绍兴市政府第八十五次常务会议并讲话，研究通过《绍兴市城市更新实施方案》。',
  '副市长杭立新、夏春明、柯文静出席会议。',
].join('\n');

export const AT = '2026-01-01T00:00:00.000Z';

export function batchOf(text: string, source = 't.txt'): GraphBatch {
  const r = extractDocument({ source, text });
  if (!r.ok) throw new Error(r.error);
  return toGraphBatch(r.record, { ingestedAt: AT });
}

const cities = ['绍兴', '嘉兴', '湖州', '金华', '衢州', '台州', '丽水', '温州'];
const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
/** Distinct articles (distinct text = distinct documents), one meeting each, written for the tests. */
export function article(i: number): string {
  const city = cities[i % cities.length]!;
  const s = (k: number) => surnames[(i * 7 + k) % surnames.length]!;
  return [
    `${city}市政府召开常务会议`,
    `发布时间：2022-0${(i % 9) + 1}-1${i % 10}`,
    `${(i % 9) + 1}月${(i % 9) + 1}日，市委副书记、市长${s(0)}建国主持召开市政府第${i + 1}次常务会议，审议并原则通过《${city}市第${i + 1}号工作方案》。`,
    `副市长${s(1)}立新、${s(2)}美玲出席会议。`,
  ].join('\n');
}
