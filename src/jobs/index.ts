export { IntervalJobRunner, PostgresJobRunner, createJobRunner, type JobRunner, type RecurringJob } from './job-runner.js';
export { SLA_TIMER_INTERVAL_MS, SlaTimerJob } from './sla-timer-job.js';
export { SlaEventEmitter, slaEventsOf, type SlaEvent } from './sla-events.js';
