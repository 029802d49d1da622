import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import { PlacementNeed } from './placement-need.entity';

/** Why a placement ended, coded so breakdowns (sammenbrud) can be related to the match score later. */
export enum PlacementEndReason {
  HOME = 'HOME',
  ADULTHOOD = 'ADULTHOOD',
  PLANNED_MOVE = 'PLANNED_MOVE',
  BREAKDOWN_FAMILY = 'BREAKDOWN_FAMILY',
  BREAKDOWN_CHILD = 'BREAKDOWN_CHILD',
  BREAKDOWN_MUNICIPALITY = 'BREAKDOWN_MUNICIPALITY',
  OTHER = 'OTHER',
}

export const BREAKDOWN_REASONS: readonly PlacementEndReason[] = [
  PlacementEndReason.BREAKDOWN_FAMILY,
  PlacementEndReason.BREAKDOWN_CHILD,
  PlacementEndReason.BREAKDOWN_MUNICIPALITY,
];

/** A child (or sibling group) living with a foster family; it took `childrenCount` of the family's vacancies. */
@Entity('placement')
@Index('placement_active_need', ['needId'], { unique: true, where: 'ended_on IS NULL' })
@Index('placement_by_family', ['fosterFamilyId', 'endedOn'])
@Index('placement_by_municipality', ['municipalityId', 'startedOn'])
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne(() => PlacementNeed, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'need_id' })
  need?: PlacementNeed;

  @Column({ name: 'foster_family_id', type: 'uuid' })
  fosterFamilyId: string;

  @ManyToOne(() => FosterFamily, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'foster_family_id' })
  fosterFamily?: FosterFamily;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @Column({ name: 'children_count', type: 'integer' })
  childrenCount: number;

  /** The score when the match was accepted, kept for the breakdown analysis. */
  @Column({ name: 'match_score', type: 'double precision', nullable: true })
  matchScore: number | null;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({
    name: 'end_reason',
    type: 'enum',
    enum: PlacementEndReason,
    enumName: 'placement_end_reason',
    nullable: true,
  })
  endReason: PlacementEndReason | null;

  @Column({ name: 'end_note', type: 'varchar', length: 1000, nullable: true })
  endNote: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
