export { IntervalJobRunner, PostgresJobRunner, createJobRunner, type JobRunner, type RecurringJob } from './job-runner.js';
export { SLA_TIMER_INTERVAL_MS, SlaTimerJob, type SlaEvent } from './sla-timer-job.js';
