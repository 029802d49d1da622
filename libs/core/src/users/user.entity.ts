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
import { Municipality } from '../tenancy/municipality.entity';
import { Role } from './role';

@Entity('app_user')
// Keyset pagination (created_at, id), platform-wide for the ADMIN and per municipality for everyone else.
@Index('app_user_keyset', ['createdAt', 'id'])
@Index('app_user_municipality_keyset', ['municipalityId', 'createdAt', 'id'])
@Check('app_user_email_lower', `"email" = lower("email")`)
@Index('app_user_oidc_identity', ['oidcIssuer', 'oidcSubject'], {
  unique: true,
  where: 'oidc_subject IS NOT NULL',
})
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** Stored lower-cased; unique across the platform so login needs no municipality. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'oidc_issuer', type: 'varchar', length: 300, nullable: true })
  oidcIssuer: string | null;

  @Column({ name: 'oidc_subject', type: 'varchar', length: 300, nullable: true })
  oidcSubject: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
