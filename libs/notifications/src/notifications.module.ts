import { Module } from '@nestjs/common';
import { QueueModule } from '@pleje/core';
import { Mailer } from './mailer';
import { NotificationsService } from './notifications.service';

/**
 * queueEmail for any app, and the Mailer the worker's SendEmailJob uses. Imports core's QueueModule for
 * OutboxService (global and deduplicated by Nest, so apps that already import it get the same instance).
 * Needs CoreModule (config, logger, DataSource) in the app.
 */
@Module({
  imports: [QueueModule],
  providers: [NotificationsService, Mailer],
  exports: [NotificationsService, Mailer],
})
export class NotificationsModule {}
