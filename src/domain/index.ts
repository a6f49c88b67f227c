export * from './types.js';
export * from './ids.js';
