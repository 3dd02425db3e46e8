import { TallyError } from '../domain/index.ts';

/** Decides, as each request arrives, whether the server takes it or answers "busy" at once. */
export interface LoadShedder {
  /** Takes the request (call `release` when it ends), or returns the OVERLOADED error to send. */
  admit(): TallyError | undefined;
  release(): void;
  /** The event-loop delay measured last, in milliseconds. */
  delay(): number;
  close(): void;
}

export interface LoadShedderOptions {
  /** Requests in progress beyond which new ones are refused. */
  readonly maxInFlight: number;
  /** Event-loop delay beyond which new requests are refused, in milliseconds; absent: never. */
  readonly maxDelayMs?: number;
  /** How often the delay is measured (default 20 ms). */
  readonly sampleMs?: number;
}

/**
 * Late samples in a row before requests are refused: one long pause (a major collection, a large
 * body parsed) is over by the time it is measured, while overload keeps every sample late.
 */
const LATE_SAMPLES = 2;

/**
 * Under overload the requests wait in socket buffers, where no counter sees them: the server
 * reads a few hundred in one turn of the event loop and answers them all slowly, until clients
 * time out. The delay of a timer is the time a request just read has waited, so while it is over
 * `maxDelayMs` (twice in a row) a new request is answered 503 with Retry-After straight away, which costs a
 * fraction of answering it and lets the backlog clear. A timer runs before the sockets are read
 * in each turn, so the first requests after a long stall are already judged by it.
 * @example const shedder = createLoadShedder({ maxInFlight: 256, maxDelayMs: 200 });
 */
export function createLoadShedder(options: LoadShedderOptions): LoadShedder {
  const sampleMs = options.sampleMs ?? 20;
  const maxDelayMs = options.maxDelayMs ?? Infinity;
  let inFlight = 0;
  let delay = 0;
  let lateInARow = 0;
  let expected = performance.now() + sampleMs;
  const timer =
    maxDelayMs === Infinity
      ? undefined
      : setInterval(() => {
          const now = performance.now();
          delay = Math.max(0, now - expected);
          lateInARow = delay > maxDelayMs ? lateInARow + 1 : 0;
          expected = now + sampleMs;
        }, sampleMs);
  timer?.unref();
  return {
    admit() {
      if (inFlight >= options.maxInFlight) {
        return new TallyError('OVERLOADED', `over ${options.maxInFlight} requests in progress`);
      }
      if (lateInARow >= LATE_SAMPLES) {
        return new TallyError(
          'OVERLOADED',
          `requests are waiting ${Math.round(delay)} ms before they are read`,
        );
      }
      inFlight++;
      return undefined;
    },
    release() {
      inFlight = Math.max(0, inFlight - 1);
    },
    delay: () => delay,
    close() {
      if (timer) clearInterval(timer);
    },
  };
}
