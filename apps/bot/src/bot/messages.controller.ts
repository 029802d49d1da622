import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'express';
import { CLOUD_ADAPTER } from './bot.tokens';
import { PlejeportalenBot } from './plejeportalen.bot';

/** The Bot Framework endpoint. The adapter authenticates the request and writes the response itself. */
@Controller('api')
export class MessagesController {
  constructor(
    @Inject(CLOUD_ADAPTER) private readonly adapter: CloudAdapter,
    private readonly bot: PlejeportalenBot,
  ) {}

  @Post('messages')
  async messages(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.adapter.process(req, res, (context) => this.bot.run(context));
  }
}
