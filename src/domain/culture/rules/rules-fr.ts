import type { LanguageRuleTable } from './rule-table-types.js';

// A sentence starts here: tu-imperatives (Envoie…, Regarde…) are only read as such at the start of a sentence.
const START = '(?<=^|[.!?¡¿:;…]\\s*|\\n\\s*)';

/** French: tutoiement against vouvoiement, salutations, selling, sensitive words. */
export const frRules: LanguageRuleTable = {
  language: 'fr',
  boundaries: 'words',
  register: {
    informal: [
      'tu', 'toi', 'te', 't[\'’]', 'ton', 'ta', 'tes', 'tien(?:ne)?s?', 'salut', 'coucou', 'n[\'’]h[ée]site pas', 'dis-(?:moi|nous)',
      'tiens-(?:moi|nous)', 'écris-(?:moi|nous)', 'contacte-(?:moi|nous)', 'bisous?',
      `${START}(?:envoie|regarde|vérifie|clique|essaie|essaye|attends|dis|fais|écris|appelle|consulte|réessaie|patiente)(?:-(?:nous|moi|le|la|les))?`,
    ],
    formal: ['vous', 'votre', 'vos'],
  },
  opening: [
    'bonjour', 'bonsoir', 'madame', 'monsieur', 'mesdames', 'messieurs', 'cher', 'chère', 'chers', 'chères', 'salut', 'hello', 'coucou',
    '(?:un grand )?merci (?:pour|de) (?:votre|ton) (?:message|demande|retour|commande|patience|mail|e-mail)', 'nous vous remercions',
  ],
  closing: [
    'cordialement', 'bien cordialement', 'bien (?:à|a) (?:vous|toi)', '(?:sincères|meilleures|nos|mes) salutations', 'salutations',
    'bonne (?:journée|soirée|fin de journée|continuation|semaine|fin de semaine)', '(?:très )?belle (?:journée|soirée|semaine)',
    'veuillez agréer', 'je vous prie d[\'’]agréer', '(?:à|a) (?:bientôt|très vite)', 'amicalement', 'l[\'’]équipe', 'le service client',
    'merci(?: encore)?', 'nous restons (?:à votre disposition|disponibles)', 'je reste (?:à votre disposition|disponible)',
  ],
  crossSell: [
    'vous (?:pourriez|pourrez|aimerez) (?:aussi|également) (?:aimer|apprécier|être intéressée?)', 'découvrez (?:aussi |également |dès maintenant )?(?:notre|nos)',
    'profitez (?:de|dès maintenant de) (?:notre|nos|cette|l[\'’]offre)', 'offre (?:spéciale|exclusive|limitée)', 'ne manquez pas',
    'passez (?:à|au) (?:la version|l[\'’]offre|notre|l[\'’]abonnement) ', 'pourquoi ne pas (?:essayer|ajouter|opter|craquer)',
    'nouvelle collection', 'pour compléter votre (?:commande|tenue|look|achat)', 'à ne pas manquer', 'les clients (?:ont aussi|qui ont acheté)',
    'au passage, (?:notre|nos)', '(?:est|sont) à -\\d+ ?%', '(?:offre|abonnement|formule) premium',
  ],
  topics: {
    pork: ['porc', 'jambon', 'lard', 'lardons', 'saucisson', 'charcuterie', 'cochon', 'gélatine de porc'],
    alcohol: [
      'alcool', 'alcools', 'alcoolisée?s?', 'vins?', 'bières?', 'champagne', 'whisky', 'vodka', 'rhum', 'spiritueux', 'liqueurs?',
      'apéritifs?', 'cognac', 'crémant',
    ],
    gambling: ['jeux? d[\'’]argent', 'casinos?', 'paris sportifs', 'loterie', 'poker'],
    politics: ['tian[\'’]?anmen', 'indépendance (?:de taïwan|du tibet|de hong kong)', 'dala[ïi][- ]lama', 'falun gong'],
    beef: ['b(?:œ|oe)uf', 'veau'],
  },
  topicExemptions: [
    'sans alcool', 'sans porc', 'alcool (?:isopropylique|ménager|à 70)', 'couleur (?:vin|lie[- ]de[- ]vin)', 'rouge vin', 'vin rouge couleur',
  ],
  numberContexts: ['coffret de {n}', 'lot de {n}', '{n} pièces', '{n}e étage'],
};
