import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Actor, HttpActor, Permission } from '@pleje/core';
import { UploadInterceptor, UploadedFile } from '@pleje/storage';
import { DocumentsService } from './documents.service';

/**
 * Uploads and downloads travel as plain HTTP (multipart in, bytes out) with a bearer token; JSON errors have the
 * same codes as GraphQL. Ids in the URL are random uuids, never personal data.
 */
@Controller('api')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('applications/:applicationId/documents')
  @Permission('application.document.upload')
  @UseInterceptors(UploadInterceptor)
  async upload(
    @HttpActor() actor: Actor,
    @Param('applicationId') applicationId: string,
    @Body('kind') kind: string,
    @Req() req: Request & { file?: UploadedFile },
  ) {
    const doc = await this.documents.upload(actor, applicationId, kind, req.file);
    return {
      document: {
        id: doc.id,
        kind: doc.kind,
        fileName: doc.fileName,
        mimeType: doc.mimeType,
        sizeBytes: doc.sizeBytes,
        createdAt: doc.createdAt,
      },
    };
  }

  @Get('documents/:id')
  @Permission('application.document.read')
  async download(@HttpActor() actor: Actor, @Param('id') id: string, @Res() res: Response) {
    const { doc, data } = await this.documents.download(actor, id);
    res.setHeader('Content-Type', doc.mimeType);
    res.setHeader('Content-Length', String(data.length));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(data);
  }

  @Delete('documents/:id')
  @HttpCode(204)
  @Permission('application.document.delete')
  async remove(@HttpActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.documents.delete(actor, id);
  }
}
