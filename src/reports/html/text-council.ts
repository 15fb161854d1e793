/**
 * The council letter's words (raadsinformatiebrief), Dutch first, in the terms Dutch
 * municipal finance uses. Figures arrive formatted; the user's names are placed beside
 * these strings by the component, never inside them.
 */
import type { Lang } from '../../model/messages';
import type { MoneyOrigin } from '../money-origin';

const nl = {
  kind: 'Raadsinformatiebrief',
  to: 'Aan',
  council: 'de gemeenteraad',
  date: 'Datum',
  subject: 'Onderwerp',
  scenarioLabel: 'Scenario',
  salutation: 'Geachte leden van de raad,',
  opening: (plans: number, cooperatives: number, cost: string, first: number, last: number) =>
    `Met deze brief informeren wij u over ${plans} plannen van ${cooperatives} coöperaties met samen ${cost} aan kosten, doorgerekend voor ${first}–${last}: wat de gemeente inbrengt, wat dat losmaakt, wat het oplevert voor de Donut, wat nog niet gefinancierd is en welke besluiten dat vraagt. De uitwerking volgt na deze brief.`,
  moneyTitle: '1. Wat de gemeente inbrengt en wat zij mobiliseert',
  moneyText: (municipal: string, mobilised: string, leverage: string | null) =>
    leverage === null
      ? `De plannen krijgen geen gemeentelijk geld; er is ${mobilised} gemobiliseerd.`
      : `De gemeente brengt ${municipal} in. Daarnaast is ${mobilised} gemobiliseerd: elke gemeentelijke euro gaat samen met ${leverage} euro uit andere bronnen (hefboom).`,
  guaranteeText: (amount: string) =>
    `Daarnaast staat de gemeente borg voor ${amount} aan leningen; een borgstelling betaalt zelf geen kosten en telt hierboven niet mee.`,
  origin: {
    municipal: 'Gemeentelijk geld (inbreng)',
    otherPublic: 'Overig publiek geld (Rijk, EU, provincie)',
    private: 'Privaat geld (fondsen, banken, financiers)',
    members: 'Geld van leden',
  } satisfies Record<MoneyOrigin, string>,
  ownRevenue: 'Eigen inkomsten van de plannen',
  mobilised: 'Gemobiliseerd naast de gemeente',
  covered: 'Gedekt',
  gap: 'Tekort',
  totalCost: 'Totale kosten',
  leverage: 'Hefboom (gemobiliseerd per gemeentelijke euro)',
  amount: 'Bedrag',
  shareOfCost: 'Deel van de kosten',
  scenariosTitle: 'Alle doorgerekende scenario’s',
  short: { municipal: 'Gemeente', mobilised: 'Gemobiliseerd', leverage: 'Hefboom' },
  scenariosMore: (more: number) =>
    more === 1
      ? 'Nog één scenario staat in de vergelijking.'
      : `Nog ${more} scenario’s staan in de vergelijking.`,
  impactTitle: '2. Wat het oplevert voor de Donut',
  impactText: (dimensions: number, indicators: number, shown: number, draws: number) =>
    `De plannen bewegen ${indicators} indicatoren in ${dimensions} dimensies van de Donut. Hieronder ${shown === indicators ? 'alle' : `de ${shown} met het grootste effect`}: wat de portefeuille verandert ten opzichte van het pad zonder de plannen, in het jaar van het grootste effect, met de band P10–P90 uit ${draws} trekkingen (toekenningen die niet doorgaan en onzekere effecten).`,
  impactNone:
    'De plannen in dit scenario hebben geen impactregels: de brief noemt daarom geen effect op de Donut.',
  dimension: 'Dimensie en indicator',
  year: 'Jaar',
  effect: 'Effect (P50)',
  band: 'P10–P90',
  distanceClosed: 'Afstand gedicht',
  distanceNote:
    'Afstand gedicht: het deel van de afstand tot de grens van de Donut (op het pad zonder de plannen) dat de portefeuille dat jaar overbrugt; – als het pad al binnen de grens ligt.',
  unfundedTitle: '3. Wat nog niet gefinancierd is, en waarom',
  unfundedText: (plans: number, gap: string) =>
    plans === 0
      ? 'Alle plannen zijn in de financieringsmix volledig gedekt.'
      : plans === 1
        ? `Eén plan houdt een tekort: samen ${gap}.`
        : `${plans} plannen houden een tekort: samen ${gap}.`,
  unfundedMore: (more: number) =>
    more === 1
      ? 'Nog één plan met een kleiner tekort staat in de uitwerking.'
      : `Nog ${more} plannen met een kleiner tekort staan in de uitwerking.`,
  plan: 'Plan',
  fundedShare: 'Gedekt',
  chance: 'Kans volledig',
  expected: 'Verwacht gedekt',
  why: 'Waarom',
  chanceNote:
    'Kans volledig: het deel van de trekkingen waarin elke toekenning doorgaat en het plan helemaal gedekt is. Verwacht gedekt: het gemiddeld gedekte deel over alle trekkingen. Een kans van 0% bij 98% verwacht gedekt betekent: bijna gedekt, maar nooit helemaal.',
  decisionsTitle: '4. Gevraagde besluiten',
  decisionNextEuro: (step: string) =>
    `Kies waar extra geld het meest oplevert. Volgens de doorrekening van ${step} per jaar extra per bron helpen deze bronnen het meest:`,
  decisionNextEuroItem: (added: string, closed: string) =>
    `${added} extra over de looptijd; dicht ${closed} van het tekort`,
  decisionNextEuroCloser: 'en brengt de stad dichter bij de Donut',
  decisionNextEuroNone:
    'Kies hoe het tekort wordt opgelost: meer budget in één bron dicht het niet, want het tekort zit in de voorwaarden van de bronnen (zie 3).',
  incubator: 'Ongeoormerkt incubatorbudget (hypothetisch)',
  decisionGaps: (count: number, gap: string) =>
    count === 1
      ? `Besluit over het plan met een tekort (${gap}): aanvullend financieren, het plan aanpassen of laten vervallen.`
      : `Besluit over de ${count} plannen met een tekort (samen ${gap}): aanvullend financieren, aanpassen of laten vervallen.`,
  decisionRisk: (share: string) =>
    `Neem kennis van het toekenningsrisico: deze plannen zijn in de mix gedekt, maar naar verwachting minder dan ${share}, omdat toekenningen nog onzeker zijn:`,
  decisionRiskItem: (expected: string, chance: string) =>
    `verwacht ${expected} gedekt, kans volledig ${chance}`,
  decisionDeMinimis: (count: number) =>
    count === 1
      ? 'Neem kennis dat één coöperatie op 80% of meer van haar de-minimisplafond zit; verdere steun aan haar telt mee voor dat plafond:'
      : `Neem kennis dat ${count} coöperaties op 80% of meer van hun de-minimisplafond zitten; verdere steun aan hen telt mee voor dat plafond:`,
  decisionNone: 'Er zijn geen tekorten of risico’s die om een besluit vragen; neem kennis van deze brief.',
  closing: 'De uitwerking per scenario, coöperatie en plan, de Donut en de methode volgen na deze brief.',
};

export type CouncilText = typeof nl;

const en: CouncilText = {
  kind: 'Council information letter',
  to: 'To',
  council: 'the municipal council',
  date: 'Date',
  subject: 'Subject',
  scenarioLabel: 'Scenario',
  salutation: 'Dear members of the council,',
  opening: (plans, cooperatives, cost, first, last) =>
    `This letter informs you about ${plans} plans of ${cooperatives} cooperatives costing ${cost} together, projected for ${first}–${last}: what the municipality puts in, what that mobilises, what it achieves on the Doughnut, what is still unfunded and which decisions that asks for. The detail follows this letter.`,
  moneyTitle: '1. What the municipality puts in and what it mobilises',
  moneyText: (municipal, mobilised, leverage) =>
    leverage === null
      ? `The plans receive no municipal money; ${mobilised} is mobilised.`
      : `The municipality puts in ${municipal}. Beside it, ${mobilised} is mobilised: every municipal euro comes with ${leverage} euros from other sources (leverage).`,
  guaranteeText: (amount) =>
    `The municipality also guarantees ${amount} of loans; a guarantee pays no costs itself and is not counted above.`,
  origin: {
    municipal: 'Municipal money (put in)',
    otherPublic: 'Other public money (state, EU, province)',
    private: 'Private money (foundations, banks, investors)',
    members: 'Members’ money',
  },
  ownRevenue: 'The plans’ own revenue',
  mobilised: 'Mobilised beside the municipality',
  covered: 'Covered',
  gap: 'Gap',
  totalCost: 'Total cost',
  leverage: 'Leverage (mobilised per municipal euro)',
  amount: 'Amount',
  shareOfCost: 'Share of cost',
  scenariosTitle: 'All scenarios projected',
  short: { municipal: 'Municipality', mobilised: 'Mobilised', leverage: 'Leverage' },
  scenariosMore: (more) =>
    more === 1 ? 'One more scenario is in the comparison.' : `${more} more scenarios are in the comparison.`,
  impactTitle: '2. What it achieves on the Doughnut',
  impactText: (dimensions, indicators, shown, draws) =>
    `The plans move ${indicators} indicators in ${dimensions} dimensions of the Doughnut. Below ${shown === indicators ? 'all of them' : `the ${shown} with the largest effect`}: what the portfolio changes against the path without the plans, in the year of its largest effect, with the P10–P90 band from ${draws} draws (awards that fail and uncertain effects).`,
  impactNone:
    'The plans in this scenario have no impact lines, so the letter names no effect on the Doughnut.',
  dimension: 'Dimension and indicator',
  year: 'Year',
  effect: 'Effect (P50)',
  band: 'P10–P90',
  distanceClosed: 'Distance closed',
  distanceNote:
    'Distance closed: the share of the distance to the Doughnut’s boundary (on the path without the plans) that the portfolio bridges that year; – where that path is already inside the boundary.',
  unfundedTitle: '3. What is still unfunded, and why',
  unfundedText: (plans, gap) =>
    plans === 0
      ? 'Every plan is fully covered in the blend.'
      : plans === 1
        ? `One plan keeps a gap: ${gap}.`
        : `${plans} plans keep a gap: ${gap} together.`,
  unfundedMore: (more) =>
    more === 1
      ? 'One more plan with a smaller gap is in the detail.'
      : `${more} more plans with a smaller gap are in the detail.`,
  plan: 'Plan',
  fundedShare: 'Covered',
  chance: 'Chance full',
  expected: 'Expected covered',
  why: 'Why',
  chanceNote:
    'Chance full: the share of draws in which every award succeeds and the plan is fully covered. Expected covered: the mean share covered over all draws. A chance of 0% with 98% expected covered means: nearly covered, but never completely.',
  decisionsTitle: '4. Decisions asked',
  decisionNextEuro: (step) =>
    `Choose where extra money helps most. Projected with ${step} a year more per source, these sources help most:`,
  decisionNextEuroItem: (added, closed) => `${added} more over the period; closes ${closed} of the gap`,
  decisionNextEuroCloser: 'and brings the city closer to the Doughnut',
  decisionNextEuroNone:
    'Choose how the gap is to be closed: more budget in one source does not close it, as the gap lies in the sources’ conditions (see 3).',
  incubator: 'Unrestricted incubator budget (hypothetical)',
  decisionGaps: (count, gap) =>
    count === 1
      ? `Decide on the plan with a gap (${gap}): fund it further, change it or drop it.`
      : `Decide on the ${count} plans with a gap (${gap} together): fund them further, change them or drop them.`,
  decisionRisk: (share) =>
    `Note the award risk: these plans are covered in the blend, but expected less than ${share}, as awards are still uncertain:`,
  decisionRiskItem: (expected, chance) => `expected ${expected} covered, chance full ${chance}`,
  decisionDeMinimis: (count) =>
    count === 1
      ? 'Note that one cooperative is at 80% or more of its de minimis ceiling; further aid to it counts towards that ceiling:'
      : `Note that ${count} cooperatives are at 80% or more of their de minimis ceiling; further aid to them counts towards that ceiling:`,
  decisionNone: 'No gaps or risks ask for a decision; please note this letter.',
  closing: 'The detail per scenario, cooperative and plan, the Doughnut and the method follow this letter.',
};

export const COUNCIL_TEXT: Record<Lang, CouncilText> = { nl, en };
