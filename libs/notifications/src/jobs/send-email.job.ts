import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, JobContext, JobHandler, JobPayload, LOGGER } from '@pleje/core';
import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { EmailMessage, EmailStatus } from '../email-message.entity';
import { Mailer } from '../mailer';
import { NotificationsError, NotificationsErrorCode } from '../notifications.error';
import { renderEmail } from '../templates/validate-params';

export type SendEmailResult = { status: 'sent' | 'already-sent' | 'gone' };

interface Recipient {
  email: string;
  name: string;
  active: boolean;
}

// SMTP replies that reject the recipient itself: retrying cannot help.
const PERMANENT_RCPT_CODES = new Set([550, 551, 553]);

/**
 * Sends one email_message row. Delivery is at-least-once: a crash after the SMTP server accepted the mail
 * but before the row is marked SENT sends it again on retry. Every other re-run is a no-op (SENT check).
 */
@Injectable()
export class SendEmailJob implements JobHandler<'notification.send-email'> {
  readonly jobName = 'notification.send-email' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(
    { emailId }: JobPayload<'notification.send-email'>,
    context: JobContext,
  ): Promise<SendEmailResult> {
    const repo = this.dataSource.getRepository(EmailMessage);
    const email = await repo.findOneBy({ id: emailId });
    // Gone: the recipient was erased (ON DELETE CASCADE) after the job was queued. Nothing to send.
    if (!email) return { status: 'gone' };
    if (email.status === EmailStatus.Sent) return { status: 'already-sent' };
    if (email.status === EmailStatus.Failed)
      throw new UnrecoverableError(email.lastErrorCode ?? NotificationsErrorCode.SmtpFailed);

    const [recipient] = (await this.dataSource.query(
      `SELECT "email", "name", "active" FROM "app_user" WHERE "id" = $1`,
      [email.recipientUserId],
    )) as Recipient[];
    if (!recipient?.active) {
      await this.fail(email, NotificationsErrorCode.RecipientUnavailable);
      throw new UnrecoverableError(NotificationsErrorCode.RecipientUnavailable);
    }

    let rendered;
    try {
      rendered = renderEmail(email.template, email.params, {
        recipientName: recipient.name,
        publicUrl: this.config.publicUrl,
        organizerEmail: addressOf(this.config.mail.from),
        recipientEmail: recipient.email,
      });
    } catch (error) {
      const code = error instanceof NotificationsError ? error.code : NotificationsErrorCode.InvalidParams;
      await this.fail(email, code);
      throw new UnrecoverableError(code);
    }

    try {
      await this.mailer.send({ ...rendered, to: recipient.email }, { emailId, template: email.template });
    } catch (error) {
      const smtp = error as { code?: unknown; responseCode?: unknown; command?: unknown };
      if (typeof smtp.responseCode === 'number' && PERMANENT_RCPT_CODES.has(smtp.responseCode)) {
        await this.fail(email, NotificationsErrorCode.RecipientRejected);
        throw new UnrecoverableError(NotificationsErrorCode.RecipientRejected);
      }
      const code = smtpErrorCode(smtp.code);
      const attemptsAllowed = context.job.opts.attempts ?? 1;
      const last = context.attemptsMade + 1 >= attemptsAllowed;
      // Stays PENDING while BullMQ will retry; the last attempt marks it FAILED so nothing waits forever.
      await repo.update(
        { id: email.id, status: EmailStatus.Pending },
        {
          attempts: () => '"attempts" + 1',
          lastErrorCode: code,
          ...(last ? { status: EmailStatus.Failed } : {}),
        },
      );
      this.logger.warn({ emailId, template: email.template, code }, 'email send failed');
      // The code only: SMTP replies can echo the address, and the message is stored in Redis.
      throw new NotificationsError(NotificationsErrorCode.SmtpFailed);
    }

    await repo.update(
      { id: email.id },
      {
        status: EmailStatus.Sent,
        sentAt: () => 'now()',
        attempts: () => '"attempts" + 1',
        lastErrorCode: null,
      },
    );
    return { status: 'sent' };
  }

  private async fail(email: EmailMessage, code: string): Promise<void> {
    await this.dataSource
      .getRepository(EmailMessage)
      .update({ id: email.id }, { status: EmailStatus.Failed, lastErrorCode: code });
    this.logger.warn({ emailId: email.id, template: email.template, code }, 'email failed permanently');
  }
}

/** "Plejeportalen <noreply@x.dk>" -> "noreply@x.dk"; a bare address is returned as is. */
export function addressOf(from: string): string | undefined {
  const match = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from) ?? /^\s*([^<>\s]+@[^<>\s]+)\s*$/.exec(from);
  return match?.[1];
}

function smtpErrorCode(code: unknown): string {
  const suffix = typeof code === 'string' ? code.toUpperCase().replace(/[^A-Z0-9_]/g, '') : '';
  return `${NotificationsErrorCode.SmtpFailed}${suffix ? `.${suffix}` : ''}`.slice(0, 60);
}
