import { DynamicModule, Global, Module, ModuleMetadata, Provider, Type } from '@nestjs/common';
import { JOB_HANDLERS, JobHandler } from './job-handler';
import { JOB_WORKERS_OPTIONS, JobWorkers, JobWorkersOptions } from './job-workers';
import { JobQueues } from './job-queues';
import { OUTBOX_RELAY_OPTIONS, OutboxRelay, OutboxRelayOptions } from './outbox-relay';
import { OutboxService } from './outbox.service';
import { QueueService } from './queue.service';

/** The producer side, for every app: QueueService.enqueue and OutboxService.add. Needs ConfigModule. */
@Global()
@Module({
  providers: [JobQueues, QueueService, OutboxService],
  exports: [JobQueues, QueueService, OutboxService],
})
export class QueueModule {}

export interface QueueWorkerModuleOptions {
  /** One provider per job type; see JobHandler. */
  handlers: Type<JobHandler>[];
  /** Modules the handlers depend on. */
  imports?: ModuleMetadata['imports'];
  /** Options for the outbox relay, or false to run no relay in this process. */
  relay?: Partial<OutboxRelayOptions> | false;
  workers?: Partial<JobWorkersOptions>;
}

/** The consumer side, for the worker app: BullMQ workers for the handlers, schedules and the outbox relay. */
@Module({})
export class QueueWorkerModule {
  static forRoot(options: QueueWorkerModuleOptions): DynamicModule {
    const handlersProvider: Provider = {
      provide: JOB_HANDLERS,
      useFactory: (...handlers: JobHandler[]): JobHandler[] => handlers,
      inject: options.handlers,
    };
    const relayProviders: Provider[] =
      options.relay === false
        ? []
        : [{ provide: OUTBOX_RELAY_OPTIONS, useValue: options.relay ?? {} }, OutboxRelay];
    return {
      module: QueueWorkerModule,
      imports: [QueueModule, ...(options.imports ?? [])],
      providers: [
        ...options.handlers,
        handlersProvider,
        { provide: JOB_WORKERS_OPTIONS, useValue: options.workers ?? {} },
        JobWorkers,
        ...relayProviders,
      ],
      exports: [JobWorkers, ...(options.relay === false ? [] : [OutboxRelay])],
    };
  }
}
