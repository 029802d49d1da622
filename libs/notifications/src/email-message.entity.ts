import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
// Deep imports: core's entity list imports this file, so the @pleje/core barrel would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';

export enum EmailStatus {
  Pending = 'PENDING',
  Sent = 'SENT',
  Failed = 'FAILED',
}

/**
 * One email the worker sends (or sent) through the outbox. Holds the template name and its params, never a
 * rendered body: the text is rebuilt at send time, so the log carries as little personal data as possible.
 */
@Entity('email_message')
// "Remind once": a dedupe key can be used by one email only; null keys are unconstrained.
@Index('email_message_dedupe_key', ['dedupeKey'], { unique: true, where: '"dedupe_key" IS NOT NULL' })
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality | null;

  @Index('email_message_recipient')
  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId: string;

  // Erasing a user erases their mail log (GDPR): nothing here outlives the account.
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: User;

  @Column({ type: 'varchar', length: 80 })
  template: string;

  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'enum', enum: EmailStatus, enumName: 'email_status', default: EmailStatus.Pending })
  status: EmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** An error code (e.g. EMAIL.SMTP_FAILED), never an SMTP reply text: those can echo addresses. */
  @Column({ name: 'last_error_code', type: 'varchar', length: 60, nullable: true })
  lastErrorCode: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
