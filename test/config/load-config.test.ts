import { describe, expect, it } from 'vitest';
import { ConfigError, environmentVariables, loadConfig } from '../../src/config/index.js';

describe('configuration', () => {
  it('has the defaults of API.md', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: 'sqlite:./data/borderless.db', port: 3000, host: '127.0.0.1', smtpPort: 2525, bootstrapToken: null, demo: false });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ['BORDERLESS_PORT', '70000', /BORDERLESS_PORT.*65535/],
    ['BORDERLESS_PORT', 'abc', /BORDERLESS_PORT.*whole number/],
    ['BORDERLESS_DATABASE_URL', 'mysql://localhost/x', /BORDERLESS_DATABASE_URL/],
    ['BORDERLESS_SMTP_PORT', '-1', /BORDERLESS_SMTP_PORT/],
    ['BORDERLESS_DEMO', 'perhaps', /BORDERLESS_DEMO.*1 or 0/],
    ['BORDERLESS_BOOTSTRAP_TOKEN', 'short', /BORDERLESS_BOOTSTRAP_TOKEN/],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reads PostgreSQL URLs and booleans', () => {
    const config = loadConfig({ BORDERLESS_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/borderless', BORDERLESS_DEMO: '1', BORDERLESS_SMTP_PORT: '0' });
    expect(config.databaseUrl.startsWith('postgres://')).toBe(true);
    expect(config.demo).toBe(true);
    expect(config.smtpPort).toBe(0);
  });

  it('documents every variable', () => {
    for (const v of environmentVariables) expect(v.meaning.length).toBeGreaterThan(10);
  });
});

describe('README configuration table', () => {
  it('lists every variable with its default', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const v of environmentVariables) {
      expect(readme).toContain(`| \`${v.name}\` | ${v.default === null ? 'unset' : `\`${v.default}\``} | ${v.meaning} |`);
    }
  });
});
