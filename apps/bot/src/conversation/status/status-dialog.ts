import { Injectable } from '@nestjs/common';
import { Actor, AppConfig, InjectConfig, Role } from '@pleje/core';
import { ApplicationsService, RecruitmentEventsService } from '@pleje/recruitment';
import { BotReply, CardElement } from '../adaptive-card';
import { dialogCard, formatSpan } from '../card-kit';
import { statusTexts as t } from './status-texts';

/** One booked appointment: an information meeting, a course session or a home visit. */
export interface BookedAppointment {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
}

/**
 * "status" for applicants: the application's status label, what happens next and the next booked
 * meeting, course day or home visit, read through the same recruitment services as the portal.
 */
@Injectable()
export class StatusDialog {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly applications: ApplicationsService,
    private readonly events: RecruitmentEventsService,
  ) {}

  async show(actor: Actor): Promise<BotReply> {
    if (actor.role !== Role.APPLICANT) return { text: t.onlyApplicants };
    const portal = {
      type: 'Action.OpenUrl' as const,
      title: t.open,
      url: `${this.config.publicUrl}/ansoegning`,
    };
    const application = await this.applications.mine(actor);
    if (!application) return { text: t.noApplication, card: dialogCard(t.heading, [], [portal]) };
    const next = await this.nextAppointment(actor);
    const body: CardElement[] = [
      {
        type: 'FactSet',
        facts: [
          {
            title: t.status,
            value: `${application.statusLabel} (${t.since(application.daysInStatus)})`,
          },
        ],
      },
      { type: 'TextBlock', text: t.nextHeading, weight: 'bolder', wrap: true, spacing: 'medium' },
      { type: 'TextBlock', text: application.nextStep, wrap: true },
      { type: 'TextBlock', text: t.nextBooked, weight: 'bolder', wrap: true, spacing: 'medium' },
      next
        ? {
            type: 'FactSet',
            facts: [
              { title: next.title, value: formatSpan(next.startsAt, next.endsAt) },
              ...(next.place ? [{ title: 'Sted', value: next.place }] : []),
            ],
          }
        : { type: 'TextBlock', text: t.noneBooked, wrap: true, isSubtle: true },
    ];
    return { card: dialogCard(t.heading, body, [portal]) };
  }

  /** The soonest future appointment that is neither cancelled nor done. */
  private async nextAppointment(actor: Actor, now = new Date()): Promise<BookedAppointment | null> {
    const calendar = await this.events.myCalendar(actor);
    const upcoming: BookedAppointment[] = [
      ...calendar.signups
        .filter((s) => !s.event.cancelled && s.event.startsAt > now)
        .map((s) => ({
          title: s.event.title,
          startsAt: s.event.startsAt,
          endsAt: s.event.endsAt,
          place: s.event.place,
        })),
      ...calendar.homeVisits
        .filter((v) => !v.cancelledAt && !v.completedAt && v.startsAt > now)
        .map((v) => ({ title: t.homeVisit(v.number), startsAt: v.startsAt, endsAt: v.endsAt, place: null })),
    ];
    upcoming.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return upcoming[0] ?? null;
  }
}
