import { z } from 'zod';
import { IcsMethod } from '../ics';

/** What every template gets besides its params: who reads it and where the portal lives. */
export interface TemplateContext {
  recipientName: string;
  /** config.publicUrl without a trailing slash; every mail links to a page under it. */
  publicUrl: string;
  /** The sender address, used as ORGANIZER in calendar invitations. */
  organizerEmail?: string;
  /** The recipient's address, the ATTENDEE of calendar invitations (set when the mail is sent). */
  recipientEmail?: string;
}

export interface RenderedIcs {
  method: IcsMethod;
  /** The complete VCALENDAR text (CRLF, folded). */
  content: string;
  filename: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  ics?: RenderedIcs;
}

export interface EmailTemplate<S extends z.ZodType = z.ZodType> {
  /** Validates params both when the mail is queued and when it is rendered (the row may be old). */
  params: S;
  render(params: z.output<S>, ctx: TemplateContext): RenderedEmail;
}

export function emailTemplate<S extends z.ZodType>(template: EmailTemplate<S>): EmailTemplate<S> {
  return template;
}
