export * from './data/index.js';
export * from './schema.js';
