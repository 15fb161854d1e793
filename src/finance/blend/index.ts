export { blend, type BlendOptions } from './blend';
export { loadHighs } from './highs-solver';
export * from './types';
