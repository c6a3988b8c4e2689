// The check library: what exercises' checks.ts import. The sandbox and the worker pool
// have their own entry points (@dl/graders/sandbox, @dl/graders/pool).
export * from './localized';
export * from './outcome';
export * from './result';
export * from './define-exercise';
export * from './define-checks';
export * from './random';
export * from './compare';
export * from './gradient';
export * from './stats';
export * from './grade-submission';
