import { z } from 'zod';
import { accountCreated, draftReminder, receipt, statusChanged } from './application';
import { eventInvitation, eventReminder, homeVisit } from './calendar';
import { EmailTemplate } from './email-template';
import { faqTicketAnswered } from './faq';
import { reliefBookingReminder, reliefWindowResult } from './relief';
import { learningDeadlineReminder, learningEscalated, learningRequestUpdated } from './learning';
import { peerInvitation, peerSessionCancelled, peerSessionReminder } from './peer-groups';
import { expiryWarning, newMessage } from './staff';

/** Every email the platform sends: name (stored in email_message.template) -> params schema + renderer. */
export const EMAIL_TEMPLATES = {
  'recruitment.account-created': accountCreated,
  'recruitment.receipt': receipt,
  'recruitment.status-changed': statusChanged,
  'recruitment.draft-reminder': draftReminder,
  'recruitment.event-invitation': eventInvitation,
  'recruitment.event-reminder': eventReminder,
  'recruitment.home-visit': homeVisit,
  'recruitment.new-message': newMessage,
  'recruitment.expiry-warning': expiryWarning,
  'relief.booking-reminder': reliefBookingReminder,
  'relief.window-result': reliefWindowResult,
  'learning.request-updated': learningRequestUpdated,
  'learning.escalated': learningEscalated,
  'learning.deadline-reminder': learningDeadlineReminder,
  'peer.invitation': peerInvitation,
  'peer.session-reminder': peerSessionReminder,
  'peer.session-cancelled': peerSessionCancelled,
  'faq.ticket-answered': faqTicketAnswered,
} satisfies Record<string, EmailTemplate>;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
/** What a caller passes to queueEmail for a template. */
export type EmailTemplateParams<N extends EmailTemplateName> = z.input<(typeof EMAIL_TEMPLATES)[N]['params']>;

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.prototype.hasOwnProperty.call(EMAIL_TEMPLATES, name);
}
