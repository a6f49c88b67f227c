// Types of atomic-file.mjs (plain JavaScript: bin/govgraph.mjs's bundle cache uses it before TypeScript can run).
export function writeFileAtomically(path: string, content: Uint8Array | string): void;
