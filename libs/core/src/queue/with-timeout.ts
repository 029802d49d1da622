import { QueueError, QueueErrorCode } from './queue.error';

/** Rejects with QueueError(UNAVAILABLE) when `promise` has not settled in time; BullMQ waits forever for a down Redis. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueError(QueueErrorCode.Unavailable)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
