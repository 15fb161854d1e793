#!/usr/bin/env node
// The installed command: runs the TypeScript sources through tsx, so the CLI is always
// the code in this checkout (no separate build step to forget).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
