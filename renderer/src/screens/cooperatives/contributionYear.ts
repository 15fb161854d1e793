import type { ScenarioRun } from '../../domain/impact/types';

type Group = ScenarioRun['contribution']['byCooperative'][number];

/**
 * The year the cooperative's page opens its Doughnut on: the one where its plans close
 * most of the city's distance (the sum over its indicators of |share of distance|),
 * earliest on a tie. A cooperative's impact lines end, so the run's last year often
 * shows nothing of it; without any share, the run's last year.
 */
export function yearOfLargestContribution(group: Group, years: readonly number[]): number {
  let best: { year: number; total: number } | null = null;
  for (const year of years) {
    let total = 0;
    for (const dimension of group.dimensions)
      for (const indicator of dimension.indicators)
        total += Math.abs(indicator.years.find((y) => y.year === year)?.shareOfDistance ?? 0);
    if (total > 0 && (best === null || total > best.total)) best = { year, total };
  }
  return best?.year ?? years[years.length - 1] ?? 0;
}
