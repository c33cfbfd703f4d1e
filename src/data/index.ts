export * from './articles.js';
export * from './entities.js';
export * from './events.js';
export * from './topics.js';
export * from './version.js';
