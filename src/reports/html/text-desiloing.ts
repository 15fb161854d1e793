/**
 * The report's words for a de-siloing (ontschotting) scenario, Dutch first, in the app's
 * terms. Kept apart from text.ts so the many hands on that file do not collide.
 */
import type { KeptReason } from '../../impact/desiloing';
import type { Lang } from '../../model/messages';

const nl = {
  title: 'Ontschotting: tekort gedicht en donut gewonnen',
  intro: (silos: string) =>
    `Dit scenario voegt de budgetten van ${silos} samen tot één budget per soort geld; een kostenpost mag het gebruiken als een van de samengevoegde bronnen hem zou betalen. Vergeleken met hetzelfde scenario waarin elke bron in zijn eigen schot blijft.`,
  gapSiloed: 'Tekort met schotten',
  gapPooled: 'Tekort ontschot',
  gapClosed: 'Tekort gedicht',
  total: 'Alle plannen',
  pool: (kind: string, members: string) => `Eén budget (${kind}): ${members}`,
  kept: {
    guarantee: (name: string) => `${name} blijft apart: een borgstelling betaalt zelf geen kosten.`,
    draft: (name: string) => `${name} blijft apart: een concept betaalt niets.`,
    unlimited: (name: string) => `${name} blijft apart: zonder budgetplafond valt er niets samen te voegen.`,
    alone: (name: string) => `${name} blijft apart: geen andere gekozen bron verstrekt dezelfde soort geld.`,
  } satisfies Record<KeptReason, (name: string) => string>,
  plan: 'Plan',
  dimension: 'Dimensie',
  siloed: 'Met schotten',
  pooled: 'Ontschot',
  gained: 'Gewonnen (procentpunt)',
  weighted: 'Gewogen afstand',
  dimensionsNote:
    'Per dimensie de gemiddelde afstand tot de grens over de projectiejaren (tekort onder het fundament of overschrijding van het plafond, als deel van de drempel); gewonnen = met schotten min ontschot.',
};

type DesiloingText = typeof nl;

const en: DesiloingText = {
  title: 'De-siloing: gap closed and Doughnut gained',
  intro: (silos: string) =>
    `This scenario pools the budgets of ${silos} into one budget per kind of money; a cost line may use it if any of the pooled streams would pay it. Compared with the same scenario with every stream in its own silo.`,
  gapSiloed: 'Gap with silos',
  gapPooled: 'Gap pooled',
  gapClosed: 'Gap closed',
  total: 'All plans',
  pool: (kind: string, members: string) => `One budget (${kind}): ${members}`,
  kept: {
    guarantee: (name: string) => `${name} stays apart: a guarantee pays no cost itself.`,
    draft: (name: string) => `${name} stays apart: a draft pays nothing.`,
    unlimited: (name: string) => `${name} stays apart: without a budget ceiling there is nothing to pool.`,
    alone: (name: string) => `${name} stays apart: no other chosen stream provides the same kind of money.`,
  },
  plan: 'Plan',
  dimension: 'Dimension',
  siloed: 'With silos',
  pooled: 'Pooled',
  gained: 'Gained (percentage points)',
  weighted: 'Weighted distance',
  dimensionsNote:
    'Per dimension the mean distance to the boundary over the projection years (shortfall below the floor or overshoot of the ceiling, as a share of the threshold); gained = with silos minus pooled.',
};

export const DESILOING_TEXT: Record<Lang, DesiloingText> = { nl, en };
