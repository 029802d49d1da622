import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  CoreModule,
  HealthModule,
  QueueWorkerModule,
  QueueWorkerModuleOptions,
  QUEUES_OUTSIDE_WORKER,
} from '@pleje/core';
import { FaqJobsModule } from '@pleje/faq';
import { LearningJobsModule } from '@pleje/learning';
import { NotificationsModule } from '@pleje/notifications';
import { PeerGroupsJobsModule } from '@pleje/peer-groups';
import { RecruitmentJobsModule } from '@pleje/recruitment';
import { ReliefJobsModule } from '@pleje/relief';
import { WORKER_JOB_HANDLERS } from './worker-handlers';

/** Overrides for tests (a slow handler, a relay that does not poll); production uses the defaults. */
export type WorkerModuleOverrides = Partial<Pick<QueueWorkerModuleOptions, 'handlers' | 'relay' | 'workers'>>;

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, overrides: WorkerModuleOverrides = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config, 'worker'),
        HealthModule.forRoot({ database: true, redis: true }),
        QueueWorkerModule.forRoot({
          handlers: overrides.handlers ?? WORKER_JOB_HANDLERS,
          // Modules the handlers depend on (SendEmailJob needs the Mailer; recruitment's jobs audit and storage;
          // relief's reminders, learning's deadline jobs and peer groups' reminders queue mail).
          imports: [
            NotificationsModule,
            RecruitmentJobsModule,
            ReliefJobsModule,
            LearningJobsModule,
            PeerGroupsJobsModule,
            FaqJobsModule,
          ],
          relay: overrides.relay ?? {},
          // Teams messages are sent by the bot app, which owns botbuilder; the worker only relays their outbox rows.
          workers: {
            requireAllHandlers: true,
            queuesHandledElsewhere: QUEUES_OUTSIDE_WORKER,
            schedules: true,
            ...overrides.workers,
          },
        }),
      ],
    };
  }
}
