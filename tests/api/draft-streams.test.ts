import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { FundingStreamJson } from '../../src/model/stream';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

// A draft funds nothing, so the host never lets a stream with locked amounts become one:
// the workspace would hold amounts no blend can pay (and fail its own check on export).

const harness = useSession();
const nl = { lang: 'nl' as const };

function stream(id: string): FundingStreamJson {
  return clone(workspaceJson().fundingStreams!.find((s) => s.id === id)!);
}

async function exported(): Promise<string> {
  const result = await invoke(harness.session, 'workspace.exportJson', {}, nl);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { text: string }).text;
}

describe('draft streams through the contract', () => {
  it('refuses to make a stream with locked amounts a draft, naming the plan, and writes nothing', async () => {
    const before = await exported();
    const answer = await invoke(
      harness.session,
      'fundingStreams.update',
      { stream: { ...stream('klimaatfonds'), draft: true } },
      nl,
    );
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.issues?.map((i) => [i.pathText, i.key])).toEqual([
      ['stream.draft', 'draftWithLocks'],
    ]);
    expect(answer.error.message).toContain('"Zonnedaken" hebben er vastgezette bedragen op');
    expect(await exported()).toBe(before);
  });

  it('refuses to delete a stream still in use, naming plans and scenarios by name, never ids or the file', async () => {
    const before = await exported();
    const answer = await invoke(harness.session, 'fundingStreams.delete', { id: 'klimaatfonds' }, nl);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('in-use');
    expect(answer.error.message).toBe(
      'financieringsbron "Klimaatfonds" wordt nog gebruikt: vastgezette bedragen of aanvragen in "Zonnedaken", een factor in scenario\'s "Basis". Haal het daar eerst weg; er is niets verwijderd.',
    );
    expect(answer.error.message).not.toMatch(/klimaatfonds|zon-plan|\.coopfolio|\//);
    expect(await exported()).toBe(before);
  });

  it('deletes a stream nothing refers to, and says where it stood', async () => {
    const created = await invoke(
      harness.session,
      'fundingStreams.create',
      { stream: { ...stream('buurtlening'), id: 'los', name: 'Losse regeling' } },
      nl,
    );
    expect(created.ok).toBe(true);
    const removed = await invoke(harness.session, 'fundingStreams.delete', { id: 'los' }, nl);
    expect(removed).toMatchObject({ ok: true, value: { stream: { id: 'los' }, position: 2 } });
  });

  it('leaves a draft out of the budget the overview counts', async () => {
    const info = async () => {
      const result = await invoke(harness.session, 'workspace.info', {}, nl);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { budgetFirstYear: number; unlimitedStreams: number };
    };
    const before = await info();
    const unlimited = { ...stream('klimaatfonds'), id: 'open', name: 'Open regeling', draft: true };
    delete unlimited.budgetPerYear;
    const budgeted = {
      ...stream('klimaatfonds'),
      id: 'ruim',
      name: 'Ruime regeling',
      draft: true,
      budgetPerYear: 9e6,
    };
    for (const concept of [unlimited, budgeted]) {
      expect((await invoke(harness.session, 'fundingStreams.create', { stream: concept }, nl)).ok).toBe(true);
    }
    expect(await info()).toMatchObject({
      budgetFirstYear: before.budgetFirstYear,
      unlimitedStreams: before.unlimitedStreams,
    });
  });

  it('stores a new stream as a draft and marks it ready again, exporting "draft" both ways', async () => {
    const concept = { ...stream('buurtlening'), id: 'nieuw', name: 'Nieuwe regeling', draft: true };
    expect((await invoke(harness.session, 'fundingStreams.create', { stream: concept }, nl)).ok).toBe(true);
    const drafted = JSON.parse(await exported());
    expect(drafted.fundingStreams.find((s: FundingStreamJson) => s.id === 'nieuw').draft).toBe(true);
    expect(drafted.fundingStreams.find((s: FundingStreamJson) => s.id === 'klimaatfonds').draft).toBe(false);
    const ready = await invoke(
      harness.session,
      'fundingStreams.update',
      { stream: { ...concept, draft: false } },
      nl,
    );
    expect(ready.ok).toBe(true);
    const after = JSON.parse(await exported());
    expect(after.fundingStreams.find((s: FundingStreamJson) => s.id === 'nieuw').draft).toBe(false);
  });
});
