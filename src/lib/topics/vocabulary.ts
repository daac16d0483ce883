// The word lists that key-term extraction and pair scoring share. Terms are plain lowercase
// lemmas (`school`, `azerbaijan`) plus a few derived ones that carry a role the words imply:
// `<language>-medium` (taught or published in it), `<language>-subject` (studied as a subject),
// `<language>-speaker` (spoken by). Everything here is data: add a word, not a rule.

/** Function words: never key terms. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of in on at to for from by with without within into onto over under about
  above below between among amongst through throughout during before after since until till than then as
  per via across along around against toward towards upon off out up down this that these those there here
  where wherever which who whom whose what whatever when why how is are was were be been being am has have
  had having do does did done will would shall should can could may might must it its they them their
  theirs our ours we us you your yours he him his she her hers i me my mine such some any each every all
  both either neither other others another more most less least many much few fewer several very also just
  only even still yet so too not no nor own same whether while if because although though once thus
  including include includes included like roughly nearly almost approximately around circa some about
  respectively currently presently now today so-called etc`.split(/\s+/),
);

/**
 * Lemmas that carry no subject of their own: reporting verbs, generic participles (`conducted`,
 * `enrolled`), counting words, times and number words. The period and the figure already hold the
 * time and the amount, so `in the first six months of this year` adds nothing to the subject.
 */
export const FILLER_LEMMAS: ReadonlySet<string> = new Set(
  `be have do get go conduct offer enrol enroll register record locate situate operate function exist provide
  administer station deploy issue proportion percentage
  make give reach include involve base hold take say report note estimate announce mention show indicate
  surpass exceed hit achieve stand amount total number figure quantity sum count overall approximate approximately
  mark level value volume rate share size whole entire various certain existing current currently recent
  recently presently already still today now here there year month week day decade century quarter half
  annual annually yearly monthly weekly daily period time date last next previous past first second third
  fourth fifth one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
  thousand million billion trillion dozen tens hundreds thousands millions billions lakh crore
  january february march april may june july august september october november december
  around almost nearly roughly just some about several many more most least less fully completely
  successfully respectively altogether combined alone respective per-capita
  monday tuesday wednesday thursday friday saturday sunday tonight weekend ago time result said outright
  nationally nationwide`.split(/\s+/),
);

/**
 * Lemmas that mean something but say little about which figure it is (`trade volume` is trade).
 * They still count when both claims have them, at a fraction of a normal term's weight.
 */
export const WEAK_LEMMAS: ReadonlySet<string> = new Set(
  `people person population citizen resident country nation region area city town village district state
  government official sector field system service activity program programme project process work total
  general public national federal local regional main major key big large small new old high low
  fund money sum`.split(/\s+/),
);

/**
 * Words of coming into a place that say no more than a place reached (`FDI inflows to Georgia`,
 * `tourists visiting Azerbaijan`): dropped from a subject that names the place with `to` or `in`.
 */
export const INTO_PLACE_LEMMAS: ReadonlySet<string> = new Set(['inflow', 'influx', 'visit']);

/** Words whose noun lemma from the dictionary is wrong or unhelpful for matching. */
export const LEMMA_OVERRIDES: Readonly<Record<string, string>> = {
  schoolchildren: 'schoolchild',
  schoolkids: 'schoolchild',
  children: 'child',
  kids: 'child',
  data: 'data',
  media: 'media',
  species: 'species',
  news: 'news',
  means: 'means',
  series: 'series',
  police: 'police',
  staff: 'staff',
  personnel: 'personnel',
  people: 'person',
  persons: 'person',
  individuals: 'person',
  men: 'man',
  women: 'woman',
  taught: 'teach',
  enrolled: 'enrol',
  enrollment: 'enrolment',
  enrolments: 'enrolment',
  enrollments: 'enrolment',
  modernisation: 'modernization',
  organisation: 'organization',
  organisations: 'organization',
  programs: 'programme',
  program: 'programme',
  programmes: 'programme',
  tonnes: 'ton',
  tonne: 'ton',
  tons: 'ton',
  metres: 'meter',
  metre: 'meter',
  meters: 'meter',
  kilometres: 'kilometer',
  kilometre: 'kilometer',
  kilometers: 'kilometer',
  litres: 'liter',
  litre: 'liter',
  liters: 'liter',
  labour: 'labor',
  defence: 'defense',
  jobless: 'unemployed',
  dead: 'death',
  deaths: 'death',
  died: 'death',
  killed: 'kill',
  injured: 'injure',
  injuries: 'injure',
  injury: 'injure',
  wounded: 'injure',
  exports: 'export',
  exported: 'export',
  imports: 'import',
  imported: 'import',
  spending: 'spending',
  funding: 'funding',
  housing: 'housing',
  learning: 'learn',
  teaching: 'teach',
  planned: 'plan',
  given: 'give',
  taken: 'take',
  made: 'make',
  done: 'do',
  held: 'hold',
  paid: 'pay',
  spent: 'spend',
  spends: 'spend',
  earned: 'earn',
  sale: 'sell',
  sales: 'sell',
  sold: 'sell',
  freight: 'cargo',
  goods: 'cargo',
  carried: 'transport',
  carry: 'transport',
  transported: 'transport',
  shipped: 'transport',
  production: 'produce',
  produced: 'produce',
  generation: 'produce',
  generated: 'produce',
  generate: 'produce',
  output: 'produce',
  mps: 'mp',
  lawmakers: 'mp',
  lawmaker: 'mp',
  deputies: 'mp',
  capacities: 'capacity',
  'pre-school': 'preschool',
  'pre-schools': 'preschool',
  preschools: 'preschool',
  // The language of a phrase like `higher educational institutions` is normalised in PHRASES.
  educational: 'education',
  universities: 'university',
  colleges: 'college',
};

/**
 * Multi-word expressions rewritten to one token before anything else, so that `higher educational
 * institutions` is a university and `United Arab Emirates` one place. Keys are matched as whole
 * words, case-insensitively; longer keys are tried first.
 */
export const PHRASES: Readonly<Record<string, string>> = {
  'higher educational institutions': 'university',
  'higher educational institution': 'university',
  'higher education institutions': 'university',
  'higher education institution': 'university',
  'institutions of higher education': 'university',
  'institution of higher education': 'university',
  'institutions of higher learning': 'university',
  'higher education': 'university',
  'higher schools': 'university',
  'higher school': 'university',
  'general education schools': 'school',
  'general education school': 'school',
  'comprehensive schools': 'school',
  'high schools': 'school',
  'high school': 'school',
  'mother tongue': 'native-language',
  'native language': 'native-language',
  'first language': 'native-language',
  'second language': 'second-language',
  'foreign language': 'second-language',
  'foreign languages': 'second-language',
  'additional language': 'second-language',
  'gross domestic product': 'gdp',
  'foreign direct investment': 'fdi',
  'per capita': 'per-capita',
  'trade turnover': 'trade',
  'trade volume': 'trade',
  'volume of trade': 'trade',
  'state budget': 'budget',
  'public sector': 'public',
  'private sector': 'private',
};

/** Language names (and their adjectives) as written, mapped to one id. */
export const LANGUAGES: Readonly<Record<string, string>> = {
  russian: 'russian', english: 'english', azerbaijani: 'azerbaijani', azeri: 'azerbaijani', turkish: 'turkish',
  french: 'french', german: 'german', spanish: 'spanish', italian: 'italian', portuguese: 'portuguese',
  chinese: 'chinese', mandarin: 'chinese', cantonese: 'cantonese', arabic: 'arabic', persian: 'persian',
  farsi: 'persian', hindi: 'hindi', urdu: 'urdu', bengali: 'bengali', japanese: 'japanese', korean: 'korean',
  ukrainian: 'ukrainian', belarusian: 'belarusian', polish: 'polish', czech: 'czech', slovak: 'slovak',
  georgian: 'georgian', armenian: 'armenian', kazakh: 'kazakh', uzbek: 'uzbek', kyrgyz: 'kyrgyz',
  tajik: 'tajik', turkmen: 'turkmen', hebrew: 'hebrew', greek: 'greek', latin: 'latin', dutch: 'dutch',
  swedish: 'swedish', norwegian: 'norwegian', danish: 'danish', finnish: 'finnish', estonian: 'estonian',
  latvian: 'latvian', lithuanian: 'lithuanian', hungarian: 'hungarian', romanian: 'romanian',
  moldovan: 'romanian', bulgarian: 'bulgarian', serbian: 'serbian', croatian: 'croatian', bosnian: 'bosnian',
  albanian: 'albanian', macedonian: 'macedonian', slovenian: 'slovenian', welsh: 'welsh', irish: 'irish',
  gaelic: 'gaelic', catalan: 'catalan', basque: 'basque', swahili: 'swahili', malay: 'malay',
  indonesian: 'indonesian', thai: 'thai', vietnamese: 'vietnamese', tatar: 'tatar', pashto: 'pashto',
  kurdish: 'kurdish', amharic: 'amharic', somali: 'somali', tamil: 'tamil', punjabi: 'punjabi',
  filipino: 'filipino', tagalog: 'filipino', icelandic: 'icelandic', maltese: 'maltese', yiddish: 'yiddish',
};

/** People-adjectives that name a country when they do not name a language: `Russian tourists`. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  russian: 'russia', azerbaijani: 'azerbaijan', azeri: 'azerbaijan', turkish: 'turkey', french: 'france',
  german: 'germany', spanish: 'spain', italian: 'italy', portuguese: 'portugal', chinese: 'china',
  japanese: 'japan', korean: 'south-korea', ukrainian: 'ukraine', belarusian: 'belarus', polish: 'poland',
  czech: 'czechia', slovak: 'slovakia', georgian: 'georgia', armenian: 'armenia', kazakh: 'kazakhstan',
  kazakhstani: 'kazakhstan', uzbek: 'uzbekistan', kyrgyz: 'kyrgyzstan', tajik: 'tajikistan',
  turkmen: 'turkmenistan', iranian: 'iran', iraqi: 'iraq', syrian: 'syria', israeli: 'israel',
  palestinian: 'palestine', lebanese: 'lebanon', jordanian: 'jordan', egyptian: 'egypt', saudi: 'saudi-arabia',
  emirati: 'united-arab-emirates', qatari: 'qatar', kuwaiti: 'kuwait', omani: 'oman', yemeni: 'yemen',
  afghan: 'afghanistan', pakistani: 'pakistan', indian: 'india', bangladeshi: 'bangladesh',
  nepalese: 'nepal', nepali: 'nepal', 'sri-lankan': 'sri-lanka', american: 'united-states',
  canadian: 'canada', mexican: 'mexico', brazilian: 'brazil', argentine: 'argentina', argentinian: 'argentina',
  chilean: 'chile', colombian: 'colombia', peruvian: 'peru', venezuelan: 'venezuela', cuban: 'cuba',
  british: 'united-kingdom', english: 'england', scottish: 'scotland', welsh: 'wales', irish: 'ireland',
  dutch: 'netherlands', belgian: 'belgium', swiss: 'switzerland', austrian: 'austria', swedish: 'sweden',
  norwegian: 'norway', danish: 'denmark', finnish: 'finland', estonian: 'estonia', latvian: 'latvia',
  lithuanian: 'lithuania', hungarian: 'hungary', romanian: 'romania', moldovan: 'moldova',
  bulgarian: 'bulgaria', serbian: 'serbia', croatian: 'croatia', bosnian: 'bosnia-and-herzegovina',
  albanian: 'albania', macedonian: 'north-macedonia', slovenian: 'slovenia', greek: 'greece',
  cypriot: 'cyprus', maltese: 'malta', icelandic: 'iceland', australian: 'australia',
  'new-zealand': 'new-zealand', indonesian: 'indonesia', malaysian: 'malaysia', thai: 'thailand',
  vietnamese: 'vietnam', filipino: 'philippines', singaporean: 'singapore', nigerian: 'nigeria',
  kenyan: 'kenya', ethiopian: 'ethiopia', 'south-african': 'south-africa', moroccan: 'morocco',
  algerian: 'algeria', tunisian: 'tunisia', libyan: 'libya', sudanese: 'sudan', ghanaian: 'ghana',
  european: 'europe', african: 'africa', asian: 'asia', caucasian: 'caucasus', mongolian: 'mongolia',
  'north-korean': 'north-korea', 'south-korean': 'south-korea', taiwanese: 'taiwan',
};

/**
 * Countries, regions and large cities, as written (lowercase, words joined by hyphens) mapped to one
 * id. Claims that both name places must name the same ones to be compared.
 */
export const PLACES: Readonly<Record<string, string>> = buildPlaces();

function buildPlaces(): Record<string, string> {
  const ids = `afghanistan albania algeria andorra angola antigua-and-barbuda argentina armenia australia austria
  azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia-and-herzegovina
  botswana brazil brunei bulgaria burkina-faso burundi cambodia cameroon canada cape-verde central-african-republic
  chad chile china colombia comoros congo costa-rica croatia cuba cyprus czechia denmark djibouti dominica
  dominican-republic ecuador egypt el-salvador equatorial-guinea eritrea estonia eswatini ethiopia fiji finland
  france gabon gambia georgia germany ghana greece grenada guatemala guinea guinea-bissau guyana haiti honduras
  hungary iceland india indonesia iran iraq ireland israel italy ivory-coast jamaica japan jordan kazakhstan kenya
  kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
  madagascar malawi malaysia maldives mali malta marshall-islands mauritania mauritius mexico micronesia moldova
  monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands new-zealand nicaragua niger
  nigeria north-korea north-macedonia norway oman pakistan palau palestine panama papua-new-guinea paraguay peru
  philippines poland portugal qatar romania russia rwanda saint-lucia samoa san-marino saudi-arabia senegal serbia
  seychelles sierra-leone singapore slovakia slovenia solomon-islands somalia south-africa south-korea south-sudan
  spain sri-lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand timor-leste togo tonga
  trinidad-and-tobago tunisia turkey turkmenistan tuvalu uganda ukraine united-arab-emirates united-kingdom
  united-states uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
  england scotland wales northern-ireland hong-kong macau greenland puerto-rico
  europe asia africa america north-america south-america latin-america oceania antarctica arctic
  european-union middle-east central-asia south-caucasus caucasus balkans scandinavia baltic gulf
  karabakh nakhchivan crimea donbas abkhazia gaza west-bank kashmir kurdistan siberia chechnya dagestan
  tatarstan catalonia transnistria
  baku ganja sumgait shusha moscow saint-petersburg kyiv minsk tbilisi yerevan ankara istanbul tehran astana
  almaty tashkent bishkek dushanbe ashgabat beijing shanghai tokyo seoul delhi new-delhi mumbai karachi
  islamabad kabul baghdad damascus beirut amman jerusalem tel-aviv cairo riyadh doha dubai abu-dhabi
  london paris berlin rome madrid lisbon brussels amsterdam vienna warsaw prague budapest bucharest sofia
  belgrade zagreb athens stockholm oslo copenhagen helsinki tallinn riga vilnius dublin washington new-york
  los-angeles chicago ottawa toronto mexico-city brasilia buenos-aires lagos nairobi addis-ababa johannesburg
  sydney canberra jakarta bangkok hanoi manila singapore kuala-lumpur`.split(/\s+/);
  const places: Record<string, string> = Object.fromEntries(ids.map((id) => [id, id]));
  const aliases: Record<string, string> = {
    'u.s': 'united-states', 'u.s.a': 'united-states', usa: 'united-states', 'united-states-of-america': 'united-states',
    'the-united-states': 'united-states', uk: 'united-kingdom', 'u.k': 'united-kingdom', britain: 'united-kingdom',
    'great-britain': 'united-kingdom', uae: 'united-arab-emirates', eu: 'european-union', 'russian-federation': 'russia',
    turkiye: 'turkey', 'türkiye': 'turkey', burma: 'myanmar', holland: 'netherlands', 'czech-republic': 'czechia',
    "cote-d'ivoire": 'ivory-coast', 'côte-d’ivoire': 'ivory-coast', 'republic-of-korea': 'south-korea',
    'nagorno-karabakh': 'karabakh', 'garabagh': 'karabakh', 'kiev': 'kyiv', 'st-petersburg': 'saint-petersburg',
    'nakhichevan': 'nakhchivan', 'sumgayit': 'sumgait', 'mecca': 'mecca', 'swaziland': 'eswatini',
    'east-timor': 'timor-leste', 'macedonia': 'north-macedonia', 'drc': 'congo', 'persia': 'iran',
  };
  return { ...places, ...aliases };
}

/** Every place id (values of PLACES), for telling place terms from other terms. */
export const PLACE_IDS: ReadonlySet<string> = new Set(Object.values(PLACES));

/** Multi-word place names, as PHRASES-style keys (`united arab emirates` -> `united-arab-emirates`). */
export const PLACE_PHRASES: readonly string[] = Object.keys(PLACES)
  .filter((key) => key.includes('-'))
  .map((key) => key.replace(/-/g, ' '));

/** Words after a language that make it the thing studied: `Russian lessons`, `English teachers`. */
export const STUDIED_NOUNS: ReadonlySet<string> = new Set(
  `lesson lessons class classes course courses teacher teachers tutor tutors learner learners exam exams test
  tests proficiency study studies textbook textbooks literature grammar olympiad olympiads`.split(/\s+/),
);

/** Words after a language that make it the medium: `Russian-language schools`, `English-medium departments`. */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set(
  `school schools department departments section sections sector sectors stream streams group groups education
  instruction teaching tuition kindergarten kindergartens university universities faculty faculties programme
  programmes program programs media newspaper newspapers press broadcast broadcasts channel channels website
  websites publication publications book books theatre theatres theater theaters edition editions`.split(/\s+/),
);

/** Verbs and nouns of teaching and studying: `taught`, `education is conducted`, `studying`. */
export const INSTRUCTION_WORDS: ReadonlySet<string> = new Set(
  `teach teaches teaching taught education educate educated instruction instructed tuition study studies
  studying studied learn learns learning learned learnt conduct conducts conducted conducting deliver delivered
  offer offers offered offering provide provided give given organise organised organize organized carry
  carried out held`.split(/\s+/),
);

/** Verbs that take a language as their object when it is studied: `study Russian`, `learn English`. */
export const STUDY_VERBS: ReadonlySet<string> = new Set(
  `study studies studying studied learn learns learning learned learnt teach teaches teaching taught master
  masters mastering mastered know knows knowing knowledge`.split(/\s+/),
);

/** Verbs and nouns that make a language the one people speak: `speak Russian`, `speakers of Azerbaijani`. */
export const SPEAK_WORDS: ReadonlySet<string> = new Set(
  `speak speaks speaking spoke spoken speaker speakers`.split(/\s+/),
);

/**
 * Sets of terms that name different things which read alike. Two claims that both use a group and
 * share none of its classes are never compared: pupils are not university students, exports are
 * not imports, deaths are not injuries. Terms are lemmas as extractTerms returns them.
 */
export const EXCLUSIVE_GROUPS: ReadonlyArray<{ name: string; classes: Readonly<Record<string, readonly string[]>> }> = [
  {
    name: 'education level',
    classes: {
      'pre-school': ['kindergarten', 'preschool', 'nursery', 'preschooler'],
      // Not `primary`: in news it is as often an election (`the Ohio primary`, `primary voters`);
      // `primary schools` still says `school`.
      school: ['school', 'schoolchild', 'pupil', 'schoolboy', 'schoolgirl', 'high-school', 'secondary'],
      'higher education': ['university', 'college', 'faculty', 'undergraduate', 'postgraduate', 'doctoral', 'phd', 'bachelor', 'master'],
    },
  },
  {
    name: 'sex',
    classes: {
      women: ['woman', 'female', 'girl', 'mother', 'wife', 'daughter'],
      men: ['man', 'male', 'boy', 'father', 'husband', 'son'],
    },
  },
  {
    name: 'trade flow',
    classes: { exports: ['export', 'exporter'], imports: ['import', 'importer'], 'total trade': ['trade', 'turnover'] },
  },
  {
    name: 'budget side',
    classes: {
      revenue: ['revenue', 'income', 'receipt', 'earnings'],
      spending: ['expenditure', 'spending', 'spend', 'expense', 'outlay', 'cost'],
      deficit: ['deficit'],
      surplus: ['surplus'],
      debt: ['debt', 'borrowing', 'loan'],
    },
  },
  {
    name: 'employment',
    classes: { employed: ['employ', 'employment', 'employed', 'job', 'employee'], unemployed: ['unemployed', 'unemployment', 'unemploy'] },
  },
  {
    name: 'casualties',
    classes: {
      deaths: ['death', 'kill', 'fatality', 'die'],
      injuries: ['injure', 'wound', 'hurt'],
      missing: ['missing'],
      arrests: ['arrest', 'detain', 'detention', 'detainee', 'prisoner'],
      displaced: ['displace', 'displaced', 'evacuate', 'evacuee'],
    },
  },
  { name: 'vital events', classes: { births: ['birth', 'newborn'], deaths: ['death'], marriages: ['marriage'], divorces: ['divorce'] } },
  { name: 'ownership', classes: { public: ['public', 'state-owned'], private: ['private', 'privately'] } },
  { name: 'origin', classes: { domestic: ['domestic', 'local', 'internal'], foreign: ['foreign', 'international', 'overseas', 'external'] } },
  { name: 'settlement', classes: { urban: ['urban', 'city'], rural: ['rural', 'village', 'countryside'] } },
  { name: 'direction', classes: { inbound: ['inbound', 'arrival', 'incoming', 'entry'], outbound: ['outbound', 'departure', 'outgoing', 'emigration', 'exit'] } },
  { name: 'age', classes: { children: ['child', 'minor', 'infant', 'baby', 'teenager', 'youth'], adults: ['adult'], elderly: ['elderly', 'pensioner', 'retiree'] } },
  { name: 'energy source', classes: { oil: ['oil', 'petroleum', 'crude'], gas: ['gas'], coal: ['coal'], electricity: ['electricity', 'power'], renewable: ['renewable', 'solar', 'wind', 'hydro'] } },
  { name: 'transport mode', classes: { rail: ['railway', 'rail', 'train'], road: ['road', 'highway', 'motorway', 'truck'], air: ['air', 'flight', 'airport', 'airline'], sea: ['sea', 'port', 'ship', 'maritime', 'shipping'], pipeline: ['pipeline'] } },
];

/** Words that name one thing under another word, folded to one term when claims are matched. */
export const TERM_SYNONYMS: Readonly<Record<string, string>> = {
  jobless: 'unemployment',
  joblessness: 'unemployment',
  illegal: 'undocumented',
};

/**
 * Nouns that name a rate by themselves (`unemployment fell to 4.9 percent`): a percentage whose
 * subject was lost is read as that rate when its clause opens with one.
 */
export const RATE_NOUNS: ReadonlySet<string> = new Set(
  `unemployment jobless joblessness inflation poverty turnout participation literacy mortality vacancy occupancy
  homeownership uninsured`.split(/\s+/),
);

/**
 * Sides a sentence can put a figure on, by the words that name them: a figure of a Democratic
 * contest (`2,383 delegates`, `Democratic primary voters`) is never one of the Republican one,
 * whatever its subject kept. A sentence naming both sides puts its figure on neither.
 */
export const SENTENCE_SIDES: ReadonlyArray<{
  name: string;
  sides: Readonly<Record<string, readonly string[]>>;
  /**
   * Counted things that always belong to one side's contest (`delegates`, `votes`): for them a
   * sentence naming no side takes the side its neighbours name. For other figures the neighbours'
   * side is often only the speaker's.
   */
  contest: ReadonlySet<string>;
}> = [
  {
    name: 'party',
    sides: { Democratic: ['democratic', 'democrat', 'democrats', 'dnc'], Republican: ['republican', 'republicans', 'gop', 'rnc'] },
    contest: new Set(['delegate', 'superdelegate', 'vote', 'voter', 'caucusgoer', 'candidate', 'contest', 'primary', 'caucus']),
  },
];

/**
 * Words that said a figure was planned or possible in the subject suffix older entries carry
 * (`cargo transported (potential)`); the claim's `modality` says it now, so matching drops them.
 */
export const MODALITY_WORDS: ReadonlySet<string> = new Set(
  `plan planned target forecast projection projected goal potential expect expected aim ambition
  possibility possible`.split(/\s+/),
);

/** Words of a measure's or a currency's name: they restate the unit and are dropped from the subject. */
export const UNIT_WORDS: ReadonlySet<string> = new Set(
  `dollar dollars usd euro euros eur manat manats azn ruble rubles rouble roubles rub pound pounds sterling gbp
  yuan renminbi cny yen jpy lira liras try rupee rupees inr lari gel dram amd tenge kzt som franc francs chf
  hryvnia uah zloty pln krona kronor krone real reais won riyal riyals dirham dirhams dinar dinars
  ton tonne tons tonnes kilogram kilograms kg gram grams kilometer kilometre km meter metre meters metres
  mile miles hectare hectares ha liter litre liters litres barrel barrels bbl cubic square watt watts kilowatt
  megawatt gigawatt kwh mwh gwh twh bcm mcm percent per-cent percentage cent cents`.split(/\s+/),
);

/** Looks up which class of an exclusive group a term belongs to: `pupil` -> [`education level`, `school`]. */
export const EXCLUSIVE_CLASS: ReadonlyMap<string, Array<[group: string, cls: string]>> = (() => {
  const map = new Map<string, Array<[string, string]>>();
  for (const group of EXCLUSIVE_GROUPS) {
    for (const [cls, terms] of Object.entries(group.classes)) {
      for (const term of terms) {
        const list = map.get(term) ?? [];
        list.push([group.name, cls]);
        map.set(term, list);
      }
    }
  }
  return map;
})();

/** Words before a place that give it a role: where from, where to, where. */
export const PLACE_ROLE_WORDS: Readonly<Record<string, 'from' | 'to' | 'in'>> = {
  from: 'from', to: 'to', into: 'to', towards: 'to', visit: 'to', visiting: 'to', visited: 'to', entering: 'to',
  in: 'in', inside: 'in', within: 'in', at: 'in', across: 'in', throughout: 'in',
};

/** Splits a place-role term: `from-russia` -> { role: `from`, place: `russia` }; null otherwise. */
export function parsePlaceRole(term: string): { role: 'from' | 'to' | 'in'; place: string } | null {
  const match = /^(from|to|in)-(.+)$/.exec(term);
  if (!match || !PLACE_IDS.has(match[2]!)) return null;
  return { role: match[1] as 'from' | 'to' | 'in', place: match[2]! };
}

/** The roles a language can play in a subject, as the suffix of its derived term. */
export const LANGUAGE_ROLES = ['medium', 'subject', 'speaker'] as const;
/** One of LANGUAGE_ROLES. */
export type LanguageRole = (typeof LANGUAGE_ROLES)[number];

/** Splits a derived language term: `russian-medium` -> { language: `russian`, role: `medium` }; null otherwise. */
export function parseLanguageTerm(term: string): { language: string; role: LanguageRole } | null {
  const match = /^([a-z]+)-(medium|subject|speaker)$/.exec(term);
  if (!match || !(match[1]! in LANGUAGES)) return null;
  return { language: match[1]!, role: match[2] as LanguageRole };
}
