import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Application } from './application.entity';

export enum RequirementKind {
  CRIMINAL_RECORD = 'CRIMINAL_RECORD',
  CHILD_CERTIFICATE = 'CHILD_CERTIFICATE',
  CV = 'CV',
  HOME_VISIT_1 = 'HOME_VISIT_1',
  HOME_VISIT_2 = 'HOME_VISIT_2',
  COURSE_DAYS_1_2 = 'COURSE_DAYS_1_2',
  COURSE_DAYS_3_4 = 'COURSE_DAYS_3_4',
  OTHER = 'OTHER',
}

export enum RequirementStatus {
  MISSING = 'MISSING',
  REQUESTED = 'REQUESTED',
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/**
 * One line of the approval checklist. Approval is blocked until every line is ACCEPTED and none has expired
 * (certificates per household member aged 15+, CVs, both home visits, grundkursus attendance per adult).
 */
@Entity('application_requirement')
@Index('application_requirement_line', ['applicationId', 'kind', 'subjectId'], { unique: true })
@Index('application_requirement_expiry', ['expiresOn'], { where: 'expires_on IS NOT NULL' })
export class ApplicationRequirement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'enum', enum: RequirementKind, enumName: 'requirement_kind' })
  kind: RequirementKind;

  /** The applicant or household member the line is about (the id in the form), or '' for the household. */
  @Column({ name: 'subject_id', type: 'varchar', length: 40, default: '' })
  subjectId: string;

  /** First name shown on the checklist (the form is the source). */
  @Column({ name: 'subject_name', type: 'varchar', length: 100, default: '' })
  subjectName: string;

  /** Free text for OTHER lines added by the consultant. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  label: string | null;

  @Column({
    type: 'enum',
    enum: RequirementStatus,
    enumName: 'requirement_status',
    default: RequirementStatus.MISSING,
  })
  status: RequirementStatus;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
