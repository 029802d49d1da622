import { BadRequestException, Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'express';
import { BotErrorCode } from '../bot.error';
import { CLOUD_ADAPTER } from './bot.tokens';
import { PlejeportalenBot } from './plejeportalen.bot';

function isActivityLike(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'type' in body && typeof body.type === 'string';
}

/** The Bot Framework endpoint. The adapter authenticates the request and writes the response itself. */
@Controller('api')
export class MessagesController {
  constructor(
    @Inject(CLOUD_ADAPTER) private readonly adapter: CloudAdapter,
    private readonly bot: PlejeportalenBot,
  ) {}

  @Post('messages')
  async messages(@Req() req: Request, @Res() res: Response): Promise<void> {
    // The SDK throws (a 500 with a stack trace in the log) on a body without a type; answer 400 instead.
    if (!isActivityLike(req.body)) {
      throw new BadRequestException({
        code: BotErrorCode.InvalidActivity,
        message: 'Not a Bot Framework activity',
      });
    }
    await this.adapter.process(req, res, (context) => this.bot.run(context));
  }
}
