/** Every failure Keel reports to a person. Layers above map `code` to exit codes or HTTP statuses once. */
export type ErrorCode =
  | 'InvalidInput' // a value out of range or malformed: a usage error
  | 'NotFound'
  | 'Conflict'
  | 'NotInitialized'
  | 'AlreadyInitialized'
  | 'ForeignDatabase'
  | 'BadFile'
  | 'Unavailable';

export class KeelError extends Error {
  override readonly name = 'KeelError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What to try next, e.g. `keel checkin --quality 4`. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

export const invalid = (message: string, hint?: string) => new KeelError('InvalidInput', message, hint);
export const notFound = (message: string, hint?: string) => new KeelError('NotFound', message, hint);
