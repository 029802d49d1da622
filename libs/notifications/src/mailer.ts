import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, InjectConfig, LOGGER } from '@pleje/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { RenderedEmail } from './templates/email-template';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
}

/** Ids for the log line; the mail itself (address, subject, body) is never logged. */
export interface EmailRef {
  emailId: string;
  template: string;
}

// Bounded so a hanging SMTP server fails the job (and BullMQ retries) instead of stalling the worker.
const SMTP_TIMEOUT_MS = 15_000;

/**
 * Sends rendered mail. With SMTP_URL: SMTP. Without it (development and tests only; production config
 * requires SMTP_URL): each mail becomes an .eml file in MAIL_DIR that a developer can open.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly dir: string | null;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    if (config.mail.smtpUrl) {
      this.transport = nodemailer.createTransport({
        url: config.mail.smtpUrl,
        pool: false,
        connectionTimeout: SMTP_TIMEOUT_MS,
        greetingTimeout: SMTP_TIMEOUT_MS,
        socketTimeout: SMTP_TIMEOUT_MS,
      });
      this.dir = null;
    } else {
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.dir = resolve(config.mail.dir);
    }
  }

  async send(mail: OutgoingEmail, ref: EmailRef): Promise<void> {
    const info: { message?: unknown } = await this.transport.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // As the calendar alternative of the message (text/calendar; method=…), the way Outlook and Gmail send
      // invitations, so clients show it as an event to add, update or cancel rather than a file.
      icalEvent: mail.ics
        ? { method: mail.ics.method, filename: mail.ics.filename, content: mail.ics.content }
        : undefined,
    });
    if (this.dir) {
      if (!Buffer.isBuffer(info.message)) throw new Error('stream transport returned no buffer');
      await mkdir(this.dir, { recursive: true });
      const file = resolve(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${ref.emailId}.eml`);
      await writeFile(file, info.message);
    }
    this.logger.info({ emailId: ref.emailId, template: ref.template }, 'email sent');
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
