export * from './numeric-gradient';
export * from './check-gradients';
