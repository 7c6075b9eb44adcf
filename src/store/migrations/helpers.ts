/** What migrations take from the engine differences (store/engine.ts), from one path that shipped migrations keep importing. */
export { type Engine, idColumn } from '../engine.js';
