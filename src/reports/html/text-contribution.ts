/**
 * The report's words for the City Portrait lenses and the portfolio's contribution
 * (issue 15, points 2 and 3), Dutch first, in the app's terms. Kept beside text.ts so the
 * many hands on that file do not collide; figures are formatted before they get here.
 */
import type { ContributionState } from '../../impact/doughnut-wedges';
import type { PARTNERSHIPS } from '../../model/cooperative';
import type { Lang } from '../../model/messages';

type Partnership = (typeof PARTNERSHIPS)[number];

const nl = {
  lensesTitle: 'De vier lenzen van het stadsportret',
  lensesIntro: (year: number) =>
    `Het stadsportret houdt vier lenzen apart; hier de donut van ${year} per lens, met de vraag van die lens. Per dimensie het gemiddelde van de status van de indicatoren in de lens. Een indicator zonder lens telt mee onder de lokale lens van zijn soort: fundament onder lokaal sociaal, plafond onder lokaal ecologisch.`,
  lensCount: (count: number) => (count === 1 ? '1 indicator' : `${count} indicatoren`),
  defaultCity: 'de stad',
  contributionTitle: 'Bijdrage van het portfolio',
  contributionIntro: (year: number) =>
    `Wat het portfolio in ${year} verandert ten opzichte van het pad zonder portfolio: het verschil, niet twee bijna gelijke donuts. Per dimensie het gemiddelde, over haar geraakte indicatoren met een afstand tot de grens, van het deel van die afstand dat het portfolio overbrugt (tekort gedicht, overschrijding verminderd).`,
  contributionScale:
    'Sociaal naar binnen vanaf het fundament, ecologisch naar buiten vanaf het plafond; blauw overbrugt, roze vergroot de afstand; wit met een gestippelde rand is niet geraakt. Logaritmische schaal: de stippellijnen zijn 1% en 10%, een volle wedge is 100%.',
  contributionChartLabel: (year: number) => `Bijdragedonut in ${year}`,
  state: {
    untouched: 'niet geraakt',
    'no-indicator': 'geen indicator in deze lens',
    'no-distance': 'zonder portfolio al binnen de grens',
    share: '',
  } satisfies Record<ContributionState, string>,
  closes: (share: string) => `overbrugt ${share}`,
  widens: (share: string) => `vergroot de afstand met ${share}`,
  contribution: 'Bijdrage',
  dimensionColumn: 'Dimensie',
  tableTitle: (year: number) => `Verandering per indicator in ${year}`,
  tableIntro:
    'Ten opzichte van het pad zonder portfolio, in de eenheid van de indicator en in absolute eenheden (zoals huishoudens), met de band van P10 tot P90 uit de Monte-Carlo-trekkingen.',
  columns: {
    indicator: 'Indicator',
    change: 'Verandering',
    range: 'P10–P90',
    absolute: 'Absoluut',
    absoluteRange: 'P10–P90 absoluut',
    share: 'Deel van de afstand',
    shareRange: 'P10–P90 van het deel',
  },
  units: (unit: string, absoluteUnit: string) =>
    unit === absoluteUnit ? unit : `${unit}; absoluut: ${absoluteUnit}`,
  range: (low: string, high: string) => `${low} tot ${high}`,
  alreadyInside: 'al binnen',
  noRows: 'Het portfolio raakt geen indicator.',
  groupsTitle: (year: number) => `Opgeteld per groep in ${year}`,
  groupsIntro:
    'In absolute eenheden, zodat de groepen optellen tot het totaal van het portfolio: elk plan hoort bij precies één groep. Een streepje: de groep raakt de indicator niet.',
  groupKinds: { district: 'Per stadsdeel', sector: 'Per sector', partnership: 'Per samenwerkingsvorm' },
  noDistrict: 'Geen stadsdeel',
  total: 'Totaal portfolio',
  partnership: {
    none: 'Geen',
    procurement: 'Inkoop (gemeente als klant)',
    'co-ownership': 'Mede-eigendom',
    concession: 'Concessie',
    'right-to-challenge': 'Uitdaagrecht',
    'grant-partnership': 'Subsidiepartnerschap',
  } satisfies Record<Partnership, string>,
};

export type ContributionText = typeof nl;

const en: ContributionText = {
  lensesTitle: 'The four lenses of the City Portrait',
  lensesIntro: (year: number) =>
    `The City Portrait keeps four lenses apart; here the Doughnut of ${year} per lens, with the lens's question. Per dimension the mean status of the indicators in the lens. An indicator without a lens counts under the local lens of its kind: a foundation indicator under local social, a ceiling indicator under local ecological.`,
  lensCount: (count: number) => (count === 1 ? '1 indicator' : `${count} indicators`),
  defaultCity: 'the city',
  contributionTitle: 'Contribution of the portfolio',
  contributionIntro: (year: number) =>
    `What the portfolio changes in ${year} against the path without it: the difference, not two nearly equal Doughnuts. Per dimension the mean, over its touched indicators with a distance to the boundary, of the share of that distance the portfolio closes (shortfall closed, overshoot reduced).`,
  contributionScale:
    'Social inward from the foundation, ecological outward from the ceiling; blue closes, rose widens the distance; white with a dashed edge is not touched. Logarithmic scale: the dotted circles are 1% and 10%, a full wedge is 100%.',
  contributionChartLabel: (year: number) => `Contribution Doughnut in ${year}`,
  state: {
    untouched: 'not touched',
    'no-indicator': 'no indicator in this lens',
    'no-distance': 'already inside the boundary without the portfolio',
    share: '',
  },
  closes: (share: string) => `closes ${share}`,
  widens: (share: string) => `widens the distance by ${share}`,
  contribution: 'Contribution',
  dimensionColumn: 'Dimension',
  tableTitle: (year: number) => `Change per indicator in ${year}`,
  tableIntro:
    "Against the path without the portfolio, in the indicator's unit and in absolute units (such as households), with the band from P10 to P90 of the Monte Carlo draws.",
  columns: {
    indicator: 'Indicator',
    change: 'Change',
    range: 'P10–P90',
    absolute: 'Absolute',
    absoluteRange: 'P10–P90 absolute',
    share: 'Share of the distance',
    shareRange: 'P10–P90 of the share',
  },
  units: (unit: string, absoluteUnit: string) =>
    unit === absoluteUnit ? unit : `${unit}; absolute: ${absoluteUnit}`,
  range: (low: string, high: string) => `${low} to ${high}`,
  alreadyInside: 'already inside',
  noRows: 'The portfolio touches no indicator.',
  groupsTitle: (year: number) => `Summed per group in ${year}`,
  groupsIntro:
    "In absolute units, so the groups add up to the portfolio's total: every plan belongs to exactly one group. A dash: the group does not touch the indicator.",
  groupKinds: { district: 'Per district', sector: 'Per sector', partnership: 'Per partnership form' },
  noDistrict: 'No district',
  total: 'Portfolio total',
  partnership: {
    none: 'None',
    procurement: 'Procurement (city as customer)',
    'co-ownership': 'Co-ownership',
    concession: 'Concession',
    'right-to-challenge': 'Right to Challenge',
    'grant-partnership': 'Grant partnership',
  },
};

export const CONTRIBUTION_TEXT: Record<Lang, ContributionText> = { nl, en };
