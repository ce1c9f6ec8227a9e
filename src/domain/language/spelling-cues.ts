/**
 * Spelling and function-word cues that split close pairs sharing most of their vocabulary and most of
 * eld's n-grams: Danish vs Norwegian Bokmål, Czech vs Slovak, Croatian vs Serbian (Latin) vs Slovenian,
 * Indonesian vs Malay. Each cue only *lowers* the languages that would not write the token, so it never
 * lifts a language over an unrelated one ("mig" lowers nb, not en). Each cue fires once per message.
 *
 * They come from the standard orthographies (Danish doubles consonants only between vowels, Slovak
 * writes the diphthong "ie", Serbian is ekavian, Slovenian has no ć), not from any test sentence.
 */
import { LANGUAGE_INDEX } from './language-inventory.js';

interface SpellingCue {
  /** Whole lower-case tokens that trigger the cue. */
  words?: readonly string[];
  /** Or a test on one lower-case token. */
  pattern?: RegExp;
  /** Log-likelihood removed from each listed language when the cue fires. */
  disfavour: Readonly<Record<string, number>>;
}

const WORD = 2.5;
const SPELLING = 1.5;

const CUES: readonly SpellingCue[] = [
  // Norwegian Bokmål spellings and function words that Danish writes differently.
  {
    words: [
      'meg', 'deg', 'seg', 'dere', 'deres', 'nå', 'hva', 'av', 'etter', 'ble', 'noe', 'gjerne', 'kanskje',
      'fortsatt', 'feil', 'veldig', 'ennå', 'takk', 'vennlig', 'spørsmål', 'aldri', 'mottatt', 'levert',
      'fått', 'greit', 'riktig', 'hjelp', 'hjelpe', 'sjekke', 'sjekket', 'skjer', 'ikkje', 'eg', 'kva', 'korleis',
      'mye',
    ],
    disfavour: { da: WORD },
  },
  // Norwegian kj/skj where Danish writes k/sk (kjøpt/købt, skjønner/skønner); -sjon where Danish has -tion.
  { pattern: /kj|skj|sjon/, disfavour: { da: SPELLING } },
  // Danish doubles a consonant only between vowels (tak, rabat, kat); Norwegian and Swedish also at the
  // end of a word or a compound part (takk, rabatt-koden).
  { pattern: /(?:kk|tt|pp|mm)(?![aeiouyæøå])/, disfavour: { da: SPELLING } },
  // Danish spellings and function words that Norwegian Bokmål writes differently.
  {
    words: [
      'mig', 'dig', 'sig', 'jer', 'jeres', 'nu', 'hvad', 'af', 'efter', 'blev', 'noget', 'gerne', 'måske',
      'fejl', 'meget', 'endnu', 'tak', 'venlig', 'spørgsmål', 'aldrig', 'modtaget', 'leveret', 'fået', 'rigtig',
      'hjælp', 'hjælpe', 'tjekke', 'tjekket', 'sker', 'hvornår', 'lige', 'købe', 'købt', 'købte',
    ],
    disfavour: { nb: WORD },
  },
  // Danish -tion/-hed and definite plurals in -erne (varerne; Bokmål varene).
  { pattern: /tion|hed$|heden$|erne$/, disfavour: { nb: SPELLING } },
  // Czech forms Slovak does not use (jsem/som, -ou endings where Slovak writes -ú).
  { words: ['jsem', 'jsi', 'jsme', 'jste', 'jsou', 'není', 'také', 'když', 'který', 'která', 'které'], disfavour: { sk: WORD } },
  { pattern: /ou$/, disfavour: { sk: SPELLING } },
  // Slovak forms Czech does not use: the diphthongs ie/ia/iu, ú inside a word, som/sme/sú.
  { words: ['som', 'sme', 'sú', 'nie', 'nie je', 'ako', 'alebo', 'keď', 'ktorý', 'ktorá', 'ktoré', 'čo'], disfavour: { cs: WORD } },
  { pattern: /ie|iu$|.ú/, disfavour: { cs: SPELLING } },
  // Ijekavian (Croatian, Bosnian) vs ekavian (Serbian) reflexes of the same words.
  {
    words: [
      'prije', 'poslije', 'uvijek', 'vrijeme', 'lijepo', 'lijep', 'cijena', 'cijenu', 'dijete', 'gdje', 'mjesto',
      'mjesec', 'vidjeti', 'sljedeći', 'riječ', 'dio', 'tjedan', 'tjedna', 'trebam', 'tisuću', 'točno', 'kriv',
      'krivu', 'krivo', 'krivi',
    ],
    disfavour: { sr: WORD },
  },
  { pattern: /^(?:za|pro|pri)?mijeni|[^n]ije[a-zšđčćž]/, disfavour: { sr: SPELLING } },
  {
    words: [
      'gde', 'uvek', 'vreme', 'pre', 'posle', 'lepo', 'lep', 'cena', 'cenu', 'dete', 'mesto', 'mesec', 'videti',
      'sledeći', 'reč', 'deo', 'nedelja', 'hiljadu', 'tačno', 'šta', 'porudžbina', 'porudžbinu',
    ],
    disfavour: { hr: WORD, bs: WORD / 2 },
  },
  { pattern: /^(?:za|pro|pri)?meni(?:ti|m|o|la)$/, disfavour: { hr: SPELLING, bs: SPELLING } },
  // Slovenian forms the other South Slavic standards do not use, and vice versa (Slovenian has no ć).
  {
    words: ['sem', 'bil', 'bila', 'bilo', 'lahko', 'kje', 'kdaj', 'kaj', 'zakaj', 'še', 'že', 'vedno', 'tudi', 'ker', 'prosim'],
    disfavour: { hr: WORD, sr: WORD, bs: WORD },
  },
  { words: ['sam', 'bio', 'što', 'šta', 'kada', 'zašto', 'već', 'jer', 'li', 'ću', 'će', 'ćete', 'molim'], disfavour: { sl: WORD } },
  { pattern: /ć/, disfavour: { sl: SPELLING * 2 } },
  // Malay spellings and words Indonesian writes differently (wang/uang, nombor/nomor, saiz/ukuran).
  {
    words: [
      'wang', 'nombor', 'saiz', 'kereta', 'sahaja', 'bungkusan', 'hantar', 'dihantar', 'penghantaran', 'tempahan',
      'semak', 'tengok', 'percuma', 'kerana', 'nak', 'dah', 'tak', 'je', 'ni', 'encik', 'mahu', 'sebab',
      'perlukan', 'tersalah', 'dipulangkan', 'pulangan', 'kedai', 'telefon', 'akaun', 'resit',
    ],
    disfavour: { id: WORD },
  },
  // Indonesian words and colloquial particles Malay does not use.
  {
    words: [
      'uang', 'nomor', 'mobil', 'saja', 'aja', 'kirim', 'dikirim', 'pengiriman', 'nggak', 'gak', 'enggak', 'banget',
      'dong', 'sih', 'deh', 'kok', 'udah', 'kalo', 'gimana', 'silakan', 'karena', 'butuh', 'kedaluwarsa', 'ongkir',
      'resi', 'rekening', 'makasih', 'toko', 'ponsel', 'kemarin',
    ],
    disfavour: { ms: WORD },
  },
];

interface IndexedCue {
  id: number;
  pattern: RegExp | null;
  disfavour: Array<[number, number]>;
}

const WORD_CUES = new Map<string, number[]>();
const PATTERN_CUES: IndexedCue[] = [];
const ALL_CUES: IndexedCue[] = [];

for (const cue of CUES) {
  const indexed: IndexedCue = {
    id: ALL_CUES.length,
    pattern: cue.pattern ?? null,
    disfavour: Object.entries(cue.disfavour).map(([language, value]) => [LANGUAGE_INDEX.get(language) as number, value]),
  };
  const id = ALL_CUES.push(indexed) - 1;
  if (cue.pattern !== undefined) PATTERN_CUES.push(indexed);
  for (const word of cue.words ?? []) {
    const list = WORD_CUES.get(word);
    if (list === undefined) WORD_CUES.set(word, [id]);
    else list.push(id);
  }
}

const NB = LANGUAGE_INDEX.get('nb') as number;
const SV = LANGUAGE_INDEX.get('sv') as number;
// Matches a token exactly when some pattern cue does, so most tokens cost one test instead of one per cue.
const ANY_PATTERN = new RegExp(PATTERN_CUES.map((cue) => `(?:${(cue.pattern as RegExp).source})`).join('|'));
const fired = new Uint8Array(CUES.length);
const CAPITAL_I = /\sI\s/;

/**
 * Lowers, in `ll` (indexed like SUPPORTED_LANGUAGES), the close-pair languages that would not write the
 * given Latin-script tokens. `text` is the prepared text, used for the one cue that needs case
 * (Danish capital "I"). Returns true when any cue fired.
 *
 * @example
 * const ll = new Float64Array(SUPPORTED_LANGUAGES.length);
 * applySpellingCues(['kan', 'du', 'hjelpe', 'meg'], 'Kan du hjelpe meg?', ll); // true; da lowered
 */
export function applySpellingCues(tokens: readonly string[], text: string, ll: Float64Array): boolean {
  fired.fill(0);
  let any = false;
  for (const token of tokens) {
    const ids = WORD_CUES.get(token);
    if (ids !== undefined) for (const id of ids) fired[id] = 1;
    if (token.length > 2 && ANY_PATTERN.test(token)) {
      for (let c = 0; c < PATTERN_CUES.length; c++) {
        const cue = PATTERN_CUES[c] as IndexedCue;
        if ((cue.pattern as RegExp).test(token)) fired[cue.id] = 1;
      }
    }
  }
  for (let id = 0; id < ALL_CUES.length; id++) {
    if (fired[id] !== 1) continue;
    any = true;
    for (const [index, value] of (ALL_CUES[id] as IndexedCue).disfavour) ll[index] = (ll[index] as number) - value;
  }
  // Danish writes the plural "you" as a capital I ("Har I …"); Bokmål writes "dere", Swedish "ni".
  if (tokens.length > 1 && CAPITAL_I.test(text)) {
    ll[NB] = (ll[NB] as number) - SPELLING;
    ll[SV] = (ll[SV] as number) - SPELLING;
    any = true;
  }
  return any;
}
