import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorPost {
  conversationId: string;
  status: number;
  activity: {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: unknown }>;
  };
}

/**
 * A local stand-in for the Bot Connector service (the `serviceUrl` of a Teams activity). Records every
 * `POST /v3/conversations/:id/activities`, and answers 403 for conversations told to behave as if the user
 * removed the app.
 */
export class FakeBotConnector {
  readonly posts: ConnectorPost[] = [];
  private readonly forbidden = new Set<string>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** From now on, posts to this conversation get 403 (the app was removed or blocked). */
  forbid(conversationId: string): void {
    this.forbidden.add(conversationId);
  }

  delivered(conversationId: string): ConnectorPost[] {
    return this.posts.filter((p) => p.conversationId === conversationId && p.status === 200);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/v3\/conversations\/([^/]+)\/activities\/?/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return { status: 404, body: { error: { code: 'NotFound' } } };
    const conversationId = decodeURIComponent(match[1]);
    const status = this.forbidden.has(conversationId) ? 403 : 200;
    this.posts.push({
      conversationId,
      status,
      activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ConnectorPost['activity'],
    });
    return status === 200
      ? { status, body: { id: `activity-${this.posts.length}` } }
      : {
          status,
          body: {
            error: { code: 'BotDisabledByAdmin', message: 'The bot is not part of the conversation roster.' },
          },
        };
  }
}
