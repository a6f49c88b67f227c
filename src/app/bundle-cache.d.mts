// Types of bundle-cache.mjs (plain JavaScript: bin/govgraph.mjs reads it before TypeScript can run).
export function defaultCacheDir(): string | null;
export function loadEsbuild(): typeof import('esbuild') | null;
export function currentBundle(name: string, cacheDir: string, esbuildVersion: string): string | null;
export function saveBundle(b: { name: string; cacheDir: string; esbuildVersion: string; outputs: Array<{ path: string; contents: Uint8Array }>; entry: string; inputs: string[] }): string;
export function buildOptions(entry: string): { absWorkingDir: string; entryPoints: string[]; bundle: true; format: 'esm'; platform: 'node'; target: string; packages: 'external'; metafile: true; write: false; logLevel: 'silent' };
export function buildInputs(result: { metafile: { inputs: Record<string, unknown> } }): string[];
export function cliBundle(entry: URL, opts?: { cacheDir?: string | null }): Promise<string | null>;
