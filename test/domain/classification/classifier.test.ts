import { describe, expect, it } from 'vitest';
import {
  classifyMessage, compileTable, createClassifier, matchTable, normalizeForMatching, parsePhraseTable, PHRASE_TABLES,
  supportedClassificationLanguages,
} from '../../../src/domain/classification/index.js';

describe('phrase tables', () => {
  it('cover eleven languages and every table parses with known labels', () => {
    expect([...supportedClassificationLanguages()].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'pt', 'ro', 'zh']);
    for (const table of PHRASE_TABLES) expect(table.phrases.length, table.language).toBeGreaterThan(150);
  });

  it('refuses a malformed line instead of skipping it', () => {
    expect(() => parsePhraseTable('en', 'words', 'where is my order | os3 xx2')).toThrow(/bad weight "xx2"/);
    expect(() => parsePhraseTable('en', 'words', 'no weights here')).toThrow(/expected "phrase \| codes"/);
  });
});

describe('matching', () => {
  it('compares without accents, case or full-width forms, and folds Traditional Chinese', () => {
    expect(normalizeForMatching('Où est ma COMMANDE ?')).toBe('ou est ma commande ?');
    expect(normalizeForMatching('Rückerstattung für Größe')).toBe('ruckerstattung fur grosse');
    expect(normalizeForMatching('ＡＢＣ１２３')).toBe('abc123');
    expect(normalizeForMatching('訂單還沒到')).toBe('订单还没到');
    expect(normalizeForMatching('أين طلبي؟ متى')).toBe('اين طلبي؟ متي');
  });

  it('matches whole words, prefixes, gaps and clitics, the longest phrase first', () => {
    const table = compileTable(parsePhraseTable('fr', 'words', `
je voudrais | t1
je voudrais savoir | i2
rembours* | rf2
changer .. adresse | t3
`));
    const phrases = (text: string) => matchTable(table, normalizeForMatching(text)).map((m) => m.phrase);
    expect(phrases('Je voudrais savoir quand je serai remboursée')).toEqual(['je voudrais savoir', 'rembours*']);
    expect(phrases('Je voudrais changer mon adresse de livraison')).toEqual(['je voudrais', 'changer .. adresse']);
    expect(phrases('des remboursements')).toEqual(['rembours*']);
    expect(phrases('je voudraisss')).toEqual([]);
    const ar = compileTable(parsePhraseTable('ar', 'stems', 'طلب | os1', { clitics: ['و', 'ال'] }));
    expect(matchTable(ar, normalizeForMatching('وطلبي لم يصل')).map((m) => m.phrase)).toEqual(['طلب']);
  });
});

describe('classifyMessage', () => {
  it.each([
    ['en', 'Where is my order? It has been ten days.', 'informational', 'order_status'],
    ['fr', 'Je souhaite retourner la veste, elle est trop grande.', 'transactional', 'return'],
    ['de', 'Das Gerät lässt sich nicht einschalten, ich habe es schon neu gestartet.', 'diagnostic', 'technical_problem'],
    ['it', 'Quale taglia mi consigliate per un bambino di 5 anni?', 'advisory', 'product_question'],
    ['es', 'Me han cobrado dos veces el mismo pedido.', 'diagnostic', 'payment'],
    ['pt-BR', 'Quero o reembolso, o produto veio errado.', 'transactional', 'refund'],
    ['ro', 'Vă rog să ștergeți datele mele personale.', 'transactional', 'privacy_request'],
    ['ja', '注文した商品がまだ届いていません。いつ届きますか？', 'informational', 'delivery'],
    ['zh-Hant', '請問訂單什麼時候發貨？', 'informational', 'order_status'],
    ['ko', '로그인이 안 돼요. 비밀번호가 틀렸다고 나와요.', 'diagnostic', 'account'],
    ['ar', 'أريد إلغاء طلبي من فضلك', 'transactional', 'order_status'],
  ])('[%s] %s → %s / %s', (language, text, category, intent) => {
    const result = classifyMessage({ text, language });
    expect([result.category, result.intent]).toEqual([category, intent]);
    expect(result.confidence).toBeGreaterThan(0.4);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it('answers null rather than guessing when the message says nothing', () => {
    expect(classifyMessage({ text: 'Merci beaucoup !', language: 'fr' })).toMatchObject({ category: null, intent: null, confidence: 0 });
    expect(classifyMessage({ text: 'شكرا لكم', language: 'ar' }).category).toBeNull();
  });

  it('reads every table when the language is unknown, and uses the subject line', () => {
    expect(classifyMessage({ text: 'ドライヤーが動かないです', language: null }).category).toBe('diagnostic');
    expect(classifyMessage({ subject: 'Refund request', text: 'see below', language: 'en' }).intent).toBe('refund');
  });

  it('guesses the subject of advice and faults, with little confidence', () => {
    const advice = classifyMessage({ text: 'What would you suggest for a small flat?', language: 'en' });
    expect(advice).toMatchObject({ category: 'advisory', intent: 'product_question' });
    expect(advice.intentConfidence).toBeLessThan(0.35);
  });

  it('accepts custom tables and weights', () => {
    const custom = createClassifier([parsePhraseTable('en', 'words', 'bike* | pq2 a1')], { minEvidence: 1 });
    expect(custom.classify({ text: 'bikes?', language: 'en' }).intent).toBe('product_question');
  });
});
