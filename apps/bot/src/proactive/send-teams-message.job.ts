import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, JobContext, JobHandler, JobPayload, LOGGER } from '@pleje/core';
import { TeamsError, TeamsErrorCode, TeamsMessageService } from '@pleje/teams';
import { CloudAdapter, ConversationReference } from 'botbuilder';
import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { CLOUD_ADAPTER } from '../bot/bot.tokens';
import { toActivity } from '../bot/plejeportalen.bot';
import { renderTeamsMessage } from './teams-message-cards';

export type SendTeamsMessageResult = { status: 'sent' | 'already-sent' | 'gone' };

/** The HTTP status of a failed connector call (botframework-connector's RestError), if any. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('statusCode' in error && typeof error.statusCode === 'number') return error.statusCode;
  if (
    'response' in error &&
    typeof error.response === 'object' &&
    error.response !== null &&
    'status' in error.response &&
    typeof error.response.status === 'number'
  ) {
    return error.response.status;
  }
  return undefined;
}

/**
 * Sends one teams_message row as a proactive message into the recipient's personal chat. The row is claimed
 * first, so a job that runs twice (retry, duplicate enqueue, a stalled run taken over) sends once. 403/404 from
 * the connector means the app is gone: the chat is marked gone and the job fails without retries.
 */
@Injectable()
export class SendTeamsMessageJob implements JobHandler<'teams.send-message'> {
  readonly jobName = 'teams.send-message' as const;

  constructor(
    @Inject(CLOUD_ADAPTER) private readonly adapter: CloudAdapter,
    private readonly messages: TeamsMessageService,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(
    { messageId }: JobPayload<'teams.send-message'>,
    context: JobContext,
  ): Promise<SendTeamsMessageResult> {
    const claim = await this.messages.claim(messageId);
    if (claim.status === 'already-sent' || claim.status === 'gone') return { status: claim.status };
    if (claim.status === 'failed') throw new UnrecoverableError(claim.code);
    // Another run holds the claim: try again later; by then it is sent, or its lease has run out.
    if (claim.status === 'busy')
      throw new TeamsError(TeamsErrorCode.SEND_FAILED, 'Beskeden sendes allerede.');

    const { message, conversation } = claim;
    const reply = renderTeamsMessage(message.kind, message.params, this.config.publicUrl);
    if (!reply) {
      await this.messages.fail(message.id, TeamsErrorCode.INVALID_MESSAGE);
      throw new UnrecoverableError(TeamsErrorCode.INVALID_MESSAGE);
    }

    const reference: Partial<ConversationReference> = {
      channelId: conversation.channelId,
      serviceUrl: conversation.serviceUrl,
      conversation: {
        id: conversation.conversationId,
        conversationType: 'personal',
        isGroup: false,
        name: '',
        tenantId: conversation.tenantId ?? undefined,
      },
      bot: { id: conversation.botId, name: '' },
      user: { id: conversation.channelUserId, name: '' },
    };
    try {
      // The adapter hands errors thrown inside the turn to onTurnError (which apologises into the chat and
      // swallows them), so the send failure is carried out of the turn and thrown here instead.
      let failure: unknown = null;
      await this.adapter.continueConversationAsync(this.config.bot.appId ?? '', reference, async (turn) => {
        try {
          await turn.sendActivity(toActivity(reply));
        } catch (error) {
          failure = error ?? new Error('send failed');
        }
      });
      if (failure) throw failure;
    } catch (error) {
      const status = statusOf(error);
      if (status === 403 || status === 404) {
        await this.messages.markConversationGone(message.id, conversation);
        this.logger.warn(
          { messageId, kind: message.kind, status, code: TeamsErrorCode.CONVERSATION_GONE },
          'teams chat gone',
        );
        throw new UnrecoverableError(TeamsErrorCode.CONVERSATION_GONE);
      }
      const code = `${TeamsErrorCode.SEND_FAILED}${status ? `.${status}` : ''}`;
      const attemptsAllowed = context.job.opts.attempts ?? 1;
      await this.messages.releaseForRetry(message.id, code, context.attemptsMade + 1 >= attemptsAllowed);
      // Ids and codes only: connector replies can echo message content.
      this.logger.warn({ messageId, kind: message.kind, code }, 'teams send failed');
      throw new TeamsError(TeamsErrorCode.SEND_FAILED, 'Teams-beskeden kunne ikke sendes.');
    }
    await this.messages.markSent(message.id);
    return { status: 'sent' };
  }
}
