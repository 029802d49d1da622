import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Role } from '@pleje/core/users/role';
import { Application } from './application.entity';
import { ApplicationStatus } from './application-status';

/** Every move of an application: who, when, from where to where and why. Never updated. */
@Entity('application_transition')
@Index('application_transition_by_application', ['applicationId', 'createdAt'])
@Index('application_transition_funnel', ['municipalityId', 'toStatus', 'createdAt'])
// Covering (INCLUDE) index for recruitment analytics, written by hand in migration RecruitmentAnalytics.
@Index('application_transition_analytics', { synchronize: false })
export class ApplicationTransition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({
    name: 'from_status',
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    nullable: true,
  })
  fromStatus: ApplicationStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: ApplicationStatus, enumName: 'application_status' })
  toStatus: ApplicationStatus;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'enum', enum: Role, enumName: 'user_role', nullable: true })
  actorRole: Role | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** The application's created_at, copied so analytics filter by cohort without a join; set by a trigger. */
  @Column({ name: 'application_created_at', type: 'timestamptz', precision: 3, update: false })
  applicationCreatedAt?: Date;

  /** Whole hours the application spent in `fromStatus` before this move; set by a trigger. */
  @Column({ name: 'hours_in_from_status', type: 'integer', nullable: true, update: false })
  hoursInFromStatus?: number | null;
}
