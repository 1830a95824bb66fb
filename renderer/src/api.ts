// The renderer's only way to the data: the preload's typed functions, with errors turned into
// exceptions that carry the main process's readable message.
import type { CheckRequest, Result, WardbookApi } from '../../electron/common/contract.ts';

export class ApiError extends Error {}

async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/**
 * A plain copy of a list request. The stores hold Vue reactive arrays, which are Proxies: the context
 * bridge cannot clone a Proxy, so passing one would fail every check in the real app.
 */
export const plainCheckRequest = (r: CheckRequest): CheckRequest => ({
  lines: Array.from(r.lines, String),
  conditions: Array.from(r.conditions, String),
  allergies: Array.from(r.allergies, String),
  ...(r.minSeverity ? { minSeverity: r.minSeverity } : {}),
});

const bridge = (): WardbookApi => {
  if (!window.wardbook) throw new ApiError('Wardbook is not connected to its data pack.');
  return window.wardbook;
};

export const api = {
  packInfo: () => unwrap(bridge().packInfo()),
  search: (query: string, limit?: number) =>
    unwrap(bridge().search(limit ? { query: query, limit } : { query: query })),
  monograph: (drugId: string, product?: string) =>
    unwrap(bridge().monograph(product ? { drugId, product } : { drugId })),
  drugInteractions: (drugId: string) => unwrap(bridge().drugInteractions({ drugId })),
  checkList: (request: CheckRequest) => unwrap(bridge().checkList(plainCheckRequest(request))),
  compareLists: (before: CheckRequest, after: CheckRequest) =>
    unwrap(bridge().compareLists({ before: plainCheckRequest(before), after: plainCheckRequest(after) })),
  terms: () => unwrap(bridge().terms()),
};
