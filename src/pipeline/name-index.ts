/**
 * The names known for an article (given with a title anywhere in it), indexed by first character:
 * whether any of them occurs in a text, or ends one, is a pass over that text, however many names
 * the article knows (a book-length text knows thousands). Fixed once built. (A fixed list of words
 * is looked for the same way: the words that signal a person, in people.ts.)
 */
export class NameIndex {
  static readonly EMPTY = new NameIndex([]);

  private readonly names: ReadonlySet<string>;
  /** By the code of their first character (a code, not a one-character string made for each look). */
  private readonly byFirst = new Map<number, string[]>();
  /** One bit per UTF-16 code unit: set where some name starts with it (most characters need no lookup). */
  private readonly firstBits = new Uint32Array(0x10000 >>> 5);
  private readonly longest: number;

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
    let longest = 0;
    for (const n of this.names) {
      if (!n) continue;
      const c = n.charCodeAt(0);
      this.firstBits[c >>> 5]! |= 1 << (c & 31);
      const list = this.byFirst.get(c);
      if (list) list.push(n);
      else this.byFirst.set(c, [n]);
      longest = Math.max(longest, n.length);
    }
    this.longest = longest;
  }

  get size(): number {
    return this.names.size;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.names.values();
  }

  /** Whether one of the names, other than those in `except`, occurs in the text. */
  anyIn(text: string, except?: ReadonlySet<string>): boolean {
    if (!this.names.size) return false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!(this.firstBits[c >>> 5]! & (1 << (c & 31)))) continue;
      const names = this.byFirst.get(c);
      if (names) for (const n of names) if (text.startsWith(n, i) && !except?.has(n)) return true;
    }
    return false;
  }

  /** The names the text ends with and is longer than, longest first. */
  endingOf(text: string): string[] {
    const out: string[] = [];
    for (let L = Math.min(this.longest, text.length - 1); L >= 1; L--) if (this.names.has(text.slice(-L))) out.push(text.slice(-L));
    return out;
  }
}
