/** Every cache made by `memo` in this thread (for `forgetRemembered`). */
const caches: Array<Map<string, unknown>> = [];

/** A string function remembered for the strings it has seen (bounded: cleared when large). */
export function memo<T>(f: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

/**
 * Forget everything remembered, as a thread that never read these texts would be. For measuring:
 * a benchmark that repeats its articles would otherwise find each phrase, name and title of theirs
 * remembered from the copy before, and measure a speed that text never seen does not get.
 */
export function forgetRemembered(): void {
  for (const c of caches) c.clear();
}
