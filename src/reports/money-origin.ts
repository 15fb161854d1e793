/**
 * Where a funding stream's money comes from, as the council letter tells it: the city's
 * own money (municipal), other public money (state, EU, province), private money
 * (foundations, banks, impact investors, crowdfunding) and members' money. Derived from
 * a stream's `public` flag, its silo and its provider; nothing is stored.
 */
import type { FundingStream } from '../model/stream';

export const MONEY_ORIGINS = ['municipal', 'otherPublic', 'private', 'members'] as const;
export type MoneyOrigin = (typeof MONEY_ORIGINS)[number];

/** A silo whose first word is one of these is a budget of the municipality itself. */
export const MUNICIPAL_SILO_WORDS: readonly string[] = [
  'gemeente',
  'gemeentelijk',
  'gemeentelijke',
  'stadsdeel',
  'stadsdelen',
  'municipal',
  'municipality',
  'city',
];

/** A non-public silo whose first word is one of these is the members' own money. */
export const MEMBER_SILO_WORDS: readonly string[] = [
  'leden',
  'ledenleningen',
  'ledenkapitaal',
  'lid',
  'member',
  'members',
];

function firstWord(silo: string): string {
  return silo.split('-')[0]?.toLowerCase() ?? '';
}

/**
 * The municipality's name as a provider would begin with it: the settings' name without
 * a note in brackets ("Gemeente Amstelstad (fictief)" -> "gemeente amstelstad").
 */
function municipalityPrefix(municipality: string): string {
  return municipality
    .replace(/\([^)]*\)/g, '')
    .trim()
    .toLowerCase();
}

/**
 * Municipal: public, and its silo starts with a municipal word (`gemeente-sociaal-domein`,
 * `municipal-social`, `stadsdeel-noord`) or its provider begins with the municipality's
 * name. Other public: public otherwise. Members: not public and a member silo. Private:
 * not public otherwise.
 */
export function moneyOriginOf(
  stream: Pick<FundingStream, 'public' | 'silo' | 'provider'>,
  municipality: string,
): MoneyOrigin {
  const word = firstWord(stream.silo);
  if (stream.public) {
    if (MUNICIPAL_SILO_WORDS.includes(word)) return 'municipal';
    const prefix = municipalityPrefix(municipality);
    const provider = (stream.provider ?? '').trim().toLowerCase();
    return prefix !== '' && provider.startsWith(prefix) ? 'municipal' : 'otherPublic';
  }
  return MEMBER_SILO_WORDS.includes(word) ? 'members' : 'private';
}
