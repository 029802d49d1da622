import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type ServerSideEncryption,
} from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import type { FileStorage } from './file-storage';
import { assertValidKey } from './storage-key';
import { StorageError } from './storage.error';

export interface S3StorageOptions {
  /** Omit for AWS itself; set for MinIO, Ceph and other S3-compatible services. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; most self-hosted services need it. */
  forcePathStyle: boolean;
  /** Asks the service to encrypt at rest (`AES256` or `aws:kms`); omitted, the bucket default applies. */
  serverSideEncryption?: ServerSideEncryption;
}

// Only a missing key: a missing bucket (`NoSuchBucket`, also 404) is a configuration fault and must stay loud.
function isMissingKey(err: unknown): boolean {
  return err instanceof S3ServiceException && (err.name === 'NoSuchKey' || err.name === 'NotFound');
}

/** Objects in one bucket of any S3-compatible service (AWS S3, MinIO, Ceph RGW ...). */
export class S3Storage implements FileStorage, OnModuleDestroy {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // The SDK's default CRC checksums on every request are refused by several S3-compatible services.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A hung storage service must fail the upload, not hold the request open forever.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      maxAttempts: 3,
    });
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    assertValidKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: key,
        Body: data,
        ContentType: contentType,
        ContentLength: data.length,
        ...(this.options.serverSideEncryption
          ? { ServerSideEncryption: this.options.serverSideEncryption }
          : {}),
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    assertValidKey(key);
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!res.Body) throw StorageError.notFound();
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (err) {
      if (isMissingKey(err)) throw StorageError.notFound();
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
    } catch (err) {
      // S3 answers 204 for a missing key; some compatible services answer NoSuchKey instead.
      if (isMissingKey(err)) return;
      throw err;
    }
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
