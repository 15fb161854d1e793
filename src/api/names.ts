import type { Lang } from '../model/messages';

/** `"Zon op Oost", "Warmte" en "Wijkwinkel"`: names as a reader says them in a message, never ids. */
export function quotedNames(names: readonly string[], lang: Lang): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join('');
  const and = lang === 'nl' ? ' en ' : ' and ';
  return `${quoted.slice(0, -1).join(', ')}${and}${quoted[quoted.length - 1]}`;
}
