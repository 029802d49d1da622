import { TEAMS_MESSAGE_KINDS, TeamsMessageKind, TeamsMessageParams } from '@pleje/teams';
import { AdaptiveCard, CardElement } from '../conversation/adaptive-card';
import { BotReply } from '../conversation/adaptive-card';

// Danish dates in Danish local time: the server runs in UTC, the reader lives in Denmark.
const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  dateStyle: 'full',
  timeStyle: 'short',
});

function when(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

function card(heading: string, body: CardElement[], portalUrl: string, portalTitle: string): AdaptiveCard {
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    lang: 'da',
    body: [
      { type: 'TextBlock', text: heading, style: 'heading', size: 'medium', weight: 'bolder', wrap: true },
      ...body,
    ],
    actions: [{ type: 'Action.OpenUrl', title: portalTitle, url: portalUrl }],
  };
}

type Renderer<K extends TeamsMessageKind> = (params: TeamsMessageParams<K>, publicUrl: string) => BotReply;

/** One small renderer per kind. Cards show no more about a child than its first name (params hold no more). */
const RENDERERS: { [K in TeamsMessageKind]: Renderer<K> } = {
  'relief.booking-reminder': (p, publicUrl) => {
    const lead =
      p.role === 'FAMILY'
        ? `Påmindelse: jeres plejebarn skal på aflastning hos ${p.placeName}.`
        : 'Påmindelse: I skal snart have et barn på aflastning.';
    return {
      text: lead,
      card: card(
        'Aflastning om to dage',
        [
          { type: 'TextBlock', text: lead, wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: 'Fra', value: when(p.startsAt) },
              { title: 'Til', value: when(p.endsAt) },
            ],
          },
        ],
        `${publicUrl}/aflastning`,
        'Se aflastningen på Plejeportalen',
      ),
    };
  },
  'relief.booking-answered': (p, publicUrl) => {
    const child = p.childFirstNames || 'jeres plejebarn';
    const lead =
      p.outcome === 'CONFIRMED'
        ? `${p.placeName} har bekræftet aflastningen for ${child}.`
        : `${p.placeName} kan desværre ikke tage ${child} på aflastning i det tidsrum.`;
    return {
      text: lead,
      card: card(
        p.outcome === 'CONFIRMED' ? 'Aflastning bekræftet' : 'Aflastning afvist',
        [
          { type: 'TextBlock', text: lead, wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: 'Fra', value: when(p.startsAt) },
              { title: 'Til', value: when(p.endsAt) },
            ],
          },
          ...(p.outcome === 'DECLINED'
            ? [
                {
                  type: 'TextBlock' as const,
                  text: 'Skriv **aflastning** for at finde et andet sted, eller se begrundelsen på Plejeportalen.',
                  wrap: true,
                },
              ]
            : []),
        ],
        `${publicUrl}/aflastning`,
        'Se aflastningen på Plejeportalen',
      ),
    };
  },
  'relief.booking-requested': (p, publicUrl) => {
    const child = p.childFirstNames || 'et barn';
    const lead = p.acute
      ? `Akut anmodning: kan I tage ${child} på aflastning?`
      : `Ny anmodning: kan I tage ${child} på aflastning?`;
    return {
      text: lead,
      card: card(
        'Ny anmodning om aflastning',
        [
          { type: 'TextBlock', text: lead, wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: 'Fra', value: when(p.startsAt) },
              { title: 'Til', value: when(p.endsAt) },
            ],
          },
          { type: 'TextBlock', text: 'Svar på anmodningen på Plejeportalen.', wrap: true },
        ],
        `${publicUrl}/aflastning`,
        'Svar på Plejeportalen',
      ),
    };
  },
  'peer.session-reminder': (p, publicUrl) => {
    const lead = `Påmindelse: ${p.groupName} mødes i morgen.`;
    return {
      text: lead,
      card: card(
        'Netværksgruppe i morgen',
        [
          { type: 'TextBlock', text: lead, wrap: true },
          {
            type: 'FactSet',
            facts: [
              { title: 'Hvornår', value: when(p.startsAt) },
              { title: 'Slut', value: when(p.endsAt) },
              ...(p.place ? [{ title: 'Hvor', value: p.place }] : []),
            ],
          },
        ],
        `${publicUrl}/netvaerksgrupper`,
        'Se gruppen på Plejeportalen',
      ),
    };
  },
  'faq.ticket-answered': (p, publicUrl) => {
    const lead = 'En konsulent har svaret på dit spørgsmål.';
    return {
      text: lead,
      card: card(
        'Svar fra din konsulent',
        [
          { type: 'TextBlock', text: `Du spurgte: "${p.question}"`, wrap: true, isSubtle: true },
          { type: 'TextBlock', text: p.answer, wrap: true, spacing: 'medium' },
        ],
        `${publicUrl}/spoergsmaal`,
        'Se dine spørgsmål på Plejeportalen',
      ),
    };
  },
};

/**
 * The Danish message for a stored teams_message, or null when the kind is unknown or the stored params do not
 * fit it (validated again here: the row may be older than the code).
 */
export function renderTeamsMessage(kind: string, params: unknown, publicUrl: string): BotReply | null {
  if (!Object.prototype.hasOwnProperty.call(TEAMS_MESSAGE_KINDS, kind)) return null;
  const k = kind as TeamsMessageKind;
  const parsed = TEAMS_MESSAGE_KINDS[k].safeParse(params);
  if (!parsed.success) return null;
  return (RENDERERS[k] as Renderer<TeamsMessageKind>)(parsed.data as never, publicUrl);
}
