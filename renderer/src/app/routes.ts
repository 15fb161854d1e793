export const SCREENS = [
  'overview',
  'week',
  'cooperatives',
  'streams',
  'plans',
  'indicators',
  'portfolio',
  'procurement',
  'scenarios',
  'reports',
  'settings',
] as const;
export type Screen = (typeof SCREENS)[number];

export type Route =
  | { screen: Exclude<Screen, 'plans' | 'cooperatives'> }
  | { screen: 'plans'; planId: string | null }
  /** Without an id the list; with one, that cooperative's page. */
  | { screen: 'cooperatives'; cooperativeId?: string };

/** URL fragments in Dutch, the product's first language. */
const SLUGS: Record<Screen, string> = {
  overview: 'overzicht',
  week: 'deze-week',
  cooperatives: 'cooperaties',
  streams: 'financieringsbronnen',
  plans: 'plannen',
  indicators: 'indicatoren',
  portfolio: 'portefeuille',
  procurement: 'inkoop',
  scenarios: 'scenarios',
  reports: 'rapporten',
  settings: 'instellingen',
};

export const DEFAULT_ROUTE: Route = { screen: 'overview' };

/**
 * `#/plannen/zon-op-oost` -> the plans screen with that plan selected, `#/cooperaties/zon-op-oost`
 * -> that cooperative's page; anything unknown -> overview.
 */
export function parseHash(hash: string): Route {
  const [slug = '', detail] = hash.replace(/^#\/?/, '').split('/');
  const screen = SCREENS.find((s) => SLUGS[s] === slug);
  if (screen === undefined) return DEFAULT_ROUTE;
  if (screen === 'plans') {
    return { screen, planId: detail === undefined || detail === '' ? null : decodeURIComponent(detail) };
  }
  if (screen === 'cooperatives' && detail !== undefined && detail !== '') {
    return { screen, cooperativeId: decodeURIComponent(detail) };
  }
  return { screen };
}

export function hrefOf(route: Route): string {
  const base = `#/${SLUGS[route.screen]}`;
  if (route.screen === 'plans' && route.planId !== null) return `${base}/${encodeURIComponent(route.planId)}`;
  if (route.screen === 'cooperatives' && route.cooperativeId !== undefined) {
    return `${base}/${encodeURIComponent(route.cooperativeId)}`;
  }
  return base;
}
