import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash, SCREENS, type Route } from '../../renderer/src/app/routes';

describe('hash routes', () => {
  it('reads every screen back from its own link', () => {
    for (const screen of SCREENS) {
      const route: Route = screen === 'plans' ? { screen, planId: null } : { screen };
      expect(parseHash(hrefOf(route))).toEqual(route);
    }
  });

  it('carries a selected plan, also with characters that need escaping', () => {
    expect(parseHash('#/plannen/zon-op-oost')).toEqual({ screen: 'plans', planId: 'zon-op-oost' });
    const route: Route = { screen: 'plans', planId: 'a b' };
    expect(parseHash(hrefOf(route))).toEqual(route);
  });

  it('carries a cooperative to its page; without one the list', () => {
    expect(parseHash('#/cooperaties/meerhoek')).toEqual({
      screen: 'cooperatives',
      cooperativeId: 'meerhoek',
    });
    expect(parseHash('#/cooperaties/')).toEqual({ screen: 'cooperatives' });
    const route: Route = { screen: 'cooperatives', cooperativeId: 'a b' };
    expect(hrefOf(route)).toBe('#/cooperaties/a%20b');
    expect(parseHash(hrefOf(route))).toEqual(route);
  });

  it('opens the overview for an empty or unknown fragment', () => {
    expect(parseHash('')).toEqual({ screen: 'overview' });
    expect(parseHash('#/bestaat-niet')).toEqual({ screen: 'overview' });
  });
});
