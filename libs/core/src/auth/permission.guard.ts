import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import { PERMISSION_KEY } from './permission.decorator';
import { isAllowed, Operation, PERMISSIONS } from './permissions';

/** Global guard: deny by default, then the permission table decides. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // REST routes (health, bot, OIDC) guard themselves
    const operation = this.reflector.getAllAndOverride<Operation | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    // Field resolvers inherit their parent's check; only root operations are gated here.
    if (!['Query', 'Mutation', 'Subscription'].includes(info.parentType.name)) return true;
    if (!operation || !(operation in PERMISSIONS)) throw AppError.forbidden();
    if (PERMISSIONS[operation] === 'PUBLIC') return true;
    const { actor } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!actor) throw AppError.unauthenticated();
    if (!isAllowed(operation, actor.role)) throw AppError.forbidden();
    return true;
  }
}
