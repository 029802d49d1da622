import { Injectable } from '@nestjs/common';
import { Actor, AppConfig, AppError, AuditService, InjectConfig } from '@pleje/core';
import { addressOf, EmailTemplateName, renderEmail } from '@pleje/notifications';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { isApplicantRole } from '../application-access';
import { Application } from '../application.entity';
import { HomeVisit, RecruitmentEvent } from '../recruitment-event.entity';
import { eventMailParams, visitMailParams } from './event-views';
import { CalendarItemKind } from './graphql/dto/recruitment-event.model';

const notFound = (): AppError => AppError.notFound('Aftalen findes ikke.');

/**
 * The .ics text for download. Rendered by the same templates as the mailed invitation, so the UID and
 * SEQUENCE match and a download updates the mailed appointment instead of duplicating it.
 */
@Injectable()
export class CalendarInvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async invitation(actor: Actor, kind: CalendarItemKind, id: string): Promise<string> {
    if (!isUUID(id)) throw notFound();
    return kind === CalendarItemKind.EVENT ? this.eventIcs(actor, id) : this.visitIcs(actor, id);
  }

  private async eventIcs(actor: Actor, id: string): Promise<string> {
    const event = await this.dataSource.getRepository(RecruitmentEvent).findOne({ where: { id } });
    if (!event) throw notFound();
    if (isApplicantRole(actor.role)) {
      // Applicants get the invitation of events they are signed up for, through any of their applications.
      const [signedUp] = (await this.dataSource.query(
        `SELECT 1 FROM "recruitment_event_signup" s JOIN "application" a ON a."id" = s."application_id"
         WHERE s."event_id" = $1 AND a."applicant_user_id" = $2 LIMIT 1`,
        [id, actor.userId],
      )) as unknown[];
      if (!signedUp) throw notFound();
    } else if (event.municipalityId !== actor.municipalityId) throw notFound();
    return this.render('recruitment.event-invitation', eventMailParams(event, event.cancelledAt !== null));
  }

  private async visitIcs(actor: Actor, id: string): Promise<string> {
    const visit = await this.dataSource.getRepository(HomeVisit).findOne({ where: { id } });
    if (!visit) throw notFound();
    const application = await this.dataSource.getRepository(Application).findOne({
      where: { id: visit.applicationId },
    });
    if (!application) throw notFound();
    if (isApplicantRole(actor.role)) {
      if (application.applicantUserId !== actor.userId) throw notFound();
    } else {
      if (visit.municipalityId !== actor.municipalityId) throw notFound();
      // The .ics carries the household's address: a staff read of application data.
      await this.audit.recordRead(actor, {
        entity: 'home_visit',
        entityId: visit.id,
        municipalityId: visit.municipalityId,
        details: { view: 'ics' },
      });
    }
    return this.render(
      'recruitment.home-visit',
      visitMailParams(visit, application.form, visit.cancelledAt !== null),
    );
  }

  private render(template: EmailTemplateName, params: unknown): string {
    const rendered = renderEmail(template, params, {
      recipientName: '',
      publicUrl: this.config.publicUrl,
      organizerEmail: addressOf(this.config.mail.from),
    });
    if (!rendered.ics) throw AppError.notFound('Aftalen findes ikke.');
    return rendered.ics.content;
  }
}
