export * from './context';
export * from './errors';
export * from './invoke';
export { createSession, type WorkspaceSession } from './session';
