/**
 * The report's words for procurement as a flywheel (issue 15, point 6), Dutch first, in the
 * terms Dutch municipal purchasing uses. Kept apart from text.ts so the many hands on that
 * file do not collide.
 */
import type { Lang } from '../../model/messages';

const nl = {
  title: 'Inkoop als vliegwiel',
  intro:
    'Wat de gemeente zelf inkoopt (schoonmaak, zorg, catering, energie) kan zij gunnen aan coöperaties; een opdracht is omzet die een coöperatie draaiende houdt. Per jaar het relevante inkoopvolume, wat aan coöperaties is gegund en welk aandeel dat is, de voorbehouden opdrachten (Aanbestedingswet 2012 art. 2.82, richtlijn 2014/24/EU art. 20) en de gerealiseerde Social Return.',
  source: (text: string) => `Bron van het inkoopvolume: ${text}`,
  year: 'Jaar',
  volume: 'Relevant inkoopvolume',
  awarded: 'Gegund aan coöperaties',
  share: 'Aandeel',
  reserved: 'Voorbehouden',
  reservedCount: 'Aantal voorbehouden',
  socialReturn: 'Social Return',
  none: 'Geen inkoopvolume of opdrachten ingevuld.',
  lever: (scenario: string, target: string, margin: string) =>
    `${scenario}: doel ${target} van de relevante inkoop naar coöperaties. De extra opdrachten gaan naar de plannen van coöperaties met gemeentelijke opdrachten, naar rato van hun opdrachten; alleen de dekkingsbijdrage (${margin}) telt als inkomsten van het plan. Vergeleken met hetzelfde scenario zonder doel.`,
  plan: 'Plan',
  extraVolume: 'Extra opdrachten',
  extraRevenue: 'Extra inkomsten',
  gapWithout: 'Tekort zonder',
  gapWith: 'Tekort met',
  total: 'Alle plannen',
  distance: (without: string, withLever: string) =>
    `Gewogen afstand tot de Donut: ${without} zonder, ${withLever} met het doel (lager is beter).`,
};

type ProcurementText = typeof nl;

const en: ProcurementText = {
  title: 'Procurement as a flywheel',
  intro:
    'What the municipality buys itself (cleaning, care, catering, energy) it can award to cooperatives; a contract is revenue that keeps a cooperative running. Per year the relevant purchasing volume, what was awarded to cooperatives and its share, the reserved contracts (Aanbestedingswet 2012 art. 2.82, Directive 2014/24/EU art. 20) and the Social Return realised.',
  source: (text: string) => `Source of the purchasing volume: ${text}`,
  year: 'Year',
  volume: 'Relevant purchasing volume',
  awarded: 'Awarded to cooperatives',
  share: 'Share',
  reserved: 'Reserved',
  reservedCount: 'Number reserved',
  socialReturn: 'Social Return',
  none: 'No purchasing volume or contracts entered.',
  lever: (scenario: string, target: string, margin: string) =>
    `${scenario}: target ${target} of relevant purchasing awarded to cooperatives. The extra contracts go to the plans of cooperatives with municipal contracts, in proportion to their contracts; only the contribution margin (${margin}) counts as the plan's revenue. Compared with the same scenario without the target.`,
  plan: 'Plan',
  extraVolume: 'Extra contracts',
  extraRevenue: 'Extra revenue',
  gapWithout: 'Gap without',
  gapWith: 'Gap with',
  total: 'All plans',
  distance: (without: string, withLever: string) =>
    `Weighted distance to the Doughnut: ${without} without, ${withLever} with the target (lower is better).`,
};

export const PROCUREMENT_TEXT: Record<Lang, ProcurementText> = { nl, en };
