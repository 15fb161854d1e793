import { UNNAMED_WRITER } from '../storage/backend';
import { NotAvailableError } from './errors';
import type { HandlerGroup } from './handler-types';
import { apiMessage } from './messages';

/**
 * Signing in and out goes through the host (`context.signIn`): only it can set or clear
 * the session cookie. A host without accounts (desktop, `npm run web`) has one local
 * user with every right and nothing to sign in to.
 */
export const sessionHandlers: HandlerGroup<'session.login' | 'session.logout' | 'session.current'> = {
  'session.login': async (_services, input, context) => {
    if (context.signIn === undefined) throw new NotAvailableError(apiMessage(context.lang, 'noAccounts'));
    const user = await context.signIn.login(input.user, input.password);
    return { name: user.name, role: user.role, team: true };
  },
  'session.logout': async (_services, _input, context) => {
    if (context.signIn === undefined) throw new NotAvailableError(apiMessage(context.lang, 'noAccounts'));
    await context.signIn.logout();
    return {};
  },
  'session.current': (_services, _input, context) =>
    context.user === undefined
      ? { name: UNNAMED_WRITER.user, role: 'admin', team: false }
      : { name: context.user.name, role: context.user.role, team: true },
};
