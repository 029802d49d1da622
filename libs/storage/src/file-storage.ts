/**
 * Where uploaded files live. Callers generate keys as `<municipalityId>/<uuid>` (see `newStorageKey`)
 * and keep the content type, size and checksum in their own tables.
 */
export interface FileStorage {
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** Reads the bytes; throws a `StorageError` with code `FILE.NOT_FOUND` if the key holds nothing. */
  get(key: string): Promise<Buffer>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Nest injection token for the configured `FileStorage`: `@Inject(FILE_STORAGE) storage: FileStorage`. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');
