export { DEFAULT_MAX_BYTES, expandInputs, extractInOrder, readInput, type InputProblem } from './extract-files.js';
export { formatPretty } from './format-pretty.js';
export { ingest, ingestExitCode, type IngestSummary, type IngestProgress, type IngestOptions } from './ingest.js';
export { createReader, type Reader } from './reader.js';
export * from './use-cases.js';
export { runOrdered } from './ordered-pool.js';
export { usePlaces } from './places.js';
