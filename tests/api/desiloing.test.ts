import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { ScenarioJson } from '../../src/model/scenario';
import type { FundingStreamJson } from '../../src/model/stream';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

// A scenario that pools silos through the contract: checked at its field, and the silos
// it pools cannot disappear under it (the workspace would fail its own check on export).

const harness = useSession();
const nl = { lang: 'nl' as const };
const en = { lang: 'en' as const };

function basis(silos: string[]): ScenarioJson {
  return { ...clone(workspaceJson().scenarios![0]!), desiloing: { silos } };
}

function stream(id: string): FundingStreamJson {
  return clone(workspaceJson().fundingStreams!.find((s) => s.id === id)!);
}

describe('de-siloing through the contract', () => {
  it('refuses an unknown silo at its place in the list, and saves two known ones', async () => {
    const refused = await invoke(
      harness.session,
      'scenarios.update',
      { scenario: basis(['gemeente-klimaat', 'zorgkantoor']) },
      en,
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.issues?.map((i) => [i.pathText, i.key])).toEqual([
      ['scenario.desiloing.silos[1]', 'unknownSilo'],
    ]);
    const saved = await invoke(
      harness.session,
      'scenarios.update',
      { scenario: basis(['gemeente-klimaat', 'impact-lender']) },
      en,
    );
    expect(saved.ok).toBe(true);
  });

  it('keeps the last stream of a pooled silo in it and refuses to delete it, naming the scenario', async () => {
    await invoke(
      harness.session,
      'scenarios.update',
      { scenario: basis(['gemeente-klimaat', 'impact-lender']) },
      nl,
    );
    const moved = await invoke(
      harness.session,
      'fundingStreams.update',
      { stream: { ...stream('buurtlening'), silo: 'elders' } },
      nl,
    );
    expect(moved.ok).toBe(false);
    if (moved.ok) return;
    expect(moved.error.issues?.map((i) => [i.pathText, i.key])).toEqual([['stream.silo', 'siloPooled']]);
    expect(moved.error.message).toContain('"Basis"');
    const deleted = await invoke(harness.session, 'fundingStreams.delete', { id: 'buurtlening' }, nl);
    expect(deleted.ok).toBe(false);
    if (deleted.ok) return;
    expect(deleted.error.code).toBe('in-use');
    expect(deleted.error.message).toContain('de ontschotting van zijn schot in scenario\'s "Basis"');
  });
});
