import { recordChanges } from '../storage/record-diff';
import type { HandlerGroup } from './handler-types';

/** A record's history from the backend's audit trail (the file and the team database alike). */
export const auditHandlers: HandlerGroup<'audit.history'> = {
  'audit.history': async (services, input) => {
    const events = await services.store().audit({ entity: input.entity, id: input.id });
    return (
      events
        .map((event) => ({
          at: event.at,
          user: event.user,
          operation: event.operation,
          kind:
            event.before === null
              ? ('created' as const)
              : event.after === null
                ? ('deleted' as const)
                : ('changed' as const),
          changes: recordChanges(event.before, event.after),
          seq: event.seq,
        }))
        // A save that changed no field (the same values written again) is no history to read.
        .filter((event) => event.kind !== 'changed' || event.changes.length > 0)
        .sort((a, b) => b.seq - a.seq)
        .map(({ seq: _seq, ...event }) => event)
    );
  },
};
