import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
// Deep imports: core's entity list imports this file, so the @pleje/core barrel would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';
import { ApplicationForm, FormStep } from './application-form';
import { ApplicationStatus, ApplicationTrack } from './application-status';

@Entity('application')
// The pipeline board and its filters: per municipality and status, oldest in state first.
@Index('application_board', ['municipalityId', 'status', 'statusChangedAt'])
@Index('application_keyset', ['municipalityId', 'createdAt', 'id'])
// One open application per account; a withdrawn or refused applicant may apply again later.
@Index('application_one_open_per_user', ['applicantUserId'], {
  unique: true,
  where: `status NOT IN ('APPROVED', 'REFUSED', 'WITHDRAWN')`,
})
@Index('application_closed', ['closedAt'], { where: 'closed_at IS NOT NULL' })
// Covering (INCLUDE) index for recruitment analytics, written by hand in migration RecruitmentAnalytics.
@Index('application_analytics', { synchronize: false })
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ name: 'applicant_user_id', type: 'uuid' })
  applicantUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicant_user_id' })
  applicantUser?: User;

  @Column({
    type: 'enum',
    enum: ApplicationTrack,
    enumName: 'application_track',
    default: ApplicationTrack.STANDARD,
  })
  track: ApplicationTrack;

  @Column({
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    default: ApplicationStatus.INQUIRY,
  })
  status: ApplicationStatus;

  /** The status an ON_HOLD application returns to. */
  @Column({
    name: 'held_from',
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    nullable: true,
  })
  heldFrom: ApplicationStatus | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ name: 'assigned_consultant_id', type: 'uuid', nullable: true })
  assignedConsultantId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_consultant_id' })
  assignedConsultant?: User | null;

  /** The form as the applicant left it; `validateForm` decides whether it is complete. */
  @Column({ type: 'jsonb' })
  form: ApplicationForm;

  @Column({ name: 'last_step', type: 'varchar', length: 20, nullable: true })
  lastStep: FormStep | null;

  /** Denormalised at submit for filters and analytics (the form is the source). */
  @Column({ name: 'recruitment_source', type: 'varchar', length: 30, nullable: true })
  recruitmentSource: string | null;

  @Column({ name: 'family_types', type: 'varchar', array: true, default: () => `'{}'` })
  familyTypes: string[];

  @Column({ name: 'applicant_birth_dates', type: 'date', array: true, default: () => `'{}'` })
  applicantBirthDates: string[];

  /** Lower-cased names, postcode and city for the staff search; never shown, never logged. */
  @Column({ name: 'search_text', type: 'varchar', length: 600, default: '' })
  searchText: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  /** Set when withdrawn or refused (and not appealed): the retention period counts from here. */
  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  appealed: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** Optimistic lock: every staff move names the version it saw, so two consultants never overwrite each other. */
  @VersionColumn()
  version: number;
}
