import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Application } from './application.entity';

export enum RecruitmentEventKind {
  INFO_MEETING = 'INFO_MEETING',
  COURSE_DAYS_1_2 = 'COURSE_DAYS_1_2',
  COURSE_DAYS_3_4 = 'COURSE_DAYS_3_4',
  NETWORK_COURSE = 'NETWORK_COURSE',
}

/** An information meeting or a grundkursus session with a date, a place and a capacity. */
@Entity('recruitment_event')
@Index('recruitment_event_upcoming', ['municipalityId', 'kind', 'startsAt'])
@Check('recruitment_event_times', `"ends_at" > "starts_at"`)
@Check('recruitment_event_capacity', `"capacity" >= 1`)
export class RecruitmentEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'enum', enum: RecruitmentEventKind, enumName: 'recruitment_event_kind' })
  kind: RecruitmentEventKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'varchar', length: 300 })
  place: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  /** Calendar SEQUENCE: raised on every change so calendars replace the old invitation. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'cancelled_at', type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;

  /**
   * Why it was cancelled, in the words of the consultant, for the households signed up: it goes into their
   * cancellation mail and onto their status page, and never into a log or the audit details.
   */
  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** An application's place at an event (both adults of the household attend on one signup). */
@Entity('recruitment_event_signup')
@Unique('recruitment_event_signup_once', ['eventId', 'applicationId'])
@Index('recruitment_event_signup_by_application', ['applicationId'])
export class RecruitmentEventSignup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => RecruitmentEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: RecruitmentEvent;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  /** null until the consultant records attendance. */
  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A home visit (1 or 2) booked by the consultant with the household. */
@Entity('home_visit')
@Index('home_visit_by_application', ['applicationId', 'number'])
@Index('home_visit_upcoming', ['startsAt'], { where: 'cancelled_at IS NULL AND completed_at IS NULL' })
@Check('home_visit_times', `"ends_at" > "starts_at"`)
@Check('home_visit_number', `"number" IN (1, 2)`)
export class HomeVisit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ name: 'consultant_id', type: 'uuid', nullable: true })
  consultantId: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
