import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { Actor, AppError, assertInScope, Role } from '@pleje/core';
import { Application } from './application.entity';

/** Roles that may read and work applications (family-care consultants run recruitment). */
export const RECRUITMENT_STAFF: readonly Role[] = [Role.FAMILY_CONSULTANT];

export function isApplicantRole(role: Role): boolean {
  return role === Role.APPLICANT || role === Role.FOSTER_PARENT;
}

/**
 * Loads an application the actor may see: applicants only their own, staff only in their municipality. Any
 * other row looks exactly like a missing one. `lock` takes a row lock for the caller's transaction.
 */
export async function loadApplicationFor(
  manager: EntityManager,
  actor: Actor,
  id: string,
  lock = false,
): Promise<Application> {
  if (!isUUID(id)) throw AppError.notFound('Ansøgningen findes ikke.');
  const found = await manager.findOne(Application, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (isApplicantRole(actor.role)) {
    if (!found || found.applicantUserId !== actor.userId) throw AppError.notFound('Ansøgningen findes ikke.');
    return found;
  }
  return assertInScope(actor, found);
}
