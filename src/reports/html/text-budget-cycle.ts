/**
 * The report's words for the budget cycle (begrotingscyclus, issue 15 point 5), Dutch
 * first, in the terms of Dutch municipal budgets. Kept apart from text.ts so the many
 * hands on that file do not collide.
 */
import type { Lang } from '../../model/messages';

const nl = {
  title: 'Begrotingscyclus: structureel en incidenteel geld',
  intro:
    'Welk deel van het geld in de blend uit structurele middelen komt (elk jaar in de meerjarenbegroting) en welk deel uit incidentele middelen (een pilot, een eenmalig fonds, een EU-programmaperiode), per begrotingsjaar en silo, in euro. Eigen inkomsten staan apart: geen begroting betaalt ze. "Nodig na pilotjaren" is wat de plannen waarvan het laatste jaar voorbij is per jaar nodig hebben om door te lopen; "waarvan nu incidenteel" valt weg als niemand het structureel maakt.',
  silo: 'Silo',
  structural: 'Structureel',
  oneOff: 'Incidenteel',
  allSilos: "Alle silo's",
  ownRevenue: 'Eigen inkomsten',
  needAfterPilots: 'Nodig na pilotjaren',
  oneOffCliff: 'Waarvan nu incidenteel',
  oneOffShare: 'Aandeel incidenteel',
  plansTitle: 'Wat een plan nodig heeft na zijn pilotjaren',
  plansNote:
    'Per jaar na het laatste planjaar: de doorlopende kostenregels (zonder eigen keuze: exploitatie, personeel en huisvesting) op het niveau van het laatste jaar, min de inkomsten van dat jaar, nooit onder nul. Hoe dat in het laatste jaar betaald werd: eerst het incidentele deel (dat valt weg), dan het structurele, de rest was al ongedekt.',
  plan: 'Plan',
  lastYear: 'Laatste jaar',
  continuingCost: 'Doorlopende kosten',
  revenue: 'Inkomsten',
  need: 'Nodig per jaar',
  oneOffFunded: 'Nu incidenteel',
  structuralFunded: 'Nu structureel',
  unfunded: 'Nu ongedekt',
  total: 'Alle plannen',
  cliff: (need: string, oneOff: string, count: number) =>
    `Na hun pilotjaren ${count === 1 ? 'heeft 1 plan' : `hebben ${count} plannen samen`} ${need} per jaar nodig om door te lopen; ${oneOff} daarvan komt nu uit incidenteel geld.`,
};

type BudgetCycleText = typeof nl;

const en: BudgetCycleText = {
  title: 'Budget cycle: structural and one-off money',
  intro:
    'Which part of the blended money comes from structural funds (in the multi-year budget every year) and which from one-off funds (a pilot, a one-time fund, an EU programme period), per budget year and silo, in euros. Own revenue is kept apart: no budget pays it. "Needed after pilot years" is what the plans whose last year has passed need per year to keep running; "of which one-off today" falls away unless someone makes it structural.',
  silo: 'Silo',
  structural: 'Structural',
  oneOff: 'One-off',
  allSilos: 'All silos',
  ownRevenue: 'Own revenue',
  needAfterPilots: 'Needed after pilot years',
  oneOffCliff: 'Of which one-off today',
  oneOffShare: 'One-off share',
  plansTitle: 'What a plan needs after its pilot years',
  plansNote:
    "Per year after the plan's last year: the continuing cost lines (unless a line says otherwise: operating costs, personnel and housing) at the last year's level, minus that year's revenue, never below zero. How that was paid in the last year: the one-off part first (it falls away), then the structural part; the rest was already unfunded.",
  plan: 'Plan',
  lastYear: 'Last year',
  continuingCost: 'Continuing costs',
  revenue: 'Revenue',
  need: 'Need per year',
  oneOffFunded: 'One-off today',
  structuralFunded: 'Structural today',
  unfunded: 'Unfunded today',
  total: 'All plans',
  cliff: (need: string, oneOff: string, count: number) =>
    `After their pilot years ${count === 1 ? '1 plan needs' : `${count} plans together need`} ${need} a year to keep running; ${oneOff} of that comes from one-off money today.`,
};

export const BUDGET_CYCLE_TEXT: Record<Lang, BudgetCycleText> = { nl, en };
