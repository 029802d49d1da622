import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { Actor, AppConfig, AppError, AuditService, InjectConfig, Role, isCalendarDate } from '@pleje/core';
import { DOCUMENT_MIME_TYPES, FILE_STORAGE, FileStorage, storeUpload, UploadedFile } from '@pleje/storage';
import { loadApplicationFor } from './application-access';
import { ApplicationDocument, DocumentKind } from './application-document.entity';
import { isOpen } from './application-status';
import { RecruitmentError, RecruitmentErrorCode } from './recruitment.exception';

/** Documents belong to an application; bytes go to FileStorage, the type is read from the content. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, applicationId: string, kindInput: string, file: UploadedFile | undefined) {
    if (!file) throw AppError.badInput({ file: 'Vælg en fil.' });
    const kind = Object.values(DocumentKind).find((k) => k === kindInput);
    if (!kind) throw AppError.badInput({ kind: 'Vælg hvilken slags dokument det er.' });
    const app = await loadApplicationFor(this.dataSource.manager, actor, applicationId);
    if (actor.role === Role.APPLICANT && !isOpen(app.status))
      throw new RecruitmentError(RecruitmentErrorCode.NOT_EDITABLE, 'Ansøgningen er afsluttet.');
    return storeUpload(
      this.storage,
      file,
      {
        maxBytes: this.config.storage.maxBytes,
        allowed: DOCUMENT_MIME_TYPES,
        municipalityId: app.municipalityId,
      },
      (stored) =>
        this.dataSource.transaction(async (em) => {
          const doc = await em.save(
            em.create(ApplicationDocument, {
              applicationId: app.id,
              municipalityId: app.municipalityId,
              kind,
              fileName: stored.fileName,
              mimeType: stored.mime,
              sizeBytes: stored.size,
              sha256: stored.sha256,
              storageKey: stored.storageKey,
              uploadedBy: actor.userId,
            }),
          );
          await this.audit.record(
            actor,
            {
              action: 'CREATE',
              entity: 'application_document',
              entityId: doc.id,
              municipalityId: app.municipalityId,
              details: { kind, mime: stored.mime, size: stored.size },
            },
            em,
          );
          return doc;
        }),
    );
  }

  /** The bytes of one document; staff reads are audited (documents are personal data). */
  async download(actor: Actor, id: string): Promise<{ doc: ApplicationDocument; data: Buffer }> {
    if (!isUUID(id)) throw AppError.notFound();
    const doc = await this.dataSource.getRepository(ApplicationDocument).findOne({ where: { id } });
    if (!doc) throw AppError.notFound();
    await loadApplicationFor(this.dataSource.manager, actor, doc.applicationId);
    const data = await this.storage.get(doc.storageKey);
    await this.audit.recordRead(actor, {
      entity: 'application_document',
      entityId: doc.id,
      municipalityId: doc.municipalityId,
    });
    return { doc, data };
  }

  /**
   * Sets or clears when a document stops being valid (a certificate's or a diploma's own date), so the expiry job
   * can warn before it and approval can refuse an expired document the checklist builds on. Staff only; the
   * document is found through its application, so another municipality's document looks missing.
   */
  async setExpiry(
    actor: Actor,
    id: string,
    expiresOnInput: string | null | undefined,
  ): Promise<ApplicationDocument> {
    if (!isUUID(id)) throw AppError.notFound('Dokumentet findes ikke.');
    const expiresOn = expiresOnInput?.trim() || null;
    if (expiresOn !== null && !isPlausibleExpiryDate(expiresOn))
      throw AppError.badInput({ expiresOn: 'Skriv en gyldig dato, fx 31-12-2027.' });
    return this.dataSource.transaction(async (em) => {
      const doc = await em.findOne(ApplicationDocument, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!doc) throw AppError.notFound('Dokumentet findes ikke.');
      await loadApplicationFor(em, actor, doc.applicationId);
      const before = doc.expiresOn;
      doc.expiresOn = expiresOn;
      await em.update(ApplicationDocument, { id }, { expiresOn });
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'application_document',
          entityId: doc.id,
          municipalityId: doc.municipalityId,
          details: { fields: ['expiresOn'], from: before, to: expiresOn },
        },
        em,
      );
      return doc;
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    if (!isUUID(id)) throw AppError.notFound();
    const key = await this.dataSource.transaction(async (em) => {
      const doc = await em.findOne(ApplicationDocument, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!doc) throw AppError.notFound();
      const app = await loadApplicationFor(em, actor, doc.applicationId);
      if (actor.role === Role.APPLICANT && !isOpen(app.status))
        throw new RecruitmentError(RecruitmentErrorCode.NOT_EDITABLE, 'Ansøgningen er afsluttet.');
      await em.delete(ApplicationDocument, { id });
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          entity: 'application_document',
          entityId: id,
          municipalityId: doc.municipalityId,
        },
        em,
      );
      return doc.storageKey;
    });
    // After commit: if this fails the file is an orphan the erasure job never reaches; log-free by design, retried below.
    await this.storage.delete(key).catch(() => this.storage.delete(key));
    return true;
  }
}

/**
 * A real calendar day (2027-02-30 is not) within a range a document's validity can have. Past days are allowed:
 * recording that a document has already run out is the point (it then blocks approval where the checklist needs it).
 */
export function isPlausibleExpiryDate(value: string): boolean {
  if (!isCalendarDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= 2000 && year <= 2100;
}
