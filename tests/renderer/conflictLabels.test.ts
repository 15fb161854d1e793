/**
 * The conflict dialog names a differing field as the editors do, Dutch first: a plan's
 * cost amount is "Kostenregel 3 · 2027", a stream's `minAward` "Minimale toekenning".
 * A path no form labels is spelled out, never shown as code and never a crash.
 */
import { describe, expect, it } from 'vitest';
import { fieldLabel, namesOf, type LabelLookup } from '../../renderer/src/screens/conflict/fieldLabel';
import en from '../../src/i18n/locales/en/ui.json';
import nl from '../../src/i18n/locales/nl/ui.json';

/** The `ui` texts as i18next gives them: only strings are labels; `{{name}}` filled from vars. */
function lookupIn(resources: unknown): LabelLookup {
  return (key, vars) => {
    let here: unknown = resources;
    for (const part of key.split('.')) {
      const table = here as Record<string, unknown>;
      here =
        typeof here === 'object' && here !== null && Object.hasOwn(table, part) ? table[part] : undefined;
    }
    if (typeof here !== 'string') return undefined;
    return here.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(vars?.[name] ?? whole));
  };
}

const dutch = lookupIn(nl);
const english = lookupIn(en);

describe('the conflict dialog names fields as the editors do', () => {
  it('names a plan cost amount by its line and year, in Dutch and English', () => {
    expect(fieldLabel('plan', ['costs', 2, 'amounts', '2027'], dutch)).toBe('Kostenregel 3 · 2027');
    expect(fieldLabel('plan', ['costs', 2, 'amounts', '2027'], english)).toBe('Cost line 3 · 2027');
    expect(fieldLabel('plan', ['costs', 0, 'label'], dutch)).toBe('Kostenregel 1 · Omschrijving');
    expect(fieldLabel('plan', ['name'], dutch)).toBe('Naam van het plan');
    expect(fieldLabel('plan', ['impacts', 1, 'deadweight'], dutch)).toBe('Impactregel 2 · Deadweight');
    expect(fieldLabel('plan', ['awards', 0, 'granted'], dutch)).toBe('Aanvraag 1 · Toegekend bedrag');
    expect(fieldLabel('plan', ['revenues', '2026'], dutch)).toBe('Opbrengsten · 2026');
  });

  it('names stream fields by the stream editor’s labels without the unit, nested ones too', () => {
    expect(fieldLabel('fundingStream', ['minAward'], dutch)).toBe('Minimale toekenning');
    expect(fieldLabel('fundingStream', ['minAward'], english)).not.toContain('minAward');
    expect(fieldLabel('fundingStream', ['maxShareOfPlan'], dutch)).toBe('Maximaal aandeel van de plankosten');
    expect(fieldLabel('fundingStream', ['loan', 'rate'], dutch)).toBe('Leningvoorwaarden · Rente per jaar');
    expect(fieldLabel('fundingStream', ['budgetPerYear', '2027'], dutch)).toBe('Budget per jaar · 2027');
  });

  it('names cooperative, scenario and settings fields', () => {
    expect(fieldLabel('cooperative', ['district'], dutch)).toBe('Stadsdeel');
    expect(fieldLabel('cooperative', ['members'], dutch)).toBe('Aantal leden');
    expect(fieldLabel('scenario', ['monteCarlo', 'draws'], dutch)).toBe(
      'Onzekerheidsanalyse (Monte Carlo) · Aantal trekkingen',
    );
    const names = namesOf({
      streams: [{ id: 'buurt', name: 'Buurtfonds' }],
      indicators: [],
      plans: [{ id: 'zon', name: 'Zon op Oost' }],
    });
    expect(fieldLabel('scenario', ['streamFactors', 'buurt'], dutch, names)).toBe(
      'Budgetfactoren per financieringsbron · Buurtfonds',
    );
    expect(fieldLabel('scenario', ['plans', 1], dutch)).toBe('Plannen, in volgorde van prioriteit · 2');
    expect(fieldLabel('settings', ['municipality'], dutch)).toBe('Gemeente');
    expect(fieldLabel('settings', ['deMinimis', 'discountRate'], dutch)).toBe(
      'De-minimissteun · Disconteringsvoet EU',
    );
    expect(fieldLabel('settings', ['discountRate'], dutch)).toBe('Discontovoet');
    expect(fieldLabel('procurement', ['contracts', 0, 'cooperativeId'], dutch)).toBe(
      'Opdracht 1 · Coöperatie',
    );
  });

  it('spells out a path no form labels, and takes any path without failing', () => {
    expect(fieldLabel('plan', ['someNewField'], dutch)).toBe('some new field');
    expect(fieldLabel(undefined, ['costs', 0, 'amounts', '2027'], dutch)).toBe('Kostenregel 1 · 2027');
    expect(fieldLabel('settings', [], dutch)).toBe('');
    expect(fieldLabel('plan', [0, 'x_y', 3, 'constructor', '__proto__'], dutch)).toBe(
      '1 · x y · 4 · constructor · proto',
    );
    // A key that names a group of texts (an object) is no label.
    expect(fieldLabel('scenario', ['columns'], dutch)).toBe('columns');
  });
});
