import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase, testConfig } from '@pleje/testing';
import { AuditService } from '../../audit/audit.service';
import { dataSourceOptions } from '../../database/data-source-options';
import { seedDemoData } from '../../database/seed/demo-seed';
import { Role } from '../../users/role';
import { User } from '../../users/user.entity';
import { OidcIdentityService } from './oidc-identity.service';
import { OidcError, OidcErrorCode } from './oidc.exception';

// Real PostgreSQL from the jest global setup, with the demo data (staff, a foster parent, an applicant).
const ISSUER = 'https://login.microsoftonline.com/aarhus-tenant/v2.0';
let database: TestDatabase;
let dataSource: DataSource;
let identities: OidcIdentityService;
let audit: AuditService;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig(database.url);
  dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  await seedDemoData(dataSource);
  audit = new AuditService(dataSource, config);
  identities = new OidcIdentityService(dataSource, audit);
});

afterAll(async () => {
  await audit?.onApplicationShutdown();
  await dataSource?.destroy();
  await database?.drop();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof OidcError) return err.code;
    throw err;
  }
  throw new Error('resolved');
}

const userByEmail = (email: string): Promise<User> =>
  dataSource.getRepository(User).findOneByOrFail({ email });

describe('OidcIdentityService on PostgreSQL', () => {
  it('links a staff account on first sign-in by verified e-mail and audits the link', async () => {
    const user = await identities.resolve({
      issuer: ISSUER,
      subject: 'sub-familie',
      email: 'familiekonsulent@aarhus.example',
    });
    expect(user).toMatchObject({
      oidcIssuer: ISSUER,
      oidcSubject: 'sub-familie',
      role: Role.FAMILY_CONSULTANT,
    });
    const audit = await dataSource.query(
      `SELECT action, actor_user_id, details FROM audit_event WHERE entity_id = $1`,
      [user.id],
    );
    expect(audit).toEqual([
      {
        action: 'UPDATE',
        actor_user_id: user.id,
        details: { fields: ['oidcIssuer', 'oidcSubject'], reason: 'oidc-first-sign-in' },
      },
    ]);
  });

  it('finds a linked identity by issuer and subject, whatever e-mail the provider now sends', async () => {
    const user = await identities.resolve({ issuer: ISSUER, subject: 'sub-familie', email: null });
    expect(user.email).toBe('familiekonsulent@aarhus.example');
    // A linked identity needs no e-mail at all, so no UserInfo round trip either.
    const lookup = jest.fn(async () => 'unused@aarhus.example');
    await identities.resolve({ issuer: ISSUER, subject: 'sub-familie', email: lookup });
    expect(lookup).not.toHaveBeenCalled();
    // The issuer is part of the identity: the same subject from another provider is someone else.
    expect(
      await codeOf(
        identities.resolve({ issuer: 'https://other.example', subject: 'sub-familie', email: null }),
      ),
    ).toBe(OidcErrorCode.NO_VERIFIED_EMAIL);
  });

  it('never lets a second identity take over a linked account', async () => {
    expect(
      await codeOf(
        identities.resolve({
          issuer: ISSUER,
          subject: 'sub-intruder',
          email: 'familiekonsulent@aarhus.example',
        }),
      ),
    ).toBe(OidcErrorCode.ALREADY_LINKED);
  });

  it('two simultaneous first sign-ins for one account: exactly one identity is linked', async () => {
    const email = 'sagsbehandler@aarhus.example';
    // Hold the row so every sign-in has read "not linked yet" and queues its UPDATE: a real race, every time.
    const blocker = dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`SELECT id FROM app_user WHERE email = $1 FOR UPDATE`, [email]);
    const attempts = ['sub-a', 'sub-b', 'sub-c', 'sub-d'].map((subject) =>
      identities.resolve({ issuer: ISSUER, subject, email }),
    );
    const settled = Promise.allSettled(attempts);
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (n === attempts.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await blocker.commitTransaction();
    await blocker.release();
    const results = await settled;
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: OidcErrorCode.ALREADY_LINKED });
    }
    const row = await userByEmail(email);
    expect(row.oidcSubject).toBe((won[0] as PromiseFulfilledResult<User>).value.oidcSubject);
  });

  it('refuses unknown e-mail, non-staff and deactivated accounts, creating and linking nothing', async () => {
    const before = await dataSource.getRepository(User).count();
    expect(
      await codeOf(identities.resolve({ issuer: ISSUER, subject: 's1', email: 'ny@aarhus.example' })),
    ).toBe(OidcErrorCode.UNKNOWN_IDENTITY);
    expect(
      await codeOf(
        identities.resolve({ issuer: ISSUER, subject: 's2', email: 'plejefamilie@aarhus.example' }),
      ),
    ).toBe(OidcErrorCode.NOT_STAFF);
    expect(
      await codeOf(identities.resolve({ issuer: ISSUER, subject: 's3', email: 'ansoeger@aarhus.example' })),
    ).toBe(OidcErrorCode.NOT_STAFF);
    await dataSource.getRepository(User).update({ email: 'netvaerk@aarhus.example' }, { active: false });
    expect(
      await codeOf(identities.resolve({ issuer: ISSUER, subject: 's4', email: 'netvaerk@aarhus.example' })),
    ).toBe(OidcErrorCode.INACTIVE);
    expect(await dataSource.getRepository(User).count()).toBe(before);
    expect((await userByEmail('plejefamilie@aarhus.example')).oidcSubject).toBeNull();
    expect((await userByEmail('netvaerk@aarhus.example')).oidcSubject).toBeNull();
  });

  it('re-checks a linked account at every sign-in: deactivated or no longer staff is refused', async () => {
    const linked = await identities.resolve({
      issuer: ISSUER,
      subject: 'sub-laering',
      email: 'laering@aarhus.example',
    });
    await dataSource.getRepository(User).update({ id: linked.id }, { active: false });
    expect(await codeOf(identities.resolve({ issuer: ISSUER, subject: 'sub-laering', email: null }))).toBe(
      OidcErrorCode.INACTIVE,
    );
    await dataSource
      .getRepository(User)
      .update({ id: linked.id }, { active: true, role: Role.FOSTER_PARENT });
    expect(await codeOf(identities.resolve({ issuer: ISSUER, subject: 'sub-laering', email: null }))).toBe(
      OidcErrorCode.NOT_STAFF,
    );
  });
});
