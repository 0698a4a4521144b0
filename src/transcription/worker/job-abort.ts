/** Why a running job's signal was aborted; the processor acts differently on each. */
export type JobAbortKind = 'cancel' | 'shutdown' | 'lease_lost';

export class JobAbort extends Error {
  constructor(readonly kind: JobAbortKind) {
    super(`job aborted: ${kind}`);
    this.name = 'JobAbort';
  }
}

export function abortKindOf(signal: AbortSignal): JobAbortKind | undefined {
  return signal.aborted && signal.reason instanceof JobAbort ? signal.reason.kind : signal.aborted ? 'shutdown' : undefined;
}
