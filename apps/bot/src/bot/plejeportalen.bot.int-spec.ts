import { Logger } from '@nestjs/common';
import { AppConfig, AuditService, dataSourceOptions, OutboxService } from '@pleje/core';
import {
  EmailTicketAnswerNotifier,
  FaqAnswerService,
  FaqAskService,
  FaqService,
  FaqTicketService,
} from '@pleje/faq';
import { NotificationsService } from '@pleje/notifications';
import { LearningService } from '@pleje/learning';
import { PeerGroupsService } from '@pleje/peer-groups';
import { ReliefService } from '@pleje/relief';
import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { TeamsLinkService, TeamsNotifier, TeamsSsoService } from '@pleje/teams';
import { Activity, ActivityTypes, Attachment, TestAdapter } from 'botbuilder';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { botTexts } from '../conversation/bot-texts';
import { ConversationService } from '../conversation/conversation.service';
import { BotMunicipalities } from '../conversation/faq/bot-municipalities';
import { FaqDialogService } from '../conversation/faq/faq-dialog.service';
import { faqTexts } from '../conversation/faq/faq-texts';
import { GroupsDialog } from '../conversation/groups/groups-dialog';
import { ReliefDialog } from '../conversation/relief/relief-dialog';
import { SchoolDialog } from '../conversation/school/school-dialog';
import { StatusDialog } from '../conversation/status/status-dialog';
import { reliefTexts } from '../conversation/relief/relief-texts';
import { ActivityGate } from '../safety/activity-gate';
import { handleTurnError } from './cloud-adapter.factory';
import { PlejeportalenBot } from './plejeportalen.bot';
import { TeamsSsoHandler } from './teams-sso-handler';
import { SsoOffer } from '../conversation/sso/sso-offer';

// Dialog tests with botbuilder's TestAdapter; links and the activity gate run on real PostgreSQL and Redis.
let db: TestDatabase;
let ds: DataSource;
let redis: Redis;
let audit: AuditService;
let config: AppConfig;

beforeAll(async () => {
  db = await createTestDatabase();
  config = testConfig(db.url, {
    PUBLIC_URL: 'https://plejeportalen.example.dk',
    REDIS_PREFIX: `botspec${process.pid}`,
  });
  ds = await new DataSource(dataSourceOptions(config)).initialize();
  redis = new Redis(config.redis.url);
  audit = new AuditService(ds, config);
  // The test user is linked (linking itself is tested over the protocol in test/bot): relief and consultant
  // answer as they do for a linked foster parent.
  const [{ id: municipalityId }] = await ds.query(
    `INSERT INTO municipality (code, name) VALUES ('997', 'Botkommune') RETURNING id`,
  );
  const [{ id: userId }] = await ds.query(
    `INSERT INTO app_user (municipality_id, email, name, role, version) VALUES ($1, 'bot@botkommune.example', 'Test', 'FOSTER_PARENT', 1) RETURNING id`,
    [municipalityId],
  );
  await ds.query(`INSERT INTO teams_link (user_id, municipality_id, channel_user_id) VALUES ($1, $2, $3)`, [
    userId,
    municipalityId,
    user.id,
  ]);
});

afterAll(async () => {
  await audit.onApplicationShutdown();
  await redis.quit();
  await ds.destroy();
  await db.drop();
});

const bot = { id: '28:plejeportalen-bot', name: 'Plejeportalen' };
const user = { id: '29:foster-parent', name: 'Testforælder' };
let conversations = 0;

function teamsAdapter(conversationType: 'personal' | 'channel'): TestAdapter {
  const notifications = new NotificationsService(new OutboxService());
  const links = new TeamsLinkService(ds, audit, redis, config);
  const faq = new FaqDialogService(
    new FaqAskService(ds, new FaqAnswerService(ds), audit),
    new FaqTicketService(
      ds,
      audit,
      new FaqService(ds, audit),
      new EmailTicketAnswerNotifier(new NotificationsService(new OutboxService())),
    ),
    new BotMunicipalities(ds, config),
  );
  const handler = new PlejeportalenBot(
    new ConversationService(
      config,
      links,
      faq,
      new ReliefDialog(new ReliefService(ds, audit, new TeamsNotifier(new OutboxService()))),
      // "status" is covered over the protocol in test/bot (its service needs the auth services); not reached here.
      {} as StatusDialog,
      new GroupsDialog(config, new PeerGroupsService(ds, audit, notifications)),
      new SchoolDialog(config, redis, new LearningService(ds, audit, new OutboxService(), notifications)),
    ),
    new ActivityGate(redis, config),
    links,
    // Single sign-on is off here (no tenant id): tested over the protocol in test/bot/teams-sso.e2e-spec.ts.
    new TeamsSsoHandler(config, new TeamsSsoService(ds, links, redis, config), new SsoOffer(config, redis)),
  );
  return new TestAdapter((context) => handler.run(context), {
    channelId: 'msteams',
    conversation: {
      // TestAdapter numbers activities from 1 again; a new conversation keeps the retry filter out of the way.
      id: `a:conversation-${(conversations += 1)}`,
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

  it('takes any other text as a question; with an empty knowledge base it offers a consultant', async () => {
    await teamsAdapter('personal')
      .send('kan I hjælpe med min cykel')
      .assertReply((reply) => {
        expect(reply.text).toBe(faqTexts.notConfident);
        expect(JSON.stringify(adaptiveCardOf(reply).content)).toContain('"action":"faq.consultant"');
      })
      .startTest();
  });

  it('ignores the @mention of the bot in a channel message', async () => {
    const mention = { type: 'mention', mentioned: bot, text: '<at>Plejeportalen</at>' };
    await teamsAdapter('channel')
      .send({ type: ActivityTypes.Message, text: '<at>Plejeportalen</at> aflastning', entities: [mention] })
      .assertReply((reply) => {
        // The mention is stripped, so the word reaches the relief dialog (this user has no foster child).
        expect(reply.text).toBe(reliefTexts.noPlacements);
      })
      .startTest();
  });

  it('routes a card button sent as a value (outside Teams) through the command table', async () => {
    await teamsAdapter('personal')
      .send({ type: ActivityTypes.Message, text: '', value: { command: 'konsulent' } })
      .assertReply((reply) => expect(reply.text).toContain(faqTexts.consultantIntro))
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
