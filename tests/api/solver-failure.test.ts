// A blend whose solver fails must reach every host as `solver-failed` with the solver's
// words, not as "internal error": the whole path through invoke, with HiGHS made to fail.
import { describe, expect, it, vi } from 'vitest';
import { invoke } from '../../src/api/invoke';
import { SolverError } from '../../src/finance/blend/highs-model';
import type * as HighsSolver from '../../src/finance/blend/highs-solver';
import { useSession } from '../helpers/session';

vi.mock('../../src/finance/blend/highs-solver', async (importOriginal) => ({
  ...(await importOriginal<typeof HighsSolver>()),
  solveFormulation: () => {
    throw new SolverError('the solver stopped without an optimal blend (status 8)');
  },
}));

const harness = useSession();

describe('a solver failure through invoke', () => {
  it('answers plans.blend with solver-failed and the solver words, in the caller language', async () => {
    const nl = await invoke(harness.session, 'plans.blend', { planId: 'zon-plan' }, { lang: 'nl' });
    expect(nl).toMatchObject({ ok: false, error: { code: 'solver-failed' } });
    const message = nl.ok ? '' : nl.error.message;
    expect(message).toContain('De financieringsmix kon niet worden berekend');
    expect(message).toContain('status 8');
    const en = await invoke(harness.session, 'plans.blend', { planId: 'zon-plan' }, { lang: 'en' });
    expect(en.ok ? '' : en.error.message).toContain('The funding blend could not be computed');
  });
});
