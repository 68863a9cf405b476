import {
  methodNames,
  type ApiRequest,
  type ApiResponse,
  type GuftaguApi,
  type MethodName,
} from '../../../shared/api/contract';

/** One typed function that performs any call; each binding supplies its own. */
export type CallFn = <M extends MethodName>(method: M, request: ApiRequest<M>) => Promise<ApiResponse<M>>;

/** Builds the whole GuftaguApi object from the contract's method names: no per-method code anywhere. */
export function buildApi(call: CallFn): GuftaguApi {
  const api: Partial<Record<MethodName, (request: never) => Promise<unknown>>> = {};
  for (const name of methodNames) api[name] = (request) => call(name, request);
  return api as GuftaguApi;
}
