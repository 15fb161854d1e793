/**
 * A scenario's contribution (src/impact/contribution.ts) in long format, one row per
 * group, indicator and year: the rows the contribution CSV and the XLSX "Bijdrage" sheets
 * write. Groups in the order portfolio, cooperatives, districts, sectors, partnership forms;
 * within a group its touched indicators in the Doughnut's order, then the years.
 */
import { lensInfo } from '../impact/framework';
import type {
  ContributionGroupKind,
  ContributionYear,
  GroupContribution,
  IndicatorContribution,
  ScenarioContribution,
} from '../impact/contribution-types';
import type { Lang } from '../model/messages';
import type { Workspace } from '../model/workspace';
import { reportWordOr, reportWords } from './words';

export interface ContributionRow {
  kind: ContributionGroupKind;
  /** The group's key in the engine's result (a cooperative id, district, sector, form). */
  key: string;
  indicator: IndicatorContribution;
  year: ContributionYear;
}

export function contributionRows(contribution: ScenarioContribution): ContributionRow[] {
  const groups: GroupContribution[] = [
    contribution.portfolio,
    ...contribution.byCooperative,
    ...contribution.byDistrict,
    ...contribution.bySector,
    ...contribution.byPartnership,
  ];
  return groups.flatMap((group) =>
    group.dimensions.flatMap((d) =>
      d.indicators.flatMap((indicator) =>
        indicator.years.map((year) => ({ kind: group.kind, key: group.key, indicator, year })),
      ),
    ),
  );
}

export function groupKindLabel(kind: ContributionGroupKind, lang: Lang): string {
  return reportWords(lang, 'contribution')(`groupKind.${kind}`);
}

/** The group's name as the report writes it: the cooperative's name, the district, the sector's or form's label. */
export function groupLabel(
  workspace: Workspace,
  kind: ContributionGroupKind,
  key: string,
  lang: Lang,
): string {
  const words = reportWords(lang, 'contribution');
  switch (kind) {
    case 'portfolio':
      return words('total');
    case 'cooperative':
      return workspace.cooperatives.find((c) => c.id === key)?.name ?? key;
    case 'district':
      return key === '' ? words('noDistrict') : key;
    case 'sector':
      return reportWordOr(lang, 'enums', 'sector', key);
    case 'partnership':
      return reportWordOr(lang, 'contribution', 'partnership', key);
    default: {
      const never: never = kind;
      throw new Error(`unknown group kind ${String(never)}`);
    }
  }
}

/** The lens's name, or '' for an indicator without one. */
export function lensLabel(indicator: Pick<IndicatorContribution, 'lens'>, lang: Lang): string {
  return indicator.lens === null ? '' : lensInfo(indicator.lens).name[lang];
}
