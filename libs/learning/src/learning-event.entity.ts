import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { LearningRequest } from './learning-request.entity';
import { LearningEventType } from './learning-vocabulary';

/** The request's history: who (null = the system), when, what. Details hold codes and ids, never text. */
@Entity('learning_event')
@Index('learning_event_by_request', ['requestId', 'createdAt'])
@Index('learning_event_by_type', ['municipalityId', 'type', 'createdAt'])
export class LearningEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => LearningRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: LearningRequest;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'enum', enum: LearningEventType, enumName: 'learning_event_type' })
  type: LearningEventType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, string | number | boolean | null> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
