/**
 * Fills the `{{name}}` placeholders of a message template from the i18n resources.
 *
 * The template comes from `translate` (src/i18n) without variables, so i18next leaves its
 * placeholders as written; filling them here, in one pass, keeps three things i18next's
 * own interpolation does not: a value is never read as a placeholder or an i18next option
 * (a stream may be called `{{plan}}` or `count`), parameters can be made on use (money
 * formatting is the costly part of an explanation), and a parameter a caller forgot shows
 * as `{name}`, as the messages always did, instead of vanishing.
 */
import { translate, type CoreNamespace, type Lang } from '../i18n';

/** Templates split once into text and placeholder parts (odd indexes are names). */
const compiled = new Map<string, string[]>();
/** Templates read once per language and key. */
const templates = new Map<string, string>();

/** The raw template of `ns:key` in `lang`, placeholders still in it; throws for a missing key. */
export function messageTemplate(lang: Lang, key: `${CoreNamespace}:${string}`): string {
  const cacheKey = `${lang}|${key}`;
  let template = templates.get(cacheKey);
  if (template === undefined) templates.set(cacheKey, (template = translate(lang, key)));
  return template;
}

/** `template` with each `{{name}}` replaced by `value(name)`; `undefined` leaves `{name}`. */
export function fillTemplate(template: string, value: (name: string) => string | undefined): string {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = template.split(/\{\{(\w+)\}\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (value(name) ?? `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/** The message `ns:key` in `lang` with its placeholders filled from `params` (any value, as text). */
export function fillMessage(
  lang: Lang,
  key: `${CoreNamespace}:${string}`,
  params: Readonly<Record<string, unknown>>,
): string {
  return fillTemplate(messageTemplate(lang, key), (name) => {
    const param = params[name];
    return param === undefined ? undefined : String(param);
  });
}
