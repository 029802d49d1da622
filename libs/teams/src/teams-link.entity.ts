import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// Deep imports: core's entity list imports this file, so the @pleje/core barrel would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';

/**
 * A Teams user linked to a portal account. One link per Teams user and one per portal user: linking again
 * replaces the old link, so a Teams account never acts for two people and nobody is reachable in two chats.
 */
@Entity('teams_link')
@Index('teams_link_user', ['userId'], { unique: true })
@Index('teams_link_channel_user', ['channelUserId'], { unique: true })
export class TeamsLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  // Erasing a user erases the link (GDPR): nothing here outlives the account.
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** The bot channel's id of the Teams user ("29:..."), present on every activity. */
  @Column({ name: 'channel_user_id', type: 'varchar', length: 200 })
  channelUserId: string;

  /** Entra ID (AAD) object id of the Teams user, when the channel sends it. */
  @Column({ name: 'aad_object_id', type: 'varchar', length: 64, nullable: true })
  aadObjectId: string | null;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64, nullable: true })
  tenantId: string | null;

  @Column({ name: 'linked_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  linkedAt: Date;
}
