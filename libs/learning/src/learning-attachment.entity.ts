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

/** A file on a request (a school statement, an absence overview); bytes in FileStorage, type read from content. */
@Entity('learning_attachment')
@Index('learning_attachment_by_request', ['requestId', 'createdAt'])
export class LearningAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => LearningRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: LearningRequest;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'mime_type', type: 'varchar', length: 100 })
  mimeType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 300 })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
