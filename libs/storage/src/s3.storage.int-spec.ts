import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { S3Storage, type S3StorageOptions } from './s3.storage';
import { newStorageKey } from './storage-key';
import { StorageError } from './storage.error';
import { fileStorageContract } from './testing/file-storage-contract';

// s3rver (the maintained @20minutes fork) is a real S3 protocol server on a real port, run in
// process: the SDK signs with SigV4, the server checks the signature and stores objects on disk.
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('@20minutes/s3rver') as S3rverConstructor;

const BUCKET = 'plejeportalen-test';
// The one key pair s3rver accepts; any other is refused, which the last test relies on.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let directory: string;
let server: S3rverInstance;
let options: S3StorageOptions;
const opened: S3Storage[] = [];

function open(overrides: Partial<S3StorageOptions> = {}): S3Storage {
  const storage = new S3Storage({ ...options, ...overrides });
  opened.push(storage);
  return storage;
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'pleje-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  options = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-north-1',
    bucket: BUCKET,
    forcePathStyle: true,
    ...CREDENTIALS,
  };
});

afterAll(async () => {
  for (const storage of opened) storage.onModuleDestroy();
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe('S3Storage against an S3-compatible server: FileStorage contract', () => {
  let storage: S3Storage;
  beforeAll(() => {
    storage = open();
  });
  for (const c of fileStorageContract(() => storage)) it(c.name, c.run);
});

describe('S3Storage specifics', () => {
  it('stores the content type with the object', async () => {
    const storage = open();
    const key = newStorageKey('kbh');
    await storage.put(key, Buffer.from('%PDF-1.7'), 'application/pdf');
    const { S3Client, HeadObjectCommand } = await import('@aws-sdk/client-s3');
    const client = new S3Client({ ...options, credentials: CREDENTIALS });
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
      expect(head.ContentType).toBe('application/pdf');
      expect(head.ContentLength).toBe(8);
    } finally {
      client.destroy();
    }
  });

  it('puts with server-side encryption requested when configured', async () => {
    const storage = open({ serverSideEncryption: 'AES256' });
    const key = newStorageKey('kbh');
    await storage.put(key, Buffer.from('krypteret'), 'text/plain');
    expect((await storage.get(key)).toString()).toBe('krypteret');
  });

  it('fails loudly, not as a missing file, when the bucket does not exist', async () => {
    const storage = open({ bucket: 'no-such-bucket' });
    const failure = storage.get(newStorageKey('kbh'));
    await expect(failure).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await expect(failure).rejects.not.toBeInstanceOf(StorageError);
    await expect(storage.delete(newStorageKey('kbh'))).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('fails with wrong credentials (the server checks signatures)', async () => {
    const storage = open({ secretAccessKey: 'wrong' });
    const failure = storage.put(newStorageKey('kbh'), Buffer.from('x'), 'text/plain');
    await expect(failure).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
  });
});
