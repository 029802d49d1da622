import { Logger } from '@nestjs/common';
import { loadConfig } from '@pleje/core';
import { Activity, ActivityTypes, Attachment, TestAdapter } from 'botbuilder';
import { botTexts } from '../conversation/bot-texts';
import { ConversationService } from '../conversation/conversation.service';
import { handleTurnError } from './cloud-adapter.factory';
import { PlejeportalenBot } from './plejeportalen.bot';

const config = loadConfig({
  DATABASE_URL: 'postgres://unused@localhost:5432/unused',
  REDIS_URL: 'redis://localhost:6379',
});

const bot = { id: '28:plejeportalen-bot', name: 'Plejeportalen' };
const user = { id: '29:foster-parent', name: 'Testforælder' };

function teamsAdapter(conversationType: 'personal' | 'channel'): TestAdapter {
  const handler = new PlejeportalenBot(new ConversationService(config));
  return new TestAdapter((context) => handler.run(context), {
    channelId: 'msteams',
    conversation: {
      id: 'a:conversation',
      name: '',
      isGroup: conversationType !== 'personal',
      conversationType,
    },
    from: user,
    recipient: bot,
  });
}

function adaptiveCardOf(activity: Partial<Activity>): Attachment {
  const card = activity.attachments?.[0];
  if (!card) throw new Error('expected an attachment');
  expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return card;
}

describe('PlejeportalenBot (TestAdapter)', () => {
  it('answers "hjælp" with the Danish help card', async () => {
    await teamsAdapter('personal')
      .send('hjælp')
      .assertReply((reply) => {
        const card = adaptiveCardOf(reply);
        expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'da' });
        expect(JSON.stringify(card.content)).toContain(botTexts.helpHeading);
      })
      .startTest();
  });

  it('answers unknown text with an explanation and the help card', async () => {
    await teamsAdapter('personal')
      .send('kan I hjælpe med min cykel')
      .assertReply((reply) => {
        expect(reply.text).toBe(botTexts.notUnderstood);
        adaptiveCardOf(reply);
      })
      .startTest();
  });

  it('ignores the @mention of the bot in a channel message', async () => {
    const mention = { type: 'mention', mentioned: bot, text: '<at>Plejeportalen</at>' };
    await teamsAdapter('channel')
      .send({ type: ActivityTypes.Message, text: '<at>Plejeportalen</at> aflastning', entities: [mention] })
      .assertReply((reply) => {
        expect(reply.text).toContain(botTexts.comingSoon.relief);
      })
      .startTest();
  });

  it('routes a card button sent as a value (outside Teams) through the command table', async () => {
    await teamsAdapter('personal')
      .send({ type: ActivityTypes.Message, text: '', value: { command: 'konsulent' } })
      .assertReply((reply) => expect(reply.text).toContain(botTexts.comingSoon.consultant))
      .startTest();
  });

  it('greets a new member in Danish with the help card', async () => {
    await teamsAdapter('personal')
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [bot] })
      .assertReply((reply) => {
        expect(reply.text).toBe(botTexts.welcome);
        adaptiveCardOf(reply);
      })
      .startTest();
  });

  it('stays quiet when a colleague joins a team channel', async () => {
    const adapter = teamsAdapter('channel');
    await adapter.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [user] }).startTest();
    expect(adapter.activeQueue).toHaveLength(0);
  });
});

describe('handleTurnError', () => {
  afterEach(() => jest.restoreAllMocks());

  it('apologises in Danish and logs neither the text nor the user name', async () => {
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
    const adapter = new TestAdapter((context) =>
      Promise.reject(new Error(`failed on "${context.activity.text}" from ${context.activity.from.name}`)),
    );
    adapter.onTurnError = handleTurnError;

    await adapter
      .send('mit plejebarn hedder Oskar')
      .assertReply((reply) => expect(reply.text).toBe(botTexts.apology))
      .startTest();

    expect(logged.length).toBeGreaterThan(0);
    const output = logged.join('\n');
    expect(output).toContain('BOT.TURN_FAILED');
    expect(output).not.toContain('Oskar');
    expect(output).not.toContain('User1');
  });
});
