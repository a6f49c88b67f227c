import type { Diagnostic } from '../domain/index.js';

export interface Decoded {
  ok: true;
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  bom: boolean;
  diagnostics: Diagnostic[];
}
export interface DecodeFailure {
  ok: false;
  reason: string;
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb = new TextDecoder('gb18030', { fatal: true });

/** Control characters other than tab, newline, carriage return and form feed. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) n++;
  }
  return n / text.length;
}

function fail(reason: string): DecodeFailure {
  return { ok: false, reason, diagnostics: [{ stage: 'decode', code: 'undecodable', message: reason, severity: 'error' }] };
}

/**
 * Bytes to text. UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030 when UTF-8 is invalid and
 * GB18030 decodes cleanly. Binary input (NUL bytes, many control characters) is refused with a reason.
 */
export function decode(bytes: Uint8Array): Decoded | DecodeFailure {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return checked({ ok: true, text, encoding: 'utf-16le', bom: true, diagnostics });
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return checked({ ok: true, text, encoding: 'utf-16be', bom: true, diagnostics });
  }
  let bom = false;
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    body = bytes.subarray(3);
  }
  try {
    return checked({ ok: true, text: utf8.decode(body), encoding: 'utf-8', bom, diagnostics });
  } catch {
    // not valid UTF-8: nearly so (a few corrupt bytes in a UTF-8 article), GB18030 (a superset of
    // GBK and GB2312), or UTF-16 without a BOM
  }
  const repaired = nearlyUtf8(body);
  if (repaired) {
    diagnostics.push({
      stage: 'decode',
      code: 'invalid-bytes',
      message: `replaced ${repaired.bad} invalid UTF-8 byte sequence(s) with U+FFFD (the first at byte ${repaired.firstAt})`,
      severity: 'warning',
      offset: repaired.firstAt,
    });
    return checked({ ok: true, text: repaired.text, encoding: 'utf-8', bom, diagnostics });
  }
  if (bom) return fail('a UTF-8 byte order mark, but the bytes after it are not UTF-8');
  // the reading that looks most like text wins (UTF-16 read as GB18030 is full of controls and odd signs)
  const readings: Array<{ text: string; encoding: Decoded['encoding'] }> = [];
  try {
    readings.push({ text: gb.decode(body), encoding: 'gb18030' });
  } catch {
    /* not GB18030 */
  }
  if (body.length % 2 === 0) {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      try {
        readings.push({ text: new TextDecoder(enc, { fatal: true }).decode(body), encoding: enc });
      } catch {
        /* not this one */
      }
    }
  }
  const best = readings.map((r) => ({ ...r, score: textLikeness(r.text) })).sort((a, b) => b.score - a.score)[0];
  if (!best || best.score < 0.85) {
    if (body.includes(0)) return fail('binary file: contains NUL bytes');
    return fail('neither valid UTF-8, GB18030 nor UTF-16 (unknown encoding or corrupt bytes)');
  }
  diagnostics.push({ stage: 'decode', code: best.encoding, message: `not valid UTF-8; decoded as ${best.encoding.toUpperCase()}`, severity: 'info' });
  return checked({ ok: true, text: best.text, encoding: best.encoding, bom: false, diagnostics });
}

/** Share of characters typical of these articles: Han, CJK and full-width punctuation, ASCII text. */
function textLikeness(text: string): number {
  if (!text.length) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9 || c === 0x201c || c === 0x201d || c === 0xb7) good++;
  }
  return good / text.length;
}

/**
 * UTF-8 with a few corrupt bytes (at most 1 in 1,000, and 64 in all) in text that otherwise reads
 * as text: decoded with each bad sequence replaced. GB18030 text is never this close to UTF-8.
 */
function nearlyUtf8(body: Uint8Array): { text: string; bad: number; firstAt: number } | null {
  const text = new TextDecoder('utf-8').decode(body);
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  if (bad === 0 || bad > Math.min(64, Math.max(1, body.length / 1000)) || textLikeness(text.replace(/\uFFFD/g, '')) < 0.85) return null;
  return { text, bad, firstAt: firstInvalidByte(body) };
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

/** Control characters a text may not carry (NUL and the like; tab, newlines and form feed stay). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function checked(d: Decoded): Decoded | DecodeFailure {
  if (controlRatio(d.text) > 0.05) return fail(`binary file: too many control characters for ${d.encoding} text`);
  const found = d.text.match(CONTROL);
  if (found) {
    const nul = found.filter((c) => c === '\u0000').length;
    d.diagnostics.push({
      stage: 'decode',
      code: 'control-characters',
      message: `removed ${found.length} control character(s)${nul ? ` (${nul} NUL)` : ''}`,
      severity: 'warning',
      offset: d.text.search(CONTROL),
    });
    return { ...d, text: d.text.replace(CONTROL, '') };
  }
  return d;
}
