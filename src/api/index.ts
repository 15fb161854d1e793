export * from './bridge';
export * from './context';
export * from './errors';
export * from './invoke';
export * from './operations';
export * from './result';
export { createSession, type WorkspaceSession } from './session';
