import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppConfig, AppError, assertInScope, AuditService, InjectConfig, Role } from '@pleje/core';
import { DOCUMENT_MIME_TYPES, FILE_STORAGE, FileStorage, storeUpload, UploadedFile } from '@pleje/storage';
import { LearningAttachment } from '../learning-attachment.entity';
import { LearningEvent } from '../learning-event.entity';
import { LearningRequest } from '../learning-request.entity';
import { LearningEventType, LearningStatus } from '../learning-vocabulary';
import { LearningError, LearningErrorCode } from '../learning.exception';

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
    return storeUpload(
      this.storage,
      file,
      {
        maxBytes: this.config.storage.maxBytes,
        allowed: DOCUMENT_MIME_TYPES,
        municipalityId: request.municipalityId,
      },
      (stored) =>
        this.dataSource.transaction(async (em) => {
          const saved = await em.save(
            em.create(LearningAttachment, {
              requestId: request.id,
              municipalityId: request.municipalityId,
              fileName: stored.fileName,
              mimeType: stored.mime,
              sizeBytes: stored.size,
              sha256: stored.sha256,
              storageKey: stored.storageKey,
              uploadedBy: actor.userId,
            }),
          );
          await em.save(
            em.create(LearningEvent, {
              requestId: request.id,
              municipalityId: request.municipalityId,
              type: LearningEventType.ATTACHMENT_ADDED,
              actorId: actor.userId,
              details: { attachmentId: saved.id, mime: stored.mime },
            }),
          );
          await this.audit.record(
            actor,
            {
              action: 'CREATE',
              entity: 'learning_attachment',
              entityId: saved.id,
              details: { mime: stored.mime },
            },
            em,
          );
          return saved;
        }),
    );
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
