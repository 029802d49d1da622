import { loadConfig } from '@pleje/core';
import { BOT_COMMANDS, findCommand, normaliseCommandText } from './bot-commands';
import { botTexts } from './bot-texts';
import { ConversationService } from './conversation.service';

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
    ['Aflastning?', 'relief'],
    ['spørgsmål', 'question'],
    ['konsulent', 'consultant'],
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

  it('never maps one word to two commands', () => {
    const words = BOT_COMMANDS.flatMap((c) => [c.keyword, ...c.aliases]);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('ConversationService', () => {
  const service = new ConversationService(config);

  it('answers "hjælp" with the help card', () => {
    const reply = service.replyTo('hjælp');
    expect(reply.card?.version).toBe('1.5');
    expect(reply.card?.body[0]).toMatchObject({ type: 'TextBlock', text: botTexts.helpHeading });
  });

  it('answers unknown text with an explanation and the help card', () => {
    const reply = service.replyTo('blablabla');
    expect(reply.text).toBe(botTexts.notUnderstood);
    expect(reply.card?.type).toBe('AdaptiveCard');
  });

  it('answers a topic command with a Danish text linking to the portal', () => {
    const reply = service.replyTo('aflastning');
    expect(reply.text).toContain('aflastning');
    expect(reply.text).toContain('https://plejeportalen.example.dk');
    expect(reply.card).toBeUndefined();
  });

  it('lists all three things the bot can do on the help card, each with a button', () => {
    const card = service.replyTo('hjælp').card;
    const factSet = card?.body.find((e) => e.type === 'FactSet');
    expect(factSet).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'spørgsmål', value: 'Svar på spørgsmål om at være plejefamilie' },
        { title: 'aflastning', value: 'Book aflastning til jeres plejebarn' },
        { title: 'konsulent', value: 'Få kontakt til din familieplejekonsulent' },
      ],
    });
    const submitValues = card?.actions.flatMap((a) =>
      a.type === 'Action.Submit' ? [a.data.msteams.value] : [],
    );
    expect(submitValues).toEqual(['spørgsmål', 'aflastning', 'konsulent']);
    expect(card?.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Åbn Plejeportalen',
      url: 'https://plejeportalen.example.dk',
    });
  });

  it('every card button sends a word the command table knows', () => {
    const card = service.replyTo('hjælp').card;
    for (const action of card?.actions ?? []) {
      if (action.type === 'Action.Submit') expect(findCommand(action.data.msteams.value)).toBeDefined();
    }
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
