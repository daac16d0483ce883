// Places news names as subjects (`Iowa`, `Costa Rica`): the countries and the states of the United
// States, as English news writes them. A place is never a person, so a run that is exactly one of
// these is not a speaker, though a person of that surname the article names in full still is
// (`Jim Jordan`: find-people.ts keeps that decision).

const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas ' +
  'Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire ' +
  'New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina ' +
  'South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming Puerto_Rico Guam';

const COUNTRIES =
  'Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados ' +
  'Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina_Faso Burundi Cambodia Cameroon Canada ' +
  'Cape_Verde Chile China Colombia Comoros Congo Costa_Rica Croatia Cuba Cyprus Czechia Czech_Republic Denmark Djibouti Dominica ' +
  'Dominican_Republic Ecuador Egypt El_Salvador Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Germany Ghana ' +
  'Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hong_Kong Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy ' +
  'Ivory_Coast Jamaica Japan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya ' +
  'Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova ' +
  'Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands New_Zealand Nicaragua Niger Nigeria ' +
  'North_Korea North_Macedonia Norway Oman Pakistan Palau Palestine Panama Papua_New_Guinea Paraguay Peru Philippines Poland ' +
  'Portugal Qatar Romania Russia Rwanda Samoa San_Marino Saudi_Arabia Senegal Serbia Seychelles Sierra_Leone Singapore Slovakia ' +
  'Slovenia Somalia South_Africa South_Korea South_Sudan Spain Sri_Lanka Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan ' +
  'Tanzania Thailand Togo Tonga Trinidad Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine United_Arab_Emirates United_Kingdom ' +
  'United_States Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe';

/** Countries and US states, as written (`Costa Rica`). */
export const PLACE_NAMES: ReadonlySet<string> = new Set(`${US_STATES} ${COUNTRIES}`.split(' ').map((place) => place.replace(/_/g, ' ')));
