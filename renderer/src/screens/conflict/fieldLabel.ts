/**
 * A differing field's path (`costs.2.amounts.2027`, `minAward`) in the words of the
 * forms the user edits it in: "Kostenregel 3 · 2027", "Minimale toekenning". The labels
 * are the editors' own (i18n `ui` namespace), without the unit the field's input adds
 * ("(euro)", "(%)"): the dialog shows the values formatted. A key no form labels falls
 * back to the history panel's words, then to the key itself spelled out; never a crash.
 * Pure, so a test can read it without a browser.
 */
import type { RecordKind } from '../../state/recordVersions';

/** The text of a `ui` key with `{{name}}` placeholders filled; undefined when there is no such text. */
export type LabelLookup = (key: string, vars?: Record<string, string | number>) => string | undefined;

/** Where one record or list item's fields are labelled: groups of `ui` keys, first match wins, and keys of its own. */
interface LabelPlace {
  groups: readonly string[];
  aliases?: Readonly<Record<string, string>>;
}

const RECORDS: Record<RecordKind, LabelPlace> = {
  cooperative: { groups: ['cooperatives.fields'] },
  fundingStream: { groups: ['streams.fields'] },
  plan: {
    groups: ['planActions.fields'],
    aliases: { cooperativeId: 'planActions.fields.cooperative', revenues: 'recordHistory.fields.revenues' },
  },
  indicator: { groups: ['indicators.fields'] },
  scenario: {
    groups: ['scenarios.fields', 'scenarioEditor'],
    aliases: {
      plans: 'scenarioEditor.sections.plans',
      streamFactors: 'scenarioEditor.sections.factors',
      indicatorOverrides: 'scenarioEditor.sections.overrides',
      monteCarlo: 'scenarioEditor.sections.monteCarlo',
      desiloing: 'scenarioEditor.sections.desiloing',
      trend: 'scenarioEditor.columns.trend',
      threshold: 'scenarioEditor.columns.threshold',
    },
  },
  settings: {
    groups: ['settings.fields'],
    // The EU rates under de minimis share their keys with the workspace's own discount rate.
    aliases: { deMinimisDiscountRate: 'settings.fields.euDiscountRate', deMinimis: 'settings.deMinimis' },
  },
  procurement: {
    groups: ['procurement.fields'],
    aliases: { volumes: 'procurement.fields.volume' },
  },
};

/** Lists whose items people call by a name and number ("Kostenregel 3"), and where those items' fields are labelled. */
const LISTS: Readonly<Record<string, { item: string; place: LabelPlace }>> = {
  costs: {
    item: 'conflict.items.cost',
    place: {
      groups: [],
      aliases: {
        label: 'builder.addLabel',
        category: 'builder.addCategory',
        sector: 'builder.costSector',
        continues: 'budgetCycle.continuesField',
      },
    },
  },
  impacts: {
    item: 'conflict.items.impact',
    place: { groups: ['impactLines.fields'], aliases: { indicatorId: 'impactLines.fields.indicator' } },
  },
  awards: { item: 'conflict.items.award', place: { groups: ['awards.fields'] } },
  locked: { item: 'conflict.items.locked', place: { groups: ['recordHistory.fields'] } },
  contracts: {
    item: 'conflict.items.contract',
    place: {
      groups: ['procurement.fields'],
      aliases: { cooperativeId: 'procurement.fields.cooperative', planId: 'procurement.fields.plan' },
    },
  },
};

/** Records keyed by the id of another record: the key is that record's name, not a field. */
const KEYED_BY_ID = new Set(['streamFactors', 'indicatorOverrides']);

/** The unit a form's input label carries, which the formatted value already shows. */
const UNIT_SUFFIX = /\s*\((euro|euros|€|%|factor)\)$/i;

/** `minAward` -> "min award": readable where no form has a label. */
function spelledOut(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Own entries only: a field called `constructor` must not find Object's. */
function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

function capitalised(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

function fieldWords(
  lookup: LabelLookup,
  place: LabelPlace,
  key: string,
  parent: string | undefined,
  row: number | undefined,
): string {
  const vars = row === undefined ? undefined : { row };
  // A nested field is labelled by its parent's name and its own: loan.rate -> loanRate.
  const nested = parent === undefined ? [] : [`${parent}${capitalised(key)}`];
  const candidates = [
    ...[...nested, key].flatMap((name) => own(place.aliases, name) ?? []),
    ...place.groups.flatMap((group) => [...nested, key].map((name) => `${group}.${name}`)),
    `recordHistory.fields.${key}`,
  ];
  for (const candidate of candidates) {
    const text = lookup(candidate, vars);
    if (text !== undefined && text !== '') return text.replace(UNIT_SUFFIX, '');
  }
  return spelledOut(key);
}

/**
 * The path in words, parts joined by " · ". `names` gives the name of a record another
 * one is keyed by (a scenario's factor per funding stream); without one the id shows.
 */
export function fieldLabel(
  kind: RecordKind | undefined,
  path: readonly (string | number)[],
  lookup: LabelLookup,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const parts: string[] = [];
  let place: LabelPlace = kind === undefined ? { groups: [] } : RECORDS[kind];
  let parent: string | undefined;
  let row: number | undefined;
  for (const [index, segment] of path.entries()) {
    const previous = index === 0 ? undefined : path[index - 1];
    if (typeof segment === 'number') {
      row = segment + 1;
      const list = typeof previous === 'string' ? own(LISTS, previous) : undefined;
      const item = list === undefined ? undefined : lookup(list.item, { n: row });
      if (list !== undefined && item !== undefined) {
        // "Kostenregel 3" says both the list and the place in it.
        parts.pop();
        parts.push(item);
        place = list.place;
      } else {
        parts.push(String(row));
      }
      parent = undefined;
      continue;
    }
    if (/^\d{4}$/.test(segment)) {
      // A year of a schedule (amounts, budgets, volumes); a cost line's amounts are its years.
      if (previous === 'amounts') parts.pop();
      parts.push(segment);
    } else if (typeof previous === 'string' && KEYED_BY_ID.has(previous)) {
      parts.push(names.get(segment) ?? segment);
    } else {
      parts.push(fieldWords(lookup, place, segment, parent, row));
      parent = segment;
      continue;
    }
    parent = undefined;
  }
  return parts.join(' \u00b7 ');
}

/** The names the dialog uses for records other records are keyed by: funding streams, indicators, plans. */
export function namesOf(data: {
  streams: readonly { id: string; name: string }[];
  indicators: readonly { id: string; label: string }[];
  plans: readonly { id: string; name: string }[];
}): Map<string, string> {
  return new Map([
    ...data.plans.map((plan) => [plan.id, plan.name] as const),
    ...data.indicators.map((indicator) => [indicator.id, indicator.label] as const),
    ...data.streams.map((stream) => [stream.id, stream.name] as const),
  ]);
}
