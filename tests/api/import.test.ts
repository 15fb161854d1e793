import { describe, expect, it } from 'vitest';
import type { Services } from '../../src/api/context';
import type { ImportPreview } from '../../src/contract/import-operations';
import { invoke } from '../../src/api/invoke';
import { MAX_IMPORT_BYTES } from '../../src/imports';
import type { WorkspaceBackend, Writer } from '../../src/storage/backend';
import { csvText, xlsxBytes } from '../imports/builders';
import { useSession } from '../helpers/session';

const harness = useSession();
const nl = { lang: 'nl' as const };

const base64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64');

const COOPS = csvText([
  ['Id', 'Naam', 'Sector', 'Rechtsvorm', 'Fase', 'Leden'],
  ['zorg-west', 'Zorg West', 'zorg', 'stichting', 'idee', '12'],
  ['wonen-zuid', 'Wonen Zuid', 'wonen', 'vereniging', 'groei', '1.200'],
]);

function coopsInput(text = COOPS) {
  return { fileName: 'coops.csv', contentBase64: base64(text), kind: 'cooperatives' as const };
}

/** What a refused import must leave alone: the content and the time of the last save. */
async function state(services: Services = harness.session) {
  const store = services.store();
  return { workspace: JSON.stringify(await store.load()), lastSavedAt: (await store.meta()).lastSavedAt };
}

async function preview(input: Record<string, unknown>): Promise<ImportPreview> {
  const result = await invoke(harness.session, 'imports.preview', input, nl);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportPreview;
}

describe('spreadsheet import through the contract', () => {
  it('previews a file: headers, suggested mapping, rows and counts, and writes nothing', async () => {
    const before = await state();
    const answer = await preview(coopsInput());
    expect(answer).toMatchObject({
      kind: 'cooperatives',
      mode: 'add',
      fileType: 'csv',
      separator: ';',
      numberFormat: 'nl',
      headers: ['Id', 'Naam', 'Sector', 'Rechtsvorm', 'Fase', 'Leden'],
      mapping: {
        id: 'Id',
        name: 'Naam',
        sector: 'Sector',
        legalForm: 'Rechtsvorm',
        stage: 'Fase',
        members: 'Leden',
      },
      counts: { rows: 2, created: 2, updated: 0, unchanged: 0 },
      errors: [],
      errorCount: 0,
    });
    expect(answer.suggestedMapping).toEqual(answer.mapping);
    expect(answer.rows[1]).toEqual({
      row: 3,
      status: 'new',
      values: {
        id: 'wonen-zuid',
        name: 'Wonen Zuid',
        sector: 'wonen',
        legalForm: 'vereniging',
        stage: 'groei',
        members: '1.200',
      },
    });
    expect(answer.fields.find((f) => f.field === 'legalForm')).toEqual({
      field: 'legalForm',
      required: true,
      header: { nl: 'Rechtsvorm', en: 'Legal form' },
    });
    expect(await state()).toEqual(before);
  });

  it('applies cooperatives from a workbook; they are in the store', async () => {
    const bytes = await xlsxBytes({
      Leeg: [],
      Coöperaties: [
        ['Coöperatie-id', 'Naam', 'Sector', 'Rechtsvorm', 'Fase', 'Leden', 'Wijk'],
        ['zorg-west', 'Zorg West', 'Zorg', 'Stichting', 'Idee', 12, '=Noord'],
      ],
    });
    const input = {
      fileName: 'coops.xlsx',
      contentBase64: base64(bytes),
      kind: 'cooperatives',
      sheet: 'Coöperaties',
      mode: 'add',
    };
    const applied = await invoke(harness.session, 'imports.apply', input, nl);
    expect(applied).toEqual({
      ok: true,
      value: {
        kind: 'cooperatives',
        mode: 'add',
        counts: { rows: 1, created: 1, updated: 0, unchanged: 0 },
        // Only a cost-line import makes plans.
        newPlans: [],
      },
    });
    const stored = harness.session
      .file()
      .load()
      .cooperatives.find((c) => c.id === 'zorg-west');
    expect(stored).toEqual({
      id: 'zorg-west',
      name: 'Zorg West',
      sector: 'care',
      district: '=Noord',
      legalForm: 'stichting',
      stage: 'idea',
      members: 12,
      partnership: 'none',
      priorStateAid: [],
      sgei: false,
      // A spreadsheet row carries no path through the incubator: empty history and hours.
      stageHistory: [],
      coachingHours: [],
    });
  });

  it('applies funding streams from a comma-separated file in English notation', async () => {
    const text = csvText(
      [
        ['Id', 'Name', 'Silo', 'Kind', 'Public', 'Budget per year', 'Award probability'],
        ['city-fund', 'City fund', 'city', 'grant', 'yes', '1,250,000.50', '75%'],
      ],
      ',',
    );
    const input = {
      fileName: 'streams.csv',
      contentBase64: base64(text),
      kind: 'fundingStreams',
      mode: 'add',
      numberFormat: 'en',
    };
    expect(await invoke(harness.session, 'imports.apply', input, nl)).toMatchObject({ ok: true });
    const stream = harness.session
      .file()
      .load()
      .fundingStreams.find((s) => s.id === 'city-fund');
    expect(stream).toMatchObject({
      budgetPerYear: 125_000_050,
      awardProbability: 0.75,
      public: true,
      kind: 'grant',
    });
  });

  it('applies cost lines to an existing plan', async () => {
    const text = csvText([
      ['Plan', 'Kostenpost', 'Categorie', 'Omschrijving', 'Jaar', 'Bedrag'],
      ['zon-plan', 'opleiding', 'opleiding', 'Cursus installateur', '2027', '2.500'],
      ['zon-plan', 'opleiding', 'opleiding', 'Cursus installateur', '2028', '2.500'],
    ]);
    const input = { fileName: 'kosten.csv', contentBase64: base64(text), kind: 'costLines', mode: 'add' };
    expect(await invoke(harness.session, 'imports.apply', input, nl)).toMatchObject({
      ok: true,
      value: { counts: { rows: 2, created: 1 } },
    });
    const plan = harness.session.file().load().plans[0]!;
    expect(plan.costs.at(-1)).toEqual({
      id: 'opleiding',
      category: 'training',
      label: 'Cursus installateur',
      amounts: { '2027': 250_000, '2028': 250_000 },
    });
  });

  it('refuses an apply with any problem, every problem located, and writes nothing', async () => {
    const before = await state();
    const text = csvText([
      ['Id', 'Naam', 'Sector', 'Rechtsvorm', 'Fase', 'Leden'],
      ['goed', 'Goed', 'zorg', 'stichting', 'idee', '12'],
      ['zon-oost', 'Bestaat al', 'zorg', 'stichting', 'idee', '12'],
      ['fout', 'Fout', 'zorg', 'stichting', 'idee', 'twaalf'],
    ]);
    const result = await invoke(harness.session, 'imports.apply', { ...coopsInput(text), mode: 'add' }, nl);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.map((i) => [i.pathText, i.key, i.message])).toEqual([
      [
        'rij 3, kolom "Id"',
        'invalid',
        '"zon-oost" bestaat al; kies "toevoegen en bijwerken" om het bij te werken',
      ],
      ['rij 4, kolom "Leden"', 'expectedNumber', 'moet een getal zijn'],
    ]);
    expect(result.error.issues?.[1]?.params).toEqual({
      row: 4,
      column: 'Leden',
      field: 'members',
      importKey: 'expectedNumber',
    });
    expect(result.error.message).toContain('rij 4, kolom "Leden": moet een getal zijn');
    expect(await state()).toEqual(before);
  });

  it('checks again on apply: what changed since the preview is seen', async () => {
    expect((await preview(coopsInput())).errors).toEqual([]);
    const created = await invoke(
      harness.session,
      'cooperatives.create',
      {
        cooperative: {
          id: 'zorg-west',
          name: 'Al aangemaakt',
          sector: 'care',
          legalForm: 'stichting',
          stage: 'idea',
          members: 1,
        },
      },
      nl,
    );
    expect(created.ok).toBe(true);
    const result = await invoke(harness.session, 'imports.apply', { ...coopsInput(), mode: 'add' }, nl);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ params: { row: 2, importKey: 'existsInWorkspace' } }] },
    });
  });

  it('is one transaction: when the store fails on the second write, nothing is written', async () => {
    const real = harness.session.store();
    // The store as the handler sees it (invoke binds the writer with `as`, so that answers the
    // same), except that a write the store refuses is slipped in second.
    const failingOf = (backend: WorkspaceBackend): WorkspaceBackend =>
      new Proxy(backend, {
        get(target, property) {
          if (property === 'as') return (writer: Writer) => failingOf(target.as(writer));
          if (property === 'writeBatch') {
            return (prepare: Parameters<WorkspaceBackend['writeBatch']>[0]) =>
              target.writeBatch((current) => {
                const [first, ...rest] = prepare(current);
                const ghost = { ...current.plans[0]!, id: 'bestaat-niet' };
                return [first!, { op: 'updatePlan', plan: ghost }, ...rest];
              });
          }
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const failing = failingOf(real);
    const services: Services = { store: () => failing };
    const before = await state(services);
    const result = await invoke(services, 'imports.apply', { ...coopsInput(), mode: 'add' }, nl);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await state(services)).toEqual(before);
    expect((await real.load()).cooperatives.map((c) => c.id)).toEqual(['zon-oost']);
  });

  it('answers a file it cannot read with a problem on the file in the preview, and refuses to apply it', async () => {
    const input = { fileName: 'werkruimte.json', contentBase64: base64('{}'), kind: 'cooperatives' };
    const answer = await preview(input);
    expect(answer.errors).toEqual([
      {
        row: null,
        column: null,
        field: null,
        key: 'unsupportedFile',
        message: 'kies een Excel-werkmap (.xlsx) of een CSV-bestand (.csv)',
      },
    ]);
    const applied = await invoke(harness.session, 'imports.apply', { ...input, mode: 'add' }, nl);
    expect(applied).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ pathText: 'bestand' }] },
    });
  });

  it('refuses a file over 10 MB in words, and content that is not base64 at the schema', async () => {
    const big = {
      fileName: 'groot.csv',
      contentBase64: 'A'.repeat(Math.ceil(((MAX_IMPORT_BYTES + 3) * 4) / 3)),
      kind: 'cooperatives',
    };
    expect((await preview(big)).errors[0]?.message).toBe('bestand is groter dan 10 MB');
    const bad = await invoke(
      harness.session,
      'imports.preview',
      { ...coopsInput(), contentBase64: '%%%' },
      nl,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('lists a sheet that does not exist with the sheets there are', async () => {
    const bytes = await xlsxBytes({ Eerste: [['Id'], ['a']], Tweede: [['Id'], ['b']] });
    const answer = await preview({
      fileName: 'w.xlsx',
      contentBase64: base64(bytes),
      kind: 'cooperatives',
      sheet: 'Derde',
    });
    expect(answer.sheets).toEqual(['Eerste', 'Tweede']);
    expect(answer.errors.map((e) => e.key)).toEqual(['sheetNotFound']);
  });
});
