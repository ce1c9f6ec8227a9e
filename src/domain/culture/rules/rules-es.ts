import type { LanguageRuleTable } from './rule-table-types.js';

// tú-imperatives (Revisa…, Mira…) read the same as a third person mid-sentence: only at a sentence start.
const START = '(?<=^|[.!?¡¿:;…]\\s*|\\n\\s*)';

/** Spanish: tú/vos/vosotros against usted, salutations, selling, sensitive words. */
export const esRules: LanguageRuleTable = {
  language: 'es',
  boundaries: 'words',
  register: {
    informal: [
      'tú', 'te', 'ti', 'contigo', 'tu', 'tus', 'tuy[oa]s?', 'vos', 'vosotr[oa]s', 'vuestr[oa]s?', 'os', 'puedes', 'tienes', 'quieres',
      'necesitas', 'estás', 'eres', 'debes', 'sabes', 'podés', 'tenés', 'querés', 'sos', 'escríbenos', 'contáctanos', 'avísanos', 'dime',
      'cuéntanos', 'recibirás', 'podrás', 'hazlo', 'mira', 'porfa',
      `${START}(?:revisa|mira|envía|escribe|haz|prueba|comprueba|intenta|espera|llama|pulsa|haz clic|confirma)`,
    ],
    formal: ['usted', 'ustedes', 'le rogamos', 'le informamos'],
  },
  opening: [
    'hola', 'estimad[oa]s?', 'buen(?:os|as) (?:días|tardes|noches)', 'buen día', 'querid[oa]s?', 'apreciad[oa]s?', 'saludos',
    '(?:muchas )?gracias por (?:contactar(?:nos)?|escribir(?:nos)?|su|tu|sus|tus)', 'le agradecemos',
  ],
  closing: [
    'un saludo', 'saludos(?: cordiales)?', 'atentamente', 'cordialmente', 'un (?:cordial|afectuoso|fuerte) saludo', 'reciba un (?:cordial )?saludo',
    'quedamos a (?:su|tu) (?:entera )?disposición', 'quedo a (?:su|tu) (?:entera )?disposición', 'que tenga(?:s)? (?:un )?(?:buen|excelente|feliz) día',
    'el equipo', 'gracias', 'muchas gracias', 'un abrazo', 'hasta pronto',
  ],
  crossSell: [
    '(?:también )?(?:te|le) (?:podría|puede|podrían|pueden) (?:interesar|gustar)', 'descubra (?:también |ahora )?(?:nuestr[oa]s?|la nueva)',
    'descubre (?:también |ahora )?(?:nuestr[oa]s?|la nueva)', 'oferta (?:especial|exclusiva|limitada)', 'no (?:se )?(?:pierda|pierdas|pierdan)',
    'aprove(?:che|cha) (?:nuestr[oa]s?|esta|este|la)', 'nueva colección', 'actualice a', 'mejore su plan', '¿?por qué no (?:prueba|pruebas|añade|añades)',
    'los clientes (?:que compraron|también compraron)',
  ],
  topics: {
    pork: ['cerdo', 'jamón', 'tocino', 'beicon', 'panceta', 'chorizo', 'manteca de cerdo', 'carne de cerdo'],
    alcohol: [
      'alcohol', 'alcohólic[oa]s?', 'vinos?', 'cervezas?', 'champán', 'cava', 'whisky', 'vodka', 'ron', 'licor(?:es)?', 'tequila', 'mezcal', 'sangría',
    ],
    gambling: ['apuestas?', 'casinos?', 'lotería', 'juegos de azar'],
    politics: ['tian[\'’]?anmen', 'independencia (?:de taiwán|del tíbet|de hong kong)', 'dalái lama', 'falun gong'],
    beef: ['ternera', 'carne de (?:res|vaca)', 'vacuno'],
  },
  topicExemptions: ['sin alcohol', 'sin cerdo', 'alcohol (?:isopropílico|de limpieza|en gel)', 'color vino', 'rojo vino'],
  numberContexts: ['set de {n}', 'pack de {n}', 'lote de {n}', '{n} piezas', '{n}(?:º|°)? piso'],
};
