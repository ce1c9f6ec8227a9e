import { errorCatalogue, problemTypeUri, type ErrorCode } from './error-catalogue.js';

/** One field-level error inside a problem: a JSON pointer into the input and what is wrong there. */
export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem details body as Borderless sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  instance?: string;
}

/**
 * An error that maps to a problem+json answer. Throw it anywhere in a request; the error handler renders it.
 *
 * @example
 * throw new AppError('BL_NOT_FOUND', `No market "${code}"`);
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, detail: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  toProblem(instance?: string): Problem {
    const problem: Problem = {
      type: problemTypeUri(this.code),
      title: errorCatalogue[this.code].title,
      status: this.status,
      detail: this.message,
      code: this.code,
    };
    if (this.errors && this.errors.length > 0) problem.errors = this.errors;
    if (instance) problem.instance = instance;
    return problem;
  }
}

/**
 * Throws a BL_VALIDATION problem when `errors` is not empty.
 *
 * @example
 * assertNoFieldErrors(validateWeeklyHours(body.hours, '/hours'), 'The market hours are not valid');
 */
export function assertNoFieldErrors(errors: FieldError[], detail: string): void {
  if (errors.length > 0) throw new AppError('BL_VALIDATION', detail, { errors });
}
