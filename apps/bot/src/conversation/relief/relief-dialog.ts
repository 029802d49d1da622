import { Injectable } from '@nestjs/common';
import { Actor, AppError } from '@pleje/core';
import {
  addDays,
  localInstant,
  localParts,
  ReliefBookingStatus,
  ReliefErrorCode,
  ReliefProviderKind,
  ReliefService,
} from '@pleje/relief';
import { AdaptiveCard, BotReply, CardActionData, CardElement, DataSubmitAction } from '../adaptive-card';
import { reliefTexts as t } from './relief-texts';

/** Providers shown per page; "Vis flere" shows the next ones. */
export const RELIEF_PAGE_SIZE = 5;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What the family chose so far; travels in the card buttons' data from step to step. */
export interface ReliefSelection {
  placementId: string;
  fromDate: string;
  fromTime: string;
  toDate: string;
  toTime: string;
  note: string;
}

const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatWhen(instant: Date): string {
  return DATE_TIME.format(instant);
}

/** The default stay: the coming weekend, Friday 17:00 to Sunday 17:00 (local time). */
export function defaultWeekend(now: Date = new Date()): { fromDate: string; toDate: string } {
  const today = localParts(now);
  const ahead = (5 - today.weekday + 7) % 7 || 7;
  const friday = addDays(today.date, ahead);
  return { fromDate: friday, toDate: addDays(friday, 2) };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function selectionOf(value: Record<string, unknown>): ReliefSelection {
  return {
    placementId: str(value.placementId),
    fromDate: str(value.fromDate),
    fromTime: str(value.fromTime),
    toDate: str(value.toDate),
    toTime: str(value.toTime),
    note: str(value.note).slice(0, 500),
  };
}

/** Danish messages per field for a selection that cannot be searched, or null when it can. */
export function selectionProblems(s: ReliefSelection): Record<string, string> | null {
  const fields: Record<string, string> = {};
  if (!s.placementId) fields.placementId = t.chooseChild;
  if (!DATE.test(s.fromDate)) fields.fromDate = t.badDate;
  if (!DATE.test(s.toDate)) fields.toDate = t.badDate;
  if (!TIME.test(s.fromTime)) fields.fromTime = t.badTime;
  if (!TIME.test(s.toTime)) fields.toTime = t.badTime;
  if (!Object.keys(fields).length && `${s.toDate}T${s.toTime}` <= `${s.fromDate}T${s.fromTime}`)
    fields.toDate = t.endBeforeStart;
  return Object.keys(fields).length ? fields : null;
}

function card(heading: string, body: CardElement[], actions: DataSubmitAction[] = []): AdaptiveCard {
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    lang: 'da',
    body: [
      { type: 'TextBlock', text: heading, style: 'heading', size: 'medium', weight: 'bolder', wrap: true },
      ...body,
    ],
    actions,
  };
}

function submit(
  title: string,
  action: string,
  data: Record<string, string | number> = {},
  extra: Partial<DataSubmitAction> = {},
): DataSubmitAction {
  return { type: 'Action.Submit', title, data: { action, ...data }, ...extra };
}

const selectionData = (s: ReliefSelection): Record<string, string> => ({ ...s });

/**
 * Relief booking and "Mine aflastninger" in Teams: plain TypeScript deciding the cards, calling the same
 * ReliefService as the portal with the linked user's Actor, so every rule (grant, slot, scope) holds here too.
 */
@Injectable()
export class ReliefDialog {
  constructor(private readonly relief: ReliefService) {}

  /** Step 1: which child, when, and a note. */
  async start(
    actor: Actor,
    previous?: ReliefSelection,
    problems?: Record<string, string>,
  ): Promise<BotReply> {
    const placements = await this.relief.myPlacements(actor);
    if (!placements.length) return { text: t.noPlacements };
    const weekend = defaultWeekend();
    const s: ReliefSelection = {
      placementId: previous?.placementId || placements[0].placementId,
      fromDate: previous?.fromDate || weekend.fromDate,
      fromTime: previous?.fromTime || '17:00',
      toDate: previous?.toDate || weekend.toDate,
      toTime: previous?.toTime || '17:00',
      note: previous?.note ?? '',
    };
    const problemText = problems ? Object.values(problems) : [];
    return {
      card: card(
        t.startHeading,
        [
          ...problemText.map((text): CardElement => ({
            type: 'TextBlock',
            text,
            wrap: true,
            weight: 'bolder',
          })),
          {
            type: 'Input.ChoiceSet',
            id: 'placementId',
            label: t.child,
            isRequired: true,
            errorMessage: t.chooseChild,
            style: placements.length > 3 ? 'compact' : 'expanded',
            value: s.placementId,
            choices: placements.map((p) => ({
              title: `${p.childFirstNames.join(' og ')} (${t.daysLeft(p.daysLeft)})`,
              value: p.placementId,
            })),
          },
          { type: 'Input.Date', id: 'fromDate', label: t.fromDate, isRequired: true, value: s.fromDate },
          { type: 'Input.Time', id: 'fromTime', label: t.fromTime, isRequired: true, value: s.fromTime },
          { type: 'Input.Date', id: 'toDate', label: t.toDate, isRequired: true, value: s.toDate },
          { type: 'Input.Time', id: 'toTime', label: t.toTime, isRequired: true, value: s.toTime },
          {
            type: 'Input.Text',
            id: 'note',
            label: t.note,
            placeholder: t.notePlaceholder,
            isMultiline: true,
            maxLength: 500,
            value: s.note,
          },
        ],
        [submit(t.search, 'relief.search', {}, { style: 'positive' })],
      ),
    };
  }

  /** A card button of this feature (`relief.<step>`). */
  async act(actor: Actor, data: CardActionData): Promise<BotReply> {
    try {
      switch (data.action) {
        case 'relief.start':
          return await this.start(actor);
        case 'relief.edit':
          return await this.start(actor, selectionOf(data));
        case 'relief.search':
          return await this.search(actor, selectionOf(data), Number(data.offset) || 0);
        case 'relief.pick':
          return await this.pick(actor, selectionOf(data), str(data.providerId));
        case 'relief.book':
          return await this.book(actor, selectionOf(data), str(data.providerId), str(data.placeName));
        case 'relief.mine':
          return await this.mine(actor);
        case 'relief.cancel-ask':
          return this.cancelAsk(str(data.bookingId));
        case 'relief.cancel':
          return await this.cancel(actor, str(data.bookingId), str(data.reason));
        default:
          return { text: t.unknownStep };
      }
    } catch (error) {
      // Typed errors carry a Danish message meant for the user; anything else is the bot's apology.
      if (error instanceof AppError) return this.failure(actor, error, data);
      throw error;
    }
  }

  private async childNames(actor: Actor, placementId: string): Promise<string | null> {
    const placement = (await this.relief.myPlacements(actor)).find((p) => p.placementId === placementId);
    return placement ? placement.childFirstNames.join(' og ') : null;
  }

  private range(s: ReliefSelection): { from: Date; to: Date } {
    return { from: localInstant(s.fromDate, s.fromTime), to: localInstant(s.toDate, s.toTime) };
  }

  /** Step 2: free providers, the usual relief family first (the service ranks by continuity). */
  private async search(actor: Actor, s: ReliefSelection, offset: number): Promise<BotReply> {
    const problems = selectionProblems(s);
    if (problems) return this.start(actor, s, problems);
    const child = await this.childNames(actor, s.placementId);
    if (child === null) return this.start(actor, { ...s, placementId: '' }, { placementId: t.chooseChild });
    const { from, to } = this.range(s);
    const hits = await this.relief.search(actor, s.placementId, from, to, offset + RELIEF_PAGE_SIZE + 1);
    const page = hits.slice(offset, offset + RELIEF_PAGE_SIZE);
    const back = submit(t.otherDates, 'relief.edit', selectionData(s), { associatedInputs: 'none' });
    if (!page.length)
      return { card: card(t.resultsHeading, [{ type: 'TextBlock', text: t.noneFree, wrap: true }], [back]) };
    const rows: CardElement[] = page.map((hit) => ({
      type: 'Container',
      separator: true,
      spacing: 'medium',
      items: [
        { type: 'TextBlock', text: hit.provider.name, weight: 'bolder', wrap: true },
        {
          type: 'TextBlock',
          text: [
            hit.continuity > 0 ? `⭐ ${t.usual}` : null,
            hit.provider.kind === ReliefProviderKind.FAMILY ? t.family : t.unit,
            hit.distanceKm !== null ? t.distance(hit.distanceKm) : null,
          ]
            .filter(Boolean)
            .join(' · '),
          isSubtle: true,
          spacing: 'none',
          wrap: true,
        },
        {
          type: 'ActionSet',
          actions: [submit(t.choose, 'relief.pick', { ...selectionData(s), providerId: hit.provider.id })],
        },
      ],
    }));
    const more =
      hits.length > offset + RELIEF_PAGE_SIZE
        ? [submit(t.more, 'relief.search', { ...selectionData(s), offset: offset + RELIEF_PAGE_SIZE })]
        : [];
    return {
      card: card(
        t.resultsHeading,
        [
          { type: 'TextBlock', text: t.resultsIntro(child), wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: t.from, value: formatWhen(from) },
              { title: t.to, value: formatWhen(to) },
            ],
          },
          ...rows,
        ],
        [...more, back],
      ),
    };
  }

  /** Step 3: the summary to confirm. */
  private async pick(actor: Actor, s: ReliefSelection, providerId: string): Promise<BotReply> {
    const problems = selectionProblems(s);
    if (problems) return this.start(actor, s, problems);
    const child = (await this.childNames(actor, s.placementId)) ?? '';
    const { from, to } = this.range(s);
    // Still free? A fresh search also gives the name (listing providers is the consultant's operation).
    const name = (await this.relief.search(actor, s.placementId, from, to)).find(
      (h) => h.provider.id === providerId,
    )?.provider.name;
    if (!name) return this.search(actor, s, 0);
    return {
      card: card(
        t.confirmHeading,
        [
          {
            type: 'FactSet',
            facts: [
              { title: t.child, value: child },
              { title: t.place, value: name },
              { title: t.from, value: formatWhen(from) },
              { title: t.to, value: formatWhen(to) },
              ...(s.note ? [{ title: 'Besked', value: s.note }] : []),
            ],
          },
        ],
        [
          submit(
            t.send,
            'relief.book',
            { ...selectionData(s), providerId, placeName: name },
            { style: 'positive' },
          ),
          submit(t.back, 'relief.search', selectionData(s), { associatedInputs: 'none' }),
        ],
      ),
    };
  }

  /** Step 4: the booking request, through the same service and rules as the portal. */
  private async book(
    actor: Actor,
    s: ReliefSelection,
    providerId: string,
    placeName: string,
  ): Promise<BotReply> {
    const problems = selectionProblems(s);
    if (problems) return this.start(actor, s, problems);
    const { from, to } = this.range(s);
    const booking = await this.relief.book(actor, {
      placementId: s.placementId,
      providerId,
      startsAt: from,
      endsAt: to,
      note: s.note || null,
    });
    return {
      text: t.sentHeading,
      card: card(
        t.sentHeading,
        [
          { type: 'TextBlock', text: t.sent(placeName || 'aflastningsstedet'), wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: t.from, value: formatWhen(booking.startsAt) },
              { title: t.to, value: formatWhen(booking.endsAt) },
              { title: 'Status', value: t.status[booking.status] },
            ],
          },
        ],
        [submit(t.mine, 'relief.mine')],
      ),
    };
  }

  /** "Mine aflastninger": what is coming, as the family and as a relief family. */
  async mine(actor: Actor): Promise<BotReply> {
    const [bookings, placements] = await Promise.all([
      this.relief.bookings(actor, { from: new Date() }),
      this.relief.myPlacements(actor),
    ]);
    const names = new Map(placements.map((p) => [p.placementId, p.childFirstNames.join(' og ')]));
    const upcoming = bookings
      .filter((b) => b.status === ReliefBookingStatus.REQUESTED || b.status === ReliefBookingStatus.CONFIRMED)
      .slice(0, 10);
    if (!upcoming.length) return { text: t.mineNone };
    const rows: CardElement[] = upcoming.map((b) => {
      const child = names.get(b.placementId);
      return {
        type: 'Container',
        separator: true,
        spacing: 'medium',
        items: [
          {
            type: 'TextBlock',
            text: child ? `${child} hos ${b.provider?.name ?? ''}` : t.asProvider,
            weight: 'bolder',
            wrap: true,
          },
          {
            type: 'FactSet',
            facts: [
              { title: t.from, value: formatWhen(b.startsAt) },
              { title: t.to, value: formatWhen(b.endsAt) },
              { title: 'Status', value: t.status[b.status] },
            ],
          },
          {
            type: 'ActionSet',
            actions: [submit(t.cancel, 'relief.cancel-ask', { bookingId: b.id }, { style: 'destructive' })],
          },
        ],
      };
    });
    return { card: card(t.mineHeading, rows) };
  }

  private cancelAsk(bookingId: string, problem?: string): BotReply {
    return {
      card: card(
        t.cancelHeading,
        [
          ...(problem
            ? [{ type: 'TextBlock' as const, text: problem, wrap: true, weight: 'bolder' as const }]
            : []),
          {
            type: 'Input.Text',
            id: 'reason',
            label: t.reason,
            placeholder: t.reasonPlaceholder,
            isRequired: true,
            errorMessage: t.reasonMissing,
            maxLength: 500,
          },
        ],
        [
          submit(t.cancelConfirm, 'relief.cancel', { bookingId }, { style: 'destructive' }),
          submit(t.back, 'relief.mine', {}, { associatedInputs: 'none' }),
        ],
      ),
    };
  }

  private async cancel(actor: Actor, bookingId: string, reason: string): Promise<BotReply> {
    if (!reason) return this.cancelAsk(bookingId, t.reasonMissing);
    await this.relief.cancel(actor, bookingId, reason);
    return {
      text: t.cancelled,
      card: card(
        t.mineHeading,
        [{ type: 'TextBlock', text: t.cancelled, wrap: true }],
        [submit(t.mine, 'relief.mine')],
      ),
    };
  }

  /** A typed error in Danish, with the way back to where it makes sense to try again. */
  private async failure(actor: Actor, error: AppError, data: CardActionData): Promise<BotReply> {
    const s = selectionOf(data);
    const body: CardElement[] = [{ type: 'TextBlock', text: error.message, wrap: true }];
    for (const message of Object.values(error.fields ?? {}))
      body.push({ type: 'TextBlock', text: message, wrap: true, isSubtle: true });
    if (error.code === ReliefErrorCode.GRANT_EXCEEDED && s.placementId) {
      const usage = (await this.relief.myPlacements(actor)).find((p) => p.placementId === s.placementId);
      if (usage?.grant)
        body.push({
          type: 'FactSet',
          facts: [
            { title: t.grantUsed, value: t.days(usage.daysUsed) },
            { title: t.grantLeft, value: t.days(usage.daysLeft ?? 0) },
          ],
        });
    }
    const actions: DataSubmitAction[] = data.action.startsWith('relief.cancel')
      ? [submit(t.mine, 'relief.mine')]
      : s.placementId
        ? [
            submit(t.otherPlace, 'relief.search', selectionData(s)),
            submit(t.otherDates, 'relief.edit', selectionData(s)),
          ]
        : [submit(t.startHeading, 'relief.start')];
    return { text: error.message, card: card(t.failedHeading, body, actions) };
  }
}
