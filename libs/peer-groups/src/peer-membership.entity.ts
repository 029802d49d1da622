import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PeerGroup, PeerSession } from './peer-group.entity';
import { PeerParticipant } from './peer-participant.entity';

export enum PeerMembershipStatus {
  /** Offered a place; waits for the foster family's (and where required the caseworker's) consent. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** In line for a place, ordered by `requested_at`. */
  WAITLISTED = 'WAITLISTED',
  /** Away until `paused_until`; the place goes to the waitlist meanwhile. */
  PAUSED = 'PAUSED',
  LEFT = 'LEFT',
  /** Consent was refused. */
  DECLINED = 'DECLINED',
}

/** Statuses that are a current membership (one per participant and group). */
export const CURRENT_MEMBERSHIP = [
  PeerMembershipStatus.INVITED,
  PeerMembershipStatus.ACTIVE,
  PeerMembershipStatus.WAITLISTED,
  PeerMembershipStatus.PAUSED,
];
/** Statuses that hold one of the group's places. */
export const HOLDS_PLACE = [PeerMembershipStatus.INVITED, PeerMembershipStatus.ACTIVE];

@Entity('peer_membership')
@Index('peer_membership_current', ['groupId', 'participantId'], {
  unique: true,
  where: `"status" IN ('INVITED', 'ACTIVE', 'WAITLISTED', 'PAUSED')`,
})
@Index('peer_membership_by_group', ['groupId', 'status', 'requestedAt'])
@Index('peer_membership_by_participant', ['participantId', 'status'])
// Consent gating in the database itself: no code path can make a member active without the required consents.
@Check(
  'peer_membership_consented',
  `"status" NOT IN ('ACTIVE', 'PAUSED') OR ("family_consent_at" IS NOT NULL AND (NOT "caseworker_consent_required" OR "caseworker_consent_at" IS NOT NULL))`,
)
@Check('peer_membership_paused', `"status" <> 'PAUSED' OR "paused_until" IS NOT NULL`)
export class PeerMembership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PeerGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: PeerGroup;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => PeerParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: PeerParticipant;

  @Column({ type: 'enum', enum: PeerMembershipStatus, enumName: 'peer_membership_status' })
  status: PeerMembershipStatus;

  /** When the place was asked for or offered: the waitlist's order. */
  @Column({ name: 'requested_at', type: 'timestamptz', precision: 3 })
  requestedAt: Date;

  @Column({ name: 'family_consent_at', type: 'timestamptz', precision: 3, nullable: true })
  familyConsentAt: Date | null;

  @Column({ name: 'family_consent_by', type: 'uuid', nullable: true })
  familyConsentBy: string | null;

  /** Copied from the participant when invited: the case says the caseworker must consent too. */
  @Column({ name: 'caseworker_consent_required', type: 'boolean', default: false })
  caseworkerConsentRequired: boolean;

  @Column({ name: 'caseworker_consent_at', type: 'timestamptz', precision: 3, nullable: true })
  caseworkerConsentAt: Date | null;

  @Column({ name: 'caseworker_consent_by', type: 'uuid', nullable: true })
  caseworkerConsentBy: string | null;

  @Column({ name: 'refused_at', type: 'timestamptz', precision: 3, nullable: true })
  refusedAt: Date | null;

  @Column({ name: 'refused_by', type: 'uuid', nullable: true })
  refusedBy: string | null;

  /** When a waitlisted member was offered a freed place. */
  @Column({ name: 'offered_at', type: 'timestamptz', precision: 3, nullable: true })
  offeredAt: Date | null;

  /** First time ACTIVE: from here on the members count as each other's earlier group mates. */
  @Column({ name: 'activated_at', type: 'timestamptz', precision: 3, nullable: true })
  activatedAt: Date | null;

  /** Local date the member comes back (PAUSED). */
  @Column({ name: 'paused_until', type: 'date', nullable: true })
  pausedUntil: string | null;

  @Column({ name: 'left_at', type: 'timestamptz', precision: 3, nullable: true })
  leftAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

export enum PeerAttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

/** Attendance per session and participant (re-recording overwrites). */
@Entity('peer_attendance')
@Index('peer_attendance_by_participant', ['participantId'])
export class PeerAttendance {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => PeerSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: PeerSession;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => PeerParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: PeerParticipant;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'enum', enum: PeerAttendanceStatus, enumName: 'peer_attendance_status' })
  status: PeerAttendanceStatus;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
