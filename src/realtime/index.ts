export { RealtimeHub, type Subscriber } from './realtime-hub.js';
export { realtimeRoutes } from './realtime-routes.js';
