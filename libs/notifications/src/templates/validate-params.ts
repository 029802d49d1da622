import { NotificationsError, NotificationsErrorCode } from '../notifications.error';
import { EmailTemplate, RenderedEmail, TemplateContext } from './email-template';
import { EMAIL_TEMPLATES, EmailTemplateName, isEmailTemplateName } from './email-templates';

/** Parses params with the template's schema; errors name the fields, never echo the values. */
export function validateTemplateParams(name: EmailTemplateName, params: unknown): Record<string, unknown> {
  const parsed = EMAIL_TEMPLATES[name].params.safeParse(params);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.') || '(rod)'] = 'Ugyldig værdi.';
    throw new NotificationsError(NotificationsErrorCode.InvalidParams, fields);
  }
  return parsed.data as Record<string, unknown>;
}

/** Renders a stored email: validates the name and params again, because the row may predate a change. */
export function renderEmail(template: string, params: unknown, ctx: TemplateContext): RenderedEmail {
  if (!isEmailTemplateName(template)) throw new NotificationsError(NotificationsErrorCode.UnknownTemplate);
  const parsed = validateTemplateParams(template, params);
  // The registry is keyed by name; the params were just parsed by that same template's schema.
  const entry = EMAIL_TEMPLATES[template] as EmailTemplate;
  return entry.render(parsed, ctx);
}
