// One error class for the whole service; `code` is a closed string union that graphql/ maps to
// `extensions.code` and the CLI prints in its one-line reason.

export type ErrorCode =
  | 'INVALID_ARTICLE' // an input file or record cannot be read as an article
  | 'INVALID_ARGUMENT' // a CLI flag or API argument is out of range or malformed
  | 'NOT_FOUND' // an id or key names nothing in the store
  | 'STORE_UNAVAILABLE' // the store file is missing, unreadable or corrupt
  | 'STORE_VERSION' // the store was written by a pipeline this server does not understand
  | 'PAGE_SIZE_EXCEEDED'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX';

export class CorroborateError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorroborateError';
    this.code = code;
  }
}

export function isCorroborateError(error: unknown): error is CorroborateError {
  return error instanceof CorroborateError;
}
