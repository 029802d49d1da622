import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@pleje/core/users/user.entity';

/**
 * Where proactive messages to a linked user go: the reference of their personal chat with the bot, refreshed
 * on every activity. `gone_at` is set when the connector answers 403/404 (the app was removed or blocked);
 * nothing is sent again until the user writes to the bot again.
 */
@Entity('teams_conversation')
@Index('teams_conversation_user', ['userId'], { unique: true })
export class TeamsConversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'service_url', type: 'varchar', length: 500 })
  serviceUrl: string;

  @Column({ name: 'conversation_id', type: 'varchar', length: 500 })
  conversationId: string;

  /** The bot's own channel account id ("28:..."). */
  @Column({ name: 'bot_id', type: 'varchar', length: 200 })
  botId: string;

  /** The user's channel account id ("29:..."). */
  @Column({ name: 'channel_user_id', type: 'varchar', length: 200 })
  channelUserId: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 64, nullable: true })
  tenantId: string | null;

  @Column({ name: 'channel_id', type: 'varchar', length: 40 })
  channelId: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'gone_at', type: 'timestamptz', precision: 3, nullable: true })
  goneAt: Date | null;
}
