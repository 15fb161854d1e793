/**
 * Why a rule holds funding back, in a finance officer's words: the `finance:blend.*`
 * translations (src/i18n/locales/{nl,en}/finance.json). `{{value}}` is euros of gap
 * closed per euro.
 */
import type { Lang } from '../../i18n';
import { fillTemplate, messageTemplate } from '../../model/fill-template';
import type { BlendRule } from './types';

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

/** The message `finance:key` with its placeholders made from `params` (only those it uses). */
export function financeMessage(lang: Lang, key: string, params: MessageParams): string {
  return fillTemplate(messageTemplate(lang, `finance:${key}`), (name) =>
    params[name] === undefined ? undefined : paramText(params, name),
  );
}

export function ruleName(lang: Lang, rule: BlendRule): string {
  return messageTemplate(lang, `finance:blend.ruleName.${rule}`);
}

export function bindingMessage(lang: Lang, rule: BlendRule, params: MessageParams): string {
  return financeMessage(lang, `blend.binding.${rule}`, params);
}

/** A rule broken before the blend could choose anything: by locked amounts, or (de minimis) by aid already received. */
export function brokenMessage(
  lang: Lang,
  rule: BlendRule,
  params: MessageParams,
  byPriorAid: boolean,
): string {
  if (byPriorAid) return financeMessage(lang, 'blend.priorBroken', params);
  return financeMessage(lang, 'blend.lockBroken', { ...params, rule: ruleName(lang, rule) });
}
