import type { LanguageRuleTable } from './rule-table-types.js';

// Korean words carry their particles, so a pattern starts at a word start but may run into a particle.
const W = '(?<![\\p{L}\\p{N}])';
// Plain endings are only trusted before sentence punctuation or at the very end (a label line may end in 지).
const END = '(?=[.!?~]|$)';

/** Korean: 반말 against 존댓말, salutations, selling, sensitive words, the number 4. */
export const koRules: LanguageRuleTable = {
  language: 'ko',
  boundaries: 'none',
  register: {
    informal: [
      `(?<!니|[요죠])다${END}`, `(?:어|아|해|야|지|게|줘|냐|니|자|래|거든|잖아|거야|할게|줄게|했어|됐어|볼게)${END}`,
      `${W}(?:너(?:는|를|의|한테|에게|도|랑)|네가|니가|너희)`, `${W}안녕(?![하히])`, `${W}고마워`, `${W}미안해`,
    ],
  },
  opening: ['안녕하세요', '안녕하십니까', '고객님', '님', '반갑습니다', '문의(?:해|하여) 주셔서', '연락 주셔서'],
  closing: [
    '감사합니다', '감사드립니다', '고맙습니다', '좋은 하루', '행복한 하루', '드림', '올림', '문의(?:사항이|하실 내용이) 있으시면', '편안한 (?:하루|저녁)',
  ],
  crossSell: [
    '함께 구매', '추천(?:드립니다|해 ?드립니다|드려요|상품)', '(?:한정|특별) ?(?:할인|특가|판매)', '특가', '업그레이드', '신상품', '놓치지 마세요',
  ],
  topics: {
    pork: [`${W}돼지고기`, `${W}돼지`, `${W}베이컨`, `${W}햄(?!버|스터)`],
    alcohol: [`${W}술(?:을|은|이|과|도)?(?![\\p{L}])`, `${W}알코올`, `${W}맥주`, `${W}와인`, `${W}소주`, `${W}위스키`, `${W}막걸리`],
    gambling: [`${W}도박`, `${W}카지노`, `${W}복권`],
    politics: [`${W}천안문`, `${W}대만 독립`, `${W}티베트 독립`],
    beef: [`${W}소고기`, `${W}쇠고기`],
  },
  topicExemptions: [`${W}무알코올`, `${W}알코올 ?(?:소독|솜)`],
  numberContexts: ['{n}\\s?(?:개\\s?)?(?:세트|묶음|입)', '{n}\\s?층', '{n}\\s?호실'],
};
