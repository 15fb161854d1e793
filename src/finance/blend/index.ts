export { blend, type BlendOptions } from './blend';
export { loadHighs } from './highs-solver';
export { BlendCancelledError, type AwardSearchMode, type BlendProgress } from './progress';
export { blendToJson } from './json';
export * from './types';
