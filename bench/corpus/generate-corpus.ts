// A synthetic news corpus for benchmarks: deterministic from a seed, articles of 300-1,500 words
// with 3-15 quantity claims each, recurring speakers and subjects (so comparisons form across
// articles), and the furniture real scrapes carry (date widgets, photo credits, share rows,
// glued sentences, sign-offs). Some articles are Markdown with front-matter, some HTML.
import { createRandom } from '../../src/util/create-random.ts';

interface Speaker {
  title: string;
  name: string;
  nationality: string;
  description: string;
}

const SPEAKERS: Speaker[] = [
  { title: 'President', name: 'Ilham Aliyev', nationality: 'Azerbaijani', description: 'the head of state' },
  { title: 'Prime Minister', name: 'Anna Keller', nationality: 'German', description: 'the prime minister' },
  { title: 'Finance Minister', name: 'Jane Roe', nationality: 'British', description: 'the minister' },
  { title: 'President', name: 'Marco Silva', nationality: 'Brazilian', description: 'the president' },
  { title: 'Education Minister', name: 'Leyla Hasanova', nationality: 'Azerbaijani', description: 'the minister' },
  { title: 'Mayor', name: 'Tomasz Nowak', nationality: 'Polish', description: 'the mayor' },
  { title: 'Governor', name: 'Rachel Adams', nationality: 'American', description: 'the governor' },
  { title: 'Prime Minister', name: 'Kenji Sato', nationality: 'Japanese', description: 'the prime minister' },
  { title: 'President', name: 'Amara Diallo', nationality: 'Senegalese', description: 'the president' },
  { title: 'Energy Minister', name: 'Olav Berg', nationality: 'Norwegian', description: 'the minister' },
  { title: 'Chancellor', name: 'Klaus Weber', nationality: 'Austrian', description: 'the chancellor' },
  { title: 'Governor', name: 'Luis Ortega', nationality: 'Mexican', description: 'the governor' },
];

const COUNTRIES = ['Azerbaijan', 'Germany', 'Brazil', 'Poland', 'Japan', 'Senegal', 'Norway', 'Austria', 'Mexico', 'Georgia', 'Kazakhstan', 'Turkey'];

interface Subject {
  /** Builds the figure phrase and subject words for a value. */
  render: (value: string, place: string) => string;
  base: number;
  kind: 'count' | 'money' | 'measure' | 'percent';
}

const SUBJECTS: Subject[] = [
  { kind: 'count', base: 340, render: (v, p) => `there are ${v} schools in ${p} where teaching is conducted in Russian` },
  { kind: 'count', base: 160_000, render: (v, p) => `${v} students are enrolled in schools in ${p} where education is conducted in Russian` },
  { kind: 'count', base: 26, render: (v, p) => `${v} universities in ${p} have departments offering education in English` },
  { kind: 'measure', base: 1_200, render: (v, p) => `${v} kilometres of new roads were built in ${p}` },
  { kind: 'count', base: 48, render: (v, p) => `${v} hospitals were modernised across ${p}` },
  { kind: 'count', base: 12_000, render: (v, p) => `${v} refugees have returned to ${p}` },
  { kind: 'count', base: 850, render: (v, p) => `${v} wind turbines now operate off the coast of ${p}` },
  { kind: 'count', base: 3_500, render: (v, p) => `${v} teachers were hired in ${p}` },
  { kind: 'money', base: 4e9, render: (v, p) => `trade volume between ${p} and its neighbours surpassed ${v}` },
  { kind: 'money', base: 120e6, render: (v, p) => `${p} has allocated ${v} for the modernization of the railway section` },
  { kind: 'money', base: 2.5e9, render: (v, p) => `foreign direct investment in ${p} reached ${v}` },
  { kind: 'money', base: 650e6, render: (v, p) => `the government spent ${v} on new housing in ${p}` },
  { kind: 'measure', base: 15e6, render: (v, p) => `the corridor through ${p} can carry ${v} tons of cargo per year` },
  { kind: 'measure', base: 2_400, render: (v, p) => `solar farms in ${p} produce ${v} MW of electricity` },
  { kind: 'measure', base: 9e6, render: (v, p) => `farmers in ${p} harvested ${v} tonnes of grain` },
  { kind: 'percent', base: 6.5, render: (v, p) => `unemployment in ${p} fell to ${v}` },
  { kind: 'percent', base: 3.2, render: (v, p) => `the economy of ${p} grew by ${v}` },
  { kind: 'percent', base: 18, render: (v, p) => `renewables supplied ${v} of the electricity used in ${p}` },
];

const FILLER = [
  'The talks covered regional security and the development of transport links.',
  'Officials from both sides described the meeting as constructive and forward-looking.',
  'Observers noted that the visit came at a time of renewed diplomatic activity in the region.',
  'The delegation also visited a number of cultural sites in the capital.',
  'Several agreements on cooperation in education and culture were signed after the meeting.',
  'The ministry said further details would be published in the coming weeks.',
  'Analysts expect the issue to remain on the agenda of the next summit.',
  'The opposition criticised the plan, saying it lacked a clear timetable.',
  'Local residents welcomed the announcement but asked for more information about funding.',
  'The project is part of a broader programme to modernise public infrastructure.',
  'Both leaders stressed the importance of dialogue and mutual respect.',
  'The parliament is expected to debate the proposal before the end of the session.',
  'Journalists were given a tour of the new facilities after the press conference.',
  'Experts say the reforms could take several years to show their full effect.',
];

const QUALIFIERS = ['', 'more than ', 'about ', 'nearly ', 'over ', 'at least ', 'approximately ', ''];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['News.Az', 'APA', 'Trend', 'Daily Ledger', 'Capital Times', 'Wire Service'];

/** One generated article: its file name and content. */
export interface GeneratedArticle {
  name: string;
  text: string;
}

/** Generates article number `index` of the corpus for `seed` (independent of the other articles). */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const random = createRandom(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const speaker = SPEAKERS[(index * 7 + Math.floor(random() * 3)) % SPEAKERS.length]!;
  const place = pick(COUNTRIES);
  const outlet = pick(OUTLETS);
  const year = 2018 + Math.floor(random() * 8);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const targetWords = 300 + Math.floor(random() * 1_200);
  const claimCount = 3 + Math.floor(random() * 13);

  const sentences: string[] = [];
  sentences.push(`${speaker.nationality} ${speaker.title} ${speaker.name} met officials in ${place} on ${day} ${MONTHS[month - 1]}, ${outlet} reports.`);
  for (let i = 0; i < claimCount; i++) {
    const subject = pick(SUBJECTS);
    // The figure drifts with the year, so the same subject gives comparable, changing figures.
    const drift = 1 + (year - 2021) * 0.04 + (random() - 0.5) * 0.1;
    const figure = formatFigure(subject, subject.base * drift, random);
    const clause = subject.render(`${pick(QUALIFIERS)}${figure}`, place);
    const style = random();
    if (style < 0.4) sentences.push(`“${capitalise(clause)},” ${speaker.description} said.`);
    else if (style < 0.7) sentences.push(`${speaker.title} ${speaker.name.split(' ').at(-1)} noted that ${clause}.`);
    else sentences.push(`${capitalise(clause)}${pick(['', ' last year', ' this year'])}.`);
  }
  let words = sentences.join(' ').split(/\s+/).length;
  while (words < targetWords) {
    const filler = pick(FILLER);
    sentences.splice(1 + Math.floor(random() * sentences.length), 0, filler);
    words += filler.split(/\s+/).length;
  }

  // Paragraphs of 2-5 sentences; now and then two sentences glued together, as scrapers do.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = 2 + Math.floor(random() * 4);
    const glue = random() < 0.3 ? '' : ' ';
    paragraphs.push(sentences.slice(i, i + size).join(random() < 0.2 ? glue : ' '));
    i += size;
  }
  const headline = `${speaker.name}: ${pick(['progress on', 'new figures for', 'plans for', 'results of'])} ${pick(['education', 'trade', 'energy', 'transport', 'housing'])} in ${place}`;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const name = `${String(index).padStart(6, '0')}-${slug(place)}-${date}`;
  const format = random();
  if (format < 0.1) {
    return { name: `${name}.md`, text: `---\ntitle: "${headline}"\ndate: ${date}\noutlet: ${outlet}\n---\n\n${paragraphs.join('\n\n')}\n` };
  }
  if (format < 0.2) {
    const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    return {
      name: `${name}.html`,
      text: `<!doctype html><html><head><title>${escapeHtml(headline)}</title><meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${escapeHtml(headline)}</h1>${body}</article><footer>© ${outlet}</footer><script>track()</script></body></html>\n`,
    };
  }
  const furniture = [`date ${date} + ↺ − 16 px`, `© ${outlet} | ${speaker.title} ${speaker.name}`];
  return { name: `${name}.txt`, text: `${headline}\n\n${furniture.join('\n\n')}\n\n${paragraphs.join('\n\n')}\n\n${random() < 0.5 ? outlet : 'Share'}` };
}

function formatFigure(subject: Subject, value: number, random: () => number): string {
  if (subject.kind === 'money') {
    const billions = value >= 1e9;
    const scaled = billions ? value / 1e9 : value / 1e6;
    return `$${round(scaled, random() < 0.5 ? 0 : 1)} ${billions ? 'billion' : 'million'}`;
  }
  if (subject.kind === 'percent') return `${round(value, 1)}%`;
  if (value >= 1e6) return `${round(value / 1e6, 1)} million`;
  return Math.round(value).toLocaleString('en-US');
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
