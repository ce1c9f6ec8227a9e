export { api, apiRequest, ApiError, onUnauthorized, setCsrfToken, withQuery } from './api-client.js';
export { useResource, type Resource } from './use-resource.js';
export * from './api-types.js';
