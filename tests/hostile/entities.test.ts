/**
 * Every hostile case that sits inside one entity, through the contract's single-entity
 * operations (`settings.update`, `cooperatives.update`, `fundingStreams.update`,
 * `plans.update`, `scenarios.update`) via `invoke`, desktop IPC and the browser host.
 * NaN travels over IPC and `invoke` only: JSON cannot carry it.
 */
import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { WorkspaceSession } from '../../src/api/session';
import { parseWorkspaceText } from '../../src/model/parse';
import {
  ACCEPTED_LITERALLY,
  HOSTILE_CASES,
  entityCall,
  type EntityCall,
  type HostileCase,
} from '../fixtures/hostile/cases';
import { clone, workspaceJson } from '../helpers/builders';
import {
  expectNamesField,
  pathOptions,
  storeState,
  type BrowserHost,
  useEntryPoints,
  type EntryPoints,
} from './harness';

let session: WorkspaceSession;
let host: BrowserHost;
let ipc: EntryPoints['ipc'];
useEntryPoints((points) => ({ session, ipc, host } = points));

const entityCases = HOSTILE_CASES.flatMap((hostile): [string, HostileCase, EntityCall][] => {
  const call = entityCall(hostile);
  return call === null ? [] : [[hostile.name, hostile, call]];
});

describe('the corpus', () => {
  it('has at least 40 cases, each changing a workspace the app otherwise accepts', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(parseWorkspaceText(JSON.stringify(workspaceJson())).ok).toBe(true);
  });

  it('accepts the unchanged entities through the same operations, so refusals are the hostile value', async () => {
    const json = clone(workspaceJson());
    const calls: [string, unknown][] = [
      ['settings.update', { settings: json.settings }],
      ['cooperatives.update', { cooperative: json.cooperatives?.[0] }],
      ['fundingStreams.update', { stream: json.fundingStreams?.[0] }],
      ['fundingStreams.update', { stream: json.fundingStreams?.[1] }],
      ['plans.update', { plan: json.plans?.[0] }],
      ['scenarios.update', { scenario: json.scenarios?.[0] }],
    ];
    for (const [name, input] of calls) {
      expect(await invoke(session, name, input, { lang: 'en' }), name).toMatchObject({ ok: true });
    }
  });
});

describe.each(entityCases)('hostile entity: %s', (_name, hostile, call) => {
  it(`is refused by ${call.operation} through invoke, IPC and the browser host, writing nothing`, async () => {
    const before = storeState(session);
    const options = pathOptions(hostile);
    expectNamesField(await invoke(session, call.operation, call.input(), { lang: 'en' }), call.path, options);
    expectNamesField(await ipc(call.operation, call.input()), call.path, options);
    const text = call.text();
    if (text !== null) {
      const reply = await host.call(call.operation, text);
      expect(reply.status).toBe(200);
      expectNamesField(reply.result, call.path, options);
    }
    expect(storeState(session)).toEqual(before);
  });
});

// Formula and HTML text is a legitimate name ("=Zon" or "<Samen>" are harmless words);
// it is stored exactly and neutralised where shown: escaped in HTML and PDF
// (tests/e2e/report-payloads.test.ts), quoted in CSV and XLSX (src/reports/cell-safety.ts).
describe.each(ACCEPTED_LITERALLY.map((c) => [c.name, c] as const))(
  'payload text in a name: %s',
  (_name, payload) => {
    it('is stored exactly as typed, not altered', async () => {
      const cooperative = { ...clone(workspaceJson()).cooperatives![0]!, name: payload.text };
      expect(await ipc('cooperatives.update', { cooperative })).toMatchObject({ ok: true });
      const listed = await invoke(session, 'cooperatives.list', {}, { lang: 'en' });
      expect(listed).toMatchObject({ ok: true, value: [{ name: payload.text }] });
    });
  },
);
