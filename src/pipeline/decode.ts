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
  if (body.includes(0)) return fail('binary file: contains NUL bytes');
  try {
    const text = utf8.decode(body);
    return checked({ ok: true, text, encoding: 'utf-8', bom, diagnostics });
  } catch {
    // not UTF-8: try GB18030 (a superset of GBK and GB2312)
  }
  try {
    const text = gb.decode(body);
    diagnostics.push({ stage: 'decode', code: 'gb18030', message: 'not valid UTF-8; decoded as GB18030', severity: 'info' });
    return checked({ ok: true, text, encoding: 'gb18030', bom: false, diagnostics });
  } catch {
    return fail('neither valid UTF-8 nor GB18030 (unknown encoding or corrupt bytes)');
  }
}

function checked(d: Decoded): Decoded | DecodeFailure {
  if (controlRatio(d.text) > 0.05) return fail(`binary file: too many control characters for ${d.encoding} text`);
  return d;
}
