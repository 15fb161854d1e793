import { describe, expect, it } from 'vitest';
import type { BudgetCycleJson } from '../../src/contract';
import { invoke } from '../../src/api/invoke';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();
const nl = { lang: 'nl' as const };

describe('portfolio.budgetCycle', () => {
  it("answers in euros with the builders' workspace: the fund is one-off, the loan structural", async () => {
    const json = clone(workspaceJson());
    json.fundingStreams![1]!.budgetNature = 'structural';
    const imported = await invoke(
      harness.session,
      'workspace.importJson',
      { text: JSON.stringify(json) },
      nl,
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const answer = await invoke(harness.session, 'portfolio.budgetCycle', { scenarioId: 'basis' }, nl);
    if (!answer.ok) throw new Error(answer.error.message);
    const cycle = answer.value as BudgetCycleJson;
    expect(cycle.scenarioId).toBe('basis');
    expect(cycle.silos.map((s) => s.silo).sort()).toEqual(['gemeente-klimaat', 'impact-lender']);
    const klimaat = cycle.cells.filter((c) => c.silo === 'gemeente-klimaat');
    expect(klimaat.every((c) => c.structural === 0 && c.oneOff > 0)).toBe(true);
    const lender = cycle.cells.filter((c) => c.silo === 'impact-lender');
    expect(lender.every((c) => c.oneOff === 0)).toBe(true);
    // The plan's last year (2028) has no cost on its continuing line (team: 2026 only), so it needs nothing.
    expect(cycle.plans).toEqual([
      expect.objectContaining({ planId: 'zon-plan', lastYear: 2028, need: 0, oneOffShare: null }),
    ]);
  });

  it('names an unknown scenario as bad input', async () => {
    const answer = await invoke(harness.session, 'portfolio.budgetCycle', { scenarioId: 'nergens' }, nl);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('nergens');
  });
});
