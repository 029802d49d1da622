import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Placement } from '../../matching/src/placement.entity';
import { ReliefProvider } from './relief-provider.entity';

export enum ReliefBookingStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

/** Statuses that hold a place at the provider. */
export const ACTIVE_BOOKING_STATUSES = [ReliefBookingStatus.REQUESTED, ReliefBookingStatus.CONFIRMED];

/**
 * A relief stay. PostgreSQL itself refuses overbooking of single-place providers (exclusion constraint, also
 * declared here or migration:generate would drop it) and a child in two places at once; multi-place
 * providers are checked under a row lock on the provider.
 */
@Entity('relief_booking')
@Exclusion(
  'relief_booking_no_overlap',
  `USING gist ("provider_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE (("status" IN ('REQUESTED', 'CONFIRMED')) AND "single_place")`,
)
@Exclusion(
  'relief_booking_child_no_overlap',
  `USING gist ("placement_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" IN ('REQUESTED', 'CONFIRMED'))`,
)
@Check('relief_booking_valid', `"ends_at" > "starts_at"`)
@Index('relief_booking_by_provider', ['providerId', 'startsAt'])
@Index('relief_booking_by_placement', ['placementId', 'startsAt'])
@Index('relief_booking_by_municipality', ['municipalityId', 'startsAt'])
export class ReliefBooking {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ReliefProvider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ReliefProvider;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** Døgn counted against the grant: ceil(real hours / 24). */
  @Column({ type: 'integer' })
  days: number;

  /** Copied from capacity = 1 when booked: such bookings are covered by the exclusion constraint. */
  @Column({ name: 'single_place', type: 'boolean' })
  singlePlace: boolean;

  @Column({ type: 'enum', enum: ReliefBookingStatus, enumName: 'relief_booking_status' })
  status: ReliefBookingStatus;

  /** Akut aflastning: short notice, listed for the consultant on call. */
  @Column({ type: 'boolean', default: false })
  acute: boolean;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  /** Set when a family-care consultant booked beyond the grant. */
  @Column({ name: 'override_reason', type: 'varchar', length: 1000, nullable: true })
  overrideReason: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz', precision: 3 })
  requestedAt: Date;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'declined_by', type: 'uuid', nullable: true })
  declinedBy: string | null;

  @Column({ name: 'declined_at', type: 'timestamptz', precision: 3, nullable: true })
  declinedAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;

  /** Why it was declined or cancelled (no personal data expected; shown to both sides). */
  /** The family's note to the relief provider; free text, never shown in Teams cards. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ name: 'status_reason', type: 'varchar', length: 1000, nullable: true })
  statusReason: string | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @VersionColumn()
  version: number;
}
