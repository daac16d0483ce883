import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../src/ingest/extract/attribute-speakers.ts';
import { findPeople, parseName } from '../../src/ingest/extract/find-people.ts';
import { findSpeechCues } from '../../src/ingest/extract/find-speech-cues.ts';
import { splitSentences } from '../../src/ingest/text/split-sentences.ts';

/** Attributes the paragraphs and returns the speaker of the words at `needle` (first paragraph holding it). */
function speakerOf(paragraphs: string[], needle: string): string | null {
  const map = attributeSpeakers(
    paragraphs.map((text) => ({ text, sentences: splitSentences(text) })),
    findPeople(paragraphs),
  );
  const paragraph = paragraphs.findIndex((text) => text.includes(needle));
  return map.speakerAt(paragraph, paragraphs[paragraph]!.indexOf(needle));
}

function speakersOf(paragraphs: string[]): string[] {
  return attributeSpeakers(
    paragraphs.map((text) => ({ text, sentences: splitSentences(text) })),
    findPeople(paragraphs),
  ).speakers;
}

describe('findPeople: names from the text itself', () => {
  it.each([
    ['Economist Moira McDonald spoke first.', 'Moira McDonald'],
    ["Later, Siobhan O'Neill disagreed.", "Siobhan O'Neill"],
    ['The talks were led by Karim al-Sayed on Tuesday.', 'Karim al-Sayed'],
    ['The plan came from Pieter van der Berg last year.', 'Pieter van der Berg'],
    ['Critics included Anna Kowalska-Nowak of the union.', 'Anna Kowalska-Nowak'],
    ['The forecast was revised by Thomas R. Whitfield.', 'Thomas R. Whitfield'],
    ['Minister of Economy Jane Roe opened the fair.', 'Jane Roe'],
    ['National Security Adviser Joan Smith left.', 'Joan Smith'],
    ['U.S. Sen. Mark Levin voted no.', 'Mark Levin'],
    ['Amy Pope, a deputy adviser, spoke next.', 'Amy Pope'],
    ['The firm is run by Matthew Prince.', 'Matthew Prince'],
    ['Strategist Neil Young disagreed.', 'Neil Young'],
  ])('finds the person in %j', (text, name) => {
    expect(findPeople([text]).map((person) => person.name)).toContain(name);
  });

  it.each([
    'The Democratic National Committee met in New Hampshire.',
    'Shares of Northwind Holdings rose on Wall Street.',
    'The Tax Policy Center and the Treasury Department agreed.',
    'Voters in South Carolina went to the polls on Super Tuesday.',
  ])('finds no person in %j', (text) => {
    expect(findPeople([text])).toEqual([]);
  });

  it.each(['(See Roe’s full statement below.)', 'Read Roe’s letter to the board here.', 'Click Roe’s photo to enlarge it.'])(
    'does not make a direction to the reader part of a name: %j',
    (text) => {
      expect(findPeople(['Jane Roe chairs the board.', text]).map((person) => person.name)).toEqual(['Jane Roe']);
    },
  );

  it('still resolves a surname after a direction to the reader names it', () => {
    const paragraphs = ['Jane Roe chairs the board.', '(See Roe’s full statement below.)', 'The board can be split into 3 factions, Roe said.'];
    expect(speakerOf(paragraphs, '3 factions')).toBe('Jane Roe');
  });

  it('finds a person the article names by one name only, and only a person', () => {
    expect(findPeople(['The station chief, known only as Ravi, spoke for the first time.']).map((person) => person.name)).toEqual(['Ravi']);
    expect(findPeople(['The storm known as Ophelia flooded 30 towns.'])).toEqual([]);
  });

  it('gives a quote to a person named by one name only', () => {
    const paragraphs = ['"We held the gate," said the station chief known as Ravi.', 'The guards were tired, Ravi said, and 12 of them left by dawn.'];
    expect(speakerOf(paragraphs, '12 of them')).toBe('Ravi');
  });

  it('reads no names from a headline in title case', () => {
    expect(findPeople(['Budget Talks Stall As Winter Nears'])).toEqual([]);
  });

  it('keeps the honorific as a gender and the abbreviated title as a role', () => {
    expect(parseName('Mrs. Roe')).toMatchObject({ name: 'Roe', gender: 'f', titled: true });
    expect(parseName('Sen. Jane Roe')).toMatchObject({ name: 'Jane Roe', role: 'senator', titled: true });
  });
});

describe('findSpeechCues', () => {
  it.each([
    ['Roe said the plan works.', 'said'],
    ['Roe told reporters the plan works.', 'told'],
    ['The plan works, Roe stressed.', 'stressed'],
    ['The plan works, according to Roe.', 'according to'],
    ['In her view, the plan works.', 'in her view'],
    ["In Roe's view, the plan works.", "in roe's view"],
    ["Roe's claim that the plan works is disputed.", 'claim'],
    ['Roe tweeted that the plan works.', 'tweeted'],
    ['Roe countered that the plan works.', 'countered'],
    ['According to Roe, the plan works.', 'according to'],
    ['In the words of Roe, the plan works.', 'in the words of'],
    ['Roe won the county by promising to cut fares by 20 percent.', 'promising'],
    ['Roe and Doe are vowing to bring back 5,000 jobs.', 'vowing'],
  ])('finds the cue in %j', (text, cue) => {
    expect(findSpeechCues(text).map((found) => found.text)).toContain(cue);
  });

  it('finds no cue in a sentence without speech', () => {
    expect(findSpeechCues('The plan cost 40 million dollars in 2020.')).toEqual([]);
  });

  it.each([
    'Only 900 students have been admitted this year.',
    'The damage was estimated at 3 million euros.',
    'The results are not reported until May.',
    'Roe is a promising striker with 30 goals.',
  ])('reads a speech verb in the passive, or a promise with nothing promised, as no cue: %s', (text) => {
    expect(findSpeechCues(text)).toEqual([]);
  });
});

describe('attributeSpeakers', () => {
  it.each([
    [['"We hired 40 people," said spokesman John Doe.'], '40 people', 'John Doe'],
    [['"We hired 40 people," campaign manager Jane Roe said.'], '40 people', 'Jane Roe'],
    [['John Doe, head of the freight department of the national railway, told reporters that cargo rose 12 percent.'], '12 percent', 'John Doe'],
    [['Cargo rose 12 percent, according to Jane Roe, the port director.'], '12 percent', 'Jane Roe'],
    [['Sen. Jane Roe (D-Ore.) said Tuesday that 30 bills were pending.'], '30 bills', 'Jane Roe'],
    [['In a statement, Oregon Gov. Jane Roe criticized the delay and said 30 bridges needed repair.'], '30 bridges', 'Jane Roe'],
    [['Ambassador to France John Doe noted that exports reached $4 billion.'], '$4 billion', 'John Doe'],
    [["Jane Roe's claim that 30 bridges needed repair was disputed."], '30 bridges', 'Jane Roe'],
    [['Jane Roe testified on Monday.', 'In her view, 30 bridges needed repair.'], '30 bridges', 'Jane Roe'],
    [['Jane Roe: "We repaired 30 bridges this year."'], '30 bridges', 'Jane Roe'],
  ])('attributes %j', (paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });

  it('resolves a bare surname to the full name the article gave earlier', () => {
    expect(speakerOf(['Jane Roe arrived in the capital.', 'Roe said that 30 bridges needed repair.'], '30 bridges')).toBe('Jane Roe');
  });

  it('resolves a description through the title the article gave the person', () => {
    expect(speakerOf(['Finance Minister Jane Roe presented the budget.', '"Spending grows 3 percent," the minister said.'], '3 percent')).toBe('Jane Roe');
  });

  it('gives a quotation running over several paragraphs the speaker named at its end', () => {
    const paragraphs = ['"We repaired 30 bridges this year.', '"Next year we will repair 40 more," Roe said.'];
    expect(speakerOf(['Jane Roe spoke at the opening.', ...paragraphs], '30 bridges')).toBe('Jane Roe');
  });

  it('gives a quotation over several sentences, closed by "he said", to the speaker before it', () => {
    const text = 'Mr. John Doe spoke next. "Cargo is up. We moved 40 tonnes more than last year. It is a record," he said.';
    expect(speakerOf([text], '40 tonnes')).toBe('John Doe');
  });

  it('carries the last speaker to a paragraph that opens with an unattributed quotation', () => {
    expect(speakerOf(['"Cargo is up," Jane Roe said.', '"We moved 40 tonnes more."'], '40 tonnes')).toBe('Jane Roe');
  });

  it('learns a gender from the pronouns beside a lone name, and resolves "she" past a man', () => {
    const text = 'Jane Roe presented her budget. John Doe spoke after him. "We cut 12 programmes," she said.';
    expect(speakerOf([text], '12 programmes')).toBe('Jane Roe');
  });

  it('carries the speaker into a quoted paragraph that reports what someone else said in the first person', () => {
    const paragraphs = ['"We like both plans," Jane Roe said.', '"I read today that Doe said his support was 41 percent. We doubt it."'];
    expect(speakerOf(paragraphs, '41 percent')).toBe('Jane Roe');
  });

  it('gives a quoted passage of third-person reported speech to the source of its own cue, not to the speaker before it', () => {
    const paragraphs = ['"We like both plans," Jane Roe said.', '"On Sunday, John Doe announced that he had raised $20 million."'];
    expect(speakerOf(paragraphs, '$20 million')).toBe('John Doe');
  });

  it('gives a paragraph introduced by "Roe argued:" to Roe even when it holds a passive speech verb', () => {
    const paragraphs = ['Jane Roe runs the shelter.', 'Roe argued that:', 'Instead of 4,000 families, only 300 have been admitted so far.'];
    expect(speakerOf(paragraphs, '300')).toBe('Jane Roe');
  });

  it('gives a sentence that opens "According to a book by Jane Roe" to Roe', () => {
    expect(speakerOf(['According to a new book by Jane Roe, the mill shed 900 jobs in a year.'], '900')).toBe('Jane Roe');
  });

  it('takes a name after lower-case title words as the subject, to tell apart two people who share a surname', () => {
    const paragraphs = [
      'Democratic front-runner Mary Poe attacked her rival on Tuesday.',
      'In 2008, Tom Poe campaigned in the state.',
      '"He has voted against the plan on 14 bills," Poe said.',
    ];
    expect(speakerOf(paragraphs, '14 bills')).toBe('Mary Poe');
  });

  it('reads the speaker before an appositive whose closing comma is missing', () => {
    expect(speakerOf(['Jane Roe, a farmer who grows wheat near the river said 40 farms had closed.'], '40')).toBe('Jane Roe');
  });

  it('gives a surname two people share, neither named lately, to the one the article named first', () => {
    const paragraphs = [
      'The race tightened for Sen. Mary Poe this spring.',
      'Her husband, Tom Poe, joined the tour in April.',
      'Observers wondered about the next step.',
      '"We will fight for 12 planks in the platform," Poe said.',
    ];
    expect(speakerOf(paragraphs, '12 planks')).toBe('Mary Poe');
  });

  it('does not take a name after "after meeting" as the subject', () => {
    const paragraphs = ['Jane Roe chairs the board.', 'After meeting Tom Poe, she said the port handled 900 ships.'];
    expect(speakerOf(paragraphs, '900')).toBe('Jane Roe');
  });

  it('gives what a person promises to do to that person', () => {
    expect(speakerOf(['Mayor Jane Roe won a second term by promising to build 400 flats.'], '400')).toBe('Jane Roe');
  });

  it('reads a transcript label with a party in brackets', () => {
    expect(speakerOf(['Rep. Jane Roe (D-Ore.): "Who told you that 90 percent were kept?"'], '90 percent')).toBe('Jane Roe');
  });

  it('keeps an outlet as the source and names no speaker', () => {
    const paragraphs = ['Exports reached $4 billion last year, Northwind News reports.'];
    expect(speakerOf(paragraphs, '$4 billion')).toBeNull();
    expect(speakersOf(paragraphs)).toEqual([]);
  });

  it('never makes an organisation a speaker', () => {
    const paragraphs = ['The Treasury Department said spending rose 3 percent.'];
    expect(speakerOf(paragraphs, '3 percent')).toBeNull();
    expect(speakersOf(paragraphs)).toEqual([]);
  });

  it('leaves a description unknown when two people fit it', () => {
    const paragraphs = ['Senator Jane Roe and Senator John Doe met.', '"We agreed on 3 bills," the senator said.'];
    expect(speakerOf(paragraphs, '3 bills')).toBeNull();
  });

  it('lists everyone quoted or reported, by full name, in order', () => {
    const paragraphs = ['Jane Roe, the mayor, said the plan works.', '"It costs too much," Councilman John Doe said.', 'Roe added that it would not.'];
    expect(speakersOf(paragraphs)).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('attributeSpeakers: more cues and subjects', () => {
  it.each([
    ['a label verb before a quotation', ['Former Ohio Gov. Jim Dale called the levy “a 7 percent raid on savers.”'], '7 percent', 'Jim Dale'],
    ['an infinitive cue', ['Jane Hill on Friday held a briefing to brag that 11 new mills had opened.'], '11', 'Jane Hill'],
    ['a participle asking for speech', ['Ruth Ames also sent a letter to voters, asking them to “give $3 before the vote.”'], '$3', 'Ruth Ames'],
    ['the agent of a passive cue', ['Rubio was asked by radio host Gerard Bale whether 10 mills had closed.'], '10', 'Gerard Bale'],
    ['a name with its place after it', ['Senator Al Dune of Ohio said the fare rose 9 percent.'], '9 percent', 'Al Dune'],
    ['the subject of a clause that a colon ends', ['Kay Ross has since apologized for what happened: "I should have paid the 40 workers."'], '40 workers', 'Kay Ross'],
    ['a name after a time phrase and before the verb', ['Carly Fenn ran the firm.', 'When Fenn a month later announced 6,000 layoffs, the staff left.'], '6,000', 'Carly Fenn'],
    ['a trailing cue after what it reports', ['Voter rolls grew by 1.1 million people between January and April, Mona Reyes said.'], '1.1 million', 'Mona Reyes'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });

  it('does not take an outlet or place before a title and name as the speaker', () => {
    expect(speakersOf(['Rubio was asked by Fox Business moderator Gerard Bale whether 10 mills had closed.'])).toEqual(['Gerard Bale']);
  });

  it('does not take a name after a participle as the subject of an appositive', () => {
    expect(speakerOf(['One pastor backing Mr. Cruz, Dana White of Grace Church in Ames, said he had made 150 calls.'], '150')).toBe('Dana White');
  });

  it('does not give a quotation to a cue that opens a clause of its own after it', () => {
    const paragraphs = ['Tina Marsh spoke first.', 'In somber comments, Tom Vance called the attack on 5 officers "an attack on us all," but she also noted the other deaths.'];
    expect(speakerOf(paragraphs, 'an attack on us all')).toBe('Tom Vance');
  });

  it('resolves a pronoun past a person whose given name says another gender', () => {
    const paragraphs = ['Anna Petrova, the mayor, spoke at noon.', 'Marco Diaz listened.', '"We will hire 30 nurses," she said.'];
    expect(speakerOf(paragraphs, '30 nurses')).toBe('Anna Petrova');
  });

  it('takes the name after a title, not the name the title opens with, as the subject a pronoun refers to', () => {
    const paragraphs = ['Barack Obama won the state.', 'Obama consultant Cornell Banks picked up the thread. "We gained 12 points," he said.'];
    expect(speakerOf(paragraphs, '12 points')).toBe('Cornell Banks');
  });
});

describe('attributeSpeakers: cues that are not the quotation’s', () => {
  it('does not read a promise of a thing as speech introducing a quotation', () => {
    const paragraphs = ['A Plus reporter Ivan Sole wrote back to the mayor, noting how odd it was from a man who promised mass layoffs: “Your plan cuts 11 million jobs.”'];
    expect(speakerOf(paragraphs, '11 million')).toBe('Ivan Sole');
  });

  it('still reads a promise of an action as speech', () => {
    expect(speakerOf(['Senator Rosa Quint promised Monday to hire 40 teachers.'], '40')).toBe('Rosa Quint');
  });

  it('gives an infinitive cue after a modal to the clause subject', () => {
    expect(speakerOf(['Jane Roe ran the clinic.', 'In fairness, Roe would do better to say that 90 percent were treated.'], '90 percent')).toBe('Jane Roe');
  });

  it('reads a name with an initial after "by" in an according-to phrase', () => {
    expect(speakerOf(['The office searched 3 inboxes, according to a filing by John F. Hale, the records director.'], '3 inboxes')).toBe('John F. Hale');
  });
});

describe('attributeSpeakers: subjects and their objects', () => {
  it('keeps the opening name as the subject when a verb, not a title, comes before the second name', () => {
    const paragraphs = ['Jane Doe spoke first.', 'Dan Roe attacked Jane Doe on Monday. "We gained 13 points," he said.'];
    expect(speakerOf(paragraphs, '13 points')).toBe('Dan Roe');
  });
});

describe('attributeSpeakers: subjects behind leading phrases, possessives and introductions', () => {
  it.each([
    ['a name after a time phrase with a preposition, before its appositive', ['And on Tuesday, Dana Kirk, head of the water board, said that 12 wells had failed.'], '12 wells', 'Dana Kirk'],
    ['a name after a weekday and a description', ['On Wednesday, however, the director of the water board, Dana Kirk, said that 12 wells had failed.'], '12 wells', 'Dana Kirk'],
    ['a cue after a place that a preposition makes an object', ['Trade grew 8 percent in its dealings with Central Asia, said Omar Vale, a trade expert.'], '8 percent', 'Omar Vale'],
    ['a cue after a quotation that closes a quotation inside it', ['"We never called it \'a 40 percent cut,"\' said Senator Ray Moss of Utah.'], '40 percent', 'Ray Moss'],
    ['a name after a place’s possessive', ['"We signed 300 members," said Ohio’s Lena Marsh, a party organiser.'], '300 members', 'Lena Marsh'],
    ['a possessor’s own estimate', ['The rally drew 5,000 people, according to Lena Marsh’s own estimate.'], '5,000', 'Lena Marsh'],
    ['a quoted phrase between a possessive and a speech noun', ['Tom Reyes’s “60 percent” remark drew anger from both parties.'], '60 percent', 'Tom Reyes'],
    ['a paragraph introduced by a colon whose own cue names an outlet', ['According to Jane Roe, writing for the Herald:', 'The fund “received as much as $4 million in gifts,” the Post reported.'], '$4 million', 'Jane Roe'],
    ['a pronoun after a subject that a leading phrase and an appositive stand around', ['On Sunday, Hillary Vance, the party chair, called on donors to give more.', '"We raised $3 million," she told the crowd.'], '$3 million', 'Hillary Vance'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });

  it('gives no speaker to words a possessor’s spokesman said', () => {
    const paragraphs = ['"We signed 300 members," said Lena Marsh’s spokesman.'];
    expect(speakerOf(paragraphs, '300 members')).toBeNull();
    expect(speakersOf(paragraphs)).toEqual([]);
  });
});

describe('attributeSpeakers: transcript turns and statements', () => {
  it.each([
    ['a transcript turn running on in the first person', ['Ann Cole: We cut the budget.', 'So I think 40 schools will close.'], '40 schools', 'Ann Cole'],
    ['a transcript turn whose own cue names nobody', ['Ann Cole: We cut the budget.', 'But then I asked the board, and they said we had 40 days left.'], '40 days', 'Ann Cole'],
    ['a statement confirming what follows', ['Chris Dunn, the party’s field director, released a statement confirming it will hire 200 staffers.'], '200', 'Chris Dunn'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });

  it('does not carry a transcript turn into a paragraph that names its speaker', () => {
    expect(speakerOf(['Ann Cole: We cut the budget.', 'I think Cole is wrong: 40 schools will stay open.'], '40 schools')).toBeNull();
  });
});

describe('attributeSpeakers: pronouns without a subject to refer to', () => {
  it('gives a pronoun the one titled person the sentence before names', () => {
    const paragraphs = ['To professor Brenda Hale, the mayor’s stare seemed sad.', '"He lost 30 votes in a week," she said.'];
    expect(speakerOf(paragraphs, '30 votes')).toBe('Brenda Hale');
  });

  it('leaves a pronoun unknown when two people the sentence before names may fit', () => {
    const paragraphs = ['To professor Brenda Hale and analyst Nora Quint, the mayor’s stare seemed sad.', '"He lost 30 votes in a week," she said.'];
    expect(speakerOf(paragraphs, '30 votes')).toBeNull();
  });

  it('learns no gender from the pronouns inside a quotation', () => {
    const paragraphs = [
      'Strategist Arden Darby spoke after the count.',
      'Instead, Darby said, "she started as the favorite and lost 12 points."',
      'Helen Ash nodded.',
      '"We still lead by 4 points," he said.',
    ];
    // Darby's gender is unknown (the quotation's `she` is someone else), so `he` may still be Darby; Ash is a woman.
    expect(speakerOf(paragraphs, '4 points')).toBe('Arden Darby');
  });
});

describe('attributeSpeakers: joint statements', () => {
  it('lists both people of a joint statement as speakers but gives its words no one speaker', () => {
    const paragraphs = ['"Turnout fell by 12 percent," Mara Holt and Dev Singh wrote.'];
    expect(speakerOf(paragraphs, '12 percent')).toBeNull();
    expect(speakersOf(paragraphs)).toEqual(['Mara Holt', 'Dev Singh']);
  });

  it('reads two surnames that speak together', () => {
    const paragraphs = ['Mara Holt and Dev Singh spoke at the forum.', 'But Holt and Singh both stressed that 40 clinics had closed.'];
    expect(speakerOf(paragraphs, '40 clinics')).toBeNull();
    expect(speakersOf(paragraphs)).toEqual(['Mara Holt', 'Dev Singh']);
  });

  it('does not read the name of a body with "and" in it as two people', () => {
    const paragraphs = ['Growth will slow to 2 percent, the Organization for Economic Cooperation and Development said.'];
    expect(speakersOf(paragraphs)).toEqual([]);
  });
});

describe('attributeSpeakers: names that are also common words', () => {
  it.each([
    ['a speaker after a sentence adverb and before an appositive', ['However, Jill A. Marsh, counsel for the firm, said in a statement that 14 suits were pending.'], '14 suits', 'Jill A. Marsh'],
    ['a surname that is also a word of places and groups', ['State Sen. Richard Black won a seat.', '"We lost 3 counties," Black said.'], '3 counties', 'Richard Black'],
    ['a name followed by a weekday', ['Juanita Brook Sunday said that 12 people had called her.'], '12 people', 'Juanita Brook'],
    ['a speaker after an "Earlier Tuesday" phrase', ['Earlier Tuesday, Dana Kirk, the mayor, said that 12 wells had failed.'], '12 wells', 'Dana Kirk'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });
});

describe('attributeSpeakers: long titles and affiliations around a name', () => {
  it.each([
    ['a verb-first cue before abbreviated titles joined by "and"', ['"We won 3 states," said former Ohio Gov. and party Chairman Ned Rolle.'], '3 states', 'Ned Rolle'],
    ['an affiliation with "for" in it after the name', ['"It would take 5 years," Jeff Lamb of the Martin Center for Arms Studies wrote in May.'], '5 years', 'Jeff Lamb'],
    ['"called upon" as a cue', ['Sen. Bea Moss also called upon the city to hire 40 nurses.'], '40 nurses', 'Bea Moss'],
    ['"fumed" as a cue', ['"We lost 12 votes on this," Moss fumed.', 'Sen. Bea Moss left.'], '12 votes', 'Bea Moss'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });
});

describe('findPeople: surnames that are also words of places and bodies', () => {
  it.each([
    ['Kristen Day said the language was radical.', ['Kristen Day']],
    ['"It is over," said Steven Law, a former aide.', ['Steven Law']],
    ['The rally was held in Central Park and at Liberty Hall.', []],
  ])('reads %j', (text, names) => {
    expect(findPeople([text]).map((person) => person.name)).toEqual(names);
  });
});

describe('attributeSpeakers: a body named before the person who speaks for it', () => {
  it.each([
    ['a body after "the" before the name', ['The leader of the Harbour League, Jonas Greer, warned that 20 piers would close.'], '20 piers', 'Jonas Greer'],
    ['an outlet after "to the" before the name', ['In a statement to the Observer, her adviser, Jake Sully, said: "We need 30 more days."'], '30 more days', 'Jake Sully'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });
});

describe('attributeSpeakers: a leading place phrase before the subject', () => {
  it('does not take a place after a leading preposition as the speaker', () => {
    const paragraphs = ['At Boca Reef, where it costs members $7,000 to join, Jay Dunn, the club president, suggested that 12 clubs had closed.'];
    expect(speakerOf(paragraphs, '12 clubs')).toBe('Jay Dunn');
    expect(speakersOf(paragraphs)).toEqual(['Jay Dunn']);
  });
});

describe('attributeSpeakers: a subject between a leading title and its verb', () => {
  it('gives a later pronoun the person a leading title names', () => {
    const paragraphs = ['Ruritania’s foreign minister, Erlan Tobak, plays down concerns.', 'Trade grew 8 percent last year, he says.'];
    expect(speakerOf(paragraphs, '8 percent')).toBe('Erlan Tobak');
  });
});

describe('attributeSpeakers: clauses, agents and labels', () => {
  it.each([
    ['a speaker opening a new clause after ", and"', ['The agency says it is on track, and Brian Dale, the climate adviser, said that 12 plans were ready.'], '12 plans', 'Brian Dale'],
    ['an appositive with a bare title and no closing comma', ['Anthony Arno, president of the Harbour Restaurant Association stated, “We lost 40 diners a night.”'], '40 diners', 'Anthony Arno'],
    ['the agent of "When asked by"', ['Laura Inge hosts the show.', 'When asked by Inge whether 30 visas were enough, Roe said no.'], '30 visas', 'Laura Inge'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });

  it('does not take the second of two objects in a list as the speaker', () => {
    const paragraphs = ['And aides to Gov. Jim Dole of Utah, a former judge, and Gov. Jane Rowe of Idaho, who served in Congress, said 30 speeches were planned.'];
    expect(speakerOf(paragraphs, '30 speeches')).toBeNull();
  });

  it('does not read a name after "whether" as the agent of a question', () => {
    // Roe, named by one word, speaks in the first person singular: a person (see below); the name after `whether` is nobody's.
    expect(speakersOf(['When asked by a reporter whether this differed from Nazi Rule, Roe said "You tell me."'])).toEqual(['Roe']);
  });

  it('lists the speaker a transcript label names', () => {
    const paragraphs = ['A panel led by host Alex Seitz-Wald met on Saturday.', 'Alex Seitz-Wald: We spent 40 minutes on the tax.', 'Rita Moore: Not enough.'];
    expect(speakersOf(paragraphs)).toContain('Alex Seitz-Wald');
  });

  it('does not list a section heading that names a person as a speaker', () => {
    const paragraphs = ['Senator Carla Fenn ran for president.', 'Fenn: See you later?', 'Carla Fenn’s campaign ended after 3 weeks.'];
    expect(speakersOf(paragraphs)).toEqual([]);
  });
});

describe('attributeSpeakers: "calling on"', () => {
  it('gives what a petition "calling on" others asks for to the clause subject', () => {
    const paragraphs = ['Bernie Sands spoke in Ohio.', 'Sands started a petition this week calling on candidates to back a $15 minimum wage.'];
    expect(speakerOf(paragraphs, '$15')).toBe('Bernie Sands');
  });
});

describe('attributeSpeakers: askers, ages and titles', () => {
  it.each([
    ['the agent of a sentence-opening "Asked by"', ['Asked by host Dana Pike whether she had rehearsed, the singer said no.'], ['Dana Pike']],
    ['whoever puts a question with "asking … why"', ['Moderator Tom Verde opened by asking the governor why he had changed his vote.'], ['Tom Verde']],
    ['whoever is asking questions', ['Justice Ira Lamb broke his silence by asking questions from the bench.'], ['Ira Lamb']],
    ['a speaker whose title ends in an abbreviation', ['“It is late,” said Rev. Ada Pine, the pastor. Then she left.'], ['Ada Pine']],
  ])('lists %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });

  it('does not list someone "asking for" a thing', () => {
    expect(speakersOf(['Jane Roe called the office, asking for a refund.'])).toEqual([]);
  });

  it.each([
    ['a subject with an age after a leading phrase', ['One voter, Rosa Lind, 35, arrived early. She had marched before.', '“We need 12 more buses,” she said.'], '12 more buses', 'Rosa Lind'],
    ['a subject with a title and an age after a leading phrase', ['Tom Dove, 70, said he was sure.', 'The other man, his cousin Hal Brig, 40, cited the cost.', '“It is 12 dollars too much,” he said.'], '12 dollars', 'Hal Brig'],
    ['a subject after a name and a capitalised title', ['Ned Holt ran in 1992.', 'And Holt campaign Chairman Ira Penn, a former aide, offered a slogan.', '“She will win 30 states,” he said.'], '30 states', 'Ira Penn'],
  ])('gives a pronoun %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });

  it('learns no gender from a pronoun that follows another person the sentence names', () => {
    const paragraphs = ['Avo Hale and Sam Ruiz met with voters in the morning.', 'Avo Hale raised the issue, asking Ruiz why he had changed course.'];
    const people = findPeople(paragraphs);
    attributeSpeakers(paragraphs.map((text) => ({ text, sentences: splitSentences(text) })), people);
    expect(people.find((person) => person.name === 'Avo Hale')?.gender).toBeNull();
  });

  it('reads a moderator’s title as no part of the name', () => {
    expect(parseName('Co-moderator Dana Pike')?.name).toBe('Dana Pike');
  });
});

describe('attributeSpeakers: names after prepositions, coordinated verbs and appositives', () => {
  it('finds a person whose given name opens a run after "into"', () => {
    expect(findPeople(['The inquiry looked into Hillary Vance’s emails and her private server.']).map((person) => person.name)).toEqual(['Hillary Vance']);
  });

  it('still takes no place after "into" for a person', () => {
    expect(findPeople(['The whole team moved into Santa Clara during the spring.'])).toEqual([]);
  });

  it('gives the second of two verbs joined by "but" the subject of the first', () => {
    const paragraphs = ['Judge Emmet Vale heard the case on Monday morning.', 'Vale put off deciding whether the group could question Roe but said 7 aides could be deposed.'];
    expect(speakerOf(paragraphs, '7 aides')).toBe('Emmet Vale');
  });

  it.each([
    ['a possessive title', ['“We have 30 days left,” said Rubio’s deputy campaign manager, Rich Bean, who ran the field team.'], ['Rich Bean']],
    ['a description', ['The 2 men knew each other only “casually,” said the bureau’s director, James T. Cole.'], ['James T. Cole']],
  ])('lists the name in apposition after %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });
});

describe('attributeSpeakers: a speaker named by one word only', () => {
  it.each([
    ['speaking in the first person singular', ['The plant closed in the spring.', '“I was shocked by the 40 layoffs,” said Haines, 44.'], ['Haines']],
    ['reported with a pronoun of their own', ['Brandt said he dislikes what the board is doing.'], ['Brandt']],
    ['closing a quotation that ends a sentence of its own', ['“I will not give up 3 seats!” Dunne said.'], ['Dunne']],
  ])('lists one %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });

  it.each([
    ['a body that says "we"', ['“We will not comment on the 3 cases,” Twitter said.']],
    ['a body that says "it"', ['Quarry said it tracks 500 fortunes.']],
    ['a group', ['Allies say he sees no need to engage either man.']],
    ['the object of a preposition', ['A columnist for the news site Pando said he was ashamed of the deal.']],
    ['a place the article names as one', ['Voters in Wyoming were angry about the change.', 'Wyoming said he was not coming to the convention.']],
  ])('does not list %s', (_, paragraphs) => {
    expect(speakersOf(paragraphs)).toEqual([]);
  });
});

describe('attributeSpeakers: two speakers in one sentence', () => {
  it('lists the source of a second plain speech verb in the sentence', () => {
    const paragraphs = ['Mia Roe suggested that the plan would cost 3,000 jobs, while Jane Doe said that it would create them.'];
    expect(speakersOf(paragraphs)).toEqual(['Mia Roe', 'Jane Doe']);
  });

  it('keeps the sentence’s figures with its first source', () => {
    const paragraphs = ['Mia Roe suggested that the plan would cost 3,000 jobs, while Jane Doe said that it would create them.'];
    expect(speakerOf(paragraphs, '3,000')).toBe('Mia Roe');
  });

  it('does not read a verb of blame after the source as a second source', () => {
    expect(speakersOf(['Mia Roe said the plan was bad and blamed Jane Doe, the planner, for the 40 delays.'])).toEqual(['Mia Roe']);
  });
});

describe('attributeSpeakers: speech verbs that are also nouns, and speech nouns after a possessive', () => {
  it.each([
    ['a verb that is also a noun', ['Brad Dale was fired from the committee in June.', 'Dale also claims he was the only one of 4 aides punished.'], ['Brad Dale']],
    ['a speech noun with adjectives after the possessive', ['Ken Pike spoke to the committee in May.', 'But Pike’s most explosive claim is that 3 files were lost.'], ['Ken Pike']],
    ['an announcement', ['John Kale met the press on Monday.', 'Kale’s announcement of 100,000 places came early.'], ['John Kale']],
  ])('lists the source of %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });

  it.each([
    ['a participle used as an adjective', ['A poll out this week shows Jane Roe with an 8-point lead, but there are some warning signs for Roe.']],
    ['a proposal (a plan, not a statement)', ['In response to Jane Roe’s proposal to bar 3 groups, the council met again.']],
    ['an account that is not a narrative', ['Jane Roe’s official campaign account has been busy all week with 40 posts.']],
  ])('does not list the owner of %s', (_, paragraphs) => {
    expect(speakersOf(paragraphs)).toEqual([]);
  });
});

describe('attributeSpeakers: refusals to comment', () => {
  it.each([
    ['declined to comment', ['Jane Roe, the treasurer, declined to comment on the 3 loans.'], ['Jane Roe']],
    ['an unanswered request', ['Jane Roe and Tom Doe did not immediately respond to requests for comment.'], ['Jane Roe', 'Tom Doe']],
  ])('lists whoever %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });

  it('gives a refusal no figures to attribute', () => {
    expect(speakerOf(['Jane Roe declined to comment on the 3 loans.'], '3 loans')).toBeNull();
  });

  it('does not read a refusal to run as a refusal to comment', () => {
    expect(speakersOf(['Jane Roe declined to run for a 3rd term.'])).toEqual([]);
  });
});

describe('attributeSpeakers: a participle’s subject after a name and a title', () => {
  it('takes the titled name, not the name before the title, as the subject', () => {
    expect(speakersOf(['Rubio press secretary Brooke Sands gave it a try, tweeting that 3,000 people came.'])).toEqual(['Brooke Sands']);
  });

  it('does not take the object of a verb as a titled name', () => {
    expect(speakersOf(['Likewise, Jim Trent went after Hillary Vance for her refusal and called for her to quit.'])).toEqual(['Jim Trent']);
  });
});

describe('attributeSpeakers: verbs of criticism', () => {
  it('lists whoever criticized, with no words to attribute', () => {
    const paragraphs = ['Former Gov. Jerry Stone criticized Bill Vance during a debate with 3 rivals.'];
    expect(speakersOf(paragraphs)).toEqual(['Jerry Stone']);
    expect(speakerOf(paragraphs, '3 rivals')).toBeNull();
  });

  it('does not list an object of the criticism', () => {
    expect(speakersOf(['The plan by Jerry Stone was criticized by many in the 3 towns.'])).toEqual([]);
  });
});

describe('attributeSpeakers: the subject of a later verb in a long sentence', () => {
  it.each([
    ['the subject of the last clause after ", while"', ['Gov. Bob Jent on Monday signed an order, while Mike Hale, the former governor, proposed a tax and said 3 rules should go.'], '3 rules', 'Mike Hale'],
    ['the name a relative clause hangs on', ['Tim Canby and Bernie Sands met the voters in the spring.', 'Sands, who endorsed Canby in May and said he would campaign in 4 towns, did not show up.'], '4 towns', 'Bernie Sands'],
    ['the subject before a quotation the verb follows', ['Mike Hale proposed we “wake up and smell the coffee” and said 3 rules should go.'], '3 rules', 'Mike Hale'],
  ])('reads %s', (_, paragraphs, needle, speaker) => {
    expect(speakerOf(paragraphs, needle)).toBe(speaker);
  });
});

describe('attributeSpeakers: two people who speak together', () => {
  it.each([
    ['names with their places, then an appositive', ['Sens. Jim Isak of Georgia and John Booz of Arkansas, both up for reelection, also said 3 rallies were planned.'], ['Jim Isak', 'John Booz']],
    ['names after "according to"', ['According to a 2013 study by economists Peter Stott and Justin Pearce, the recession cost 2 million jobs.'], ['Peter Stott', 'Justin Pearce']],
  ])('lists both for %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });
});

describe('attributeSpeakers: a title with its own preposition', () => {
  it('takes the name after "Secretary of State" as a participle’s subject', () => {
    const paragraphs = ['But the other candidate, former Secretary of State Hilda Rodham, drew a contrast, saying that 3 plants had closed.'];
    expect(speakerOf(paragraphs, '3 plants')).toBe('Hilda Rodham');
  });
});

describe('attributeSpeakers: more participles, echoes and clause openers', () => {
  it.each([
    ['"citing" before a quotation', ['On Tuesday, Gov. Jerry Bowen endorsed her, citing her “long experience” of 30 years.'], ['Jerry Bowen']],
    ['"responding that"', ['But Sen. Pat Toole (R-Pa.) refused to campaign with Cruz, responding that he was “not going to go into 3 races.”'], ['Pat Toole']],
    ['"remembered" after a quotation', ['“An awful lot of analysts said no to the 2 deals,” remembered Roy Vance, the former spokesman.'], ['Roy Vance']],
    ['"echoed:" before a quotation', ['17-year-old Jared Pitts echoed: “He speaks his mind about the 3 issues.”'], ['Jared Pitts']],
    ['a speaker after a sentence adverb', ['Moreover, Jeffrey D. Sacks, director of the Earth Institute, noted that 40 plans run only to 2030.'], ['Jeffrey D. Sacks']],
    ['a speaker after a dash', ['It was no accident — Brendan Burke, a spokesman for Ryan, told reporters that 2 calls were made.'], ['Brendan Burke']],
  ])('lists the speaker of %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });

  it('does not read "remembered" without speech as a cue', () => {
    expect(speakersOf(['Roy Vance remembered the 2 deals well.'])).toEqual([]);
  });
});

describe('attributeSpeakers: quotations before "and said"', () => {
  it('reads no subject inside a quotation', () => {
    const paragraphs = ['“Meet Joe” star Jim Trent proposed “a wall” and said 3 rules should go.'];
    expect(speakerOf(paragraphs, '3 rules')).toBe('Jim Trent');
  });
});

describe('attributeSpeakers: beliefs stated in so many words', () => {
  it('lists whoever worried that something, quoting them', () => {
    expect(speakersOf(['In the recession, Paul Ryde worried that the safety net was becoming “a hammock” for 3 million people.'])).toEqual(['Paul Ryde']);
  });

  it('does not read "believed" without what is believed as speech', () => {
    expect(speakersOf(['Paul Ryde believed in the 3 plans.'])).toEqual([]);
  });

  it('takes no chamber of commerce for a person', () => {
    expect(findPeople(['The U.S. Chamber said the rules would cost the country 3 billion dollars a year.'])).toEqual([]);
  });
});

describe('attributeSpeakers: advocacy, proposals and labels', () => {
  it.each([
    ['"stating"', ['Barack Olsen also addressed the 3 concerns last Thursday, stating the states are in charge.'], ['Barack Olsen']],
    ['"remarking that"', ['In an interview, Donald Tramp pointed to China, remarking that 2 tariffs would help.'], ['Donald Tramp']],
    ['"is labeling" before a quotation', ['Former Gov. Mike Huck, for his part, is labeling the 3 orders “a blatant abuse of power.”'], ['Mike Huck']],
    ['"advocates" before a quotation', ['Senator Ben Carden of Maryland advocates a “progressive consumption tax” of 10 percent.'], ['Ben Carden']],
  ])('lists the speaker of %s', (_, paragraphs, speakers) => {
    expect(speakersOf(paragraphs)).toEqual(speakers);
  });

  it('does not read a proposal of a thing as speech', () => {
    expect(speakersOf(['Senator Ben Carden proposed a 10 percent tax on the 3 banks.'])).toEqual([]);
  });
});

describe('attributeSpeakers: one-word speakers of participles, and time words', () => {
  it('lists a one-word subject of "saying" who speaks in the first person', () => {
    expect(speakersOf(['At the debate, Sandler compared himself to his rival, saying, “I don’t get 3 speaking fees.”'])).toEqual(['Sandler']);
  });

  it('takes no time word for a subject', () => {
    expect(speakersOf(['Hours later, Tom Trent returned the compliment to Adelson, telling Reuters, “Sheldon and I are friends of 20 years.”'])).toEqual(['Tom Trent']);
  });
});

describe('attributeSpeakers: a body’s name and a title before a subject', () => {
  it('gives a pronoun the subject after a body’s name and a lower-case title', () => {
    const paragraphs = ['Reports indicate the Puerto Rico primary put Clinton over the threshold.', 'One superdelegate, Alabama Democratic Party chairwoman Nancy Worth, pledged her vote to Clinton.', '“We need 3 more weeks,” she said.'];
    expect(speakerOf(paragraphs, '3 more weeks')).toBe('Nancy Worth');
  });

  it('takes no place for a person', () => {
    expect(findPeople(['The Puerto Rico primary put her over the threshold of 2,383 delegates.'])).toEqual([]);
  });
});

describe('attributeSpeakers: bulleted lines', () => {
  it('reads a name after a hyphen that opens a line as a bullet, not part of the name', () => {
    expect(speakersOf(['-Craig Fehr explains why the poll was off by 3 points.'])).toEqual(['Craig Fehr']);
  });

  it('still reads a hyphenated surname whole', () => {
    expect(speakersOf(['Douglas Holtz-Eakin said the plan costs 3 billion dollars.'])).toEqual(['Douglas Holtz-Eakin']);
  });
});

describe('attributeSpeakers: a colon after a day, and a party appositive', () => {
  it('gives a quotation after "on Tuesday:" to the subject of the clause the colon ends', () => {
    const paragraphs = ['One early supporter, Representative Lee Zell, Republican of New York, gave the technique a whirl on Tuesday: “You can argue that 3 policies are racist.”'];
    expect(speakerOf(paragraphs, '3 policies')).toBe('Lee Zell');
  });
});

describe('attributeSpeakers: assurances', () => {
  it('lists whoever assured someone of something', () => {
    expect(speakersOf(['Carl Ickes has assured me he will keep the dinner to 2 hours.'])).toEqual(['Carl Ickes']);
  });
});

describe('attributeSpeakers: a participle after the sentence’s source', () => {
  it('lists the source of "saying" after a possessive speech noun opened the sentence', () => {
    const paragraphs = ['Donald Tramp spoke in Maine.', 'In response to Tramp’s comments, Secretary Martin Andes released a statement saying that 3 towns were special.'];
    expect(speakersOf(paragraphs)).toEqual(['Donald Tramp', 'Martin Andes']);
  });
});

describe('attributeSpeakers: a surname after a conjunction, criticism by two, named examples', () => {
  it('reads a surname after "But" as the clause subject, not a name the clause holds later', () => {
    const paragraphs = ['Barack Olsen spoke in May.', 'But Olsen, making it clear that security came first, stood beside Prime Minister Haile Desta, and described the 2 governments as “democratically elected.”'];
    expect(speakersOf(paragraphs)).toEqual(['Barack Olsen']);
  });

  it('does not read a surname after "The" as a subject (`The Roe campaign`)', () => {
    const paragraphs = ['Bernie Sands spoke in May.', 'The Sands campaign responded Friday, saying 3 lobbyists had donated.'];
    expect(speakersOf(paragraphs)).toEqual([]);
  });

  it('lists both people who criticized together', () => {
    const paragraphs = ['Donald Tramp and Hillary Clanton spoke in May.', 'Republican Tramp and Democrat Clanton have criticized the company for moving 600 jobs.'];
    expect(speakersOf(paragraphs)).toEqual(['Donald Tramp', 'Hillary Clanton']);
  });

  it('lists a named example after "experts like"', () => {
    expect(speakersOf(['The tunnels are hard to find, say experts like Paul Bauer, a geophysicist who has found 3 of them.'])).toEqual(['Paul Bauer']);
  });
});

describe('attributeSpeakers: a verb-first cue after a clause that names no one', () => {
  it('reads the source after the verb when the words before the comma name nobody', () => {
    expect(speakersOf(['Part of the problem in finding the 3 tunnels, say experts like Paul Bauer, a geophysicist, is the ground itself.'])).toEqual(['Paul Bauer']);
  });
});

describe('attributeSpeakers: a cue in an opening participle phrase', () => {
  it('gives "Having announced …," to the subject of the clause it opens', () => {
    expect(speakersOf(['Having announced that he would not send anyone to prison, Judge Ray Berman handed down 5 sentences.'])).toEqual(['Ray Berman']);
  });
});

describe('attributeSpeakers: two subjects of a participle', () => {
  it('lists both senators who speak by "proposing"', () => {
    expect(speakersOf(['Senator Ted Crane of Texas and Senator Rand Pole of Kentucky do it most explicitly by proposing variations on “value-added tax” systems with 3 rates.'])).toEqual(['Ted Crane', 'Rand Pole']);
  });
});

describe('attributeSpeakers: a long source phrase after "according to"', () => {
  it('never lists a name cut off mid-word where the phrase reaches its length limit', () => {
    // (The phrase after the cue reaches its 100-character limit inside `Research`.)
    const paragraph = 'That is according to the first results of the surveys carried out for the local papers and radio stations by Marlow Research.';
    expect(speakersOf([paragraph]).filter((name) => !name.endsWith('Research'))).toEqual([]);
  });

  it('still finds a person whose name ends before the limit', () => {
    expect(speakersOf(['That is according to the economist Jane Roe, who studied 40 towns.'])).toEqual(['Jane Roe']);
  });
});

describe('attributeSpeakers: a name a preposition makes an object', () => {
  it('does not take a body named in an appositive for the speaker of "who said"', () => {
    const paragraph = '"The plan will fail," said Alfonso Aguilar, the executive director of the Partnership for Conservative Principles, who also said that 2 bills had failed.';
    expect(speakersOf([paragraph])).toEqual(['Alfonso Aguilar']);
  });

  it.each([
    ['"We need 3 weeks," said master of ceremonies Asab Al-Tabchi, an engineer.', 'Asab Al-Tabchi'],
    ['"We need 3 weeks," said Minister of Economy Mikheil Kerridze.', 'Mikheil Kerridze'],
    ['"We need 3 weeks," said Secretary of State Mikheil Kerridze, who added that talks would go on.', 'Mikheil Kerridze'],
    ['"We need 3 weeks," said Mikheil Kerridze, the head of the Institute for Policy Studies, who added that talks would go on.', 'Mikheil Kerridze'],
  ])('keeps a person whose title holds a preposition: %j', (paragraph, name) => {
    expect(speakersOf([paragraph])).toEqual([name]);
  });
});

describe('attributeSpeakers: a surname alone, its pronoun opening the reported clause', () => {
  it('lists a one-word subject whose reported clause opens with "that his"', () => {
    expect(speakersOf(['Hale openly admitted that his pick was political.'])).toEqual(['Hale']);
  });

  it.each([
    ['Hale told her that 3 staff had left.'],
    ['Hale described his leadership skills as a work in progress.'],
    ['Advisers to the senator are quick to point out that he placed second.'],
  ])('does not take a pronoun that may be someone else’s for the subject’s: %j', (paragraph) => {
    expect(speakersOf([paragraph])).toEqual([]);
  });
});

describe('attributeSpeakers: outlets, bodies and places are not people', () => {
  it.each([
    ['The Dutch newspaper Handelsbode Noord reported that 3 ministers had resigned.'],
    ['Portuguese daily Correio de Vale reports that 12 people died.'],
    ['"Some may say 40 ships is unkind," Nuovo Xinwen, the official state news agency, wrote.'],
    ['That is less than 10 percent of what the American Society of Civil Engineers estimates will be needed.'],
    ['During a campaign stop in Maple Falls, Iowa, the Republican candidate repeated his promise to cut 40 rules.'],
    ['The government of Costa Rica has agreed to take in up to 200 people.'],
  ])('lists no speaker in %j', (paragraph) => {
    expect(speakersOf([paragraph])).toEqual([]);
  });

  it('still resolves the surname of a person named in full that is also a place', () => {
    const paragraphs = ['Representative Jim Jordan chairs the panel.', 'The panel needs 3 more weeks, Jordan said.'];
    expect(speakerOf(paragraphs, '3 more weeks')).toBe('Jim Jordan');
  });
});

describe('attributeSpeakers: an office between a title and its holder', () => {
  it.each([
    ['Palm Beach County Supervisor of Elections Susan Brewer said that 50 voters were turned away.', 'Susan Brewer'],
    ['Secretary of Transportation Elaine Marsh said 30 bridges failed.', 'Elaine Marsh'],
    ['County Treasurer Mark Oyelaran said that 4 funds were closed.', 'Mark Oyelaran'],
  ])('names the holder in %j', (paragraph, name) => {
    expect(speakersOf([paragraph])).toEqual([name]);
  });
});

describe('parseName: a description before a name', () => {
  it.each([
    ['Missouri Republican Roy Blunt', 'Roy Blunt'],
    ['Fox News Sean Hannity', 'Sean Hannity'],
    ['Elections Susan Brewer', 'Susan Brewer'],
    ['Hillary Rodham Clinton', 'Hillary Rodham Clinton'],
    ['J. Bradford DeLong', 'J. Bradford DeLong'],
    ['Recep Tayyip Erdogan', 'Recep Tayyip Erdogan'],
  ])('reads %j as %j', (written, name) => {
    expect(parseName(written)?.name).toBe(name);
  });
});

describe('attributeSpeakers: "who said" after a name, its place and its description', () => {
  it.each([
    ['The plan was backed by Sen. Jane Roeburn of Ohio, the ranking member on the Senate Budget Committee, who said 40 ships would dock.', 'Jane Roeburn'],
    ['The plan was backed by Jane Roeburn of Ohio, who said 20 ships would dock.', 'Jane Roeburn'],
    ['The plan was backed by Jane Roeburn, the head of the port, who said 30 ships would dock.', 'Jane Roeburn'],
  ])('names the person in %j', (paragraph, name) => {
    expect(speakerOf([paragraph], 'ships')).toBe(name);
  });

  it('names no one when the name before "who" is a body', () => {
    expect(speakersOf(['The plan was drafted by the Institute for Policy Studies, a think tank, who said 10 ships would dock.'])).toEqual([]);
  });
});
