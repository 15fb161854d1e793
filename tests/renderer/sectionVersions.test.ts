/**
 * Issue 17 in the renderer, for the procurement section and the plans an indicator edit
 * restates: the section's version is kept beside it and sent as `expectedVersion`; an
 * indicator update sends the version each restated plan came with.
 */
import { describe, expect, it } from 'vitest';
import { indicatorUpdate } from '../../renderer/src/screens/indicators/indicatorEdits';
import { procurementUpdate } from '../../renderer/src/screens/procurement/procurementEdits';
import { expectedVersionOf, recordIn, startingFrom, targetOf } from '../../renderer/src/state/editTarget';
import { PROCUREMENT_ID, versionSeen } from '../../renderer/src/state/recordVersions';
import { runEdit } from '../../renderer/src/state/runEdit';
import type { IndicatorJson } from '../../src/model/indicator';
import type { PlanJson } from '../../src/model/plan';
import type { ProcurementJson } from '../../src/model/procurement';
import { answeringHost, loadedFrom, type Sent } from './answeringHost';

const section = (amount: number): ProcurementJson => ({
  volumes: { '2026': 1_000_000 },
  contracts: [{ year: 2026, cooperativeId: 'oost', amount }],
});
const plan = (name: string): PlanJson => ({
  id: 'zon',
  cooperativeId: 'oost',
  name,
  startYear: 2026,
  years: 2,
  costs: [],
});
const indicator = (label: string): IndicatorJson => ({
  id: 'co2',
  label,
  dimension: 'climate-change',
  kind: 'ceiling',
  unit: 't',
  baseline: { year: 2024, value: 10, source: 'x', date: '2025-01-01' },
  threshold: 1,
  thresholdSource: 'x',
});

function fakeHost(sent: Sent = []) {
  const answers: Record<string, unknown> = {
    'workspace.info': { fileName: 'w.coopfolio' },
    'settings.get': { startYear: 2026, version: 1 },
    'cooperatives.list': [],
    'fundingStreams.list': [],
    'plans.list': [{ ...plan('Zon'), version: 7 }],
    'indicators.list': [{ ...indicator('CO2'), version: 2 }],
    'scenarios.list': [],
    'procurement.get': { ...section(100), version: 5 },
    'procurement.update': { ...section(200), version: 6 },
    'indicators.update': { ...indicator('CO2 nieuw'), version: 3 },
  };
  return answeringHost(answers, sent);
}

const loaded = () => loadedFrom(fakeHost().api);

describe('the procurement section', () => {
  it('reaches the screen without its version, known beside it', async () => {
    const data = await loaded();
    expect(data.procurement).toEqual(section(100));
    expect(data.versions.procurement.get(PROCUREMENT_ID)).toBe(5);
    expect(versionSeen(data.procurement)).toBe(5);
  });

  it('is the record a procurement edit checks: the version it started from, and theirs on a conflict', async () => {
    const data = await loaded();
    const edit = procurementUpdate(section(200), data.procurement);
    expect(targetOf(edit)).toMatchObject({ kind: 'procurement', id: PROCUREMENT_ID, mine: section(200) });
    expect(expectedVersionOf(edit, data.versions)).toBe(5);
    expect(recordIn(data, { kind: 'procurement', id: PROCUREMENT_ID })).toBe(data.procurement);
    expect(startingFrom(procurementUpdate(section(300), section(1)), data)).toMatchObject({
      previous: data.procurement,
    });
  });

  it('sends expectedVersion beside the section and answers the new version', async () => {
    const { api, sent } = fakeHost();
    const data = await loaded();
    const result = await runEdit(api, procurementUpdate(section(200), data.procurement), 5);
    expect(result).toMatchObject({ ok: true, value: { version: 6 } });
    expect(sent.at(-1)).toEqual({
      name: 'procurement.update',
      input: { procurement: section(200), expectedVersion: 5 },
    });
  });
});

describe('an indicator edit that restates plans', () => {
  it('sends the version each restated plan came with', async () => {
    const { api, sent } = fakeHost();
    const data = await loaded();
    const restated = { ...data.plans[0]!, name: 'Zon omgerekend' };
    const edit = indicatorUpdate(indicator('CO2 nieuw'), data.indicators[0]!, [restated], [data.plans[0]!]);
    expect(await runEdit(api, edit, 2)).toMatchObject({ ok: true, value: { version: 3 } });
    expect(sent.at(-1)).toEqual({
      name: 'indicators.update',
      input: {
        indicator: indicator('CO2 nieuw'),
        plans: [restated],
        expectedVersion: 2,
        expectedPlanVersions: { zon: 7 },
      },
    });
  });

  it('sends no plan versions for plans the app built itself (undo), rather than guessing', async () => {
    const { api, sent } = fakeHost();
    const edit = indicatorUpdate(indicator('CO2'), indicator('CO2 nieuw'), [plan('Zon')], [plan('Zon 2')]);
    await runEdit(api, edit, 3);
    expect(sent.at(-1)?.input).toEqual({
      indicator: indicator('CO2'),
      plans: [plan('Zon')],
      expectedVersion: 3,
    });
  });
});
