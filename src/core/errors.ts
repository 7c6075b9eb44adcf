/**
 * Every failure Keel reports to a person, in the domain's words. Layers above map `code` to exit
 * codes or HTTP statuses once; the CLI maps `fields` to its flags and `see` to a command, the web maps
 * `fields` to the inputs of its form and `see` to a page. So a message never names a flag or a command.
 */
export type ErrorCode =
  | 'InvalidInput' // a value out of range or malformed: a usage error
  | 'NotFound'
  | 'Conflict'
  | 'NotInitialized'
  | 'AlreadyInitialized'
  | 'ForeignDatabase'
  | 'BadFile'
  | 'Unavailable';

/** Where a person looks or acts next: the CLI names the command, the web links the page. */
export type Place =
  | 'setup'
  | 'status'
  | 'triggers'
  | 'all-triggers'
  | 'document'
  | 'jobs'
  | 'start-job'
  | 'end-job'
  | 'rules'
  | 'questions'
  | 'opportunities'
  | 'opportunity'
  | 'goals'
  | 'wins'
  | 'start-search'
  | 'end-search'
  | 'restore-trigger'
  | 'replace-check-in'
  | 'record-offer'
  | 'export'
  | 'replace-import';

export interface See {
  place: Place;
  /** The thing to look at or act on (an opportunity's id, a trigger's slug, a week). */
  ref?: string;
}

export interface ErrorDetail {
  /** Each input that is wrong, by the use case's own name for it (`observedOn`, `who5.2`), in words. */
  fields?: Record<string, string>;
  see?: See;
}

export class KeelError extends Error {
  override readonly name = 'KeelError';
  readonly fields: Readonly<Record<string, string>>;
  readonly see: See | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What to do about it, in words ("Date it today or earlier."), never a command. */
    readonly hint?: string,
    detail: ErrorDetail = {},
  ) {
    super(message);
    this.fields = detail.fields ?? {};
    this.see = detail.see;
  }
}

export const invalid = (message: string, hint?: string, detail?: ErrorDetail) => new KeelError('InvalidInput', message, hint, detail);
export const notFound = (message: string, hint?: string, detail?: ErrorDetail) => new KeelError('NotFound', message, hint, detail);
export const conflict = (message: string, hint?: string, detail?: ErrorDetail) => new KeelError('Conflict', message, hint, detail);

/** An input that is wrong, by name: the message says `<field> <problem>`, and `fields` holds it for a form. */
export const invalidField = (field: string, problem: string, hint?: string) => invalid(`${field} ${problem}`, hint, { fields: { [field]: problem } });
