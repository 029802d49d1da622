import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { requestContext } from '../context/request-context';
import { AuditAction, AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  municipalityId?: string | null;
  /** Field names or counts only; never values. */
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Pass the service's transaction manager so the audit row commits or rolls back with the change. */
  async record(
    actor: Actor | null,
    entry: AuditEntry,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditEvent, {
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      municipalityId: entry.municipalityId ?? actor?.municipalityId ?? null,
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      requestId: requestContext.requestId() ?? null,
      details: (entry.details ?? null) as never,
    });
  }
}
