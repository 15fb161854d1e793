import { api } from '../../api';
import type { WeekAgendaJson } from '../../../../src/contract';
import { useLatestRequest } from '../../state/useLatestRequest';
import type { LatestView } from '../../state/latestRequest';

const ask = () => api.awards.week({});

/**
 * The coach's week as the host sees it today, asked again after every saved change (a
 * recorded decision drops off the list at once) and when the screen opens.
 */
export function useWeekAgenda(
  lastSavedAt: string | null,
): LatestView<WeekAgendaJson> & { retry: () => void } {
  return useLatestRequest(ask, undefined, JSON.stringify([lastSavedAt]));
}
