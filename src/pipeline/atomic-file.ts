// (kept in bundle-cache.mjs, plain JavaScript, which bin/govgraph.mjs reads before TypeScript can run)
export { writeFileAtomically } from '../app/bundle-cache.mjs';
