// Errors cross every boundary as data: a stable code and a sentence a person can act on.

export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'NO_WORKSPACE',
  'NO_PROFILE',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNSUPPORTED',
  'CANCELLED',
  'FILE_NOT_SQLITE',
  'FILE_NOT_WORKSPACE',
  'FILE_CORRUPT',
  'FILE_FROM_NEWER_VERSION',
  'FILE_LOCKED',
  'FILE_READ_ONLY',
  'FILE_NOT_FOUND',
  'FILE_IN_USE',
  'WORKSPACE_READ_ONLY',
  'MIGRATION_CHANGED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by handlers and services; the router turns it into an error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
