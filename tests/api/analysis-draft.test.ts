import { describe, expect, it } from 'vitest';
import { planAnalysisSchema, type PlanAnalysis } from '../../src/contract';
import type { CallContext } from '../../src/api/context';
import { invoke } from '../../src/api/invoke';
import { useDemoSession } from '../helpers/session';

/** plans.analysis with a `draft`: the plan builder's blend of an edit whose save is still on its way. */
const demo = useDemoSession();

const en: CallContext = { lang: 'en' };

async function analyse(input: Record<string, unknown>): Promise<PlanAnalysis> {
  const result = await invoke(demo.session, 'plans.analysis', input, en);
  if (!result.ok) throw new Error(result.error.message);
  return planAnalysisSchema.parse(result.value);
}

/** The stored plan as the wire carries it (euros), without its version. */
async function storedPlan(
  id: string,
): Promise<Record<string, unknown> & { costs: { id: string; amounts: Record<string, number> }[] }> {
  const result = await invoke(demo.session, 'plans.list', {}, en);
  if (!result.ok) throw new Error(result.error.message);
  const found = (result.value as unknown as { id: string; version: number }[]).find((p) => p.id === id);
  if (found === undefined) throw new Error(`no plan ${id}`);
  const { version: _version, ...plan } = found;
  return plan as unknown as Awaited<ReturnType<typeof storedPlan>>;
}

describe('plans.analysis with a draft', () => {
  it('blends the draft in place of the stored plan and writes nothing', async () => {
    const before = await analyse({ planId: 'zon-op-oost' });
    const plan = await storedPlan('zon-op-oost');
    const draft = {
      ...plan,
      costs: plan.costs.map((cost) =>
        cost.id === 'pv'
          ? { ...cost, amounts: { ...cost.amounts, '2026': cost.amounts['2026']! + 2_000_000 } }
          : cost,
      ),
    };
    const drafted = await analyse({ planId: 'zon-op-oost', draft });
    expect(drafted.totalCost).toBeCloseTo(before.totalCost + 2_000_000, 2);
    // Two million more than the caps allow: the gap grows, as after the saved edit (tests/e2e/plan-builder).
    expect(drafted.gap).toBeGreaterThan(before.gap);
    // Nothing was written: the stored plan and its blend are as before.
    expect(await storedPlan('zon-op-oost')).toEqual(plan);
    expect((await analyse({ planId: 'zon-op-oost' })).totalCost).toBeCloseTo(before.totalCost, 2);
  });

  it('blends the draft under the id planId names, whatever id the draft carries', async () => {
    const plan = await storedPlan('zonnedak-noord');
    const stored = await analyse({ planId: 'zonnedak-noord' });
    const drafted = await analyse({ planId: 'zonnedak-noord', draft: { ...plan, id: 'elders' } });
    expect(drafted.totalCost).toBeCloseTo(stored.totalCost, 2);
    expect(drafted.gap).toBeCloseTo(stored.gap, 2);
  });

  it('refuses a draft that does not fit the workspace, naming the field under draft', async () => {
    const plan = await storedPlan('zon-op-oost');
    const result = await invoke(
      demo.session,
      'plans.analysis',
      { planId: 'zon-op-oost', draft: { ...plan, cooperativeId: 'bestaat-niet' } },
      en,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.map((issue) => issue.path)).toContainEqual(['draft', 'cooperativeId']);
    expect(result.error.message).toContain('bestaat-niet');
  });

  it('refuses a draft that is not a plan, naming the field', async () => {
    const plan = await storedPlan('zon-op-oost');
    const result = await invoke(
      demo.session,
      'plans.analysis',
      { planId: 'zon-op-oost', draft: { ...plan, costs: 'veel' } },
      en,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.[0]?.path[0]).toBe('draft');
  });
});
