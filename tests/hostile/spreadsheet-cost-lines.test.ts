/**
 * Hostile plan cost lines through `imports.preview` and `imports.apply` (via `invoke`,
 * desktop IPC and the browser host): preview lists the problem at its row and column,
 * apply refuses with the same location, and nothing is written. Formula-like labels
 * are stored exactly, as inert text.
 */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/contract/import-operations';
import { invoke } from '../../src/api/invoke';
import type { Result } from '../../src/contract/result';
import type { WorkspaceSession } from '../../src/api/session';
import {
  COST_LINE_CASES,
  COST_LINE_HEADERS,
  INERT_LABELS,
  VALID_COST_LINE,
  type CostLineCase,
} from '../fixtures/hostile/cost-line-cases';
import {
  csvImportInput,
  expectApplyRefusedEverywhere,
  storeState,
  type BrowserHost,
  useEntryPoints,
  type EntryPoints,
} from './harness';

let session: WorkspaceSession;
let ipc: EntryPoints['ipc'];
let host: BrowserHost;
useEntryPoints((points) => ({ session, ipc, host } = points));

function fileInput(cost: (Pick<CostLineCase, 'cells'> & Partial<Pick<CostLineCase, 'extraRow'>>) | null) {
  const rows = { headers: COST_LINE_HEADERS, valid: VALID_COST_LINE, ...(cost ?? {}) };
  return csvImportInput('costLines' as const, rows, 'kosten.csv');
}

describe('the cost-line corpus', () => {
  it('accepts the valid row in a preview, so problems come from the hostile cells', async () => {
    const result = await invoke(session, 'imports.preview', fileInput(null), { lang: 'en' });
    expect(result).toMatchObject({ ok: true, value: { errorCount: 0, counts: { created: 1 } } });
  });
});

describe.each(COST_LINE_CASES.map((c) => [c.name, c] as const))('hostile cost line: %s', (_name, cost) => {
  const row = cost.row ?? 2;
  const location = `row ${row}, column "${cost.column}"`;

  it('is listed by the preview at its row and column', async () => {
    const before = storeState(session);
    const result = await invoke(session, 'imports.preview', fileInput(cost), { lang: 'en' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const preview = result.value as ImportPreview;
    expect(preview.errors.map((e) => [e.row, e.column, e.key])).toContainEqual([row, cost.column, cost.key]);
    expect(preview.rows.find((r) => r.row === row)?.status).toBe('invalid');
    expect(storeState(session)).toEqual(before);
  });

  it('is refused by apply through invoke, IPC and the browser host, naming row and column, writing nothing', async () => {
    await expectApplyRefusedEverywhere({ session, ipc, host }, fileInput(cost), location);
  });
});

describe('formula-like labels', () => {
  const storedLabel = (costId: string) =>
    session
      .file()
      .load()
      .plans.find((p) => p.id === 'zon-plan')
      ?.costs.find((c) => c.id === costId)?.label;

  it.each(INERT_LABELS.map((label, i) => [label, i] as const))(
    '%s is stored exactly, as inert text, through invoke, IPC and the browser host',
    async (label, i) => {
      const entryPoints: [string, (input: ReturnType<typeof fileInput>) => Promise<Result<unknown>>][] = [
        ['invoke', (input) => invoke(session, 'imports.apply', input, { lang: 'en' })],
        ['ipc', (input) => ipc('imports.apply', input)],
        ['http', async (input) => (await host.call('imports.apply', JSON.stringify(input))).result],
      ];
      for (const [via, apply] of entryPoints) {
        const costId = `formule-${i}-${via}`;
        const input = fileInput({ cells: { Kostenpost: costId, Omschrijving: label } });
        const preview = await invoke(session, 'imports.preview', input, { lang: 'en' });
        expect(preview).toMatchObject({ ok: true, value: { errorCount: 0 } });
        if (preview.ok) expect((preview.value as ImportPreview).rows[0]?.values['label']).toBe(label);
        expect(await apply(input)).toMatchObject({ ok: true, value: { counts: { created: 1 } } });
        expect(storedLabel(costId)).toBe(label);
      }
    },
  );
});
