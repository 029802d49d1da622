import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../auth/actor';

export interface RequestContext {
  requestId: string;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Carries the request id (and the actor once known) to logs and audit rows without threading it by hand. */
export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
};
