import type { Method, MethodOutput, ParsedInput } from '../../src-shared/api/contract';

/** One handler per contract method; inputs arrive already parsed by the contract's schema. */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export type HandlerGroup<K extends Method> = Pick<Handlers, K>;
