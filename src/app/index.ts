export { expandInputs, extractFiles } from './extract-files.js';
export { formatPretty } from './format-pretty.js';
