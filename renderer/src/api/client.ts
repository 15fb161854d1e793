import {
  OPERATION_NAMES,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../../src/contract/operations';
import type { Result } from '../../../src/contract/result';
import type { Lang } from '../../../src/model/messages';
import type { Transport } from './transport';

type GroupOf<N extends string> = N extends `${infer G}.${string}` ? G : never;
type MethodOf<N extends string, G extends string> = N extends `${G}.${infer M}` ? M : never;

export type Call<N extends OperationName> = (input: OperationInput<N>) => Promise<Result<OperationOutput<N>>>;

/** `api.cooperatives.create(input)`: one function per contract operation, grouped by its prefix. */
export type Api = {
  [G in GroupOf<OperationName>]: {
    [N in OperationName as MethodOf<N, G>]: Call<N>;
  };
};

/**
 * Builds the client from the contract's operation list, so a new operation shows up
 * here without hand-written plumbing. The current language travels with every call.
 */
export function createApi(transport: Transport, currentLang: () => Lang): Api {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const name of OPERATION_NAMES) {
    const dot = name.indexOf('.');
    const group = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const call: Call<typeof name> = (input) => transport(name, input, currentLang());
    groups[group] = { ...groups[group], [method]: call };
  }
  // The loop above fills exactly the shape `Api` describes; TypeScript cannot follow a loop over a mapped type.
  return groups as Api;
}
