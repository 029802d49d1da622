import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { Actor } from './actor';
import { PERMISSION_KEY } from './permission.decorator';
import { isAllowed, Operation, PERMISSIONS } from './permissions';
import { TokenService } from './token.service';

/** An HTTP request that passed the guard on a @Permission route carries its actor here. */
export interface AuthenticatedRequest extends Request {
  actor?: Actor;
}

/** Global guard: deny by default, then the permission table decides. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const operation = this.reflector.getAllAndOverride<Operation | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (context.getType<string>() !== 'graphql') return this.canActivateHttp(context, operation);
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

  /**
   * REST routes without @Permission (health, bot, OIDC) guard themselves; routes with one (document upload and
   * download) need a bearer access token, checked against the same table as GraphQL.
   */
  private canActivateHttp(context: ExecutionContext, operation: Operation | undefined): boolean {
    if (!operation) return true;
    if (PERMISSIONS[operation] === 'PUBLIC') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw AppError.unauthenticated();
    let actor: Actor;
    try {
      actor = this.tokens.verifyAccessToken(token);
    } catch {
      throw AppError.unauthenticated();
    }
    if (!isAllowed(operation, actor.role)) throw AppError.forbidden();
    req.actor = actor;
    return true;
  }
}
