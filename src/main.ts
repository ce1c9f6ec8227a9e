import { ConfigError, loadConfig } from './config/index.js';
import { createRuntime } from './runtime.js';
import { demoSupportAddress, loadDemoIfEmpty } from './demo/load-demo.js';

/** Starts Borderless: HTTP (API, console, widget, help center) and, when enabled, inbound SMTP. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Borderless cannot start: ${error.message}`);
      process.exit(78);
    }
    throw error;
  }
  const runtime = await createRuntime(config);
  const { app, ctx } = runtime;
  let demoLogin: { email: string; password: string } | null = null;
  if (config.demo) demoLogin = await loadDemoIfEmpty(ctx);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const lines = [
    '',
    `  Borderless is running on ${ctx.store.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    `  Console       ${base}/`,
    `  API docs      ${base}/api/docs`,
    `  OpenAPI       ${base}/api/v1/openapi.json`,
  ];
  if (demoLogin) {
    lines.push('', `  Demo brand loaded. Sign in as ${demoLogin.email} / ${demoLogin.password}`);
    if (config.smtpPort > 0) lines.push(`  Mail to ${demoSupportAddress('jp')} (or support-<market>@…) on SMTP port ${config.smtpPort} lands in the inbox`);
  }
  lines.push('');
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error('Borderless failed to start:', error);
  process.exit(1);
});
