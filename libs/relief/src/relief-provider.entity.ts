import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
// Deep imports: core's entity list imports this file, so the barrels would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';

export enum ReliefProviderKind {
  /** An approved foster family with an AFLASTNING approval. */
  FAMILY = 'FAMILY',
  /** A relief unit (aflastningsinstitution) with several places. */
  UNIT = 'UNIT',
}

/** Someone who can take a placed child for short stays (aflastning): a relief family or a relief unit. */
@Entity('relief_provider')
@Index('relief_provider_by_municipality', ['municipalityId', 'active'])
@Index('relief_provider_family', ['fosterFamilyId'], { unique: true, where: 'foster_family_id IS NOT NULL' })
@Check('relief_provider_capacity', `"capacity" >= 1`)
@Check('relief_provider_ages', `"age_min" >= 0 AND "age_max" <= 17 AND "age_min" <= "age_max"`)
@Check('relief_provider_kind', `("kind" = 'FAMILY') = ("foster_family_id" IS NOT NULL)`)
export class ReliefProvider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ type: 'enum', enum: ReliefProviderKind, enumName: 'relief_provider_kind' })
  kind: ReliefProviderKind;

  @Column({ name: 'foster_family_id', type: 'uuid', nullable: true })
  fosterFamilyId: string | null;

  @ManyToOne(() => FosterFamily, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'foster_family_id' })
  fosterFamily?: FosterFamily;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Children at the same moment. */
  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'age_min', type: 'integer' })
  ageMin: number;

  @Column({ name: 'age_max', type: 'integer' })
  ageMax: number;

  /** NEED_TAGS the provider cannot take. */
  @Column({ name: 'needs_excluded', type: 'varchar', array: true, default: () => `'{}'` })
  needsExcluded: string[];

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @OneToMany(() => ReliefAvailability, (a) => a.provider)
  availability?: ReliefAvailability[];

  @OneToMany(() => ReliefBlockedPeriod, (b) => b.provider)
  blockedPeriods?: ReliefBlockedPeriod[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** A recurring weekly window (local time, Europe/Copenhagen); adjacent windows join (Fri 16-24, Sat 0-24 …). */
@Entity('relief_availability')
@Index('relief_availability_by_provider', ['providerId'])
@Check('relief_availability_weekday', `"weekday" BETWEEN 1 AND 7`)
@Check('relief_availability_times', `"end_time" > "start_time"`)
export class ReliefAvailability {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ReliefProvider, (p) => p.availability, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ReliefProvider;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'integer' })
  weekday: number;

  /** 'HH:MM:SS', local time. */
  @Column({ name: 'start_time', type: 'time' })
  startTime: string;

  /** 'HH:MM:SS', local time; '24:00:00' means to midnight. */
  @Column({ name: 'end_time', type: 'time' })
  endTime: string;
}

/** Dates (local, inclusive) the provider is away. */
@Entity('relief_blocked_period')
@Index('relief_blocked_by_provider', ['providerId', 'fromDate'])
@Check('relief_blocked_dates', `"to_date" >= "from_date"`)
export class ReliefBlockedPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ReliefProvider, (p) => p.blockedPeriods, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ReliefProvider;

  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  reason: string;
}
