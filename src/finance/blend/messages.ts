import type { Lang } from '../../model/messages';
import type { BlendRule } from './types';

type Templates = Record<BlendRule, string>;

/** Why a rule holds funding back, in a finance officer's words. `{value}` is euros of gap closed per euro. */
const BINDING: Record<Lang, Templates> = {
  nl: {
    eligibility:
      '{amount} aan {category} in {year} van “{plan}” mag door geen enkele bron betaald worden (sector, fase, kostensoort of looptijd past nergens).',
    cover: 'De vastgezette bedragen op een kostenpost van “{plan}” in {year} zijn hoger dan de kosten zelf.',
    budget:
      'Het jaarbudget van “{stream}” in {year} is op: elke euro extra budget dicht {value} van het tekort.',
    maxPerPlan:
      '“{stream}” geeft hoogstens {limit} per plan aan “{plan}”: elke euro ruimer dicht {value} van het tekort.',
    maxShareOfPlan:
      '“{stream}” mag hoogstens {share} van de kosten van “{plan}” dragen: elke euro ruimer dicht {value} van het tekort.',
    minAward:
      '“{stream}” kent pas toe vanaf {limit}; voor “{plan}” is dat niet haalbaar, dus de bron geeft niets: elke euro die zij onder die drempel zou mogen geven, dicht {value} van het tekort.',
    matching:
      '“{stream}” vraagt cofinanciering uit niet-publiek geld (verhouding {ratio}) voor “{plan}”: elke euro meer ruimte dicht {value} van het tekort.',
    deMinimis:
      'De de-minimisruimte van “{cooperative}” (plafond {limit} over {period} jaar vanaf {year}, geteld als brutosubsidie-equivalent) is op: elke euro ruimte dicht {value} van het tekort.',
    sgeiDeMinimis:
      'De DAEB-de-minimisruimte van “{cooperative}” (algemene en DAEB-steun samen hoogstens {limit} over {period} jaar vanaf {year}) is op: elke euro ruimte dicht {value} van het tekort.',
    debtService:
      'De kasstroom beschikbaar voor schuldendienst van “{plan}” in {year} (omzet min de eigen inkomsten die kosten betalen) draagt niet meer rente en aflossing (minimale DSCR {dscr}): elke euro extra ruimte voor schuldendienst in dat jaar dicht {value} van het tekort.',
    guarantee:
      '“{stream}” leent aan “{plan}” alleen met borgstelling, en die is er niet meer: elke euro extra borgstelling dicht {value} van het tekort.',
  },
  en: {
    eligibility:
      '{amount} of {category} in {year} of “{plan}” may be paid by no stream at all (no sector, stage, cost category or period fits).',
    cover: 'Locked amounts on a cost line of “{plan}” in {year} exceed the cost itself.',
    budget:
      'The {year} budget of “{stream}” is used up: each extra euro of budget closes {value} of the gap.',
    maxPerPlan:
      '“{stream}” gives at most {limit} per plan to “{plan}”: each euro more closes {value} of the gap.',
    maxShareOfPlan:
      '“{stream}” may carry at most {share} of the cost of “{plan}”: each euro more closes {value} of the gap.',
    minAward:
      '“{stream}” awards no less than {limit}; for “{plan}” that cannot be reached, so it gives nothing: each euro it could give below that threshold closes {value} of the gap.',
    matching:
      '“{stream}” requires co-funding from non-public money (ratio {ratio}) for “{plan}”: each euro more room closes {value} of the gap.',
    deMinimis:
      'The de minimis room of “{cooperative}” (ceiling {limit} over {period} years from {year}, counted as gross grant equivalent) is used up: each euro of room closes {value} of the gap.',
    sgeiDeMinimis:
      'The SGEI de minimis room of “{cooperative}” (general and SGEI aid together at most {limit} over {period} years from {year}) is used up: each euro of room closes {value} of the gap.',
    debtService:
      'The cash flow available for debt service of “{plan}” in {year} (revenue less the own revenue that pays costs) carries no more interest and repayment (minimum DSCR {dscr}): each extra euro of room for debt service in that year closes {value} of the gap.',
    guarantee:
      '“{stream}” lends to “{plan}” only with a guarantee, and none is left: each extra euro of guarantee closes {value} of the gap.',
  },
};

const RULE_NAMES: Record<Lang, Templates> = {
  nl: {
    eligibility: 'alleen subsidiabele kosten',
    cover: 'niet meer dan de kosten',
    budget: 'jaarbudget',
    maxPerPlan: 'maximum per plan',
    maxShareOfPlan: 'maximaal aandeel van het plan',
    minAward: 'minimale toekenning',
    matching: 'cofinanciering',
    deMinimis: 'de-minimisplafond',
    sgeiDeMinimis: 'DAEB-de-minimisplafond',
    debtService: 'schuldendienst binnen de kasstroom',
    guarantee: 'borgstelling vereist',
  },
  en: {
    eligibility: 'eligible costs only',
    cover: 'no more than the cost',
    budget: 'yearly budget',
    maxPerPlan: 'maximum per plan',
    maxShareOfPlan: 'maximum share of the plan',
    minAward: 'minimum award',
    matching: 'matching',
    deMinimis: 'de minimis ceiling',
    sgeiDeMinimis: 'SGEI de minimis ceiling',
    debtService: 'debt service within cash flow',
    guarantee: 'guarantee required',
  },
};

const LOCK_BROKEN: Record<Lang, string> = {
  nl: 'Vastgezette bedragen{where} breken de regel “{rule}” met {excess}; ze zijn niet verplaatst.',
  en: 'Locked amounts{where} break the rule “{rule}” by {excess}; they were not moved.',
};

const PRIOR_BROKEN: Record<Lang, string> = {
  nl: 'Eerder ontvangen de-minimissteun van “{cooperative}” overschrijdt al het plafond in de periode vanaf {year} met {excess}.',
  en: 'De minimis aid already received by “{cooperative}” exceeds the ceiling in the period from {year} by {excess}.',
};

/**
 * A message parameter: text, or how to make it. Formatting money is the costly part of
 * an explanation and each template uses only a few parameters, so they are made on use.
 */
export type MessageParam = string | (() => string);
export type MessageParams = Record<string, MessageParam>;

/** The text of one parameter ('' when absent). */
export function paramText(params: MessageParams, name: string): string {
  const param = params[name];
  return typeof param === 'function' ? param() : (param ?? '');
}

/** Templates split once into text and `{name}` parts (odd indexes are names). */
const compiled = new Map<string, string[]>();

export function fill(template: string, params: MessageParams): string {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (params[name] === undefined ? `{${name}}` : paramText(params, name)) + parts[i + 1]!;
  }
  return out;
}

export function ruleName(lang: Lang, rule: BlendRule): string {
  return RULE_NAMES[lang][rule];
}

export function bindingMessage(lang: Lang, rule: BlendRule, params: MessageParams): string {
  return fill(BINDING[lang][rule], params);
}

/** A rule broken before the blend could choose anything: by locked amounts, or (de minimis) by aid already received. */
export function brokenMessage(
  lang: Lang,
  rule: BlendRule,
  params: MessageParams,
  byPriorAid: boolean,
): string {
  if (byPriorAid) return fill(PRIOR_BROKEN[lang], params);
  return fill(LOCK_BROKEN[lang], { ...params, rule: ruleName(lang, rule) });
}
