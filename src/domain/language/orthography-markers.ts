/**
 * Letters that settle close pairs sharing a script: a Danish/Norwegian æ ø is never Swedish, ř ů ě are
 * Czech not Slovak, і ї є ґ are Ukrainian not Russian, ђ ћ Serbian, ѓ ќ ѕ Macedonian, پ چ ژ گ not Arabic.
 * Each rule fires once when any of its letters is present; values are log-likelihood adjustments.
 */

interface MarkerRule {
  letters: string;
  favour: Readonly<Record<string, number>>;
  disfavour: Readonly<Record<string, number>>;
}

export const MARKER_RULES: readonly MarkerRule[] = [
  { letters: 'æø', favour: { da: 1.5, nb: 1.5 }, disfavour: { sv: 5, de: 3, fi: 3, et: 3 } },
  { letters: 'å', favour: { da: 0.5, nb: 0.5, sv: 0.5 }, disfavour: {} },
  { letters: 'äö', favour: { sv: 1 }, disfavour: { da: 5, nb: 5 } },
  { letters: 'řůě', favour: { cs: 3 }, disfavour: { sk: 6 } },
  { letters: 'ľĺŕô', favour: { sk: 3 }, disfavour: { cs: 6 } },
  { letters: 'ä', favour: {}, disfavour: { cs: 3 } },
  { letters: 'ãõ', favour: { pt: 2 }, disfavour: { es: 6, gl: 5 } },
  { letters: 'ñ', favour: { es: 1 }, disfavour: { pt: 6 } },
  { letters: '¿', favour: { es: 2 }, disfavour: { pt: 6, gl: 3, ca: 3 } },
  { letters: 'ç', favour: {}, disfavour: { es: 4, gl: 3 } },
  { letters: 'ß', favour: { de: 2 }, disfavour: {} },
  { letters: 'łąęśźżń', favour: { pl: 3 }, disfavour: {} },
  { letters: 'őű', favour: { hu: 3 }, disfavour: {} },
  { letters: 'ə', favour: { az: 4 }, disfavour: { tr: 5 } },
  { letters: 'țș', favour: { ro: 3 }, disfavour: {} },
  { letters: 'ơư', favour: { vi: 3 }, disfavour: {} },
  { letters: 'đ', favour: { hr: 0.5, bs: 0.5, sr: 0.5, vi: 0.5 }, disfavour: { sl: 3 } },
  // Cyrillic
  { letters: 'і', favour: { uk: 3, be: 2 }, disfavour: { ru: 6, bg: 6, sr: 6, mk: 6 } },
  { letters: 'їєґ', favour: { uk: 3 }, disfavour: { ru: 6, bg: 6, sr: 6, mk: 6, be: 6 } },
  { letters: 'ў', favour: { be: 4 }, disfavour: { ru: 6, uk: 6, bg: 6 } },
  { letters: 'ыэё', favour: { ru: 1 }, disfavour: { uk: 6, bg: 6, sr: 6, mk: 6 } },
  { letters: 'ъ', favour: { bg: 1 }, disfavour: { uk: 5, sr: 5, mk: 5, be: 5 } },
  { letters: 'ђћ', favour: { sr: 4 }, disfavour: { mk: 6, ru: 6, uk: 6, bg: 6, be: 6 } },
  { letters: 'љњџј', favour: { sr: 2, mk: 2 }, disfavour: { ru: 6, uk: 6, bg: 6, be: 6 } },
  { letters: 'ѓќѕ', favour: { mk: 4 }, disfavour: { sr: 6, ru: 6, uk: 6, bg: 6 } },
  // Arabic script
  { letters: 'پچژگکی', favour: { fa: 2, ur: 1, ckb: 1 }, disfavour: { ar: 6 } },
  { letters: 'ٹڈڑںےہ', favour: { ur: 4 }, disfavour: { fa: 5, ar: 6, ckb: 3 } },
  { letters: 'ەێۆڕڵڤ', favour: { ckb: 4 }, disfavour: { fa: 5, ar: 5, ur: 5 } },
  { letters: 'ةىكي', favour: { ar: 1 }, disfavour: { fa: 2, ur: 2, ckb: 2 } },
];
