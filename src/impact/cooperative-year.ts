/**
 * The year a cooperative's own Doughnut opens on, in the app and the report alike
 * (issue 15). Pure (no React, no Node), like doughnut-wedges.ts.
 */

/** What the choice needs of a group's contribution (the run's has more). */
export interface YearChoiceGroup {
  dimensions: readonly {
    indicators: readonly { years: readonly { year: number; shareOfDistance: number | null }[] }[];
  }[];
}

/**
 * The year in which the group closes most of the city's distance to the boundary (the
 * sum over its indicators of |share of distance|), earliest on a tie. A cooperative's
 * impact lines end, so the run's last year often shows nothing of it; without any share
 * at all, the run's last year.
 */
export function yearOfLargestContribution(group: YearChoiceGroup, years: readonly number[]): number {
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
