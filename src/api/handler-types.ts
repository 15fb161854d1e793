import type { CallContext, Services } from './context';
import type { HandlerInput, HandlerOutput, OperationName } from '../contract/operations';

/** What one operation does: model-form input in, model-form output out (invoke.ts does the JSON). */
export type Handler<N extends OperationName> = (
  services: Services,
  input: HandlerInput<N>,
  context: CallContext,
) => HandlerOutput<N> | Promise<HandlerOutput<N>>;

export type Handlers = { [N in OperationName]: Handler<N> };

/** The handlers of some operations, kept in their own file and spread into `handlers`. */
export type HandlerGroup<N extends OperationName> = { [K in N]: Handler<K> };
