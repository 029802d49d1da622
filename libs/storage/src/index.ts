export * from './file-storage';
export * from './file-type';
export * from './local-disk.storage';
export * from './s3.storage';
export * from './storage-key';
export * from './storage.error';
export * from './storage.module';
export * from './upload-policy';
