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

/**
 * Writes a loaded (and locked) application back in one UPDATE … RETURNING: TypeORM's save() would first read
 * the row again to diff it. The version column is raised by the query builder, as save() would.
 */
export async function saveApplication(manager: EntityManager, app: Application): Promise<Application> {
  const { id, municipality, applicantUser, assignedConsultant, createdAt, updatedAt, version, ...changes } =
    app;
  void municipality;
  void applicantUser;
  void createdAt;
  void updatedAt;
  void version;
  const result = await manager
    .createQueryBuilder()
    .update(Application)
    .set(changes)
    .where('id = :id', { id })
    .returning(['version', 'updatedAt'])
    .execute();
  const [row] = result.raw as { version: number; updated_at: Date }[];
  app.version = row.version;
  app.updatedAt = row.updated_at;
  app.assignedConsultant = assignedConsultant;
  return app;
}
