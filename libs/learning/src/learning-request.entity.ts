import {
  Check,
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
import { Role } from '@pleje/core/users/role';
import { Placement } from '../../matching/src/placement.entity';
import {
  LearningCategory,
  LearningHoldReason,
  LearningOutcome,
  LearningPriority,
  LearningRiskSignal,
  LearningStatus,
  LearningUrgency,
} from './learning-vocabulary';

/**
 * One question about one child's schooling, from a foster parent, a caseworker or a family-care consultant.
 * The child is either a placed child (placement + the child's id in the need's children JSON, first name shown)
 * or a pseudonym a member of staff typed (no CPR, no surname). The queue index serves "take next".
 */
@Entity('learning_request')
@Index('learning_request_queue', ['municipalityId', 'priority', 'queuedAt', 'id'], {
  where: `"status" = 'NEW'`,
})
@Index('learning_request_by_municipality', ['municipalityId', 'status', 'createdAt'])
@Index('learning_request_by_requester', ['requestedBy', 'createdAt'])
@Index('learning_request_by_assignee', ['assigneeId', 'status'])
@Check('learning_request_child', `("placement_id" IS NOT NULL) <> ("child_pseudonym" IS NOT NULL)`)
@Check(
  'learning_request_absence',
  `"absence_percent" IS NULL OR ("absence_percent" >= 0 AND "absence_percent" <= 100)`,
)
@Check('learning_request_resolved', `"status" NOT IN ('RESOLVED', 'CLOSED') OR "outcome" IS NOT NULL`)
export class LearningRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId: string | null;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement | null;

  /** The child's id inside the placement need's children JSON (a sibling group has several). */
  @Column({ name: 'child_ref', type: 'varchar', length: 64, nullable: true })
  childRef: string | null;

  /** Staff-entered pseudonymous child (first name or initials) when the child has no placement here. */
  @Column({ name: 'child_pseudonym', type: 'varchar', length: 60, nullable: true })
  childPseudonym: string | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Column({ name: 'requester_role', type: 'enum', enum: Role, enumName: 'user_role' })
  requesterRole: Role;

  @Column({ type: 'enum', enum: LearningCategory, enumName: 'learning_category' })
  category: LearningCategory;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  @Column({ type: 'enum', enum: LearningUrgency, enumName: 'learning_urgency' })
  urgency: LearningUrgency;

  @Column({ name: 'risk_signals', type: 'varchar', array: true, default: () => `'{}'` })
  riskSignals: LearningRiskSignal[];

  /** Absence in the last school period, in per cent, when known. */
  @Column({ name: 'absence_percent', type: 'smallint', nullable: true })
  absencePercent: number | null;

  @Column({ type: 'enum', enum: LearningPriority, enumName: 'learning_priority' })
  priority: LearningPriority;

  /** Null while on hold: the SLA clock stops while waiting for the school or the family. */
  @Column({ name: 'deadline_at', type: 'timestamptz', precision: 3, nullable: true })
  deadlineAt: Date | null;

  /** What was left of the SLA when put on hold; the deadline on resume is now + this. */
  @Column({ name: 'hold_remaining_ms', type: 'bigint', nullable: true })
  holdRemainingMs: string | null;

  @Column({ type: 'enum', enum: LearningStatus, enumName: 'learning_status' })
  status: LearningStatus;

  @Column({
    name: 'hold_reason',
    type: 'enum',
    enum: LearningHoldReason,
    enumName: 'learning_hold_reason',
    nullable: true,
  })
  holdReason: LearningHoldReason | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz', precision: 3, nullable: true })
  assignedAt: Date | null;

  /** When the request was first taken: waiting time = first_assigned_at - created_at. */
  @Column({ name: 'first_assigned_at', type: 'timestamptz', precision: 3, nullable: true })
  firstAssignedAt: Date | null;

  /** Queue position: waiting since. Released requests keep their place. */
  @Column({ name: 'queued_at', type: 'timestamptz', precision: 3 })
  queuedAt: Date;

  @Column({
    type: 'enum',
    enum: LearningOutcome,
    enumName: 'learning_outcome',
    nullable: true,
  })
  outcome: LearningOutcome | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** Set once per deadline by the escalation job's conditional UPDATE; cleared when the deadline moves. */
  @Column({ name: 'escalated_at', type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
