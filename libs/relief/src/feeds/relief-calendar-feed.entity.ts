import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
// Deep import: core's entity list imports this file, so the barrel would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';

export enum ReliefCalendarFeedOwnerKind {
  /** A foster family: the relief stays of the children placed with it. */
  FAMILY = 'FAMILY',
  /** A relief provider: the children coming to it. */
  PROVIDER = 'PROVIDER',
}

/**
 * A subscribable .ics link. The random token is the only credential, so only its SHA-256 is stored: a copy of
 * the database does not open anyone's calendar. Revoking is final; a new link gets a new token.
 */
@Entity('relief_calendar_feed')
@Index('relief_calendar_feed_token', ['tokenHash'], { unique: true })
@Index('relief_calendar_feed_by_owner', ['municipalityId', 'ownerKind', 'ownerId'])
export class ReliefCalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({
    name: 'owner_kind',
    type: 'enum',
    enum: ReliefCalendarFeedOwnerKind,
    enumName: 'relief_calendar_feed_owner_kind',
  })
  ownerKind: ReliefCalendarFeedOwnerKind;

  /** foster_family.id or relief_provider.id, by ownerKind. */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  /** Hex SHA-256 of the token. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;
}
