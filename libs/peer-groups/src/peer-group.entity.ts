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
// Deep imports: core's entity list imports this file, so the @pleje/core barrel would be a cycle here.
import { User } from '@pleje/core/users/user.entity';

export enum PeerAudience {
  CHILDREN = 'CHILDREN',
  FOSTER_PARENTS = 'FOSTER_PARENTS',
}

export enum PeerGroupStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** A network group (netværksgruppe, Aarhus initiative 9) for foster children or for foster parents. */
@Entity('peer_group')
@Index('peer_group_by_municipality', ['municipalityId', 'status'])
@Check('peer_group_capacity', `"capacity" >= 2 AND "capacity" <= 50`)
@Check('peer_group_ages', `"age_min" IS NULL OR "age_max" IS NULL OR "age_min" <= "age_max"`)
export class PeerGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'enum', enum: PeerAudience, enumName: 'peer_audience' })
  audience: PeerAudience;

  /** Target age band of a children's group (whole years); null for foster-parent groups. */
  @Column({ name: 'age_min', type: 'integer', nullable: true })
  ageMin: number | null;

  @Column({ name: 'age_max', type: 'integer', nullable: true })
  ageMax: number | null;

  /** Where the group meets, in words (e.g. "Aarhus Vest"). */
  @Column({ name: 'area_name', type: 'varchar', length: 100, default: '' })
  areaName: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ name: 'facilitator_id', type: 'uuid', nullable: true })
  facilitatorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'facilitator_id' })
  facilitator?: User | null;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({
    type: 'enum',
    enum: PeerGroupStatus,
    enumName: 'peer_group_status',
    default: PeerGroupStatus.PLANNED,
  })
  status: PeerGroupStatus;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** One meeting of a group; cancelled meetings stay (with the reason) so families can see what happened. */
@Entity('peer_session')
@Index('peer_session_by_group', ['groupId', 'startsAt'])
@Index('peer_session_by_start', ['startsAt'])
@Check('peer_session_valid', `"ends_at" > "starts_at"`)
export class PeerSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PeerGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: PeerGroup;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  /** How the children get there (e.g. "Kørsel fra skolen kl. 15"). */
  @Column({ name: 'transport_note', type: 'varchar', length: 500, default: '' })
  transportNote: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  /** Sent to the families: no personal data expected. */
  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
