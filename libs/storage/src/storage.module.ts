import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pleje/core';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

/** The storage chosen by `STORAGE_DRIVER`: local disk by default, any S3-compatible service in production. */
export function createFileStorage(storage: AppConfig['storage']): FileStorage {
  switch (storage.driver) {
    case 'local':
      return new LocalDiskStorage(storage.dir);
    case 's3':
      return new S3Storage({
        endpoint: storage.endpoint,
        region: storage.region,
        bucket: storage.bucket,
        accessKeyId: storage.accessKeyId,
        secretAccessKey: storage.secretAccessKey,
        forcePathStyle: storage.forcePathStyle,
        serverSideEncryption: storage.serverSideEncryption,
      });
  }
}

/** Import once in an app module (it is global); then `@Inject(FILE_STORAGE) storage: FileStorage`. */
@Global()
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStorage => createFileStorage(config.storage),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
