import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Placement } from '../../matching/src/placement.entity';

export enum ReliefGrantPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

/** The caseworker's decision (støtteophold, Barnets Lov § 32): so many døgn of relief per period. */
@Entity('relief_grant')
@Index('relief_grant_by_placement', ['placementId', 'validFrom'])
@Check('relief_grant_days', `"days_per_period" >= 0`)
@Check('relief_grant_dates', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
export class ReliefGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement;

  @Column({ name: 'days_per_period', type: 'integer' })
  daysPerPeriod: number;

  @Column({ type: 'enum', enum: ReliefGrantPeriod, enumName: 'relief_grant_period' })
  period: ReliefGrantPeriod;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  /**
   * The caseworker's judgment that the placement is strained (belastet) and relief protects it from breaking
   * down: such children are served first when scarce dates are shared out.
   */
  @Column({ type: 'boolean', default: false })
  strained: boolean;

  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
