export { expandInputs, extractFiles } from './extract-files.js';
export { formatPretty } from './format-pretty.js';
export { ingest, type IngestSummary, type IngestProgress, type IngestOptions } from './ingest.js';
