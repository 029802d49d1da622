import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
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
export class AuditService implements OnApplicationShutdown {
  private readonly readPool: Pool;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.readPool = new Pool({
      connectionString: config.database.url,
      max: Math.max(2, Math.ceil(config.database.poolSize / 4)),
      options: '-c synchronous_commit=off',
      application_name: 'plejeportalen-audit',
    });
    // An idle connection the server closes (a restart, a failover, a dropped test database) is emitted as an
    // 'error' on the pool; unhandled, that would end the whole process. The pool replaces the connection itself.
    this.readPool.on('error', (err: Error & { code?: string }) =>
      this.logger.warn(`audit read pool lost an idle connection (${err.code ?? 'no code'})`),
    );
  }

  private readonly logger = new Logger(AuditService.name);

  /** Pass the service's transaction manager so the audit row commits or rolls back with the change. */
  async record(
    actor: Actor | null,
    entry: AuditEntry,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditEvent, this.row(actor, entry));
  }

  /**
   * A read has no change to commit with, so its row goes in as one statement on a small pool of its own whose
   * sessions do not wait for the WAL flush (synchronous_commit off): one round trip and no disk sync per list
   * request. The row is durable within PostgreSQL's wal_writer_delay (200 ms by default); only a crash of the
   * database server inside that window can lose it, never a crash of the api.
   */
  async recordRead(actor: Actor, entry: Omit<AuditEntry, 'action'>): Promise<void> {
    await this.readPool.query(
      `INSERT INTO audit_event (action, entity, entity_id, municipality_id, actor_user_id, actor_role, request_id, details)
       VALUES ('READ', $1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.entity,
        entry.entityId ?? null,
        entry.municipalityId === undefined ? actor.municipalityId : entry.municipalityId,
        actor.userId,
        actor.role,
        requestContext.requestId() ?? null,
        entry.details ? JSON.stringify(entry.details) : null,
      ],
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readPool.end();
  }

  private row(actor: Actor | null, entry: AuditEntry): QueryDeepPartialEntity<AuditEvent> {
    return {
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      municipalityId: entry.municipalityId ?? actor?.municipalityId ?? null,
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      requestId: requestContext.requestId() ?? null,
      // jsonb: TypeORM's partial type does not model free-form objects.
      details: (entry.details ?? null) as never,
    };
  }
}
