export { zQuantile, normalUpperTail, chiSquareLowerQuantile, chiSquareUpperQuantile } from './special-functions';
export * from './expect-normal-sample';
export * from './expect-bernoulli-rate';
