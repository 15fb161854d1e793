export { blend, type BlendOptions } from './blend';
export { loadHighs } from './highs-solver';
export { blendToJson } from './json';
export * from './types';
