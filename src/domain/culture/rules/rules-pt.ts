import type { LanguageRuleTable } from './rule-table-types.js';

// Second-person imperatives of tu (Verifica…, Envia-nos…) at a sentence start.
const START = '(?<=^|[.!?¡¿:;…]\\s*|\\n\\s*)';

/** Portuguese (Brazil and Portugal): tu against você / o senhor, salutations, selling, sensitive words. */
export const ptRules: LanguageRuleTable = {
  language: 'pt',
  boundaries: 'words',
  register: {
    informal: [
      'tu', 'teu', 'tua', 'teus', 'tuas', 'contigo', 'estás', 'podes', 'queres', 'tens', 'e aí', 'falou', 'valeu', 'beleza\\?',
      `${START}(?:dá uma olhada|vê|verifica|envia-nos|manda-nos|espera)`,
    ],
  },
  opening: [
    'olá', 'oi', 'prezad[oa]s?', 'car[oa]s?', 'bom dia', 'boa (?:tarde|noite)', 'estimad[oa]s?', 'agradecemos',
    'obrigad[oa] (?:por|pelo|pela) (?:entrar em contato|contactar|contatar|sua|seu|a sua|o seu|tua|mensagem|contato|contacto|paciência)',
  ],
  closing: [
    'atenciosamente', '(?:melhores )?cumprimentos', 'com os melhores cumprimentos', 'abraços?', 'um abraço', 'att\\.?', 'saudações',
    'obrigad[oa]', 'tenha um (?:ótimo|bom|excelente) dia', 'equipe', 'equipa', 'ficamos à (?:sua )?disposição', 'estamos à (?:sua )?disposição',
    'até (?:breve|logo|mais)',
  ],
  crossSell: [
    '(?:também )?(?:pode|poderá|vai) (?:gostar|se interessar)', '(?:conheça|descubra) (?:também )?(?:a nossa|o nosso|os nossos|as nossas|nossa|nosso|nossos)',
    'oferta (?:especial|exclusiva|limitada)', 'não (?:perca|deixe de conferir)', 'aproveite (?:a nossa|nossa|esta|o nosso|nosso|já)',
    'nova coleção', 'faça (?:o )?upgrade', 'quem comprou (?:também|este)',
  ],
  topics: {
    pork: ['porco', 'carne de porco', 'presunto', 'bacon', 'toucinho', 'linguiça', 'banha', 'suíno', 'suína'],
    alcohol: ['álcool', 'alcoólic[oa]s?', 'vinhos?', 'cervejas?', 'champanhe', 'espumante', 'cachaça', 'whisky', 'vodka', 'licor(?:es)?'],
    gambling: ['apostas?', 'cassinos?', 'casinos?', 'loteria', 'jogos de azar'],
    politics: ['tian[\'’]?anmen', 'independência (?:de taiwan|do tibete)', 'dalai lama', 'falun gong'],
    beef: ['carne bovina', 'vitela'],
  },
  topicExemptions: ['álcool (?:em )?gel', 'álcool isopropílico', 'álcool 70', 'sem álcool', 'sem porco', 'cor de vinho', 'vermelho vinho'],
  numberContexts: ['kit (?:com|de) {n}', 'conjunto de {n}', '{n} peças', '{n}(?:º|°)? andar'],
};
