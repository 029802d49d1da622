import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { ProposedGroup, UnplacedChild } from './composition/types';

export enum PeerCompositionStatus {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
}

/** A proposal of groups the network consultant adjusts and confirms (child ids are participant ids). */
@Entity('peer_composition')
@Index('peer_composition_by_municipality', ['municipalityId', 'createdAt'])
export class PeerComposition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'group_size', type: 'integer' })
  groupSize: number;

  @Column({ type: 'jsonb' })
  groups: ProposedGroup[];

  @Column({ type: 'jsonb' })
  unplaced: UnplacedChild[];

  @Column({ type: 'double precision' })
  cost: number;

  @Column({
    type: 'enum',
    enum: PeerCompositionStatus,
    enumName: 'peer_composition_status',
    default: PeerCompositionStatus.DRAFT,
  })
  status: PeerCompositionStatus;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt: Date | null;

  @VersionColumn()
  version: number;
}
