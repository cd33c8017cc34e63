// The request an integration test is acting in: cookies and headers that the next/headers shim
// hands to real code. Tests enter it with asUser() / asAnonymous().
import { AsyncLocalStorage } from "node:async_hooks";

export type TTestRequest = { cookies: Map<string, string>; headers: Headers };
export const requestStore = new AsyncLocalStorage<TTestRequest>();

export function currentRequest(): TTestRequest {
  return requestStore.getStore() ?? { cookies: new Map(), headers: new Headers() };
}
