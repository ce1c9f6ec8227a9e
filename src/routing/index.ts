export { installRouting, ROUTING_QUEUE_INTERVAL_MS } from './routing-feature.js';
export { RoutingService, type QueueRunSummary, type RouteResult, type RoutingTrigger } from './routing-service.js';
