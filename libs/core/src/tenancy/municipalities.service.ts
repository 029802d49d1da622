import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { Connection, PageArgs, paginate } from '../graphql/pagination';
import { Municipality } from './municipality.entity';

@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(_actor: Actor, page: PageArgs): Promise<Connection<Municipality>> {
    return paginate(this.dataSource.getRepository(Municipality).createQueryBuilder('m'), 'm', page);
  }

  async create(actor: Actor, input: { code: string; name: string; phone?: string }): Promise<Municipality> {
    return this.dataSource.transaction(async (em) => {
      const exists = await em.findOne(Municipality, { where: { code: input.code } });
      if (exists)
        throw AppError.conflict('Der findes allerede en kommune med den kode.', { code: 'Koden er i brug.' });
      const saved = await em.save(
        em.create(Municipality, { code: input.code, name: input.name.trim(), phone: input.phone ?? null }),
      );
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'municipality', entityId: saved.id, municipalityId: saved.id },
        em,
      );
      return saved;
    });
  }
}
