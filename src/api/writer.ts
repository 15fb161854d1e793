import { UNNAMED_WRITER, type Writer } from '../storage/backend';
import type { CallContext, Services } from './context';

/** Who a call writes as: the signed-in user on the team server, else the local user of the file. */
export function writerOf(context: CallContext, operation: string): Writer {
  return { user: context.user?.name ?? UNNAMED_WRITER.user, operation };
}

/**
 * The same services, with every write of the backend made as `writer`. Everything else
 * (jobs, backups, the host's hooks) is the session's own, reached through the prototype,
 * so a host's getters and methods stay as they are.
 */
export function servicesWritingAs(services: Services, writer: Writer): Services {
  const bound = Object.create(services) as Services;
  bound.store = () => services.store().as(writer);
  return bound;
}
