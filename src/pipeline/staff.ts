import { hasSurname, isName } from './people.js';

export interface StaffMention {
  name: string;
  role: 'REPORTED' | 'EDITED';
  label: string;
  start: number;
  end: number;
}

const LABELS: Record<string, StaffMention['role']> = {
  记者: 'REPORTED',
  特约记者: 'REPORTED',
  实习记者: 'REPORTED',
  见习记者: 'REPORTED',
  通讯员: 'REPORTED',
  撰稿: 'REPORTED',
  作者: 'REPORTED',
  撰文: 'REPORTED',
  文: 'REPORTED',
  摄影: 'REPORTED',
  图: 'REPORTED',
  实习生: 'REPORTED',
  责任编辑: 'EDITED',
  责编: 'EDITED',
  编辑: 'EDITED',
  审核: 'EDITED',
  审稿: 'EDITED',
  校对: 'EDITED',
  终审: 'EDITED',
  复审: 'EDITED',
  初审: 'EDITED',
};

const LABEL_RE = new RegExp(`(${Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|')})(?:[：:/／]\\s*|\\s+|(?=[\\u3400-\\u9fff]{2,3}(?:[\\s)）|]|$)))`, 'g');

/**
 * Reporters and editors from bylines: "(记者 某某)", "记者 甲 通讯员 乙", "责任编辑: 某某", "(撰稿:某某)".
 * A label must be followed by a separator or a bracket-closed name so that body words (记者从…) are not read as names.
 */
export function findStaff(text: string): StaffMention[] {
  const out: StaffMention[] = [];
  let m: RegExpExecArray | null;
  LABEL_RE.lastIndex = 0;
  while ((m = LABEL_RE.exec(text)) !== null) {
    const label = m[1]!;
    // one-character labels (文, 图) only inside brackets or at a line start
    if (label.length === 1 && !/(?:^|[\n(（|\s])$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    let pos = m.index + m[0].length;
    // names separated by spaces or 、 until a bracket, a new label or the line ends
    for (let k = 0; k < 6; k++) {
      const rest = text.slice(pos);
      const nm = /^([\u3400-\u9fff·]{2,4})(?=$|[\s、，,)）|/]|[\u3400-\u9fff]{0,0}$)/.exec(rest);
      if (!nm) break;
      const name = nm[1]!;
      if (name in LABELS || !isName(name, { needSurname: true }) || !hasSurname(name)) break;
      out.push({ name, role: LABELS[label]!, label, start: pos, end: pos + name.length });
      pos += name.length;
      const sep = /^[ \t、，,]+/.exec(text.slice(pos));
      if (!sep) break;
      pos += sep[0].length;
      if (new RegExp(`^(?:${Object.keys(LABELS).join('|')})`).test(text.slice(pos))) break;
    }
  }
  // "某某/文 某某/图": the name before the label
  const after = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,4})\s*[/／]\s*(文|图|摄|摄影)(?![\u3400-\u9fff])/g;
  while ((m = after.exec(text)) !== null) {
    const name = m[1]!;
    if (!isName(name, { needSurname: true }) || out.some((x) => x.name === name)) continue;
    out.push({ name, role: 'REPORTED', label: m[2]!, start: m.index, end: m.index + name.length });
  }
  return out;
}
