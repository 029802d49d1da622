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
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';

export enum SupportLevel {
  ALMEN = 'ALMEN',
  FORSTAERKET = 'FORSTAERKET',
  SPECIALISERET = 'SPECIALISERET',
}

export enum NeedStatus {
  WAITING = 'WAITING',
  PLACED = 'PLACED',
  CANCELLED = 'CANCELLED',
}

/** A child of the need: pseudonymous (first name and birth date only; the case system holds the rest). */
export interface NeedChild {
  id: string;
  firstName: string;
  birthDate: string;
}

/** Someone from the child's own network who could become a network foster family. */
export interface NetworkPerson {
  name: string;
  relation: string;
  /** Their network-track application in recruitment, once it exists; approved, its family is the child's. */
  applicationId?: string | null;
}

/**
 * A child (or a sibling group that must stay together) who needs a foster family, entered by the caseworker.
 * Barnets Lov § 52: the place that best meets the child's needs, siblings together, keeping the school.
 */
@Entity('placement_need')
@Index('placement_need_waiting', ['municipalityId', 'status', 'createdAt'])
@Check('placement_need_visits', `"contact_visits_per_month" >= 0 AND "contact_visits_per_month" <= 31`)
export class PlacementNeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ name: 'caseworker_id', type: 'uuid', nullable: true })
  caseworkerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'caseworker_id' })
  caseworker?: User | null;

  @Column({ type: 'jsonb' })
  children: NeedChild[];

  @Column({ name: 'support_level', type: 'enum', enum: SupportLevel, enumName: 'support_level' })
  supportLevel: SupportLevel;

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  needs: string[];

  @Column({ name: 'school_name', type: 'varchar', length: 200, default: '' })
  schoolName: string;

  @Column({ name: 'school_postal_code', type: 'varchar', length: 4, nullable: true })
  schoolPostalCode: string | null;

  @Column({ name: 'school_lat', type: 'double precision', nullable: true })
  schoolLat: number | null;

  @Column({ name: 'school_lon', type: 'double precision', nullable: true })
  schoolLon: number | null;

  @Column({ name: 'bio_postal_code', type: 'varchar', length: 4, nullable: true })
  bioPostalCode: string | null;

  @Column({ name: 'bio_lat', type: 'double precision', nullable: true })
  bioLat: number | null;

  @Column({ name: 'bio_lon', type: 'double precision', nullable: true })
  bioLon: number | null;

  @Column({ name: 'contact_visits_per_month', type: 'integer', default: 0 })
  contactVisitsPerMonth: number;

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  languages: string[];

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  culture: string[];

  @Column({ name: 'culture_note', type: 'varchar', length: 1000, default: '' })
  cultureNote: string;

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  wishes: string[];

  /** The child's own words, shown to whoever matches; never logged. */
  @Column({ name: 'wishes_text', type: 'varchar', length: 2000, default: '' })
  wishesText: string;

  @Column({ name: 'network_people', type: 'jsonb' })
  networkPeople: NetworkPerson[];

  /**
   * Approved network foster families for this child: always shown first. Families approved through an application
   * linked on `networkPeople` count too (NetworkService.withLinkedFamilies).
   */
  @Column({ name: 'network_family_ids', type: 'uuid', array: true, default: () => `'{}'` })
  networkFamilyIds: string[];

  @Column({ type: 'boolean', default: false })
  acute: boolean;

  @Column({ name: 'wished_start', type: 'date', nullable: true })
  wishedStart: string | null;

  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.WAITING })
  status: NeedStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
