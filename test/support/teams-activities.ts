/**
 * Activities as Teams sends them to the bot, for protocol-level tests: a personal chat per test user, the
 * fake connector as serviceUrl, and `deliveryMode: "expectReplies"` so the replies come back in the response.
 */
export interface TeamsActivitiesOptions {
  bot: { id: string; name: string };
  tenant: { id: string };
  /** The fake connector's URL, read when an activity is built (the connector starts in beforeAll). */
  serviceUrl: () => string;
  /** Start of this suite's activity ids, so suites never share one. */
  activityIdPrefix: string;
  /** Part of every user and conversation id, so suites that share a database never share a user. */
  userPrefix?: string;
  /** The conversation id's kind: `a:<kind>-<user>`. */
  conversationKind?: string;
}

/** A factory of Teams users; each builds activities from its own personal chat. */
export function teamsActivities(options: TeamsActivitiesOptions) {
  let sequence = 0;
  return (name: string) => {
    const user = `${options.userPrefix ?? ''}${name}`;
    const from = { id: `29:${user}`, aadObjectId: `aad-${user}` };
    const conversation = {
      id: `a:${options.conversationKind ?? 'personal'}-${user}`,
      conversationType: 'personal',
      tenantId: options.tenant.id,
    };
    const activity = (fields: Record<string, unknown>) => {
      sequence += 1;
      return {
        id: `${options.activityIdPrefix}${sequence}`,
        timestamp: new Date().toISOString(),
        serviceUrl: options.serviceUrl(),
        channelId: 'msteams',
        from,
        recipient: options.bot,
        conversation,
        channelData: { tenant: options.tenant },
        locale: 'da-DK',
        deliveryMode: 'expectReplies',
        ...fields,
      };
    };
    return { from, conversation, activity };
  };
}

/** Posts an activity to the bot and returns its replies (none when the bot stays silent). */
export async function postActivity<Reply>(botUrl: string, body: Record<string, unknown>): Promise<Reply[]> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return text ? ((JSON.parse(text) as { activities?: Reply[] }).activities ?? []) : [];
}
