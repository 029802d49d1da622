import { Role } from '@pleje/core';
import { AdaptiveCard, TextBlock } from './adaptive-card';
import { commandsFor } from './bot-commands';
import { botTexts } from './bot-texts';

/**
 * The help card (Adaptive Card 1.5): what the bot can do for this user, with one button per command. Applicants,
 * foster parents and staff each see their own list; an unlinked user sees what needs no account.
 */
export function buildHelpCard(
  portalUrl: string,
  options: { linked: boolean; role?: Role | null } = { linked: true },
): AdaptiveCard {
  const topics = commandsFor(options.linked ? (options.role ?? null) : null);
  const linkHint: TextBlock[] = options.linked
    ? []
    : [{ type: 'TextBlock', text: botTexts.link.notLinkedHint, wrap: true, spacing: 'medium' }];
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    lang: 'da',
    body: [
      {
        type: 'TextBlock',
        text: botTexts.helpHeading,
        style: 'heading',
        size: 'medium',
        weight: 'bolder',
        wrap: true,
      },
      { type: 'TextBlock', text: botTexts.helpIntro, wrap: true },
      { type: 'FactSet', facts: topics.map((c) => ({ title: c.keyword, value: c.description })) },
      ...linkHint,
      { type: 'TextBlock', text: botTexts.helpFooter, wrap: true, isSubtle: true, spacing: 'medium' },
    ],
    actions: [
      ...topics.map((c) => ({
        type: 'Action.Submit' as const,
        title: c.title,
        data: { msteams: { type: 'imBack' as const, value: c.keyword }, command: c.keyword },
      })),
      { type: 'Action.OpenUrl', title: botTexts.portalLink, url: portalUrl },
    ],
  };
}
