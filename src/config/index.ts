export { ConfigSchema, environmentVariables, type Config, type EnvironmentVariable } from './config-schema.js';
export { loadConfig, databaseDialect, ConfigError } from './load-config.js';
