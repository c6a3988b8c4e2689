export * from './rng';
export * from './generators';
