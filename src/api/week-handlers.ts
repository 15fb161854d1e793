import { localIsoDate, weekAgenda } from '../model/award-week';
import type { HandlerGroup } from './handler-types';

/** Today comes from the host's clock (a test injects one through `Services.clock`). */
export const weekHandlers: HandlerGroup<'awards.week'> = {
  'awards.week': async (services) => {
    const now = services.clock?.() ?? new Date();
    return weekAgenda(await services.store().load(), localIsoDate(now));
  },
};
