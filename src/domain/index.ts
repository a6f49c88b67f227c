export * from './types.js';
export * from './ids.js';
export * from './graph.js';
export * from './tenure.js';
