import type { AwardStatus } from '../../model/award';
import type { Lang } from '../../model/messages';
import { fill, type MessageParams } from './messages';

/** Why a granted award cannot be paid in full, as far as the problem alone can tell. */
export type ShortfallReason = 'closed' | 'costs' | 'maxPerPlan' | 'maxShareOfPlan' | 'rules';

type Templates = Record<AwardStatus | 'short' | 'guarantee', string>;

/** What each award means for the blend, in a coach's words. */
const AWARD: Record<Lang, Templates> = {
  nl: {
    idea: 'Bij “{stream}” is voor “{plan}” nog niet aangevraagd: de mix rekent met {given}, met een kans op toekenning van {probability}.',
    applied:
      'De aanvraag bij “{stream}” voor “{plan}” loopt{appliedOn}: de mix rekent met {given}, met een kans op toekenning van {probability}.',
    granted:
      '“{stream}” heeft {granted} toegekend aan “{plan}”{reference}: de beschikking legt het totaal van deze bron vast en de mix verdeelt precies dat bedrag over de kosten die zij mag betalen; het telt als zeker.',
    settled:
      '“{stream}” is voor “{plan}” afgerekend op {granted}{reference}: de mix neemt precies dat bedrag op en het telt als zeker.',
    refused:
      '“{stream}” heeft de aanvraag voor “{plan}” afgewezen{decidedOn}: de mix gebruikt deze bron niet voor dit plan.',
    short:
      '“{stream}” heeft {granted} toegekend aan “{plan}”{reference}, maar binnen haar regels kan de mix er maar {given} van gebruiken: {shortfall} blijft onbenut. {reason}',
    guarantee:
      'Borgstelling “{stream}” is toegekend voor “{plan}”{reference}: de borg telt als zeker; de mix laat haar {given} aan leningen borgen (een borgstelling betaalt zelf geen kosten).',
  },
  en: {
    idea: 'No application to “{stream}” for “{plan}” yet: the blend counts on {given}, with an award probability of {probability}.',
    applied:
      'The application to “{stream}” for “{plan}” is pending{appliedOn}: the blend counts on {given}, with an award probability of {probability}.',
    granted:
      '“{stream}” granted {granted} to “{plan}”{reference}: the decision fixes this stream’s total and the blend spreads exactly that amount over the costs it may pay; it counts as certain.',
    settled:
      '“{stream}” was settled for “{plan}” at {granted}{reference}: the blend takes exactly that amount and it counts as certain.',
    refused:
      '“{stream}” refused the application for “{plan}”{decidedOn}: the blend does not use this stream for this plan.',
    short:
      '“{stream}” granted {granted} to “{plan}”{reference}, but within its rules the blend can use only {given} of it: {shortfall} stays unused. {reason}',
    guarantee:
      'Guarantee “{stream}” was granted for “{plan}”{reference}: it counts as certain; the blend has it back {given} of loans (a guarantee pays no costs itself).',
  },
};

const REASON: Record<Lang, Record<ShortfallReason, string>> = {
  nl: {
    closed: 'De bron staat niet open voor “{cooperative}” (sector, fase of nog een concept).',
    costs: '“{plan}” heeft maar {payable} aan kosten die deze bron mag betalen (kostensoort en looptijd).',
    maxPerPlan: 'De bron geeft hoogstens {cap} per plan.',
    maxShareOfPlan: 'De bron mag hoogstens {share} van de kosten van het plan dragen.',
    rules: 'Het jaarbudget, de de-minimisruimte, de cofinanciering of de schuldendienst laat niet meer toe.',
  },
  en: {
    closed: 'The stream is not open to “{cooperative}” (sector, stage, or still a draft).',
    costs: '“{plan}” has only {payable} of costs this stream may pay (cost category and period).',
    maxPerPlan: 'The stream gives at most {cap} per plan.',
    maxShareOfPlan: 'The stream may carry at most {share} of the plan’s cost.',
    rules: 'The yearly budget, the de minimis room, matching or debt service allows no more.',
  },
};

/** Optional parts, each with its leading words. */
const PARTS: Record<Lang, { reference: string; appliedOn: string; decidedOn: string }> = {
  nl: { reference: ' (beschikking {value})', appliedOn: ' (ingediend {value})', decidedOn: ' op {value}' },
  en: { reference: ' (decision {value})', appliedOn: ' (submitted {value})', decidedOn: ' on {value}' },
};

export function optionalPart(
  lang: Lang,
  part: keyof (typeof PARTS)['nl'],
  value: string | undefined,
): string {
  return value === undefined || value === '' ? '' : fill(PARTS[lang][part], { value });
}

export function awardMessage(
  lang: Lang,
  kind: AwardStatus | 'short' | 'guarantee',
  params: MessageParams,
  reason?: ShortfallReason,
): string {
  const withReason =
    reason === undefined ? params : { ...params, reason: fill(REASON[lang][reason], params) };
  return fill(AWARD[lang][kind], withReason);
}
