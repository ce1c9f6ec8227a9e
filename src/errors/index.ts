export { errorCatalogue, problemTypeUri, type ErrorCode } from './error-catalogue.js';
export { AppError, assertNoFieldErrors, type FieldError, type Problem } from './app-error.js';
