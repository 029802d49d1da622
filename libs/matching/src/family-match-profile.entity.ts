import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
// Relative: the recruitment barrel imports @pleje/core, which lists this entity (a cycle).
import { FosterFamily } from '../../recruitment/src/foster-family.entity';

/**
 * What matching knows about an approved family beyond its approval: where it lives, its experience, languages,
 * culture and home, the other children there, the family's own preferences and the consultant's judgment of
 * the same points (the consultant's wins where set; the portal shows the disagreement).
 */
@Entity('family_match_profile')
export class FamilyMatchProfile {
  @PrimaryColumn({ name: 'foster_family_id', type: 'uuid' })
  fosterFamilyId: string;

  @OneToOne(() => FosterFamily, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'foster_family_id' })
  fosterFamily?: FosterFamily;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  experience: string[];

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  languages: string[];

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  culture: string[];

  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  features: string[];

  @Column({ name: 'other_children_birth_dates', type: 'date', array: true, default: () => `'{}'` })
  otherChildrenBirthDates: string[];

  @Column({ name: 'pref_age_min', type: 'integer', nullable: true })
  prefAgeMin: number | null;

  @Column({ name: 'pref_age_max', type: 'integer', nullable: true })
  prefAgeMax: number | null;

  @Column({ name: 'pref_needs_able', type: 'varchar', array: true, default: () => `'{}'` })
  prefNeedsAble: string[];

  @Column({ name: 'pref_needs_excluded', type: 'varchar', array: true, default: () => `'{}'` })
  prefNeedsExcluded: string[];

  @Column({ name: 'pref_siblings', type: 'boolean', nullable: true })
  prefSiblings: boolean | null;

  @Column({ name: 'assessed_age_min', type: 'integer', nullable: true })
  assessedAgeMin: number | null;

  @Column({ name: 'assessed_age_max', type: 'integer', nullable: true })
  assessedAgeMax: number | null;

  @Column({ name: 'assessed_needs_able', type: 'varchar', array: true, nullable: true })
  assessedNeedsAble: string[] | null;

  @Column({ name: 'assessed_needs_excluded', type: 'varchar', array: true, nullable: true })
  assessedNeedsExcluded: string[] | null;

  @Column({ name: 'assessed_siblings', type: 'boolean', nullable: true })
  assessedSiblings: boolean | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
