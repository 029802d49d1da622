import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@pleje/core/users/user.entity';

/**
 * A one-time code shown once in the portal and typed to the bot ("forbind 123456"). Only a keyed hash is
 * stored: six digits are too few for a plain hash to protect a copy of the database.
 */
@Entity('teams_link_code')
// Among unused codes a hash is unique, so a typed code names exactly one portal user.
@Index('teams_link_code_unused', ['codeHash'], { unique: true, where: '"used_at" IS NULL' })
@Index('teams_link_code_user', ['userId'])
export class TeamsLinkCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** Hex HMAC-SHA256 of the code. */
  @Column({ name: 'code_hash', type: 'char', length: 64 })
  codeHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', precision: 3, nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
