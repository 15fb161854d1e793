import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A slug id: lowercase letters, digits and hyphens, 1-64 characters. */
export const idSchema = z.string().regex(ID_PATTERN);

export type Id = z.infer<typeof idSchema>;

/** Turns a name into a candidate id ("Buurtcoöperatie Oost" -> "buurtcooperatie-oost"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return slug === '' ? 'item' : slug;
}

/** The first id based on `base` not yet taken ("zon", "zon-2", "zon-3" ...). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const root = slugify(base);
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = root.slice(0, 64 - suffix.length).replace(/-+$/g, '') + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
