/**
 * The methodology section's words: the blend rules and the impact formulas of the
 * workspace format (spec sections 6 and 7), the Monte Carlo run and the limits of the
 * numbers (docs/methodology.md), in Dutch and English. Formulas stay in the notation of
 * the specification so a reader can check them against it.
 */
import type { Lang } from '../../model/messages';

interface Rule {
  name: string;
  formula: string;
  text: string;
}

export interface MethodologyText {
  blendTitle: string;
  blendIntro: string;
  blendRules: Rule[];
  blendObjective: string;
  impactTitle: string;
  impactFormulas: Rule[];
  monteCarloTitle: string;
  monteCarloText: string[];
  monteCarloRuns: string;
  draws: string;
  seed: string;
  settingsTitle: string;
  settings: {
    startYear: string;
    horizon: string;
    discountRate: string;
    minDscr: string;
    deMinimis: string;
    deMinimisValue: (ceiling: string, years: number) => string;
    horizonValue: (first: number, last: number) => string;
  };
  settingsNote: string;
  sourcesTitle: string;
  indicatorSourcesTitle: string;
  frameworkSourcesTitle: string;
  noSource: string;
  sourceOf: { baseline: string; threshold: string; denominator: string; notes: string };
  evidenceTitle: string;
  evidenceText: string;
  evidenceCounts: string;
  limitsTitle: string;
  limits: string[];
}

const nl: MethodologyText = {
  blendTitle: 'De financieringsmix',
  blendIntro:
    'De mix verdeelt de geldstromen over de kostenposten van alle plannen van een scenario tegelijk. x[s,c,t] is het bedrag van bron s voor kostenpost c in jaar t; het mag alleen positief zijn als de bron de kostensoort, de sector en de fase van de coöperatie en het jaar toelaat. Elke mix voldoet aan deze regels:',
  blendRules: [
    {
      name: 'Dekking',
      formula: 'som_s x[s,c,t] + e[c,t] ≤ kosten[c,t]',
      text: 'Een bron betaalt nooit meer dan de kosten. e[c,t] zijn de eigen inkomsten: de omzet van het plan in jaar t betaalt eerst zijn eigen kosten (hoogstens de omzet van dat jaar) en telt in geen budget, plafond of matching. Het tekort van een plan is de kosten min de externe financiering min de eigen inkomsten (nooit negatief).',
    },
    {
      name: 'Jaarbudget',
      formula: 'som over alle plannen van x[s,.,t] ≤ budgetPerJaar[s,t]',
      text: 'Alle plannen van het scenario delen het budget van een bron; de factor van het scenario vermenigvuldigt het budget.',
    },
    {
      name: 'Per plan',
      formula: 'som_{c,t} x[s,c,t] ≤ maxPerPlan en ≤ maxAandeel × kosten van het plan',
      text: 'Een bron geeft een plan hoogstens haar maximum en hoogstens haar aandeel van de plankosten.',
    },
    {
      name: 'Minimale toekenning',
      formula: 'som_{c,t} x[s,c,t] = 0 of ≥ minAward',
      text: 'Een bron geeft een plan niets of minstens haar minimum.',
    },
    {
      name: 'Matching',
      formula: 'som x[s] ≤ matching × som van x uit niet-publieke bronnen',
      text: 'Een bron met matching geeft hoogstens zoveel als er aan niet-publiek geld tegenover staat.',
    },
    {
      name: 'De minimis',
      formula: 'eerdere steun + som bse × x(staatssteun) in elk venster van periodYears jaar ≤ plafond',
      text: 'Per coöperatie, over elk aaneengesloten venster (EU-verordening 2023/2831), gemeten als brutosubsidie-equivalent (bse): een subsidie telt volledig, een lening alleen de contante waarde van de rente die zij bespaart ten opzichte van de referentierente, een borgstelling het percentage van de veilige haven. Steun voor een dienst van algemeen economisch belang (DAEB) mag samen met de gewone steun tot het DAEB-plafond (verordening 2023/2832).',
    },
    {
      name: 'Schuldendienst',
      formula: 'schuldendienst(t) ≤ (omzet(t) − eigen inkomsten(t)) / minDSCR',
      text: 'Een lening van A in jaar d met rente r, looptijd n en aflossingsvrije periode g betaalt A·r in de jaren d+1..d+g, daarna de annuïteit A·r/(1−(1+r)^−n) (of A/n bij r = 0). De DSCR in dit rapport is dezelfde verhouding: (omzet − eigen inkomsten) / schuldendienst, de kasstroom die beschikbaar is voor rente en aflossing.',
    },
    {
      name: 'Borgstelling en revolverend fonds',
      formula: 'borg[G,L,t] ≤ aandeel × opname[L,t]; opname[L,t] ≤ budget[L,t] + opnieuw uitgeleend[L,t]',
      text: 'Een borgstelling betaalt geen kosten maar staat borg voor een deel van een lening; een lening die borg vereist, wordt alleen verstrekt voor zover die borg er is. Bij een revolverend fonds kunnen de aflossingen vanaf het jaar erna opnieuw worden uitgeleend.',
    },
    {
      name: 'Vastgelegde bedragen',
      formula: 'x = vastgelegd bedrag',
      text: 'Vastgelegde bedragen worden nooit verschoven; breken zij een regel, dan meldt de mix die regel.',
    },
  ],
  blendObjective:
    'De mix minimaliseert eerst het totale tekort van het scenario. Bij een gelijk tekort kiest hij de goedkoopste financiering (rente over de looptijd plus het risico dat een toekenning wordt geweigerd), en bij nog gelijke keuzes wijken plannen die later in de prioriteitsvolgorde staan. Dezelfde invoer geeft altijd dezelfde mix. Bij een tekort noemt het model de regels die binden en wat het versoepelen van elke regel waard is (euro’s tekort per euro ruimte).',
  impactTitle: 'Impact en de Donut',
  impactFormulas: [
    {
      name: 'Netto-effect van een impactregel in jaar t',
      formula:
        'output / noemer × fundedShare × (1 − deadweight) × (1 − attribution) × (1 − displacement) × (1 − dropOff)^(t − start)',
      text: 'Voor start ≤ t < start + duration, anders 0. output is wat de coöperatie per jaar levert (190 huishoudens); noemer is het totaal in de stad waar de indicator een aandeel van is (480.000 huishoudens), of 1 bij een indicator in een eigen eenheid (kt CO2, hectare). fundedShare is het gedekte deel van het plan (externe financiering plus eigen inkomsten): een plan dat voor 60% gedekt is, levert 60% van zijn impact.',
    },
    {
      name: 'Waarde voor de stad',
      formula: 'baseline.value × (1 + trend)^(t − baseline.year) + som van de netto-effecten',
      text: 'Het eerste deel is het pad zonder de portefeuille; alleen plannen in het scenario tellen mee.',
    },
    {
      name: 'Status',
      formula:
        'fundament: max(0, (drempel − waarde) / drempel); plafond: max(0, (waarde − drempel) / drempel)',
      text: '0 betekent binnen de Donut. De afstand van een dimensie is het gemiddelde over haar indicatoren van de gemiddelde status over de jaren; de gewogen afstand telt de dimensies op met gewicht 1.',
    },
  ],
  monteCarloTitle: 'Onzekerheid: de Monte-Carlo-berekening',
  monteCarloText: [
    'Elke toekenning van een bron aan een plan slaagt met de toekenningskans van de bron; een mislukte toekenning laat dat bedrag ongefinancierd. Het effect van elke impactregel wordt vermenigvuldigd met een trekking uit de driehoeksverdeling (laag, 1, hoog).',
    'Per indicator en jaar geeft het rapport P10, P50 en P90 van de trekkingen (lineaire interpolatie, Hyndman & Fan 1996, definitie 7). De kans op volledige financiering is het deel van de trekkingen waarin de geslaagde toekenningen alle kosten dekken. De berekening is met het zaadgetal reproduceerbaar.',
  ],
  monteCarloRuns: 'Trekkingen per scenario in dit rapport',
  draws: 'Trekkingen',
  seed: 'Zaadgetal',
  settingsTitle: 'Uitgangspunten van de werkruimte',
  settings: {
    startYear: 'Eerste jaar',
    horizon: 'Projectiehorizon',
    discountRate: 'Disconteringsvoet',
    minDscr: 'Minimale DSCR (schuldendekkingsgraad)',
    deMinimis: 'De-minimisplafond',
    deMinimisValue: (ceiling, years) => `${ceiling} per coöperatie over ${years} jaar`,
    horizonValue: (first, last) => `${first}–${last}`,
  },
  settingsNote:
    'Standaardwaarden: disconteringsvoet 2,25% (Werkgroep Discontovoet 2020), minimale DSCR 1,2, de-minimisplafond € 300.000 over 3 jaar (EU-verordening 2023/2831).',
  sourcesTitle: 'Gegevensbronnen',
  indicatorSourcesTitle: 'Indicatoren',
  frameworkSourcesTitle: 'Donutraamwerk',
  noSource: 'geen bron opgegeven',
  sourceOf: {
    baseline: 'Startwaarde',
    threshold: 'Drempel',
    denominator: 'Totaal in de stad',
    notes: 'Toelichting',
  },
  evidenceTitle: 'Bewijskracht van de impactregels',
  evidenceText:
    'Elke impactregel heeft een bewijsgraad: sterk (gemeten gegevens), redelijk (zelfrapportage) of zwak (aanname), met een onderbouwing. Geldbedragen als maatstaf voor impact worden niet gebruikt; de projectie blijft in de eenheden van de indicatoren en wordt niet verdisconteerd.',
  evidenceCounts: 'Aantal impactregels per bewijsgraad',
  limitsTitle: 'Wat de cijfers niet zeggen',
  limits: [
    'Het zijn geen voorspellingen van de stad: het pad zonder portefeuille is een constante groei vanaf één startwaarde. Vergelijk scenario’s met elkaar, niet met de toekomst.',
    'De effecten van een portefeuille zijn meestal klein ten opzichte van een indicator voor de hele stad; een kleine verandering in status is geen klein plan.',
    'De band dekt alleen het toekenningsrisico en de ingevoerde onzekerheid van de effecten, niet fouten in startwaarden, trends, drempels of de aanname dat impact evenredig is met financiering.',
    'Kansen op volledige financiering behandelen toekenningen als onafhankelijk; bronnen die samen beslissen (één raadsbesluit) hangen sterker samen.',
  ],
};

const en: MethodologyText = {
  blendTitle: 'The funding blend',
  blendIntro:
    "The blend spreads the funding streams over the cost lines of all of a scenario's plans together. x[s,c,t] is the amount of stream s for cost line c in year t; it may be positive only if the stream accepts the cost category, the cooperative's sector and stage, and the year. Every blend meets these rules:",
  blendRules: [
    {
      name: 'Cover',
      formula: 'sum_s x[s,c,t] + o[c,t] ≤ cost[c,t]',
      text: "A stream never pays more than the cost. o[c,t] is own revenue: the plan's revenue of year t pays its own costs first (at most that year's revenue) and counts in no budget, cap or matching. A plan's gap is its cost minus outside funding minus own revenue (never negative).",
    },
    {
      name: 'Yearly budget',
      formula: 'sum over all plans of x[s,.,t] ≤ budgetPerYear[s,t]',
      text: "All plans of the scenario share a stream's budget; the scenario's factor multiplies the budget.",
    },
    {
      name: 'Per plan',
      formula: "sum_{c,t} x[s,c,t] ≤ maxPerPlan and ≤ maxShareOfPlan × the plan's cost",
      text: "A stream gives a plan at most its maximum and at most its share of the plan's cost.",
    },
    {
      name: 'Minimum award',
      formula: 'sum_{c,t} x[s,c,t] = 0 or ≥ minAward',
      text: 'A stream gives a plan nothing or at least its minimum.',
    },
    {
      name: 'Matching',
      formula: 'sum x[s] ≤ matching × sum of x from non-public streams',
      text: 'A stream with matching gives at most as much as the non-public money beside it.',
    },
    {
      name: 'De minimis',
      formula: 'prior aid + sum gge × x(state aid) in every window of periodYears years ≤ ceiling',
      text: 'Per cooperative, over every run of consecutive years (EU Regulation 2023/2831), measured as the gross grant equivalent (gge): a grant counts in full, a loan only the present value of the interest it saves against the reference rate, a guarantee the safe-harbour percentage. Aid for a service of general economic interest (SGEI) may add to general aid up to the SGEI ceiling (Regulation 2023/2832).',
    },
    {
      name: 'Debt service',
      formula: 'debtService(t) ≤ (revenue(t) − ownRevenue(t)) / minDscr',
      text: 'A loan of A drawn in year d at rate r, term n and grace g pays A·r in years d+1..d+g, then the annuity A·r/(1−(1+r)^−n) (or A/n when r = 0). The DSCR in this report is the same ratio: (revenue − own revenue) / debt service, the cash flow available for interest and repayment.',
    },
    {
      name: 'Guarantees and revolving funds',
      formula: 'guarantee[G,L,t] ≤ share × draw[L,t]; draw[L,t] ≤ budget[L,t] + relent[L,t]',
      text: 'A guarantee pays no costs but backs part of a loan; a loan that requires one is lent only as far as guarantees cover it. A revolving fund can lend its repayments again from the next year on.',
    },
    {
      name: 'Locked amounts',
      formula: 'x = locked amount',
      text: 'Locked amounts are never moved; if they break a rule, the blend reports that rule.',
    },
  ],
  blendObjective:
    "The blend first minimises the scenario's total gap. Among blends with that gap it prefers the cheapest finance (interest over the loan's life plus the risk that an award is refused), and where still tied, plans later in the priority order give way. The same input always gives the same blend. For a gap the model names the binding rules and what relaxing each is worth (euros of gap per euro of room).",
  impactTitle: 'Impact and the Doughnut',
  impactFormulas: [
    {
      name: 'Net effect of an impact line in year t',
      formula:
        'output / denominator × fundedShare × (1 − deadweight) × (1 − attribution) × (1 − displacement) × (1 − dropOff)^(t − start)',
      text: 'For start ≤ t < start + duration, 0 otherwise. output is what the cooperative delivers per year (190 households); denominator is the city total the indicator is a share of (480,000 households), or 1 for an indicator in a unit of its own (kt CO2, hectares). fundedShare is the covered share of the plan (outside funding plus own revenue): a plan covered for 60% delivers 60% of its impact.',
    },
    {
      name: 'City value',
      formula: 'baseline.value × (1 + trend)^(t − baseline.year) + the sum of the net effects',
      text: 'The first term is the path without the portfolio; only plans in the scenario count.',
    },
    {
      name: 'Status',
      formula:
        'foundation: max(0, (threshold − value) / threshold); ceiling: max(0, (value − threshold) / threshold)',
      text: "0 means inside the Doughnut. A dimension's distance is the mean over its indicators of the mean status over the years; the weighted distance adds the dimensions with weight 1.",
    },
  ],
  monteCarloTitle: 'Uncertainty: the Monte Carlo run',
  monteCarloText: [
    "Every award of a stream to a plan succeeds with the stream's award probability; a failed award leaves that amount unfunded. Each impact line's effect is multiplied by a draw from the triangular distribution (low, 1, high).",
    'Per indicator and year the report gives P10, P50 and P90 of the draws (linear interpolation, Hyndman & Fan 1996, definition 7). The chance of full funding is the share of draws in which the successful awards cover all costs. The run is reproducible from its seed.',
  ],
  monteCarloRuns: 'Draws per scenario in this report',
  draws: 'Draws',
  seed: 'Seed',
  settingsTitle: 'Settings of the workspace',
  settings: {
    startYear: 'First year',
    horizon: 'Projection horizon',
    discountRate: 'Discount rate',
    minDscr: 'Minimum DSCR (debt service coverage ratio)',
    deMinimis: 'De minimis ceiling',
    deMinimisValue: (ceiling, years) => `${ceiling} per cooperative over ${years} years`,
    horizonValue: (first, last) => `${first}–${last}`,
  },
  settingsNote:
    'Defaults: discount rate 2.25% (Dutch Werkgroep Discontovoet 2020), minimum DSCR 1.2, de minimis ceiling €300,000 over 3 years (EU Regulation 2023/2831).',
  sourcesTitle: 'Data sources',
  indicatorSourcesTitle: 'Indicators',
  frameworkSourcesTitle: 'Doughnut framework',
  noSource: 'no source given',
  sourceOf: { baseline: 'Baseline', threshold: 'Threshold', denominator: 'City total', notes: 'Notes' },
  evidenceTitle: 'Evidence behind the impact lines',
  evidenceText:
    'Every impact line carries an evidence grade: strong (measured data), moderate (self-report) or weak (assumed), with its basis. No monetary proxies for impact are used; the projection stays in the indicators’ own units and is not discounted.',
  evidenceCounts: 'Impact lines per evidence grade',
  limitsTitle: 'What the numbers do not mean',
  limits: [
    'They are not forecasts of the city: the path without the portfolio is constant growth from one baseline figure. Compare scenarios with each other, not with the future.',
    "A portfolio's effects are usually small against a city-wide indicator; a small change in status is not a small plan.",
    'The band covers only award risk and the uncertainty entered for the effects, not errors in baselines, trends, thresholds or the assumption that impact scales with funding.',
    'Chances of full funding treat awards as independent; streams that decide together (one council vote) are more correlated.',
  ],
};

export const METHODOLOGY_TEXT: Record<Lang, MethodologyText> = { nl, en };
