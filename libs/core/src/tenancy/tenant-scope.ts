import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { Role } from '../users/role';

/**
 * The one place municipality scoping happens. Every query on a municipality-owned table goes through
 * `scopeQuery` (or `assertInScope` after a load by id), so no resolver can forget it.
 */
export function scopeQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  actor: Actor,
  municipalityId?: string,
): SelectQueryBuilder<T> {
  return qb.andWhere(`${alias}.municipality_id = :scopeMunicipalityId`, {
    scopeMunicipalityId: resolveMunicipality(actor, municipalityId),
  });
}

/**
 * Which municipality an actor may address. Only the platform ADMIN may name another municipality
 * (and only for user administration, which the permission table restricts).
 */
export function resolveMunicipality(actor: Actor, requested?: string | null): string {
  if (!requested || requested === actor.municipalityId) return actor.municipalityId;
  if (actor.role === Role.ADMIN) return requested;
  throw AppError.forbidden('Du har kun adgang til data i din egen kommune.');
}

/** After loading one row by id: a row of another municipality looks exactly like a missing one. */
export function assertInScope<T extends { municipalityId: string }>(
  actor: Actor,
  row: T | null | undefined,
): T {
  if (!row || (row.municipalityId !== actor.municipalityId && actor.role !== Role.ADMIN))
    throw AppError.notFound();
  return row;
}
