import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import type { Evaluation } from './algorithm/types';
import { PlacementNeed } from './placement-need.entity';

export enum ProposalStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** Another proposal for the same need was accepted, or a newer batch replaced it. */
  SUPERSEDED = 'SUPERSEDED',
}

/** A batch run: all waiting children of a municipality against all families with room, solved exactly. */
@Entity('match_batch')
@Index('match_batch_by_municipality', ['municipalityId', 'createdAt'])
export class MatchBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'needs_count', type: 'integer' })
  needsCount: number;

  @Column({ name: 'families_count', type: 'integer' })
  familiesCount: number;

  @Column({ name: 'assigned_count', type: 'integer' })
  assignedCount: number;

  @Column({ name: 'total_score', type: 'double precision' })
  totalScore: number;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A suggested family for a need, with the explanation as it was when suggested; decided by a consultant. */
@Entity('match_proposal')
@Index('match_proposal_open', ['needId', 'fosterFamilyId'], { unique: true, where: `status = 'PROPOSED'` })
@Index('match_proposal_by_municipality', ['municipalityId', 'status', 'createdAt'])
export class MatchProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId: string | null;

  @ManyToOne(() => MatchBatch, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'batch_id' })
  batch?: MatchBatch | null;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne(() => PlacementNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: PlacementNeed;

  @Column({ name: 'foster_family_id', type: 'uuid' })
  fosterFamilyId: string;

  @ManyToOne(() => FosterFamily, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'foster_family_id' })
  fosterFamily?: FosterFamily;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'boolean', default: false })
  network: boolean;

  /** The evaluation (factors, points, Danish sentences) when the proposal was made. */
  @Column({ type: 'jsonb' })
  evaluation: Evaluation;

  @Column({
    type: 'enum',
    enum: ProposalStatus,
    enumName: 'proposal_status',
    default: ProposalStatus.PROPOSED,
  })
  status: ProposalStatus;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
