import type { LanguageRuleTable } from './rule-table-types.js';

/** English. No T–V distinction, so no register forms; greetings, selling, sensitive words, number contexts. */
export const enRules: LanguageRuleTable = {
  language: 'en',
  boundaries: 'words',
  register: { informal: [] },
  opening: [
    'dear', 'hello', 'hi', 'hey', 'hiya', 'greetings', 'good (?:morning|afternoon|evening|day)',
    'thank you (?:so much |very much )?for (?:contacting|reaching out|getting in touch|writing|your (?:message|email|e-mail|patience|order|enquiry|inquiry|question))',
    'thanks (?:so much )?for (?:contacting|reaching out|getting in touch|writing|your (?:message|email|patience|order|question))',
  ],
  closing: [
    '(?:kind|best|warm|warmest|many|with kind) regards', 'regards', 'best wishes', 'all the best', 'best', 'sincerely',
    'yours (?:sincerely|faithfully|truly)', 'thanks(?: again)?', 'thank you(?: again)?', 'many thanks', 'cheers', 'take care',
    'have a (?:great|good|nice|lovely|wonderful) (?:day|week|weekend|evening)', 'the [\\p{L}\\d&.\' -]{1,40} team',
    '(?:we are|we\'re) here to help', 'let us know if',
  ],
  crossSell: [
    'you (?:might|may|could|would) also (?:like|love|enjoy|be interested in)', 'customers who bought', 'frequently bought together',
    'why not (?:try|upgrade|add|treat)', 'upgrade (?:to|your) (?:our|the|a) (?:premium|pro|plus|new|latest|deluxe)', 'upgrade to (?:premium|pro|plus)',
    '(?:check out|discover|explore|have a look at) our (?:new|latest|other|full|premium|exclusive|summer|winter|spring|autumn|holiday)',
    'don(?:\'|’)?t miss (?:out|our|this)', 'limited[- ]time (?:offer|deal|discount)', '(?:special|exclusive) (?:offer|deal|promotion)',
    'while you(?:\'|’)re (?:here|at it)', 'add (?:a |an |the )?[\\p{L} -]{1,30} to your (?:order|basket|cart)', 'take advantage of our',
    'treat yourself', 'complete the look', 'our new collection', 'shop now', 'buy now', 'perfect companion for your',
    '(?:our|the) premium (?:plan|membership|subscription|tier)',
  ],
  topics: {
    pork: ['pork', 'bacon', 'ham', 'hams', 'pepperoni', 'lard', 'pig ?skin', 'prosciutto', 'salami', 'porcine', 'pork gelatine?'],
    alcohol: [
      'alcohol', 'alcoholic', 'wines?', 'beers?', 'champagne', 'whisk(?:e)?y', 'vodka', 'rum', 'gin', 'liquors?', 'liqueurs?',
      'cocktails?', 'prosecco', 'brandy', 'cognac', 'tequila',
    ],
    gambling: ['gambling', 'casinos?', 'betting', 'lottery', 'lotteries', 'jackpot', 'roulette', 'poker'],
    politics: [
      'tiananmen', 'taiwan(?:ese)? independence', 'tibet(?:an)? independence', 'hong kong independence', 'dalai lama', 'falun gong',
      'l[eè]se[- ]majest[eé]', 'monarchy',
    ],
    beef: ['beef', 'veal'],
  },
  topicExemptions: [
    'alcohol[- ]free', 'non[- ]alcoholic', '(?:hand )?saniti[sz]er[^.!?\\n]{0,40}alcohol', 'alcohol[^.!?\\n]{0,20}(?:saniti[sz]er|disinfectant|wipes?)', '(?:no|without|zero) alcohol', 'rubbing alcohol', 'isopropyl alcohol', 'pork[- ]free',
    '(?:no|without) pork', 'beef[- ]free', 'wine[- ](?:red|colou?red)', 'ginger', 'hamper',
  ],
  numberContexts: [
    '{n}[- ](?:piece|item|pack|part|bottle)s? (?:gift )?(?:set|box|bundle|pack|kit)', '(?:set|pack|box|bundle|gift set|kit) of {n}',
    '{n}(?:th)? floor', 'floor {n}', 'room {n}',
  ],
  numerals: { 4: ['four'], 9: ['nine'], 13: ['thirteen'], 17: ['seventeen'] },
};
