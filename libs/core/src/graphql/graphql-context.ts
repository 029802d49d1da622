import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import type { Loaders } from './loaders';

export interface GraphqlContext {
  req: Request;
  res: Response;
  requestId: string;
  actor?: Actor;
  /** Created per request so batching and caching never cross users. */
  loaders: Loaders;
}
