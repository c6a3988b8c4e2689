export * from './tolerance';
export * from './nested-numbers';
export * from './format';
export * from './tensor-structure';
export * from './expect-close';
export * from './expect-exact-equal';
