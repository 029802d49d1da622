import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { from, Observable, switchMap } from 'rxjs';
import { AppConfig, AppError, InjectConfig } from '@pleje/core';
import { StorageError, StorageErrorCode } from './storage.error';
import { formatFileSize } from './upload-policy';

/**
 * Reads one multipart file (field `file`) into memory with the configured size limit applied while receiving, so
 * an oversized upload is cut off at the limit instead of being held in memory whole. Runs after the permission
 * guard. Every upload endpoint (application documents, learning attachments) uses this one.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly receive: (req: Request, res: Response, done: (err: unknown) => void) => void;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.receive = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.storage.maxBytes, files: 1, fields: 5, fieldSize: 1024 },
    }).single('file');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const received = new Promise<void>((resolve, reject) =>
      this.receive(http.getRequest<Request>(), http.getResponse<Response>(), (err) =>
        err ? reject(this.translate(err)) : resolve(),
      ),
    );
    return from(received).pipe(switchMap(() => next.handle()));
  }

  private translate(err: unknown): AppError {
    if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE')
      return new StorageError(
        StorageErrorCode.TOO_LARGE,
        `Filen er for stor. Den må højst fylde ${formatFileSize(this.config.storage.maxBytes)}.`,
      );
    if (err instanceof multer.MulterError)
      return AppError.badInput({ file: 'Send én fil i feltet "file".' }, 'Upload kunne ikke læses.');
    return AppError.badInput({ file: 'Upload blev afbrudt. Prøv igen.' }, 'Upload kunne ikke læses.');
  }
}
