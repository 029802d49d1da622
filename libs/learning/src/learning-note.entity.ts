import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Role } from '@pleje/core/users/role';
import { LearningRequest } from './learning-request.entity';
import { LearningNoteKind } from './learning-vocabulary';

/** A note on a request: INTERNAL stays among consultants; REPLY and REQUESTER are the conversation. */
@Entity('learning_note')
@Index('learning_note_by_request', ['requestId', 'createdAt'])
export class LearningNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => LearningRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: LearningRequest;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'enum', enum: LearningNoteKind, enumName: 'learning_note_kind' })
  kind: LearningNoteKind;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'author_role', type: 'enum', enum: Role, enumName: 'user_role' })
  authorRole: Role;

  @Column({ type: 'varchar', length: 4000 })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
