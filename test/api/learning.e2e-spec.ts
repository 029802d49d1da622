import { placedChild } from '../../libs/relief/src/feeds/testing/relief-fixtures';
import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';

const CREATE = `mutation($input: CreateLearningRequestInput!) {
  createLearningRequest(input: $input) { id status statusLabel childFirstName category urgency }
}`;
const TAKE = `mutation { takeNextLearningRequest { id status assigneeId childFirstName priority } }`;
const ADD_NOTE = `mutation($id: ID!, $kind: LearningNoteKind!, $body: String!) {
  addLearningNote(id: $id, kind: $kind, body: $body) { notes { kind body } }
}`;
const MINE = `query($id: ID!) {
  myLearningRequest(id: $id) {
    request { id status statusLabel childFirstName }
    messages { body fromConsultant }
    attachments { id fileName mimeType downloadPath }
  }
}`;

const INTERNAL = 'Intern vurdering: PPR bør kobles på før skolemødet.';
const REPLY = 'Jeg har talt med skolen, og vi holder møde med jer i næste uge.';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
// A Windows program (MZ header) renamed to look like a PDF.
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);

describe('learning requests over GraphQL and HTTP', () => {
  let api: TestApi;
  let aarhus: string;
  let consultant: string;
  let parent: { token: string; userId: string; placementId: string };
  let otherParent: { token: string; userId: string; placementId: string };

  const count = async (table: string) =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const counts = () =>
    Promise.all(
      ['learning_request', 'learning_event', 'outbox_job', 'audit_event', 'email_message'].map(count),
    );

  /** A foster family with a placed child and an account that can log in (the demo password). */
  const family = async (firstName: string) => {
    const child = await placedChild(api.dataSource, aarhus, firstName);
    await api.dataSource.query(
      `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = 'plejefamilie@aarhus.example')
        WHERE id = $1`,
      [child.familyUserId],
    );
    const [user] = await api.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [
      child.familyUserId,
    ]);
    return {
      token: await loginToken(api.url, user.email),
      userId: child.familyUserId,
      placementId: child.placementId,
    };
  };

  const upload = (requestId: string, token: string, body: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)]), name);
    return fetch(`${api.url}/api/learning/requests/${requestId}/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
  };
  const download = (path: string, token: string) =>
    fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    api = await startApiForTest();
    [{ id: aarhus }] = await api.dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
    consultant = await loginToken(api.url, 'laering@aarhus.example');
    parent = await family('Freja');
    otherParent = await family('Oskar');
  });
  afterAll(() => api.close());

  it('a foster parent asks, a learning consultant takes it, notes and replies; the family sees the reply only', async () => {
    // Bad input first: typed code, Danish field messages, nothing written.
    const before = await counts();
    const short = await gql(
      api.url,
      CREATE,
      {
        input: {
          placementId: parent.placementId,
          category: 'ABSENCE',
          description: 'For kort',
          urgency: 'HIGH',
        },
      },
      { token: parent.token },
    );
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { description: 'Skriv mindst 10 tegn.' },
    });
    const absence = await gql(
      api.url,
      CREATE,
      {
        input: {
          placementId: parent.placementId,
          category: 'ABSENCE',
          description: 'Freja har haft meget fravær den seneste måned.',
          urgency: 'HIGH',
          absencePercent: 140,
        },
      },
      { token: parent.token },
    );
    expect(absence.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { absencePercent: 'Fravær skal være mellem 0 og 100 %.' },
    });
    const cpr = await gql(
      api.url,
      CREATE,
      {
        input: {
          placementId: parent.placementId,
          category: 'ABSENCE',
          description: 'Freja (010203-1234) har haft meget fravær.',
          urgency: 'HIGH',
        },
      },
      { token: parent.token },
    );
    expect(cpr.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { description: 'Skriv ikke CPR-numre i sagen.' },
    });
    // A foster parent cannot ask about a child by pseudonym, only about their own placed child.
    const pseudonym = await gql(
      api.url,
      CREATE,
      {
        input: {
          childPseudonym: 'Noah',
          category: 'ABSENCE',
          description: 'Noah har haft meget fravær den seneste måned.',
          urgency: 'HIGH',
        },
      },
      { token: parent.token },
    );
    expect(pseudonym.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { placementId: 'Vælg dit plejebarn.' },
    });
    // Nor about another family's child: that placement looks missing.
    const foreignChild = await gql(
      api.url,
      CREATE,
      {
        input: {
          placementId: otherParent.placementId,
          category: 'ABSENCE',
          description: 'Vi spørger om et barn, der ikke bor hos os.',
          urgency: 'HIGH',
        },
      },
      { token: parent.token },
    );
    expect(foreignChild.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    const created = await gql<{
      createLearningRequest: { id: string; status: string; childFirstName: string };
    }>(
      api.url,
      CREATE,
      {
        input: {
          placementId: parent.placementId,
          category: 'ABSENCE',
          description: 'Freja har haft ondt i maven om morgenen og meget fravær siden efterårsferien.',
          urgency: 'HIGH',
          absencePercent: 18,
        },
      },
      { token: parent.token },
    );
    expect(created.errors).toBeUndefined();
    const request = created.data!.createLearningRequest;
    expect(request).toMatchObject({
      status: 'NEW',
      statusLabel: 'Modtaget – venter på en læringskonsulent',
      childFirstName: 'Freja',
    });

    // Foster parents cannot take work from the queue.
    const refused = await gql(api.url, TAKE, {}, { token: parent.token });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const taken = await gql<{
      takeNextLearningRequest: { id: string; status: string; childFirstName: string };
    }>(api.url, TAKE, {}, { token: consultant });
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.takeNextLearningRequest).toMatchObject({
      id: request.id,
      status: 'ASSIGNED',
      childFirstName: 'Freja',
      priority: 'P1',
    });
    // The queue is empty now.
    expect((await gql(api.url, TAKE, {}, { token: consultant })).data).toEqual({
      takeNextLearningRequest: null,
    });

    for (const [kind, body] of [
      ['INTERNAL', INTERNAL],
      ['REPLY', REPLY],
    ]) {
      const note = await gql(api.url, ADD_NOTE, { id: request.id, kind, body }, { token: consultant });
      expect(note.errors).toBeUndefined();
    }
    // An empty note is refused with a field message.
    const empty = await gql(
      api.url,
      ADD_NOTE,
      { id: request.id, kind: 'REPLY', body: '  ' },
      { token: consultant },
    );
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { body: 'Skriv en tekst.' },
    });

    const mine = await gql<{
      myLearningRequest: {
        request: { status: string; statusLabel: string };
        messages: { body: string; fromConsultant: boolean }[];
      };
    }>(api.url, MINE, { id: request.id }, { token: parent.token });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myLearningRequest.request).toMatchObject({
      status: 'ASSIGNED',
      statusLabel: 'En læringskonsulent arbejder på sagen',
    });
    expect(mine.data!.myLearningRequest.messages).toEqual([{ body: REPLY, fromConsultant: true }]);
    expect(JSON.stringify(mine.data)).not.toContain('PPR');

    // The family was mailed about the take and the reply, never about the internal note.
    const mails = await api.dataSource.query(
      `SELECT params->>'change' AS change FROM email_message WHERE recipient_user_id = $1 ORDER BY created_at`,
      [parent.userId],
    );
    expect(mails.map((m: { change: string }) => m.change)).toEqual(['STATUS', 'REPLY']);

    // Another family, and a consultant's own view, are kept apart.
    const stranger = await gql(api.url, MINE, { id: request.id }, { token: otherParent.token });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(stranger.data ?? null).toBeNull();
    const staffView = await gql(
      api.url,
      `query($id: ID!) { learningRequest(id: $id) { request { id } } }`,
      { id: request.id },
      { token: parent.token },
    );
    expect(staffView.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('attachments: sniffed on content, downloaded by the requester and the consultant, missing for others', async () => {
    const created = await gql<{ createLearningRequest: { id: string } }>(
      api.url,
      CREATE,
      {
        input: {
          placementId: parent.placementId,
          category: 'SPECIAL_NEEDS_SUPPORT',
          description: 'Her er skolens handleplan for Freja, som vi gerne vil have jeres blik på.',
          urgency: 'NORMAL',
        },
      },
      { token: parent.token },
    );
    const id = created.data!.createLearningRequest.id;

    const before = await Promise.all(['learning_attachment', 'learning_event', 'audit_event'].map(count));
    const exe = await upload(id, parent.token, EXE, 'handleplan.pdf');
    expect(exe.status).toBe(415);
    expect(await exe.json()).toEqual({
      error: { code: 'FILE.TYPE_NOT_ALLOWED', message: expect.stringContaining('Filtypen er ikke tilladt') },
    });
    // Another family cannot upload to the request: it looks missing.
    expect((await upload(id, otherParent.token, PDF, 'plan.pdf')).status).toBe(404);
    expect(await Promise.all(['learning_attachment', 'learning_event', 'audit_event'].map(count))).toEqual(
      before,
    );

    const ok = await upload(id, parent.token, PDF, 'handleplan.pdf');
    expect(ok.status).toBe(201);
    const { attachment } = (await ok.json()) as {
      attachment: { id: string; fileName: string; mimeType: string; sizeBytes: number };
    };
    expect(attachment).toMatchObject({
      fileName: 'handleplan.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
    });

    const mine = await gql<{ myLearningRequest: { attachments: { id: string; downloadPath: string }[] } }>(
      api.url,
      MINE,
      { id },
      { token: parent.token },
    );
    const [listed] = mine.data!.myLearningRequest.attachments;
    expect(listed).toMatchObject({
      id: attachment.id,
      downloadPath: `/api/learning/attachments/${attachment.id}`,
    });

    for (const token of [parent.token, consultant]) {
      const res = await download(listed.downloadPath, token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    }
    const reads = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'READ' AND entity = 'learning_attachment' AND entity_id = $1`,
      [attachment.id],
    );
    expect(reads[0].n).toBe(2);
    expect((await download(listed.downloadPath, otherParent.token)).status).toBe(404);
    expect((await fetch(`${api.url}${listed.downloadPath}`)).status).toBe(401);
  });
});
