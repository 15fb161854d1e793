import type { Lang } from '../model/messages';

const MESSAGES = {
  nl: {
    invalidInput: 'De invoer is niet geldig.',
    unknownOperation: 'Onbekende opdracht "{name}".',
    internal: 'Er ging iets onverwachts mis: {detail}. Er is niets half opgeslagen.',
  },
  en: {
    invalidInput: 'The input is not valid.',
    unknownOperation: 'Unknown operation "{name}".',
    internal: 'Something unexpected went wrong: {detail}. Nothing was half-saved.',
  },
} as const;

export function apiMessage(
  lang: Lang,
  key: keyof (typeof MESSAGES)['en'],
  params: Record<string, string> = {},
): string {
  const template: string = MESSAGES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
