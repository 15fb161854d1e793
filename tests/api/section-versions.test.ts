/**
 * Issue 17, no lost updates, for the writes beyond one list record: the procurement
 * section carries a version like the settings and `procurement.update` checks it; an
 * indicator edit that restates plans checks each plan against the version it was
 * restated from. A stale write is refused with `conflict` and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../src/api/context';
import { invoke } from '../../src/api/invoke';
import { plansWithConvertedOutputs } from '../../src/impact/denominator';
import type { IndicatorJson } from '../../src/model/indicator';
import type { PlanJson } from '../../src/model/plan';
import type { ProcurementJson } from '../../src/model/procurement';
import { workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();
const anna: CallContext = { lang: 'nl', user: { name: 'anna', role: 'editor' } };
const bob: CallContext = { lang: 'nl', user: { name: 'bob', role: 'editor' } };

async function call(name: string, input: unknown, context: CallContext = anna) {
  return invoke(harness.session, name, input, context);
}

async function ok<T>(name: string, input: unknown, context: CallContext = anna): Promise<T> {
  const result = await call(name, input, context);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

type Versioned<T> = T & { version: number };
const bare = <T>({ version: _version, ...record }: Versioned<T>): T => record as T;

async function imported(): Promise<void> {
  await ok('workspace.importJson', { text: JSON.stringify(workspaceJson()) }, { lang: 'nl' });
}

const section = (amount: number): ProcurementJson => ({
  volumes: { '2026': 1_000_000 },
  contracts: [{ year: 2026, cooperativeId: 'zon-oost', planId: 'zon-plan', amount }],
});

describe('the procurement section has a version the update checks', () => {
  it('answers the section with its version, raises it on every write, and refuses a stale one', async () => {
    await imported();
    const first = await ok<Versioned<ProcurementJson>>('procurement.update', { procurement: section(100) });
    expect(first.version).toBeGreaterThanOrEqual(1);
    expect(await ok('procurement.get', {})).toEqual(first);

    const second = await ok<Versioned<ProcurementJson>>(
      'procurement.update',
      { procurement: section(200), expectedVersion: first.version },
      bob,
    );
    expect(second.version).toBe(first.version + 1);

    // Anna still works from the first version: refused, naming Bob, nothing written.
    const stale = await call('procurement.update', {
      procurement: section(300),
      expectedVersion: first.version,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('conflict');
      expect(stale.error.message).toContain('bob');
    }
    expect(await ok('procurement.get', {})).toEqual(second);

    // Removing the section checks too, and answers null.
    const removing = await call('procurement.update', { procurement: null, expectedVersion: first.version });
    expect(removing.ok).toBe(false);
    expect(await ok('procurement.update', { procurement: null, expectedVersion: second.version })).toBeNull();
    expect(await ok('procurement.get', {})).toBeNull();
  });
});

describe('an indicator edit checks the plans it restates', () => {
  it('refuses plans restated from an older version, writing neither the indicator nor any plan', async () => {
    await imported();
    const [co2] = await ok<Versioned<IndicatorJson>[]>('indicators.list', {});
    const listed = await ok<Versioned<PlanJson>[]>('plans.list', {});
    const plan = listed.find((p) => (p.impacts ?? []).some((line) => line.indicatorId === co2!.id))!;
    const indicator = {
      ...bare(co2!),
      denominator: { value: 930_000, unit: 'inwoners', source: 'CBS', year: 2024 },
    };
    const restated = plansWithConvertedOutputs([bare(plan)], co2!.id, 1, 930_000);
    expect(restated).toHaveLength(1);

    // Bob renames the plan after Anna's editor read it.
    await ok(
      'plans.update',
      { plan: { ...bare(plan), name: 'Door Bob' }, expectedVersion: plan.version },
      bob,
    );

    const stale = await call('indicators.update', {
      indicator,
      plans: restated,
      expectedVersion: co2!.version,
      expectedPlanVersions: { [plan.id]: plan.version },
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('conflict');
      expect(stale.error.message).toContain('bob');
    }
    const [unchanged] = await ok<Versioned<IndicatorJson>[]>('indicators.list', {});
    expect(unchanged).toEqual(co2);
    const after = (await ok<Versioned<PlanJson>[]>('plans.list', {})).find((p) => p.id === plan.id)!;
    expect(after.name).toBe('Door Bob');
    expect(after.version).toBe(plan.version + 1);

    // Restated from the plan as it is now: both written, the plan keeps Bob's name.
    const fresh = plansWithConvertedOutputs([bare(after)], co2!.id, 1, 930_000);
    const done = await ok<Versioned<IndicatorJson>>('indicators.update', {
      indicator,
      plans: fresh,
      expectedVersion: co2!.version,
      expectedPlanVersions: { [plan.id]: after.version },
    });
    expect(done.version).toBe(co2!.version + 1);
    const written = (await ok<Versioned<PlanJson>[]>('plans.list', {})).find((p) => p.id === plan.id)!;
    expect(written).toMatchObject({ name: 'Door Bob', version: after.version + 1 });
  });

  it('refuses an expected plan version that is not a version, naming the field', async () => {
    await imported();
    const [co2] = await ok<Versioned<IndicatorJson>[]>('indicators.list', {});
    const answer = await call('indicators.update', {
      indicator: bare(co2!),
      plans: [],
      expectedPlanVersions: { 'zon-plan': 0 },
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid-input');
      expect(JSON.stringify(answer.error.issues)).toContain('expectedPlanVersions');
    }
  });
});
