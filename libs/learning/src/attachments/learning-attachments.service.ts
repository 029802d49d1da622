import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppConfig, AppError, assertInScope, AuditService, InjectConfig, Role } from '@pleje/core';
import { checkUpload, DOCUMENT_MIME_TYPES, FILE_STORAGE, FileStorage, newStorageKey } from '@pleje/storage';
import { safeFileName } from '../../../recruitment/src/documents.service';
import { LearningAttachment } from '../learning-attachment.entity';
import { LearningEvent } from '../learning-event.entity';
import { LearningRequest } from '../learning-request.entity';
import { LearningEventType, LearningStatus } from '../learning-vocabulary';
import { LearningError, LearningErrorCode } from '../learning.exception';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

/** Files on a request: the requester on their own request, learning consultants on any in the municipality. */
@Injectable()
export class LearningAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, requestId: string, file: UploadedFile | undefined): Promise<LearningAttachment> {
    if (!file) throw AppError.badInput({ file: 'Vælg en fil.' });
    const request = await this.requestFor(this.dataSource.manager, actor, requestId);
    if (request.status === LearningStatus.CLOSED)
      throw new LearningError(LearningErrorCode.ILLEGAL_TRANSITION, 'Sagen er afsluttet.');
    // The type is read from the bytes, never trusted from the name or the header.
    const checked = checkUpload(file.buffer, {
      maxBytes: this.config.storage.maxBytes,
      allowed: DOCUMENT_MIME_TYPES,
    });
    const key = newStorageKey(request.municipalityId);
    await this.storage.put(key, file.buffer, checked.mime);
    try {
      return await this.dataSource.transaction(async (em) => {
        const saved = await em.save(
          em.create(LearningAttachment, {
            requestId: request.id,
            municipalityId: request.municipalityId,
            fileName: safeFileName(file.originalname, checked.ext),
            mimeType: checked.mime,
            sizeBytes: checked.size,
            sha256: checked.sha256,
            storageKey: key,
            uploadedBy: actor.userId,
          }),
        );
        await em.save(
          em.create(LearningEvent, {
            requestId: request.id,
            municipalityId: request.municipalityId,
            type: LearningEventType.ATTACHMENT_ADDED,
            actorId: actor.userId,
            details: { attachmentId: saved.id, mime: checked.mime },
          }),
        );
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            entity: 'learning_attachment',
            entityId: saved.id,
            details: { mime: checked.mime },
          },
          em,
        );
        return saved;
      });
    } catch (err) {
      await this.storage.delete(key).catch(() => undefined);
      throw err;
    }
  }

  async download(actor: Actor, id: string): Promise<{ attachment: LearningAttachment; data: Buffer }> {
    if (!isUUID(id)) throw AppError.notFound();
    const attachment = assertInScope(
      actor,
      await this.dataSource.getRepository(LearningAttachment).findOne({ where: { id } }),
    );
    await this.requestFor(this.dataSource.manager, actor, attachment.requestId);
    const data = await this.storage.get(attachment.storageKey);
    await this.audit.recordRead(actor, { entity: 'learning_attachment', entityId: id });
    return { attachment, data };
  }

  private async requestFor(em: EntityManager, actor: Actor, requestId: string): Promise<LearningRequest> {
    if (!isUUID(requestId)) throw AppError.notFound();
    const request = assertInScope(actor, await em.findOne(LearningRequest, { where: { id: requestId } }));
    if (actor.role !== Role.LEARNING_CONSULTANT && request.requestedBy !== actor.userId)
      throw AppError.notFound();
    return request;
  }
}
