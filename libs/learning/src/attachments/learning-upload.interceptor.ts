import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { from, Observable, switchMap } from 'rxjs';
import { AppConfig, AppError, InjectConfig } from '@pleje/core';
import { formatFileSize, StorageError, StorageErrorCode } from '@pleje/storage';

/**
 * One multipart file into memory, cut off at the configured size while receiving. The same as recruitment's
 * DocumentUploadInterceptor (not exported from that lib); both could move to libs/storage.
 */
@Injectable()
export class LearningUploadInterceptor implements NestInterceptor {
  private readonly receive: (req: Request, res: Response, done: (err: unknown) => void) => void;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.receive = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.storage.maxBytes, files: 1, fields: 2, fieldSize: 1024 },
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
