import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '@pleje/core';
import { ReliefCalendarFeedService } from './relief-calendar-feed.service';

/**
 * Public on purpose (no @Permission): calendar servers such as Outlook's cannot log in, so the unguessable
 * token in the path is the credential. The request log redacts that path segment.
 */
@Controller('api/calendar/relief')
export class ReliefCalendarFeedController {
  constructor(private readonly feeds: ReliefCalendarFeedService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const ics = file.endsWith('.ics') ? await this.feeds.render(file.slice(0, -4)) : null;
    // Unknown, malformed and revoked tokens are answered alike.
    if (ics === null) throw AppError.notFound();
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(ics);
  }
}
