/** Thrown by the analysis when its `cancelled` option says stop (see `AnalyzeOptions.cancelled`). */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled: a newer version of the document is waiting');
    this.name = 'AnalysisCancelled';
  }
}

/** Asked between chunks, between the layers and every {@link CHECK_EVERY} sentences inside the long ones. */
export type Cancelled = () => boolean;

/** Sentences between two questions inside a layer: about a millisecond of work on a typical machine. */
export const CHECK_EVERY = 512;

/** Stops the analysis if asked to. */
export function checkpoint(cancelled: Cancelled | undefined): void {
  if (cancelled?.()) throw new AnalysisCancelled();
}
