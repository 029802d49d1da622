import { loadConfig, Role } from '@pleje/core';
import { BOT_COMMANDS, commandArgument, findCommand, normaliseCommandText } from './bot-commands';
import { botTexts } from './bot-texts';
import { TeamsLinkService } from '@pleje/teams';
import { ConversationService, Speaker } from './conversation.service';
import { FaqDialogService } from './faq/faq-dialog.service';
import { isCommandButton } from './adaptive-card';
import { ReliefDialog } from './relief/relief-dialog';
import { StatusDialog } from './status/status-dialog';
import { GroupsDialog } from './groups/groups-dialog';
import { SchoolDialog } from './school/school-dialog';

// No connection is made in these tests; the URLs only satisfy config validation.
const config = loadConfig({
  DATABASE_URL: 'postgres://unused@localhost:5432/unused',
  REDIS_URL: 'redis://localhost:6379',
  PUBLIC_URL: 'https://plejeportalen.example.dk',
});

describe('bot command table', () => {
  it.each([
    ['hjælp', 'help'],
    ['Hjælp!', 'help'],
    ['  HJÆLP mig  ', 'help'],
    ['help', 'help'],
    ['aflastning', 'relief'],
    ['Mine aflastninger', 'my-relief'],
    ['Aflastning?', 'relief'],
    ['spørgsmål', 'question'],
    ['konsulent', 'consultant'],
    ['forbind 123456', 'link'],
    ['Link 123456', 'link'],
    ['connect', 'link'],
    ['status', 'status'],
    ['Ansøgning?', 'status'],
    ['grupper', 'groups'],
    ['Netværksgrupper', 'groups'],
    ['skole', 'school'],
    ['Skolestøtte', 'school'],
  ])('routes %p to %p', (text, id) => {
    expect(findCommand(text)?.id).toBe(id);
  });

  it('returns nothing for unknown text', () => {
    expect(findCommand('hvad koster en pizza')).toBeUndefined();
    expect(findCommand('')).toBeUndefined();
  });

  it('keeps Danish letters when normalising', () => {
    expect(normaliseCommandText('Spørgsmål.')).toBe('spørgsmål');
  });

  it('reads the code after "forbind", spaces dropped', () => {
    expect(commandArgument('forbind 123 456')).toBe('123456');
    expect(commandArgument('  forbind   ')).toBe('');
  });

  it('never maps one word to two commands', () => {
    const words = BOT_COMMANDS.flatMap((c) => [c.keyword, ...c.aliases]);
    expect(new Set(words).size).toBe(words.length);
  });
});

// Linking runs against real PostgreSQL and Redis in test/bot; these tests never reach it.
const noLinking = {
  linkWithCode: () => Promise.reject(new Error('linking is not part of these tests')),
} as unknown as TeamsLinkService;

// The relief dialog runs against real PostgreSQL in test/bot; here only its entry points are seen.
const noRelief = {
  start: () => Promise.resolve({ text: 'relief-start' }),
  mine: () => Promise.resolve({ text: 'relief-mine' }),
  act: () => Promise.resolve({ text: 'relief-act' }),
} as unknown as ReliefDialog;

// Status, groups and school run against real PostgreSQL in test/bot/more-dialogs.e2e-spec.ts; here only routing.
const noStatus = { show: () => Promise.resolve({ text: 'status-show' }) } as unknown as StatusDialog;
const noGroups = { show: () => Promise.resolve({ text: 'groups-show' }) } as unknown as GroupsDialog;
const noSchool = {
  start: () => Promise.resolve({ text: 'school-start' }),
  act: (_actor: unknown, data: { action: string }) => Promise.resolve({ text: `school-act:${data.action}` }),
} as unknown as SchoolDialog;

const identity = { channelUserId: '29:u', aadObjectId: null, tenantId: null };
const linked: Speaker = {
  conversationType: 'personal',
  identity,
  actor: { userId: 'u', municipalityId: 'm', role: Role.FOSTER_PARENT },
};
const unlinked: Speaker = { conversationType: 'personal', identity, actor: null };

/**
 * The FAQ dialog runs against real PostgreSQL in test/bot/faq-bot.e2e-spec.ts; here only the routing to it is
 * checked, so it records what reaches it.
 */
class RecordingFaq {
  readonly calls: Array<[string, string]> = [];
  async question(text: string) {
    this.calls.push(['question', text]);
    return { text: `question:${text}` };
  }
  async consultantCommand(text: string) {
    this.calls.push(['consultant', text]);
    return { text: `consultant:${text}` };
  }
  async cardAction(value: { action: string }) {
    this.calls.push(['card', value.action]);
    return { text: `card:${value.action}` };
  }
}

describe('ConversationService', () => {
  const faq = new RecordingFaq();
  const service = new ConversationService(
    config,
    noLinking,
    faq as unknown as FaqDialogService,
    noRelief,
    noStatus,
    noGroups,
    noSchool,
  );

  it('answers "hjælp" with the help card', async () => {
    const reply = await service.replyTo('hjælp', linked);
    expect(reply.card?.version).toBe('1.5');
    expect(reply.card?.body[0]).toMatchObject({ type: 'TextBlock', text: botTexts.helpHeading });
  });

  it('takes any text that is not a command as a question, and an empty message gets the help card', async () => {
    expect((await service.replyTo('hvad koster en pizza', linked)).text).toBe(
      'question:hvad koster en pizza',
    );
    expect((await service.replyTo('hvad koster en pizza', unlinked)).text).toBe(
      'question:hvad koster en pizza',
    );
    const empty = await service.replyTo('   ', linked);
    expect(empty.text).toBe(botTexts.notUnderstood);
    expect(empty.card?.type).toBe('AdaptiveCard');
  });

  it('a question starting with a greeting is a question; "hjælp mig" is still the menu', async () => {
    expect((await service.replyTo('Hej, hvad får vi i vederlag?', linked)).text).toBe(
      'question:Hej, hvad får vi i vederlag?',
    );
    expect((await service.replyTo('hjælp mig', linked)).card?.type).toBe('AdaptiveCard');
  });

  it('passes the words after "spørgsmål" and "konsulent" to the FAQ dialog', async () => {
    expect((await service.replyTo('Spørgsmål: hvad er  vederlag', linked)).text).toBe(
      'question:hvad er vederlag',
    );
    expect((await service.replyTo('konsulent må vi rejse', linked)).text).toBe('consultant:må vi rejse');
  });

  it('routes card buttons by their feature prefix; an unknown feature gets the help card', async () => {
    expect((await service.cardAction({ action: 'faq.rate' }, linked)).text).toBe('card:faq.rate');
    const unknown = await service.cardAction({ action: 'nope.step' }, linked);
    expect(unknown.text).toBe(botTexts.notUnderstood);
    expect(unknown.card?.type).toBe('AdaptiveCard');
  });

  it('starts the relief dialog for "aflastning" and lists bookings for "mine aflastninger"', async () => {
    expect((await service.replyTo('aflastning', linked)).text).toBe('relief-start');
    expect((await service.replyTo('Mine aflastninger', linked)).text).toBe('relief-mine');
  });

  it('routes a card button by its feature, only for a linked user', async () => {
    expect((await service.cardAction({ action: 'relief.search' }, linked)).text).toBe('relief-act');
    expect((await service.cardAction({ action: 'relief.search' }, unlinked)).text).toBe(
      botTexts.link.needsLink,
    );
    expect((await service.cardAction({ action: 'toString.x' }, linked)).text).toBe(botTexts.notUnderstood);
  });

  it('lists everything the bot can do on the help card, each with a button', async () => {
    const card = (await service.replyTo('hjælp', linked)).card;
    const factSet = card?.body.find((e) => e.type === 'FactSet');
    expect(factSet).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'spørgsmål', value: 'Svar på spørgsmål om at være plejefamilie' },
        { title: 'aflastning', value: 'Book aflastning til jeres plejebarn' },
        { title: 'mine', value: 'Se og aflys jeres kommende aflastninger' },
        { title: 'grupper', value: 'Se de næste møder i jeres børns netværksgrupper' },
        { title: 'skole', value: 'Skriv til læringskonsulenten om dit plejebarns skolegang' },
        { title: 'konsulent', value: 'Få kontakt til din familieplejekonsulent' },
      ],
    });
    const submitValues = card?.actions.flatMap((a) => (isCommandButton(a) ? [a.data.msteams.value] : []));
    expect(submitValues).toEqual(['spørgsmål', 'aflastning', 'mine', 'grupper', 'skole', 'konsulent']);
    expect(card?.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Åbn Plejeportalen',
      url: 'https://plejeportalen.example.dk',
    });
  });

  it('lists per role: the applicant gets "status", staff get "skole", the unlinked user only questions', async () => {
    const topics = async (speaker: Speaker) => {
      const card = (await service.replyTo('hjælp', speaker)).card;
      const buttons = card?.actions.flatMap((a) => (isCommandButton(a) ? [a.data.msteams.value] : []));
      const facts = card?.body.flatMap((e) => (e.type === 'FactSet' ? e.facts.map((f) => f.title) : []));
      expect(facts).toEqual(buttons);
      return buttons;
    };
    const as = (role: Role): Speaker => ({ ...linked, actor: { userId: 'u', municipalityId: 'm', role } });
    expect(await topics(as(Role.APPLICANT))).toEqual(['spørgsmål', 'status', 'konsulent']);
    expect(await topics(as(Role.CASEWORKER))).toEqual(['spørgsmål', 'skole', 'konsulent']);
    expect(await topics(as(Role.LEARNING_CONSULTANT))).toEqual(['spørgsmål', 'skole', 'konsulent']);
    expect(await topics(as(Role.NETWORK_CONSULTANT))).toEqual(['spørgsmål', 'konsulent']);
    expect(await topics(unlinked)).toEqual(['spørgsmål', 'konsulent']);
  });

  it('routes "status", "grupper" and "skole" to their dialogs for linked users, and asks unlinked ones to link', async () => {
    expect((await service.replyTo('status', linked)).text).toBe('status-show');
    expect((await service.replyTo('grupper', linked)).text).toBe('groups-show');
    expect((await service.replyTo('skole', linked)).text).toBe('school-start');
    expect((await service.cardAction({ action: 'school.send' }, linked)).text).toBe('school-act:school.send');
    for (const word of ['status', 'grupper', 'skole'])
      expect((await service.replyTo(word, unlinked)).text).toBe(botTexts.link.needsLink);
    expect((await service.cardAction({ action: 'school.send' }, unlinked)).text).toBe(
      botTexts.link.needsLink,
    );
  });

  it('takes "skolen …", "grupper for …" and "status på …" sentences as questions, the words alone as commands', async () => {
    for (const text of [
      'Skolen vil sende ham hjem, hvad gør vi?',
      'grupper for plejebørn',
      'status på vederlaget i år',
    ])
      expect((await service.replyTo(text, linked)).text).toBe(`question:${text}`);
    expect((await service.replyTo('Skole?', linked)).text).toBe('school-start');
    expect((await service.replyTo('netværksgrupper', linked)).text).toBe('groups-show');
  });

  it('every card button sends a word the command table knows', async () => {
    const card = (await service.replyTo('hjælp', linked)).card;
    for (const action of card?.actions ?? []) {
      if (isCommandButton(action)) expect(findCommand(action.data.msteams.value)).toBeDefined();
    }
  });

  it('tells an unlinked user how to link on the help card, and lists "forbind" nowhere as a topic', async () => {
    const card = (await service.replyTo('hjælp', unlinked)).card;
    expect(JSON.stringify(card)).toContain(botTexts.link.notLinkedHint);
    expect(JSON.stringify((await service.replyTo('hjælp', linked)).card)).not.toContain(
      botTexts.link.notLinkedHint,
    );
    const factSet = card?.body.find((e) => e.type === 'FactSet');
    expect(JSON.stringify(factSet)).not.toContain('forbind');
  });

  it('lets an unlinked user ask questions but not book relief (the FAQ dialog answers "konsulent")', async () => {
    expect((await service.replyTo('spørgsmål', unlinked)).text).toBe('question:');
    expect((await service.replyTo('aflastning', unlinked)).text).toBe(botTexts.link.needsLink);
    expect((await service.replyTo('konsulent', unlinked)).text).toBe('consultant:');
  });

  it('explains linking for "forbind" without a code, and refuses a code outside a personal chat', async () => {
    expect((await service.replyTo('forbind', unlinked)).text).toBe(botTexts.link.howTo);
    expect((await service.replyTo('link', unlinked)).text).toBe(botTexts.link.howTo);
    expect((await service.replyTo('forbind 123456', { ...unlinked, conversationType: 'channel' })).text).toBe(
      botTexts.link.privateChatOnly,
    );
  });

  describe('welcome', () => {
    it('greets when the bot is installed in a personal chat', () => {
      const reply = service.welcome({ conversationType: 'personal', botWasAdded: true, peopleAdded: 0 });
      expect(reply?.text).toBe(botTexts.welcome);
      expect(reply?.card?.version).toBe('1.5');
    });

    it('greets a person added to a personal chat', () => {
      expect(
        service.welcome({ conversationType: 'personal', botWasAdded: false, peopleAdded: 1 }),
      ).not.toBeNull();
    });

    it('greets a team once when the bot is added there', () => {
      expect(
        service.welcome({ conversationType: 'channel', botWasAdded: true, peopleAdded: 0 }),
      ).not.toBeNull();
    });

    it('does not post in a channel or group chat every time a colleague joins', () => {
      expect(service.welcome({ conversationType: 'channel', botWasAdded: false, peopleAdded: 3 })).toBeNull();
      expect(
        service.welcome({ conversationType: 'groupChat', botWasAdded: false, peopleAdded: 1 }),
      ).toBeNull();
    });
  });
});
