import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors/index.js';
import { fieldErrorsFromAjv } from './validation.js';

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'BL_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BL_VALIDATION',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BL_PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BL_MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BL_MALFORMED_JSON',
  FST_ERR_BAD_URL: 'BL_VALIDATION',
  FST_ERR_ASYNC_CONSTRAINT: 'BL_VALIDATION',
};

/** Maps any error thrown while serving a request to an AppError (so to problem+json). */
export function toAppError(error: FastifyError & { validation?: unknown; validationContext?: string }): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const errors = fieldErrorsFromAjv(error.validation as never, error.validationContext ?? 'body');
    const first = errors[0];
    return new AppError('BL_VALIDATION', first ? `${first.path} ${first.message}` : 'The request is not valid', { errors });
  }
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped) return new AppError(mapped, error.message);
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return new AppError('BL_MALFORMED_JSON', 'The request body is not valid JSON');
  }
  if (error.statusCode === 429) return new AppError('BL_RATE_LIMITED', error.message);
  if (error.statusCode === 413) return new AppError('BL_PAYLOAD_TOO_LARGE', error.message);
  if (error.statusCode === 415) return new AppError('BL_UNSUPPORTED_MEDIA_TYPE', error.message);
  if (error.statusCode === 404) return new AppError('BL_NOT_FOUND', error.message);
  if (error.statusCode === 405) return new AppError('BL_METHOD_NOT_ALLOWED', error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('BL_VALIDATION', error.message);
  return new AppError('BL_INTERNAL', 'Something went wrong on our side; the request id is in the logs');
}

/** Sends one AppError as RFC 9457 problem+json. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  if (error.headers) for (const [k, v] of Object.entries(error.headers)) reply.header(k, v);
  return reply.status(error.status).type('application/problem+json').send(error.toProblem(request.url));
}

/** Installs the error and not-found handlers that make every failure a problem+json answer. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code, detail: appError.message }, 'request rejected');
    return sendProblem(reply, request, appError);
  });
}
