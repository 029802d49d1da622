import { Controller, Get, Param, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Actor, HttpActor, Permission } from '@pleje/core';
import { LearningAttachmentsService } from './learning-attachments.service';
import { UploadInterceptor, UploadedFile } from '@pleje/storage';

/** Attachments as plain HTTP (multipart in, bytes out) with a bearer token; ids in URLs are random uuids. */
@Controller('api/learning')
export class LearningAttachmentsController {
  constructor(private readonly attachments: LearningAttachmentsService) {}

  @Post('requests/:requestId/attachments')
  @Permission('learning.attachment.upload')
  @UseInterceptors(UploadInterceptor)
  async upload(
    @HttpActor() actor: Actor,
    @Param('requestId') requestId: string,
    @Req() req: Request & { file?: UploadedFile },
  ) {
    const a = await this.attachments.upload(actor, requestId, req.file);
    return {
      attachment: {
        id: a.id,
        fileName: a.fileName,
        mimeType: a.mimeType,
        sizeBytes: a.sizeBytes,
        createdAt: a.createdAt,
      },
    };
  }

  @Get('attachments/:id')
  @Permission('learning.attachment.read')
  async download(@HttpActor() actor: Actor, @Param('id') id: string, @Res() res: Response) {
    const { attachment, data } = await this.attachments.download(actor, id);
    res.setHeader('Content-Type', attachment.mimeType);
    res.setHeader('Content-Length', String(data.length));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    );
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(data);
  }
}
