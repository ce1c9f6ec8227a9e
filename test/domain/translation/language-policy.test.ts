import { describe, expect, it } from 'vitest';
import {
  channelFamily, channelRule, replyLanguageAllowed, requiredProficiency, validateLanguagePolicy, type LanguagePolicy,
} from '../../../src/domain/translation/index.js';

const pivots = ['en', 'fr'];

describe('channelRule', () => {
  it.each([
    [undefined, 'phone', 'native-required', 'built-in'],
    [undefined, 'voice', 'native-required', 'built-in'],
    [undefined, 'email', 'pivot-allowed', 'built-in'],
    [undefined, 'chat', 'pivot-allowed', 'built-in'],
    [undefined, 'whatsapp', 'pivot-allowed', 'built-in'],
    [{ chat: 'native-required' }, 'chat', 'native-required', 'channel'],
    [{ messaging: 'native-required' }, 'line', 'native-required', 'family'],
    [{ messaging: 'native-required', line: 'pivot-allowed' }, 'line', 'pivot-allowed', 'channel'],
    [{ default: 'native-required' }, 'email', 'native-required', 'default'],
    [{ phone: 'pivot-allowed' }, 'phone', 'pivot-allowed', 'channel'],
    [{ phone: { mode: 'native-required', minLevel: 'C2' } }, 'phone', 'native-required', 'channel'],
    [{ email: 'sometimes' }, 'email', 'pivot-allowed', 'built-in'],
    [{ email: { mode: 'native-required', minLevel: 'Z9' } }, 'email', 'pivot-allowed', 'built-in'],
  ] as Array<[LanguagePolicy | undefined, string, string, string]>)('%j on %s → %s (%s)', (policy, channel, mode, source) => {
    expect(channelRule(policy, channel)).toMatchObject({ mode, source });
  });

  it('groups channels into families', () => {
    expect(['phone', 'email', 'chat', 'telegram'].map(channelFamily)).toEqual(['voice', 'email', 'messaging', 'messaging']);
  });
});

describe('replyLanguageAllowed', () => {
  const jp: LanguagePolicy = { email: 'pivot-allowed', phone: 'native-required' };
  it.each([
    // [policy, channel, customer, reply, allowed, reason]
    [jp, 'email', 'ja', 'en', true, 'pivot-language'],
    [jp, 'email', 'ja', 'fr', true, 'pivot-language'],
    [jp, 'email', 'ja', 'de', false, 'not-a-pivot-language'],
    [jp, 'email', 'ja', 'ja', true, 'customer-language'],
    [jp, 'phone', 'ja', 'en', false, 'native-required'],
    [jp, 'phone', 'ja', 'ja', true, 'customer-language'],
    [jp, 'chat', 'ja', 'en-GB', true, 'pivot-language'],
    [{ chat: 'native-required' }, 'chat', 'ja', 'en', false, 'native-required'],
    [jp, 'email', 'pt-BR', 'pt', true, 'customer-language'],
    [jp, 'email', 'zh-Hant', 'zh', false, 'not-a-pivot-language'],
    [jp, 'email', 'nb', 'no', true, 'customer-language'],
    [jp, 'phone', null, 'en', true, 'customer-language-unknown'],
  ] as Array<[LanguagePolicy, string, string | null, string, boolean, string]>)('%j %s: %s customer, %s reply', (policy, channel, customer, reply, allowed, reason) => {
    expect(replyLanguageAllowed(policy, channel, customer, reply, pivots)).toMatchObject({ allowed, reason });
  });
});

describe('requiredProficiency', () => {
  it.each([
    [undefined, 'phone', { mode: 'native-required', customerLanguage: 'C1', pivotLanguage: null }],
    [undefined, 'email', { mode: 'pivot-allowed', customerLanguage: null, pivotLanguage: 'B2' }],
    [{ chat: 'native-required' }, 'chat', { mode: 'native-required', customerLanguage: 'B2', pivotLanguage: null }],
    [{ phone: { mode: 'native-required', minLevel: 'native' } }, 'phone', { mode: 'native-required', customerLanguage: 'native', pivotLanguage: null }],
    [{ email: { mode: 'pivot-allowed', minLevel: 'C1' } }, 'email', { mode: 'pivot-allowed', customerLanguage: null, pivotLanguage: 'C1' }],
  ] as Array<[LanguagePolicy | undefined, string, object]>)('%j on %s', (policy, channel, expected) => {
    expect(requiredProficiency(policy, channel)).toEqual(expected);
  });
});

describe('validateLanguagePolicy', () => {
  it.each([
    [undefined, []],
    [{ email: 'pivot-allowed', phone: 'native-required' }, []],
    [{ phone: { mode: 'native-required', minLevel: 'C1' } }, []],
    [{ phone: 'native' }, ['/phone']],
    [{ phone: { mode: 'native-required', minLevel: 'fluent' } }, ['/phone']],
    [{ 'Bad Key': 'pivot-allowed' }, ['/Bad Key']],
    [['email'], ['']],
    ['native-required', ['']],
  ] as Array<[unknown, string[]]>)('%j', (value, paths) => {
    expect(validateLanguagePolicy(value).map((i) => i.path)).toEqual(paths);
  });
});
