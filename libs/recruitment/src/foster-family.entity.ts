import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
// Deep imports: core's entity list imports this file, so the @pleje/core barrel would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';
import { Application } from './application.entity';

export enum ApprovalAuthority {
  SOCIALTILSYN = 'SOCIALTILSYN',
  MUNICIPALITY = 'MUNICIPALITY',
}

/**
 * An approved foster family: what matching and relief use. Created by approval; the family keeps its
 * vacancies current (as on Tilbudsportalen).
 */
@Entity('foster_family')
@Index('foster_family_by_municipality', ['municipalityId', 'active'])
@Check('foster_family_places', `"places" >= 1 AND "vacancies" >= 0 AND "vacancies" <= "places"`)
@Check('foster_family_ages', `"age_min" >= 0 AND "age_max" <= 17 AND "age_min" <= "age_max"`)
export class FosterFamily {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ name: 'application_id', type: 'uuid', unique: true })
  applicationId: string;

  @OneToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  /** The account that applied (now a foster parent) and keeps the vacancies current. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'approval_types', type: 'varchar', array: true })
  approvalTypes: string[];

  @Column({ name: 'approved_by', type: 'enum', enum: ApprovalAuthority, enumName: 'approval_authority' })
  approvedBy: ApprovalAuthority;

  @Column({ type: 'integer' })
  places: number;

  @Column({ type: 'integer' })
  vacancies: number;

  @Column({ name: 'age_min', type: 'integer' })
  ageMin: number;

  @Column({ name: 'age_max', type: 'integer' })
  ageMax: number;

  @Column({ name: 'takes_siblings', type: 'boolean', default: false })
  takesSiblings: boolean;

  /** Conditions attached to the approval (e.g. "kun børn over 6 år", "højst ét barn med særlige behov"). */
  @Column({ type: 'varchar', length: 2000, default: '' })
  conditions: string;

  /** Network families are approved for this one child only. */
  @Column({ name: 'network_child_name', type: 'varchar', length: 100, nullable: true })
  networkChildName: string | null;

  @Column({ name: 'postal_code', type: 'varchar', length: 4, nullable: true })
  postalCode: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', precision: 3 })
  approvedAt: Date;

  @Column({ name: 'vacancies_updated_at', type: 'timestamptz', precision: 3 })
  vacanciesUpdatedAt: Date;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
