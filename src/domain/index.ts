export * from './types.js';
export * from './ids.js';
export * from './graph.js';
export * from './tenure.js';
export * from './views.js';
export * from './queries.js';
