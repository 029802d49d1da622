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
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import { Placement } from '../../matching/src/placement.entity';

export enum PeerParticipantKind {
  CHILD = 'CHILD',
  FOSTER_FAMILY = 'FOSTER_FAMILY',
}

/**
 * Who can be a member of a group: a foster child or a foster family. One model serves both kinds of child: a
 * child of a placement (placement + the need's stable child id, synced from matching) or a child registered
 * directly by staff (no placement). The foster family is always set: it gives consent and receives the mails.
 * First name and birth date only (the case system holds the rest).
 */
@Entity('peer_participant')
@Index('peer_participant_placement_child', ['placementId', 'childKey'], {
  unique: true,
  where: '"placement_id" IS NOT NULL',
})
@Index('peer_participant_family_member', ['fosterFamilyId'], {
  unique: true,
  where: `"kind" = 'FOSTER_FAMILY'`,
})
@Index('peer_participant_by_municipality', ['municipalityId', 'kind'])
@Check(
  'peer_participant_child',
  `"kind" <> 'CHILD' OR ("first_name" IS NOT NULL AND "birth_date" IS NOT NULL)`,
)
export class PeerParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'enum', enum: PeerParticipantKind, enumName: 'peer_participant_kind' })
  kind: PeerParticipantKind;

  @Column({ name: 'foster_family_id', type: 'uuid' })
  fosterFamilyId: string;

  @ManyToOne(() => FosterFamily, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'foster_family_id' })
  fosterFamily?: FosterFamily;

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId: string | null;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement | null;

  /** The child's id inside the placement need's children list: stable across edits of the need. */
  @Column({ name: 'child_key', type: 'varchar', length: 64, nullable: true })
  childKey: string | null;

  @Column({ name: 'first_name', type: 'varchar', length: 100, nullable: true })
  firstName: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  /** The case says the caseworker must also consent before the child joins a group. */
  @Column({ name: 'caseworker_consent_required', type: 'boolean', default: false })
  caseworkerConsentRequired: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @VersionColumn()
  version: number;
}

/** "Must not be in the same group" (safeguarding), entered by staff. Stored with the smaller id first. */
@Entity('peer_must_not_pair')
@Index('peer_must_not_pair_unique', ['participantAId', 'participantBId'], { unique: true })
@Index('peer_must_not_pair_by_b', ['participantBId'])
@Check('peer_must_not_pair_order', `"participant_a_id" < "participant_b_id"`)
export class PeerMustNotPair {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'participant_a_id', type: 'uuid' })
  participantAId: string;

  @ManyToOne(() => PeerParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_a_id' })
  participantA?: PeerParticipant;

  @Column({ name: 'participant_b_id', type: 'uuid' })
  participantBId: string;

  @ManyToOne(() => PeerParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_b_id' })
  participantB?: PeerParticipant;

  /** Staff-only note (why); never sent to families. */
  @Column({ type: 'varchar', length: 300, default: '' })
  note: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
