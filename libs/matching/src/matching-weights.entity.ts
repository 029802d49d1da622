import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Weights } from './algorithm/types';

/** The municipality's weights for the score's factors (defaults apply until a consultant sets them). */
@Entity('matching_weights')
export class MatchingWeights {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'jsonb' })
  weights: Weights;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
