import { AuditEvent } from '../audit/audit-event.entity';
import { OutboxJob } from '../queue/outbox-job.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Municipality } from '../tenancy/municipality.entity';
import { User } from '../users/user.entity';
// Relative, like the migrations: the @pleje/notifications barrel imports @pleje/core (a cycle).
import { EmailMessage } from '../../../notifications/src/email-message.entity';

/** Every entity, listed explicitly (no globs: the same list works in tsc output and in jest). */
export const ENTITIES = [Municipality, User, RefreshToken, AuditEvent, OutboxJob, EmailMessage];
