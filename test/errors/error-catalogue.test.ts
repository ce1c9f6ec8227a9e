import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, errorCatalogue } from '../../src/errors/index.js';

describe('error catalogue', () => {
  it('is documented code by code in docs/errors.md', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(doc).toContain(`| \`${code}\` | ${entry.status} | ${entry.title} |`);
    }
  });

  it('uses client statuses for everything a caller can fix', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      if (code !== 'BL_INTERNAL' && code !== 'BL_UNAVAILABLE') expect(entry.status).toBeLessThan(500);
    }
  });

  it('renders RFC 9457 problems', () => {
    const problem = new AppError('BL_VALIDATION', '/body/x is required', { errors: [{ path: '/body/x', message: 'is required' }] }).toProblem('/api/v1/x');
    expect(problem).toEqual({
      type: 'https://borderless.dev/problems/validation', title: 'The request is not valid', status: 400,
      detail: '/body/x is required', code: 'BL_VALIDATION', errors: [{ path: '/body/x', message: 'is required' }], instance: '/api/v1/x',
    });
  });
});
