import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { hashPassword, passwordProblem } from '../auth/password';
import { AppError } from '../errors/app-error';
import { Connection, PageArgs, paginate } from '../graphql/pagination';
import { Municipality } from '../tenancy/municipality.entity';
import { assertInScope, resolveMunicipality, scopeQuery } from '../tenancy/tenant-scope';
import { Role, STAFF_ROLES } from './role';
import { User } from './user.entity';

export interface CreateStaffUser {
  municipalityId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async me(actor: Actor): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: actor.userId } });
    if (!user?.active) throw AppError.unauthenticated();
    return user;
  }

  async list(actor: Actor, page: PageArgs, municipalityId?: string): Promise<Connection<User>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    // The platform ADMIN administers accounts across municipalities; everyone else sees their own only.
    const everywhere = actor.role === Role.ADMIN && !municipalityId;
    if (!everywhere) scopeQuery(qb, 'u', actor, municipalityId);
    const result = await paginate(qb, 'u', page);
    await this.audit.recordRead(actor, {
      entity: 'user',
      municipalityId: everywhere ? null : resolveMunicipality(actor, municipalityId),
      details: { count: result.edges.length, allMunicipalities: everywhere },
    });
    return result;
  }

  async get(actor: Actor, id: string): Promise<User> {
    if (!isUUID(id)) throw AppError.notFound();
    const user = assertInScope(actor, await this.dataSource.getRepository(User).findOne({ where: { id } }));
    await this.audit.recordRead(actor, {
      entity: 'user',
      entityId: id,
      municipalityId: user.municipalityId,
    });
    return user;
  }

  async createStaff(actor: Actor, input: CreateStaffUser): Promise<User> {
    const fields: Record<string, string> = {};
    if (!STAFF_ROLES.includes(input.role)) fields.role = 'Vælg en medarbejderrolle.';
    const problem = passwordProblem(input.password);
    if (problem) fields.password = problem;
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    const municipalityId = resolveMunicipality(actor, input.municipalityId);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (em) => {
      if (!(await em.exists(Municipality, { where: { id: municipalityId } }))) {
        throw AppError.badInput({ municipalityId: 'Kommunen findes ikke.' });
      }
      if (await em.exists(User, { where: { email } })) {
        throw AppError.conflict('Der findes allerede en bruger med den e-mailadresse.', {
          email: 'E-mailadressen er i brug.',
        });
      }
      const saved = await em.save(
        em.create(User, {
          municipalityId,
          email,
          name: input.name.trim(),
          role: input.role,
          passwordHash,
          active: true,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'user',
          entityId: saved.id,
          municipalityId,
          details: { fields: ['email', 'name', 'role'] },
        },
        em,
      );
      return saved;
    });
  }
}
