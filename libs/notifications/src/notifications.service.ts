import { Injectable } from '@nestjs/common';
import { jobId, OutboxService, QueueError, QueueErrorCode } from '@pleje/core';
import { EntityManager } from 'typeorm';
import { NotificationsError, NotificationsErrorCode } from './notifications.error';
import { EMAIL_TEMPLATES, EmailTemplateName, EmailTemplateParams } from './templates/email-templates';
import { validateTemplateParams } from './templates/validate-params';

export interface QueueEmailInput<N extends EmailTemplateName> {
  recipientUserId: string;
  /** The municipality the mail is about; null for platform mail. */
  municipalityId: string | null;
  template: N;
  params: EmailTemplateParams<N>;
  /** At most one email per key, ever (e.g. `draft-reminder-<applicationId>`): a second queueEmail is a no-op. */
  dedupeKey?: string;
}

@Injectable()
export class NotificationsService {
  constructor(private readonly outbox: OutboxService) {}

  /**
   * Writes the email row and its send job in the caller's transaction, so the mail goes out if and only if
   * the business change commits. Returns false (and writes nothing) when the dedupe key was already used.
   * Throws NotificationsError(EMAIL.INVALID_PARAMS) on params that do not fit the template: a programming error.
   */
  async queueEmail<N extends EmailTemplateName>(
    manager: EntityManager,
    input: QueueEmailInput<N>,
  ): Promise<boolean> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new QueueError(QueueErrorCode.OutboxNeedsTransaction);
    if (!Object.prototype.hasOwnProperty.call(EMAIL_TEMPLATES, input.template))
      throw new NotificationsError(NotificationsErrorCode.UnknownTemplate);
    const params = validateTemplateParams(input.template, input.params);
    // ON CONFLICT on the partial unique index: concurrent "remind once" calls cannot both insert.
    const rows = (await manager.query(
      `INSERT INTO "email_message" ("municipality_id", "recipient_user_id", "template", "params", "dedupe_key")
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("dedupe_key") WHERE "dedupe_key" IS NOT NULL DO NOTHING
       RETURNING "id"`,
      [
        input.municipalityId,
        input.recipientUserId,
        input.template,
        JSON.stringify(params),
        input.dedupeKey ?? null,
      ],
    )) as Array<{ id: string }>;
    const id = rows[0]?.id;
    if (!id) return false;
    await this.outbox.add(manager, 'notification.send-email', { emailId: id }, jobId('email', id));
    return true;
  }
}
