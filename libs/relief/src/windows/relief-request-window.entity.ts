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
import { Placement } from '../../../matching/src/placement.entity';
import { ReliefBooking } from '../relief-booking.entity';
import { ReliefProvider } from '../relief-provider.entity';

export enum ReliefWindowStatus {
  /** Families send requests until `closes_at`. */
  OPEN = 'OPEN',
  /** The consultant has run the allocation; the results are final. */
  ALLOCATED = 'ALLOCATED',
  CANCELLED = 'CANCELLED',
}

export enum ReliefWindowRequestStatus {
  PENDING = 'PENDING',
  ALLOCATED = 'ALLOCATED',
  NOT_ALLOCATED = 'NOT_ALLOCATED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * A period where more families want relief than there are places (a school holiday, a popular weekend). The
 * consultant opens it, families ask within it, and the places are shared out afterwards by need rather than by
 * who asked first.
 */
@Entity('relief_request_window')
@Index('relief_request_window_by_municipality', ['municipalityId', 'startsAt'])
@Check('relief_request_window_valid', `"ends_at" > "starts_at" AND "closes_at" <= "starts_at"`)
export class ReliefRequestWindow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  /** Requests are taken until this moment. */
  @Column({ name: 'closes_at', type: 'timestamptz', precision: 3 })
  closesAt: Date;

  @Column({
    type: 'enum',
    enum: ReliefWindowStatus,
    enumName: 'relief_window_status',
    default: ReliefWindowStatus.OPEN,
  })
  status: ReliefWindowStatus;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  @Column({ name: 'allocated_by', type: 'uuid', nullable: true })
  allocatedBy: string | null;

  @Column({ name: 'allocated_at', type: 'timestamptz', precision: 3, nullable: true })
  allocatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @VersionColumn()
  version: number;
}

/** One child's request for a stay inside a window, and, after allocation, what it got and why. */
@Entity('relief_window_request')
@Index('relief_window_request_one_per_child', ['windowId', 'placementId'], {
  unique: true,
  where: `"status" <> 'WITHDRAWN'`,
})
@Index('relief_window_request_by_placement', ['placementId'])
@Check('relief_window_request_valid', `"ends_at" > "starts_at"`)
export class ReliefWindowRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'window_id', type: 'uuid' })
  windowId: string;

  @ManyToOne(() => ReliefRequestWindow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'window_id' })
  window?: ReliefRequestWindow;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  /** The family's wish, tried first (usually the child's own relief family). */
  @Column({ name: 'preferred_provider_id', type: 'uuid', nullable: true })
  preferredProviderId: string | null;

  @ManyToOne(() => ReliefProvider, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'preferred_provider_id' })
  preferredProvider?: ReliefProvider | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;

  @Column({
    type: 'enum',
    enum: ReliefWindowRequestStatus,
    enumName: 'relief_window_request_status',
    default: ReliefWindowRequestStatus.PENDING,
  })
  status: ReliefWindowRequestStatus;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz', precision: 3 })
  requestedAt: Date;

  /** Place in the allocation order (1 = first served), fixed when the window was allocated. */
  @Column({ name: 'priority_rank', type: 'integer', nullable: true })
  priorityRank: number | null;

  /** Whether the placement counted as strained at allocation (from the caseworker's grant). */
  @Column({ type: 'boolean', nullable: true })
  strained: boolean | null;

  /** Døgn of relief the child had in the 12 months before the window, at allocation. */
  @Column({ name: 'prior_days', type: 'integer', nullable: true })
  priorDays: number | null;

  @Column({ name: 'booking_id', type: 'uuid', nullable: true })
  bookingId: string | null;

  @ManyToOne(() => ReliefBooking, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'booking_id' })
  booking?: ReliefBooking | null;

  /** Why the request got no place, in Danish, for the family. */
  @Column({ name: 'outcome_reason', type: 'varchar', length: 500, nullable: true })
  outcomeReason: string | null;

  @VersionColumn()
  version: number;
}
