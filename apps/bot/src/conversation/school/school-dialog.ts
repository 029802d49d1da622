import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Actor, AppConfig, AppError, ErrorCode, InjectConfig, REDIS } from '@pleje/core';
import {
  CATEGORY_LABEL_DA,
  LearningCategory,
  LearningChildChoice,
  LearningService,
  LearningUrgency,
  URGENCY_LABEL_DA,
} from '@pleje/learning';
import Redis from 'ioredis';
import { BotReply, CardActionData, CardElement } from '../adaptive-card';
import { dialogCard, formatLongWhen, stepButton } from '../card-kit';
import { schoolTexts as t } from './school-texts';

/** What the card's inputs carry back; every field a plain string as Teams sends it. */
export interface SchoolDraft {
  /** `<placementId>/<childId>`: one placement may hold a sibling group. */
  child: string;
  category: string;
  description: string;
  urgency: string;
}

/** How long a sent card's token is remembered: a second tap on "Send" within this time sends nothing. */
const SENT_TTL_SECONDS = 7 * 24 * 3600;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_DESCRIPTION = 4000;

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function draftOf(data: Record<string, unknown>): SchoolDraft {
  return {
    child: str(data.child),
    category: str(data.category),
    description: str(data.description).slice(0, MAX_DESCRIPTION),
    urgency: str(data.urgency),
  };
}

const childValue = (c: LearningChildChoice) => `${c.placementId}/${c.childId}`;
const isCategory = (v: string): v is LearningCategory =>
  (Object.values(LearningCategory) as string[]).includes(v);
const isUrgency = (v: string): v is LearningUrgency =>
  (Object.values(LearningUrgency) as string[]).includes(v);

/**
 * "skole": a learning-consultant request from a card. The card offers only the children of the family's own
 * placements (first names), categories and urgencies with the portal's Danish labels; the request is created by
 * the same LearningService as in the portal, so its validation, triage and deadline hold here too.
 */
@Injectable()
export class SchoolDialog {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly learning: LearningService,
  ) {}

  /** The empty card, or the card again with what was typed and the problems to fix. */
  async start(actor: Actor, previous?: SchoolDraft, problems: string[] = []): Promise<BotReply> {
    const children = await this.children(actor);
    if (children === null) return { text: t.notAllowed };
    if (!children.length) return { text: t.noChildren };
    const draft: SchoolDraft = {
      child: previous?.child || (children.length === 1 ? childValue(children[0]) : ''),
      category: previous?.category ?? '',
      description: previous?.description ?? '',
      urgency: previous?.urgency || LearningUrgency.NORMAL,
    };
    const problemBlocks: CardElement[] = problems.length
      ? [
          { type: 'TextBlock', text: t.problemsHeading, weight: 'bolder', wrap: true },
          ...problems.map((text): CardElement => ({ type: 'TextBlock', text: `• ${text}`, wrap: true })),
        ]
      : [];
    return {
      text: problems.length ? problems.join(' ') : undefined,
      card: dialogCard(
        t.heading,
        [
          { type: 'TextBlock', text: t.intro, wrap: true },
          ...problemBlocks,
          {
            type: 'Input.ChoiceSet',
            id: 'child',
            label: t.child,
            isRequired: true,
            errorMessage: t.chooseChild,
            style: children.length > 3 ? 'compact' : 'expanded',
            value: draft.child,
            choices: children.map((c) => ({ title: c.firstName, value: childValue(c) })),
          },
          {
            type: 'Input.ChoiceSet',
            id: 'category',
            label: t.category,
            isRequired: true,
            errorMessage: t.chooseCategory,
            style: 'compact',
            value: draft.category,
            choices: Object.values(LearningCategory).map((c) => ({ title: CATEGORY_LABEL_DA[c], value: c })),
          },
          {
            type: 'Input.Text',
            id: 'description',
            label: t.description,
            placeholder: t.descriptionPlaceholder,
            isMultiline: true,
            isRequired: true,
            errorMessage: t.descriptionMissing,
            maxLength: MAX_DESCRIPTION,
            value: draft.description,
          },
          {
            type: 'Input.ChoiceSet',
            id: 'urgency',
            label: t.urgency,
            isRequired: true,
            errorMessage: t.chooseUrgency,
            style: 'expanded',
            value: draft.urgency,
            choices: Object.values(LearningUrgency).map((u) => ({ title: URGENCY_LABEL_DA[u], value: u })),
          },
        ],
        // A fresh token per card: a second tap on the same card's button is recognised and sends nothing.
        [stepButton(t.send, 'school.send', { token: randomUUID() }, { style: 'positive' })],
      ),
    };
  }

  /** A card button of this feature (`school.<step>`). */
  async act(actor: Actor, data: CardActionData): Promise<BotReply> {
    switch (data.action) {
      case 'school.start':
        return this.start(actor);
      case 'school.send':
        return this.send(actor, draftOf(data), str(data.token));
      default:
        return { text: t.unknownStep };
    }
  }

  private async children(actor: Actor): Promise<LearningChildChoice[] | null> {
    try {
      return await this.learning.children(actor);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.FORBIDDEN) return null;
      throw error;
    }
  }

  private async send(actor: Actor, draft: SchoolDraft, token: string): Promise<BotReply> {
    if (!UUID.test(token)) return { text: t.unknownStep };
    const children = await this.children(actor);
    if (children === null) return { text: t.notAllowed };
    const problems: string[] = [];
    const child = children.find((c) => childValue(c) === draft.child);
    if (!child) problems.push(t.chooseChild);
    if (!isCategory(draft.category)) problems.push(t.chooseCategory);
    if (!isUrgency(draft.urgency)) problems.push(t.chooseUrgency);
    if (draft.description.length < 10) problems.push(t.descriptionMissing);
    if (problems.length || !child || !isCategory(draft.category) || !isUrgency(draft.urgency))
      return this.start(actor, draft, problems);

    // Claim the card before writing: of two taps at once only one gets to create the request.
    const key = `${this.config.redis.prefix}:bot:school-sent:${token}`;
    const claimed = await this.redis.set(key, 'sending', 'EX', SENT_TTL_SECONDS, 'NX');
    if (claimed !== 'OK') return { text: t.alreadySent };
    try {
      const request = await this.learning.create(actor, {
        placementId: child.placementId,
        childId: child.childId,
        category: draft.category,
        description: draft.description,
        urgency: draft.urgency,
      });
      const deadline = request.deadlineAt ? formatLongWhen(request.deadlineAt) : t.soon;
      return {
        text: t.sent(deadline),
        card: dialogCard(
          t.sentHeading,
          [
            { type: 'TextBlock', text: t.sent(deadline), wrap: true, weight: 'bolder' },
            { type: 'TextBlock', text: t.sentBody, wrap: true },
            {
              type: 'FactSet',
              facts: [
                { title: t.child, value: child.firstName },
                { title: t.subject, value: CATEGORY_LABEL_DA[draft.category] },
                { title: t.urgency, value: URGENCY_LABEL_DA[draft.urgency] },
                { title: t.answerBy, value: deadline },
              ],
            },
          ],
          [
            { type: 'Action.OpenUrl', title: t.open, url: `${this.config.publicUrl}/skolestoette` },
            stepButton(t.newRequest, 'school.start'),
          ],
        ),
      };
    } catch (error) {
      // Not sent: the same card may be sent again once fixed.
      await this.redis.del(key);
      if (!(error instanceof AppError)) throw error;
      // Typed errors carry Danish messages: the card again with them, what was typed kept.
      const messages = [error.message, ...Object.values(error.fields ?? {})];
      return this.start(actor, draft, messages);
    }
  }
}
