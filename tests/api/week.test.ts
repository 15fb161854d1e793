import { describe, expect, it } from 'vitest';
import type { Services } from '../../src/api/context';
import { invoke } from '../../src/api/invoke';
import type { WeekAgendaJson } from '../../src/contract';
import { localIsoDate } from '../../src/model/award-week';
import { clone, workspaceJson } from '../helpers/builders';
import { useSession } from '../helpers/session';

const harness = useSession();
const en = { lang: 'en' as const };

/** The session with its clock set to noon (local time) of `iso`. */
function at(iso: string): Services {
  const session = harness.session;
  return { store: () => session.store(), clock: () => new Date(`${iso}T12:00:00`) };
}

/**
 * Two cooperatives, one with a coach; streams with and without a decision time and a
 * closing date; awards in every status, some of them due around 2026-05-01.
 */
function weekWorkspace() {
  const json = clone(workspaceJson());
  const zon = json.cooperatives![0]!;
  json.cooperatives = [
    { ...zon, coach: 'Fatma Yılmaz' },
    { ...zon, id: 'zorg', name: 'Zorg Samen', sector: 'care', priorStateAid: [] },
  ];
  json.fundingStreams = [
    { ...json.fundingStreams![0]!, decisionWeeks: 6, applicationDeadline: '2026-05-10' },
    json.fundingStreams![1]!,
    {
      id: 'fonds',
      name: 'Fonds Wijk',
      silo: 'fonds',
      kind: 'grant',
      public: true,
      applicationDeadline: '2026-06-30',
    },
  ];
  const plan = json.plans![0]!;
  plan.awards = [
    // Applied 2026-03-01, six weeks: expected by 2026-04-12, still waiting.
    { streamId: 'klimaatfonds', status: 'applied', requested: 45000, appliedOn: '2026-03-01' },
    // Granted, report due in 10 days.
    {
      streamId: 'buurtlening',
      status: 'granted',
      granted: 100000.5,
      decidedOn: '2026-01-10',
      reference: 'BL-12',
      reportDue: '2026-05-11',
    },
    // Closes after the horizon: not listed.
    { streamId: 'fonds', status: 'idea' },
  ];
  const other = {
    ...clone(plan),
    id: 'zorg-plan',
    name: 'Zorg thuis',
    cooperativeId: 'zorg',
    locked: [],
    awards: [
      // The stream gives no decision time: eight weeks from 2026-02-20 is 2026-04-17.
      { streamId: 'buurtlening', status: 'applied' as const, appliedOn: '2026-02-20' },
      // Its round closes in nine days.
      { streamId: 'klimaatfonds', status: 'idea' as const, requested: 20000 },
      // Report overdue but settled: done, not listed.
      {
        streamId: 'fonds',
        status: 'settled' as const,
        granted: 5000,
        decidedOn: '2025-03-01',
        reportDue: '2026-01-31',
      },
    ],
  };
  json.plans = [plan, other];
  return json;
}

async function load(json: unknown) {
  const imported = await invoke(harness.session, 'workspace.importJson', { text: JSON.stringify(json) }, en);
  if (!imported.ok) throw new Error(imported.error.message);
}

async function week(services: Services): Promise<WeekAgendaJson> {
  const result = await invoke(services, 'awards.week', {}, en);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as WeekAgendaJson;
}

describe('the week view through the contract', () => {
  it('lists reports due, decisions awaited too long and rounds about to close, per coach', async () => {
    await load(weekWorkspace());
    const agenda = await week(at('2026-05-01'));
    expect(agenda.today).toBe('2026-05-01');
    expect(agenda.horizonDays).toBe(14);
    expect(agenda.groups.map((g) => g.coach)).toEqual(['Fatma Yılmaz', null]);
    const brief = (group: number) =>
      agenda.groups[group]!.items.map((i) => [i.kind, i.planId, i.streamId, i.date, i.days]);
    expect(brief(0)).toEqual([
      ['decisionOverdue', 'zon-plan', 'klimaatfonds', '2026-04-12', -19],
      ['reportDue', 'zon-plan', 'buurtlening', '2026-05-11', 10],
    ]);
    expect(brief(1)).toEqual([
      ['decisionOverdue', 'zorg-plan', 'buurtlening', '2026-04-17', -14],
      ['windowClosing', 'zorg-plan', 'klimaatfonds', '2026-05-10', 9],
    ]);
    // Amounts in euros: granted for a report, asked for otherwise.
    expect(agenda.groups[0]!.items[1]).toMatchObject({
      amount: 100000.5,
      reference: 'BL-12',
      status: 'granted',
    });
    expect(agenda.groups[0]!.items[0]).toMatchObject({
      amount: 45000,
      decisionWeeks: 6,
      decisionWeeksDefault: false,
    });
    expect(agenda.groups[1]!.items[0]).toMatchObject({
      amount: null,
      decisionWeeks: 8,
      decisionWeeksDefault: true,
    });
  });

  it('follows the host’s clock: earlier, nothing is late yet', async () => {
    await load(weekWorkspace());
    const agenda = await week(at('2026-04-01'));
    expect(agenda.groups).toEqual([]);
    // Without an injected clock the host's own date is used.
    expect((await week(harness.session)).today).toBe(localIsoDate(new Date()));
  });
});
