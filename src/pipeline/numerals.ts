/** Numbers written in Chinese: ordinals (第一百零五次), and dates (二〇二三年五月十日). */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to the hundreds (一百零五 → 105), or ASCII digits. */
export function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      cur = CN_DIGITS[ch]!;
      seen = true;
    } else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
      seen = true;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + cur : null;
}

const DIGIT_OF: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** A date in Chinese numerals (二〇二三年五月十日; a year digit by digit) as digits (2023年5月10日); null when it is no date. */
export function digitDate(year: string, month: string, day: string): string | null {
  const y = [...year].map((c) => DIGIT_OF[c] ?? '').join('');
  const m = cnNumber(month);
  const d = cnNumber(day);
  if (y.length !== 4 || m === null || d === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}年${m}月${d}日`;
}

/** A day, with or without its month, in Chinese numerals (五月十三日, 十三日) as digits (5月13日, 13日); null when it is no date. */
export function digitMonthDay(month: string | undefined, day: string): string | null {
  const m = month === undefined ? null : cnNumber(month);
  const d = cnNumber(day);
  if (d === null || d < 1 || d > 31 || (month !== undefined && (m === null || m < 1 || m > 12))) return null;
  return month === undefined ? `${d}日` : `${m}月${d}日`;
}
