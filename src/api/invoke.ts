import { z } from 'zod';
import { describeIssue } from '../model/issues';
import { checkJsonShape, parseWith } from '../model/parse';
import type { CallContext, Services } from './context';
import { toApiError } from './errors';
import { handlers } from './handlers';
import { apiMessage } from './messages';
import { servicesWritingAs, writerOf } from './writer';
import { isOperationName, operations, type OperationName } from '../contract/operations';
import type { ApiError, Result } from '../contract/result';
import type { Role } from '../accounts/role-names';
import { accessOf, roleMayCall } from '../contract/roles';
import { translate, type Lang } from '../i18n';

/**
 * The one entry point every host uses: checks the operation name, parses the input
 * with its schema, runs the handler and encodes the output to its JSON form.
 * Never throws; every outcome is a `Result`.
 */
export async function invoke(
  services: Services,
  name: string,
  rawInput: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return {
      ok: false,
      error: { code: 'unknown-operation', message: apiMessage(context.lang, 'unknownOperation', { name }) },
    };
  }
  // Before the input is even parsed: a refused call learns nothing and writes nothing.
  const user = context.user;
  if (user !== undefined && !roleMayCall(user.role, name)) {
    return { ok: false, error: forbiddenError(name, user.role, context.lang) };
  }
  return run(services, name, rawInput, context);
}

function forbiddenError(name: OperationName, role: Role, lang: Lang): ApiError {
  const needed = accessOf(name);
  const roleWords = (r: Role) => translate(lang, `errors:roles.${r}`);
  return {
    code: 'forbidden',
    message: apiMessage(lang, 'forbidden', {
      operation: name,
      role: roleWords(role),
      needed: needed === 'anyone' ? '' : roleWords(needed),
    }),
  };
}

async function run<N extends OperationName>(
  services: Services,
  name: N,
  rawInput: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  const operation = operations[name];
  const shapeIssues = checkJsonShape(rawInput ?? {}, context.lang);
  const parsed =
    shapeIssues.length > 0
      ? ({ ok: false, issues: shapeIssues } as const)
      : parseWith(operation.input, rawInput ?? {}, context.lang);
  if (!parsed.ok) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: parsed.issues.map(describeIssue).join('\n'),
        issues: parsed.issues,
      },
    };
  }
  try {
    const handler = handlers[name] as (
      s: Services,
      input: unknown,
      c: CallContext,
    ) => z.output<typeof operation.output> | Promise<z.output<typeof operation.output>>;
    const value = await handler(servicesWritingAs(services, writerOf(context, name)), parsed.value, context);
    return { ok: true, value: z.encode(operation.output as z.ZodType, value) };
  } catch (error) {
    return { ok: false, error: toApiError(error, context) };
  }
}
