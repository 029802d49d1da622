import { Injectable, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthCheck, HealthCheckError, HealthCheckErrorCode } from './health-check';

/** Runs SELECT 1 on the app's TypeORM DataSource (provided by TypeOrmModule, a global module). */
@Injectable()
export class DatabaseHealthCheck implements HealthCheck, OnApplicationBootstrap {
  readonly name = 'database';

  constructor(@Optional() private readonly dataSource?: DataSource) {}

  onApplicationBootstrap(): void {
    // Asking for a database check without a DataSource is a wiring mistake: fail at start, not at probe time.
    if (!this.dataSource) {
      throw new Error(
        'HealthModule.forRoot({ database: true }) needs a TypeORM DataSource; import the database module in this app',
      );
    }
  }

  async check(): Promise<void> {
    if (!this.dataSource?.isInitialized) throw new HealthCheckError(HealthCheckErrorCode.NotInitialized);
    await this.dataSource.query('SELECT 1');
  }
}
