/**
 * docs/architecture.md draws the layers from the code (scripts/architecture.mjs). When a
 * change adds or removes an import between two folders, the drawing must follow:
 * `npm run arch` rewrites it.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('architecture diagram', () => {
  it('matches the imports of the code (else run `npm run arch`)', { timeout: 180_000 }, () => {
    const run = spawnSync(process.execPath, ['scripts/architecture.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
