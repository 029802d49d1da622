import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';
import type { GraphqlContext } from '../graphql/graphql-context';

/** The authenticated actor; operations that use it are never PUBLIC, so a missing actor is a bug-proof 401. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const { actor } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  if (!actor) throw AppError.unauthenticated();
  return actor;
});

/** The actor of a REST route guarded with @Permission (set by PermissionGuard from the bearer token). */
export const HttpActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const actor = context.switchToHttp().getRequest<{ actor?: import('./actor').Actor }>().actor;
  if (!actor) throw AppError.unauthenticated();
  return actor;
});
