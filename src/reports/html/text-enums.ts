/**
 * The report's names for the workspace's fixed choices (sector, legal form, stage,
 * stream kind, cost category, blend rule, evidence grade), in the app's own words so a
 * reader meets the same terms on screen and on paper.
 */
import type { BlendRule } from '../../finance/blend/types';
import type { LEGAL_FORMS, Sector, Stage } from '../../model/cooperative';
import type { Lang } from '../../model/messages';
import type { EVIDENCE_GRADES } from '../../model/plan';
import type { CostCategory, StreamKind } from '../../model/stream';

type LegalForm = (typeof LEGAL_FORMS)[number];
type Evidence = (typeof EVIDENCE_GRADES)[number];

interface EnumLabels {
  sector: Record<Sector, string>;
  legalForm: Record<LegalForm, string>;
  stage: Record<Stage, string>;
  streamKind: Record<StreamKind, string>;
  costCategory: Record<CostCategory, string>;
  blendRule: Record<BlendRule, string>;
  evidence: Record<Evidence, string>;
}

const nl: EnumLabels = {
  sector: {
    energy: 'Energie',
    care: 'Zorg en welzijn',
    food: 'Voedsel',
    housing: 'Wonen',
    mobility: 'Mobiliteit',
    cleaning: 'Schoonmaak',
    circular: 'Circulair',
    culture: 'Cultuur',
    other: 'Overig',
  },
  legalForm: {
    'cooperatie-ua': 'Coöperatie U.A.',
    'cooperatie-ba': 'Coöperatie B.A.',
    'cooperatie-wa': 'Coöperatie W.A.',
    vereniging: 'Vereniging',
    stichting: 'Stichting',
    other: 'Overig',
  },
  stage: { idea: 'Idee', startup: 'Opstart', growth: 'Groei', mature: 'Volwassen' },
  streamKind: {
    grant: 'Subsidie',
    loan: 'Lening',
    equity: 'Participatie',
    procurement: 'Inkoop',
    'in-kind': 'In natura',
    guarantee: 'Borgstelling',
  },
  costCategory: {
    capex: 'Investeringen',
    opex: 'Exploitatiekosten',
    personnel: 'Personeel',
    training: 'Opleiding',
    housing: 'Huisvesting',
    other: 'Overig',
  },
  blendRule: {
    eligibility: 'Wie en wat in aanmerking komt',
    cover: 'Dekking van de kosten',
    budget: 'Jaarbudget van de bron',
    maxPerPlan: 'Maximum per plan',
    maxShareOfPlan: 'Maximaal aandeel van de plankosten',
    minAward: 'Minimale toekenning',
    matching: 'Matching met niet-publiek geld',
    deMinimis: 'De-minimisplafond',
    sgeiDeMinimis: 'DAEB-de-minimisplafond',
    debtService: 'Schuldendienst (DSCR)',
    guarantee: 'Borgstelling vereist',
  },
  evidence: { strong: 'Sterk (gegevens)', moderate: 'Redelijk (zelfrapportage)', weak: 'Zwak (aanname)' },
};

const en: EnumLabels = {
  sector: {
    energy: 'Energy',
    care: 'Care and welfare',
    food: 'Food',
    housing: 'Housing',
    mobility: 'Mobility',
    cleaning: 'Cleaning',
    circular: 'Circular economy',
    culture: 'Culture',
    other: 'Other',
  },
  legalForm: {
    'cooperatie-ua': 'Cooperative U.A.',
    'cooperatie-ba': 'Cooperative B.A.',
    'cooperatie-wa': 'Cooperative W.A.',
    vereniging: 'Association',
    stichting: 'Foundation',
    other: 'Other',
  },
  stage: { idea: 'Idea', startup: 'Start-up', growth: 'Growth', mature: 'Mature' },
  streamKind: {
    grant: 'Grant',
    loan: 'Loan',
    equity: 'Equity',
    procurement: 'Procurement',
    'in-kind': 'In kind',
    guarantee: 'Guarantee',
  },
  costCategory: {
    capex: 'Investment',
    opex: 'Operating costs',
    personnel: 'Personnel',
    training: 'Training',
    housing: 'Premises',
    other: 'Other',
  },
  blendRule: {
    eligibility: 'Who and what is eligible',
    cover: 'Covering the costs',
    budget: "The stream's yearly budget",
    maxPerPlan: 'Maximum per plan',
    maxShareOfPlan: "Maximum share of the plan's costs",
    minAward: 'Minimum award',
    matching: 'Matching with non-public money',
    deMinimis: 'De minimis ceiling',
    sgeiDeMinimis: 'SGEI de minimis ceiling',
    debtService: 'Debt service (DSCR)',
    guarantee: 'Guarantee required',
  },
  evidence: { strong: 'Strong (data)', moderate: 'Moderate (self-report)', weak: 'Weak (assumed)' },
};

export const ENUM_LABELS: Record<Lang, EnumLabels> = { nl, en };
export type { EnumLabels };
