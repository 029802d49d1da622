import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TriageRules } from './triage';

/**
 * Per municipality: the triage rules and SLA hours, and the lead learning consultant who receives escalations.
 * No row = the defaults in triage.ts and escalations to every active learning consultant.
 */
@Entity('learning_settings')
export class LearningSettings {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'lead_user_id', type: 'uuid', nullable: true })
  leadUserId: string | null;

  /** Validated with triageRulesSchema on every read and write. */
  @Column({ type: 'jsonb' })
  rules: TriageRules;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
