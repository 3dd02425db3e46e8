import { Type, type Static } from '@sinclair/typebox';
import {
  Category,
  CountryCode,
  createParser,
  Qualifier,
  Stage,
  Unit,
  type EventType,
} from '../domain/index.ts';
import lexiconData from '../../data/extract/lexicon.json' with { type: 'json' };
import wordOrderData from '../../data/extract/word-order.json' with { type: 'json' };
import { PhraseTable } from './phrase-table.ts';
import { wordList, wordTable, type WordList, type WordTable } from './word-table.ts';
import {
  createTokenBuffers,
  createVocabulary,
  tokenize,
  type Tokens,
  type Vocabulary,
} from './tokenize.ts';

const Words = Type.Array(Type.String({ minLength: 1 }));
const NumberMap = Type.Record(Type.String({ minLength: 1 }), Type.Number());
const Per = Type.Union([Type.Literal('year'), Type.Literal('month'), Type.Literal('day')]);

/** The schema of data/extract/lexicon.json: every word list the extractor interprets. */
export const LexiconSchema = Type.Object({
  $comment: Type.Optional(Type.String()),
  wordNumbers: NumberMap,
  scales: NumberMap,
  scaleSuffixes: NumberMap,
  vaguePlurals: NumberMap,
  vagueMultipliers: Words,
  fractions: NumberMap,
  qualifiers: Type.Record(Type.String({ minLength: 1 }), Qualifier),
  currencySymbols: Type.Record(Type.String({ minLength: 1 }), Unit),
  currencyWords: Type.Record(Type.String({ minLength: 1 }), Unit),
  percentWords: Words,
  units: Type.Array(
    Type.Object(
      { forms: Words, unit: Unit, category: Category, per: Type.Optional(Per) },
      { additionalProperties: false },
    ),
  ),
  /** Words a number measures or sizes rather than counts; a page's tallies ("1.2K comments") too. */
  notCounted: Words,
  /** "152 mm shells": words of a calibre, which a number before them sizes rather than counts. */
  calibreWords: Words,
  /**
   * "15 nautical miles", "for 40 days": words after a bare figure that make it a size or a span,
   * not a count of a noun named before it.
   */
  sizeWords: Words,
  categoryCues: Type.Array(
    Type.Object(
      { words: Words, category: Category, appliesTo: Type.Array(Unit) },
      { additionalProperties: false },
    ),
  ),
  forceCues: Words,
  countries: Type.Array(
    Type.Object(
      { code: CountryCode, aliases: Words, people: Words },
      { additionalProperties: false },
    ),
  ),
  countryAnaphora: Words,
  /**
   * Seas and straits named after a country ("the East China Sea", "the Sea of Japan"): where a
   * ship was, which makes no country a side.
   */
  placesNamedForCountries: Words,
  /** "its ally", "its partner": a noun after "its" that names the other country, not the one "its" means. */
  partnerNouns: Words,
  adversaries: Type.Record(CountryCode, CountryCode),
  defaultFlows: Type.Record(Type.String(), Type.Tuple([CountryCode, CountryCode])),
  /**
   * A country outside the exchange whose trade the reporting tells of with one side: "trade with
   * China", "bilateral commerce in Beijing's customs figures" with no other side named are that side's.
   */
  tradePartners: Type.Record(CountryCode, CountryCode),
  flowVerbs: Type.Array(
    Type.Object(
      {
        role: Type.Union([
          Type.Literal('send'),
          Type.Literal('receive'),
          Type.Literal('use'),
          Type.Literal('hold'),
        ]),
        forms: Words,
      },
      { additionalProperties: false },
    ),
  ),
  useVerbsForWeapons: Words,
  /** "24 launches", "artillery fire": counted nouns that are the use of a weapon, not its transfer. */
  useNouns: Words,
  /** "workers abroad", "labour exports worldwide": money from everywhere, with no one payer. */
  worldwideWords: Words,
  /** "earns $800 a month, but 90% of that is taken by the state": words that open a clause of its own. */
  clauseBreaks: Words,
  /** "missed their targets", "veered off course": where weapons fell, said of weapons used. */
  accuracyWords: Words,
  /** Force words that name units sent as well as standing forces: "from the elite Storm Corps". */
  deployableForceWords: Words,
  /** Nouns after which a force word names no body of people: "military intelligence", "military aid". */
  forceCueExceptions: Words,
  /** Force words that, inside a figure's phrase, describe people sent too: "5,000 military builders". */
  adjectivalForceWords: Words,
  /** "the armed forces", "its military forces": nouns a force adjective joins into the standing body. */
  standingBodyNouns: Words,
  /** "output has risen to 5m shells a year", "able to make 3,000 drones": a stock of the maker's. */
  productionWords: Words,
  /** "fail to fire", "did not explode": words that deny the verb of use after them. */
  negationWords: Words,
  /** "shipped 12m shells and priced them at $800": verbs that move goods, for which money goes the other way. */
  goodsVerbs: Words,
  /** "the arms trade", "labour exports": words after which "trade" and "exports" are the sale that pays. */
  tradeCueExceptions: Words,
  /** "sent to replace losses": words after which a casualty word names whom people replace. */
  replacementWords: Words,
  /** "containers enough to hold 12m shells": what the containers hold goes where they go. */
  capacityVerbs: Words,
  /** "the port can handle 3 million tonnes": what a place moves, no goods of the exchange. */
  throughputVerbs: Words,
  /** "handle 300 trucks a day": road traffic a crossing handles carries no one cargo; rail wagons may. */
  roadTrafficNouns: Words,
  /** "a third of the population": a whole that makes a share a measure of the country. */
  populationWords: Words,
  /**
   * "6 million North Koreans are malnourished": states of want that make the people they are said
   * of a country's own population, not people it sends.
   */
  wantWords: Words,
  /** "a grain deficit of 900,000 tonnes": nouns of what a country lacks, sized by the weight after. */
  shortfallNouns: Words,
  /** "North Korea keeps 200,000 special forces troops": verbs of holding whose people are a standing force. */
  standingVerbs: Words,
  /** "has a force of 1.2 million": words before "a force of" that make it the force a country has. */
  forceHavingWords: Words,
  /** Verbs by which a standing force is counted: "its armed forces number 1.1 million". */
  forceNumberingWords: Words,
  /** "9,000 containers, most of them carrying food": words after which goods name what carriers hold. */
  cargoVerbs: Words,
  /** "North Korean rounds account for a third of Russian fire": a share a maker's weapons take. */
  shareVerbs: Words,
  /**
   * "China accounted for 95 percent of the total", "with Russia making up 2 percent": verbs after
   * which a country holds the share that follows, as "Russia's share" does.
   */
  holderShareVerbs: Words,
  /** "Russia covers 90% of the North's oil needs": share verbs whose subject supplies the whole. */
  coveringVerbs: Words,
  /** "has sent 6 million in all", "3,000 so far": words after a bare figure that make it a total of the noun just counted. */
  totalMarkers: Words,
  /**
   * "and about 6,000 remain", "will have 8,000 there by March": words after a bare figure that say
   * where what was just counted stays, so the figure is their subject and counts the same noun.
   */
  stayingWords: Words,
  /** "adds up to well over 5 million", "totted up to 300": verbs whose "up to" sums, so it bounds nothing. */
  summingVerbs: Words,
  /** "has supplied 6 million", "have sent 3,000": a verb of these tenses states a total to date, not a rate. */
  perfectAuxiliaries: Words,
  /** "North Korea has been paid $1 billion": auxiliaries that make the verb after them passive. */
  passiveAuxiliaries: Words,
  /** "rotated home", "repatriated": people going back the way they were sent. */
  returnWords: Words,
  /** "a third of the Kremlin's need for shells", "30% of its stockpile of rounds": a whole named by what it is of. */
  stockNouns: Words,
  /** Verbs that give a level of trade right after its word: "its exports totalled". */
  tradeLevelVerbs: Words,
  /** Nouns of an economy's change: "growth of 3.1%". */
  /** "grew just 2%", "rose only 1%": words of degree between a verb of change and its figure. */
  degreeWords: Words,
  growthNouns: Words,
  /** Sectors of an economy whose change is the economy's own: "manufacturing rose 6.8%". */
  economySectorNouns: Words,
  /** Words of arms that, right before a stock or a need, say what it holds: "artillery stockpile". */
  stockArmsWords: Words,
  /** "a grain deficit of", "its economy uses": a demand, the country's own with no receiver. */
  demandWords: Words,
  /** "the invasion of Ukraine", "the war in Ukraine": a country named as the war, not a party. */
  warPhrases: Words,
  /** "from the Ukraine war": a word of war after a country, which then names the war, not a party. */
  warNouns: Words,
  /** "the Russian war effort": words after a word of war that make the country its party again. */
  warCompounds: Words,
  /** "grain worth 4.5 billion roubles", "would have cost $1 billion": a sum that values goods. */
  valueWords: Words,
  /** "put the value of the diesel at $40 million": nouns whose "of" names the goods a sum values. */
  valueNouns: Words,
  /** "the shipments were worth $25mn": nouns of goods moved, which pay nothing themselves. */
  goodsNouns: Words,
  /** "goods worth $168 million": nouns of goods of no one kind, whose value is trade. */
  /** "a London-based research group": bodies that watch or report, whose seat is no side. */
  basedSourceNouns: Words,
  /** "60% of North Korea's shipments to China": goods sent or bought whose share is of trade. */
  shipmentNouns: Words,
  tradedGoodsNouns: Words,
  /** "pays $2,000 a month for a contingent of 12,000": verbs that move money only. */
  paymentVerbs: Words,
  /** "made $2bn from the deal": verbs that receive money only, not "made 40 trips". */
  earningVerbs: Words,
  /** "a third of the shells Russia fires were made in North Korea": verbs that, before "in" and a country, name the maker. */
  madeInVerbs: Words,
  /** "North Korean casualties had exceeded 3,000", "troops in Russia total 11,000", "killed and wounded combined is about 6,000" (the noun is the sum of its parts): words between a counted subject and its bare figure. */
  subjectLinks: Words,
  /** "fuel prices in Pyongyang fell by a fifth": a change in a market's price, not a flow. */
  priceWords: Words,
  /** "sent 10,000 troops in return for 1 million barrels": a figure right after these crosses the other way. */
  exchangePhrases: Words,
  /** "equal to 70 percent of GDP": a share after these restates the figure before it. */
  restatementWords: Words,
  /** "10% of the total", "a third of the value": the whole a share refers back to. */
  /** "90 percent of it": words after a share, beyond the continuation words, that refer back to the figure before. */
  shareBackReferences: Words,
  wholeReferences: Words,
  /** "a third of the value", "half of the earnings": wholes that are sums of money. */
  sumWholes: Words,
  /** "a contingent of 11,000": nouns of a group whose size the figure after "of" or "at" is. */
  groupNouns: Words,
  /**
   * "a loss of that size, one in six of those sent": nouns of loss no category cue holds (the
   * singular may be of money), that make a share of people set off after them the share lost.
   */
  lossNouns: Words,
  /** Pronouns a participle of sending makes a whole of people: "of those sent", "of everyone deployed". */
  sentPronouns: Words,
  /** What a side of the exchange calls the other after "its": weapons made "for its partner". */
  allyNouns: Words,
  /** Nouns of kind a verb of use after them describes, not a use: "of the type used for shells". */
  kindNouns: Words,
  /** Words that name a branch of standing forces before "forces": "ground forces", "armed forces". */
  forceBranchWords: Words,
  /** People who visit ("1,500 Russian tourists"): no flow of the exchange's people, though they travel. */
  visitorNouns: Words,
  /**
   * People who fled their country for good ("85 defectors"): no flow of the exchange's people, but
   * a flight from the first of `defectionSides` (or the country named with them) to the second.
   */
  defectorNouns: Words,
  defectionSides: Type.Tuple([CountryCode, CountryCode]),
  /**
   * "some 90 North Koreans entered the South": verbs by which people of the first of `defectionSides`
   * who come to the second are defectors, whatever noun counts them.
   */
  refugeArrivalVerbs: Words,
  /** "1,500 Russians visited the North": verbs that make the people before them visitors. */
  visitingVerbs: Words,
  /** Standing units whose size is a force, not a deployment: "a corps of 40,000". */
  standingUnits: Words,
  /** "the economy grew 3.1%", "GDP rose": a change said of these is the economy's own. */
  economyWords: Words,
  /**
   * "Income per head came to 1.6 million won", "some 2 percent of South Korea's": words that say a
   * figure measures an economy, which is the one the text speaks of when its sentence names none.
   */
  economyMeasureWords: Words,
  /** "after growing 3.1%": verbs of an economy's growth, a change of its own. */
  growthWords: Words,
  /** "destroyed 12 launchers": weapons lost, a loss of their holder that flows nowhere. */
  destructionWords: Words,
  /** "downed", "shot down": weapons in flight stopped, which were fired by the side that lost them. */
  interceptionPhrases: Words,
  /** Units that fly to their target, so that "destroyed" said of them is an interception. */
  airborneUnits: Words,
  /** "two people", "five civilians": casualties with no country of their own, who are where they fell. */
  civilianNouns: Words,
  /** "bilateral trade": trade between the two countries its own clause names. */
  /** "loaded to 90% of capacity": the whole of a share that is how full a carrier or a tank is ("70 percent full" says so too). */
  fillWords: Words,
  /** "between the two", "both countries": a pair of countries referred to, not named, in its sentence. */
  pairReferences: Words,
  pairTradeWords: Words,
  /**
   * Verbs of loss: "Ukraine has lost 280 tanks" (weapons a country lost are its loss), "lost a
   * third of them" (a share of people taken as object).
   */
  lossVerbs: Words,
  /** "70% of North Korea's annual GDP", "a third of its economic output": a whole that is an economy. */
  economyWholes: Words,
  /** "of North Korea's annual output", "of output": a word that names an economy's whole after "of", "annual" or a possessive. */
  outputWholes: Words,
  /** "transfers in waters near China", "off Russia's coast": a country that only places a thing, no partner. */
  nearPlaceWords: Words,
  /** Words before a country that make it where a strike fell: "in Kharkiv", "near Dnipro", "hit Odesa". */
  strikePlaceWords: Words,
  /** "Ukrainian marines captured five men": verbs whose subject holds captives, not their country. */
  captorVerbs: Words,
  /** "a military budget of $140 billion", "defence spending is set at", "put the damage at": a country's own outlay or loss, no payment. */
  budgetNouns: Words,
  /** "the bridge will cost 9 billion roubles": a verb or noun of price right before a sum, which is what a thing costs, no payment. */
  costWords: Words,
  /** Words between a budget noun and its sum that make the sum its size: "of", "is", "stood", "allotted". */
  budgetLinks: Words,
  /** "a humanitarian appeal", "donors": words of aid, whose sums have no one giver of the exchange. */
  aidWords: Words,
  /** "world food programme": bodies that hand out aid, matched word by word. */
  aidBodyNames: Words,
  /** "the cabinet has budgeted 9 trillion yen": verbs of budgeting whose object is the country's own outlay. */
  budgetVerbs: Words,
  /** "fined the captain 30 million won", "a $4.7 million civil penalty": sums a court or a regulator imposes, no payment of the exchange. */
  penaltyWords: Words,
  /** "a fleet of 40 tankers": what a country holds, whose size is no shipment. */
  fleetNouns: Words,
  /** "designated seven vessels": ships or firms a government lists for sanctions, counted as no shipment. */
  designationWords: Words,
  /** "trade promotion agency", "Trade Ministry": bodies a word of trade names, no trade figure. */
  tradeBodyNouns: Words,
  /** "a trade official said", "trading companies' accounts": posts and firms a word of trade names, which make no figure trade. */
  tradePostNouns: Words,
  /** "11 governments", "a dozen countries": counted nouns of countries, which belong to none. */
  /** "an economy whose income", "a country whose exports": nouns of a nation described, not named. */
  describedNationNouns: Words,
  nationNouns: Words,
  /** "11,000-strong", "3,000-man", "500-member": a word hyphened onto a figure that makes it a count of people. */
  strengthWords: Words,
  /**
   * "a 500-member unit" but not "the 15-member council": strength words that count people only
   * before a group of them (`groupNouns` or `strengthGroupNouns`), since the members of a council
   * or a bloc are mostly countries.
   */
  groupStrengthWords: Words,
  /** "a 500-member unit", "a 12-member crew": groups besides `groupNouns` a strength word sizes. */
  strengthGroupNouns: Words,
  /** "10,000-plus", "5,000-odd": a word hyphened onto a figure that bounds or loosens it. */
  figureSuffixes: Type.Record(Type.String({ minLength: 1 }), Qualifier),
  /** "60 percent of respondents", "a third of those polled": a poll's answers, no quantity of the exchange. */
  pollWholes: Words,
  /** "fail to fire", "failed to explode": what a weapon that fails does not do. */
  dudWords: Words,
  /** "300 incoming rounds": a word before weapons that says they were fired at whoever counts them. */
  incomingWords: Words,
  /** "gunners who have captured stocks say one in five rounds fails": the rounds are a stock taken, not fire. */
  capturedStockWords: Words,
  /** "came under 200 shells a day": verbs before "under" that make the figure fire received. */
  underFireVerbs: Words,
  /** "Russian artillery fire fell by a third": what a change of a side's fire is said of. */
  firePhrases: Words,
  /** "China reported 4,100 barrels", "Beijing's filings put": words of a country's own return of what it sent. */
  filingWords: Words,
  /** "ship-to-ship transfers": transfers made to hide the goods' origin, which name no sender. */
  hiddenTransferPhrases: Words,
  /** "up 21% from November", "down a third": a figure of change, said of the figure it changes. */
  changeWords: Words,
  /** "raise output by a third", "cut imports by half": verbs that change an amount by a share of it. */
  scalingVerbs: Words,
  /** "a cap of", "caps … at": a limit, read as `up_to` with no sender. */
  capWords: Words,
  /** "may import", "is allowed to receive": what a country is permitted to take in is a limit. */
  permitVerbs: Words,
  /** "allowed to", "permitted to": words that make the verb after "to" a permission. */
  permitWords: Words,
  /** Units of a cap set by sanctions, which holds every year when it states no rate: "capped at 3 million barrels". */
  yearlyCapUnits: Words,
  /** The country whose own currency a unit is: a budget in roubles with no country named is Russia's. */
  currencyHomes: Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 })),
  /** Counted nouns that take the kind of what they carry: "43 trips", "five transfers of oil". */
  carrierNouns: Words,
  weaponCategories: Type.Array(Category),
  /** Kinds of goods a share's whole may name by a word of its own: "nearly 80% of the refined products". */
  shareGoodsCategories: Type.Array(Category),
  /** Kinds of figure the exchange moves one way only ("defaultFlows"): a reversal is a misreading. */
  oneWayFlows: Type.Array(Category),
  /** Kinds of figure the exchange moves both ways: a subject that sends or receives them names its side. */
  twoWayFlows: Type.Array(Category),
  stageCues: Type.Array(
    Type.Object({ words: Words, stage: Stage }, { additionalProperties: false }),
  ),
  speechVerbs: Words,
  speechAuxiliaries: Words,
  sourceNouns: Words,
  /** "Kpler's latest data shows": words between a maker and its report that leave the maker its source. */
  reportAdjectives: Words,
  bodyKindWords: Words,
  /** "this newspaper", "our reporters": the publication itself, whose figures are its own voice. */
  ownPublications: Words,
  backReferences: Words,
  /** "puts … at", "sizes … at": credit a source only when a marker ("at", "higher") follows. */
  valuationVerbs: Words,
  valuationMarkers: Words,
  /** "has put the share as high as 60%": the bounds of "as … as" before the value a verb puts. */
  valuationBounds: Words,
  /** "member states", "press reports": verb forms that are also plural nouns. */
  nounLikeSpeechVerbs: Words,
  /** Verbs that say only with "that" after them ("declared that"); else they declare goods or a place. */
  thatSpeechVerbs: Words,
  /**
   * "would make", "would amount to": what a figure would come to, after a modal; the writer's
   * reckoning from a credited figure, not the source's.
   */
  derivingVerbs: Words,
  /** Back-references that point at a person ("the lawmaker", "she"), not at a body. */
  personReferences: Words,
  /**
   * Words a line puts before a colon that are labels, not sources: "Exclusive: …", and the page's
   * own furniture ("Photo: AP", "Read more: …"), which credits no figure after it.
   */
  headlineLabels: Words,
  /**
   * "Park said, citing the bureau", "reported by an outlet with reference to the agency": the words
   * that name the source a speaker draws on (the second is how Ukrainian outlets say it in English).
   */
  citingPhrases: Words,
  /**
   * "citing two health workers", "interviewed 23 people", "spoke to 15 defectors": words before a
   * count of people that make them the informants of a report, not a figure it reports.
   */
  consultingPhrases: Words,
  /**
   * "holds 900,000 men in active service": words right after a count of people that make it a
   * standing force, unless a verb sent them.
   */
  servicePhrases: Words,
  /** "X released its first report": the publisher becomes the source later sentences refer to. */
  publicationVerbs: Words,
  /** "the border service logged 9,400 arrivals", "the firm tracked 40 tankers": counting credits the counter. */
  observationVerbs: Words,
  /** "Its conclusions are summarised below": after such a lead-in the text speaks for the report. */
  summaryVerbs: Words,
  /** "In his words,", "in the view of X,": a phrase whose owner speaks for the sentence it opens. */
  viewNouns: Words,
  /** "…, saying that", "…, putting the toll at": a participle of saying whose speaker is the sentence's subject. */
  speechParticiples: Words,
  /**
   * "HUR's figure for the dead is about 6,000": nouns of a reckoning, besides the source nouns,
   * whose owner states the figure the noun is said to be.
   */
  ownedFigureNouns: Words,
  /** "the Pentagon's last public figure", "Seoul's official count": words between owner and noun. */
  reckoningModifiers: Words,
  /** "is", "stands at": the verbs that state what a reckoning is. */
  reckoningLinks: Words,
  /** "the agency raised its estimate … to 2,000": verbs by which a source changes its own reckoning. */
  revisingVerbs: Words,
  /** "as Seoul counts 28,000 containers": verbs by which a country named alone credits its count. */
  countingVerbs: Words,
  /**
   * "the White House was saying that", "Seoul was counting about 3,000": a verb of saying or
   * counting in progress, by the plain form whose reading it takes after "was", "is" or "were".
   */
  progressiveVerbs: Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 })),
  /** "Seoul's spy agency": capitals, in lower case, by the name of the country each stands for. */
  seatCountries: Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 })),
  /** Adverbs that deny the verb after them ("never", "no longer"): its subject says nothing. */
  negatingAdverbs: Words,
  /** Nouns of documents besides the source nouns ("documents", "waybills"): never a document's maker. */
  documentNouns: Words,
  /**
   * Words that open a sentence before its subject and take no object: "Yet the agency said",
   * "Meanwhile, officials estimated".
   */
  discourseOpeners: Words,
  /** Words that open a phrase of time before the subject: "Last week the agency", "Earlier this year". */
  timeOpeners: Words,
  /**
   * Prepositions that open a phrase with an object before the subject: "In the spring the agency",
   * "During the war, officials". "after", "before", "since", "until" and "as" may also open a
   * clause whose subject follows at once ("After the agency briefed …").
   */
  phraseOpeners: Words,
  /**
   * Participles that open a phrase before the subject: "Citing customs data, the bank", "Using
   * satellite imagery, the group". A verb of saying inside the phrase has no subject of its own.
   */
  participleOpeners: Words,
  /** Last words that make a capitalized name a body, not a person: "Bank of Korea", "Joint Chiefs Staff". */
  bodyNouns: Words,
  emptySourceWords: Words,
  /** "the agency" for "the National Intelligence Service": nouns a back-reference may use for a body's own noun. */
  bodySynonyms: Type.Record(Type.String({ minLength: 1 }), Words),
  /** "a source in Sinuiju", "a manager in the city": people whose place belongs to their name. */
  informantNouns: Words,
  /**
   * "satellite imagery showed", "the numbers show": what a source shows, never a source itself;
   * the figure is whoever cites it (or the maker named before it: "Maxar imagery showed").
   */
  evidenceNouns: Words,
  /** "figures released on Friday showed", "photos reviewed by the group show": whoever handled it is the source. */
  handlingParticiples: Words,
  /** "think tank", "wrote off": a verb of saying that starts a noun or a phrasal verb says nothing. */
  speechCompounds: Words,
  /**
   * "a team set up by 11 governments concluded", "gunners interviewed by the authors reported":
   * who made or questioned the subject is not the one who speaks.
   */
  foundingParticiples: Words,
  /** "2,000 labourers pledged in May": a date after these dates the pledge, not the figure. */
  describingParticiples: Words,
  /**
   * "300 cows that arrived in October", "60 men who were sent in late 2023": a relative clause
   * whose verb moves the things counted dates the count, not only the noun.
   */
  relativeHappeningVerbs: Words,
  /** "since the deployment began": a start the text gave the sending of people before. */
  startedDeploymentNouns: Words,
  /** "since the shipments began": a start the text gave the sending of goods before. */
  startedShipmentNouns: Words,
  /** "our estimate", "my own reckoning": the text speaking for itself, which credits no one else. */
  firstPersonWords: Words,
  /** "It also sent", "70 of them", "in return": a sentence that goes on with its paragraph's source. */
  continuationWords: Words,
  /** "exports", "imports": trade words of one side, which may have no partner, unlike "trade". */
  tradeOneSideWords: Words,
  /** "North Korea's external trade", "official exports": words that make trade one country's whole. */
  /** "North Korea's trade volume": a word after a word of trade that sizes all of it. */
  tradeSizeWords: Words,
  /** "with the outside world": words after a country's own trade that make it all of its trade. */
  tradeWorldPhrases: Words,
  tradeWholeWords: Words,
  /** "up from", "equal to": words after a figure that bring in another thing to compare it with. */
  comparisonWords: Words,
  /**
   * "up from", "compared with", "on top of": a bare figure after one, set against or added to the
   * figure before, counts the same noun.
   */
  comparisonOpeners: Words,
  /** "published", "adopted in December 2017": a date after one of these dates a document, not a figure. */
  documentDateWords: Words,
  /**
   * "the total comes to", "the deliveries would exceed": the subject of an oil total worked out
   * from the runs counted before it, whose span it takes.
   */
  tallyBackReferences: Words,
  /** "over the same period": a figure that takes the period last stated in full. */
  periodBackReferences: Words,
  /**
   * "over the year", "early in the year": the calendar year of the period last stated, when that
   * period lies in one year ("a month in 2024 ... over the year" is 2024, not the month).
   */
  yearBackReferences: Words,
  /**
   * "during the reporting period", "over the period covered": the span a report says it covers
   * ("covering the period from December 2024 to June 2026"), which reportCoveringWords introduce.
   */
  /** "imagery showed 43 railcars": the verbs by which a picture shows a count, which its day dates. */
  imageShowingVerbs: Words,
  /** "we counted 58 railcars": the verbs of a watcher's own count, which the day it names dates. */
  ownCountVerbs: Words,
  /** "…, the data showed": what a release is called when a sentence says it shows its figures. */
  releaseDataNouns: Words,
  /** "raised its estimate to 4,700": what a "by" date before it bounds instead of the figure. */
  estimateNouns: Words,
  reportPeriodReferences: Words,
  reportCoveringWords: Words,
  /**
   * "during the month", "for the same month": the month of the period last stated, when that
   * period lies in one month, or the month a sentence with no figure names ("December was weaker
   * still.").
   */
  monthBackReferences: Words,
  /**
   * "were working there at the time": the time the text last named, a date or the end of a span
   * ("by the end of 2019"), as a single point.
   */
  pointBackReferences: Words,
  /** "imagery from the same day": the day the text last named. */
  dayBackReferences: Words,
  /**
   * "sold for 5,500 won in the markets", "families in Chongjin": words that set a sum in won inside
   * North Korea's economy (its markets, prices, towns other than the capital, whose name also
   * stands for the state), so the won is the North's.
   */
  northKoreanEconomyWords: Words,
  /**
   * "rice sold for 7,000 won", "a dollar fetched 9,000 won": words that make a sum in the North's
   * own won a market price or a rate of exchange, written `other` by every annotator who wrote one
   * since h55, against a sum handed to families, which stays money.
   */
  marketSaleWords: Words,
  /**
   * A sum in a country's own currency, in a sentence set in its economy ("15,000 won" in the
   * North's markets), changes hands inside that country: the claim runs from it to no one.
   */
  domesticCurrencies: Type.Record(Unit, Type.String({ minLength: 3, maxLength: 3 })),
  /** "about 11,000 are now in Kursk": words that put a figure at the time of writing, undated. */
  presentWords: Words,
  /** "the initial contingent of 11,000", "11,000 in the first wave": the first group sent, undated. */
  firstGroupPhrases: Words,
  /** "the cumulative figure": a total of all periods, which takes no period carried from before. */
  cumulativeWords: Words,
  /** "for a year", "within a month": words before "a year" after a figure that make it no rate. */
  rateNotAfterWords: Words,
  /** "a year earlier", "a month ago": words after "a year" after a figure that make it no rate. */
  rateNotBeforeWords: Words,
  /**
   * "per cent", "per capita", "a kilogram": words after "per" or "a" that make a sum before them no
   * price of one of a kind; a measure's is a market price, dated when it was seen ("9,000 won a
   * kilogram in May").
   */
  notPriceOfOneWords: Words,
  /** "today": a day that is the day of writing, which dates no count. */
  writingDayWords: Words,
  /** "four brigades", "five squadrons": formations whose small spelled-out count is a figure. */
  formationNouns: Words,
  /** "imagery from September 28 shows", "an image taken on Aug. 19": a date of these is when the figure was seen. */
  imageWords: Words,
  /** Words of a strike whose day dates what it killed: "a missile that hit Kyiv on May 3 killed 9". */
  strikeWords: Words,
  /** Verbs of a salvo whose day dates what it sent: "fired 40 drones at Odesa on Sunday". */
  launchVerbs: Words,
  /** "is expected to", "will": a clause that looks ahead, to the next month of a name ("by December"). */
  futureWords: Words,
  /**
   * "by 11 members": members whose count, after "by", is the agent of an act and has no period;
   * `nationNouns` ("by 11 countries") count as members too.
   */
  memberNouns: Words,
  /** "two satellite launches", "into orbit": words that make counted launches happenings in space, not missiles. */
  spaceWords: Words,
  /** "tankers calling at the port nine times": verbs whose "times" after a figure count calls. */
  callingVerbs: Words,
  /** "nine times in May", "nine times, …": words after such "times" that leave it no multiple (no rate). */
  callCountFollowers: Words,
  /** "13 members voted": what members do that makes them the states of a body. */
  memberVotingVerbs: Words,
  /** "its 11 members include Japan": verbs that list members, states when a country follows. */
  memberListingVerbs: Words,
  /** "the highest since 2017": a "since" after one of these dates a record, not a period. */
  superlativeWords: Words,
  /** ", bringing the total to 14,000": a participle that turns to a running total, which no date before it covers. */
  runningTotalWords: Words,
  /** "since the start of the war": happenings whose month opens a span, as "YYYY-MM". */
  namedStarts: Type.Record(Type.String(), Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' })),
  /** "the true figure could be closer to 2,500": nouns that stand for the figure last counted. */
  figureNouns: Words,
  /**
   * "the South Korean agency", "a Ukrainian television channel", "Kyiv's count": nouns that make
   * the country before them the teller of a count of people, not whose people they are.
   */
  tellingNouns: Words,
  /** "the yard tells a different story": nouns after which a verb of telling says nothing. */
  storyNouns: Words,
  /** "38 North": names of bodies that open with a number, as a number and the word after it, in lower case. */
  numberedNames: Words,
  /** "resolution 2397", "in paragraph 6": parts of a text whose number names them in either case, never an amount. */
  documentPartWords: Words,
  /** "its bunkers hold tens of millions of shells": stores whose owner holds what they hold. */
  storeNouns: Words,
  /** "used a simple rule of thumb: 350 shells a box": nouns of reckoning that a verb of use takes, not arms. */
  reckoningNouns: Words,
  /** Sources reporting cites by acronym ("the NIS"), with their full names, for either form to resolve. */
  knownAcronyms: Type.Record(Type.String({ minLength: 2 }), Type.String({ minLength: 3 })),
  /** "familiar with", "briefed on": a word and its preposition that single out informants, by the word. */
  informantLinks: Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 })),
  /** "he", "its": pronouns that may stand for a sentence's opening name, and whether a person's or a body's. */
  pronounKinds: Type.Record(
    Type.String({ minLength: 1 }),
    Type.Union([Type.Literal('person'), Type.Literal('body')]),
  ),
  clauseStops: Words,
  months: NumberMap,
  /** "last summer": each season's last month, to tell whether this year's has ended. */
  seasons: NumberMap,
  /** "Q3 2024", "H1": the letter of a part of the year, with its length in months. */
  yearPartLetters: NumberMap,
  /** "fiscal 2024": words before a year that name the same year's books. */
  bookYearWords: Words,
  /** "which opens in October", "beginning in July": the month a book year opens ("the fiscal year …"). */
  bookYearStarts: Words,
  weekdays: NumberMap,
  perPhrases: Type.Record(Type.String({ minLength: 1 }), Per),
  eventTriggers: Type.Record(Type.String(), Words),
  abbreviations: Words,
  /** Words the rules compare tokens with directly ("ago", "worth", "the number of"). */
  ruleWords: Words,
});
export type LexiconData = Static<typeof LexiconSchema>;

/** `hold`: a country's own stock, output or need ("keeps", "turns out", "needs"): no receiver. */
export type FlowRole = 'send' | 'receive' | 'use' | 'hold';
export type PerUnit = Static<typeof Per>;

export interface UnitEntry {
  readonly unit: string;
  readonly category: Category;
  readonly per?: PerUnit;
}

export interface CountryEntry {
  readonly code: string;
  /** A plural demonym ("North Koreans") that counts people. */
  readonly people: boolean;
  /** "the country", "its": resolved to the subject of the sentence before, or the country last named. */
  readonly anaphora: boolean;
  /** "North Korean tankers": a demonym before a noun names no subject a later "its" could mean. */
  readonly adjective?: boolean;
}

/** The lexicon compiled into lookup tables, once per process. */
export interface Lexicon {
  readonly data: LexiconData;
  readonly wordNumbers: PhraseTable<number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly scaleSuffixes: ReadonlyMap<string, number>;
  readonly vaguePlurals: PhraseTable<number>;
  readonly vagueMultipliers: PhraseTable<true>;
  readonly fractions: PhraseTable<number>;
  readonly qualifiers: PhraseTable<Qualifier>;
  readonly currencySymbols: PhraseTable<string>;
  readonly currencyWords: PhraseTable<string>;
  readonly percentWords: PhraseTable<true>;
  readonly units: PhraseTable<UnitEntry>;
  readonly notCounted: ReadonlySet<string>;
  readonly calibreWords: ReadonlySet<string>;
  readonly sizeWords: ReadonlySet<string>;
  readonly categoryCues: ReadonlyMap<
    string,
    ReadonlyArray<{ category: Category; appliesTo: ReadonlySet<string> }>
  >;
  readonly forceCues: ReadonlySet<string>;
  readonly countries: PhraseTable<CountryEntry>;
  readonly flowVerbs: PhraseTable<FlowRole>;
  readonly changeWords: ReadonlySet<string>;
  readonly capWords: ReadonlySet<string>;
  readonly permitVerbs: ReadonlySet<string>;
  readonly carrierNouns: ReadonlySet<string>;
  readonly useVerbsForWeapons: ReadonlySet<string>;
  readonly weaponCategories: ReadonlySet<string>;
  readonly stageCues: ReadonlyMap<string, Stage>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly speechAuxiliaries: ReadonlySet<string>;
  readonly sourceNouns: ReadonlySet<string>;
  readonly reportAdjectives: ReadonlySet<string>;
  readonly ownPublications: ReadonlySet<string>;
  readonly backReferences: PhraseTable<true>;
  readonly valuationVerbs: ReadonlySet<string>;
  readonly valuationMarkers: ReadonlySet<string>;
  readonly nounLikeSpeechVerbs: ReadonlySet<string>;
  readonly personReferences: PhraseTable<true>;
  readonly headlineLabels: PhraseTable<true>;
  readonly citingPhrases: PhraseTable<true>;
  readonly consultingPhrases: PhraseTable<true>;
  readonly servicePhrases: PhraseTable<true>;
  readonly publicationVerbs: ReadonlySet<string>;
  readonly observationVerbs: ReadonlySet<string>;
  readonly bodyNouns: ReadonlySet<string>;
  /** Words that cannot name a source on their own: "both said", "the" left by a broken parse. */
  readonly emptySourceWords: ReadonlySet<string>;
  readonly clauseStops: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  readonly seasons: ReadonlyMap<string, number>;
  readonly yearPartLetters: ReadonlyMap<string, number>;
  readonly bookYearWords: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly perPhrases: PhraseTable<PerUnit>;
  readonly eventTriggers: PhraseTable<EventType>;
  readonly abbreviations: ReadonlySet<string>;
}

const parseLexicon = createParser(LexiconSchema);

function table<V>(entries: Iterable<readonly [string, V]>): PhraseTable<V> {
  const out = new PhraseTable<V>();
  for (const [phrase, value] of entries) out.add(phrase, value);
  return out;
}

const flags = (words: readonly string[]): Array<readonly [string, true]> =>
  words.map((w) => [w, true] as const);

/** Validates lexicon data and compiles it; throws on invalid data, which is a build defect. */
export function compileLexicon(raw: unknown): Lexicon {
  const parsed = parseLexicon(raw);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(`data/extract/lexicon.json is invalid at ${first?.path}: ${first?.message}`);
  }
  const data = parsed.value;
  const units = new PhraseTable<UnitEntry>();
  for (const entry of data.units) {
    const value: UnitEntry = entry.per
      ? { unit: entry.unit, category: entry.category, per: entry.per }
      : { unit: entry.unit, category: entry.category };
    for (const form of entry.forms) units.add(form, value);
  }
  const countries = new PhraseTable<CountryEntry>();
  for (const country of data.countries) {
    // People forms first: "North Koreans" must count people, "North Korean" stays an adjective.
    for (const form of country.people.filter((p) => p.endsWith('s'))) {
      countries.add(form, { code: country.code, people: true, anaphora: false });
    }
    for (const alias of country.aliases) {
      const adjective = country.people.includes(alias.startsWith('the ') ? alias.slice(4) : alias);
      countries.add(alias, { code: country.code, people: false, anaphora: false, adjective });
    }
  }
  for (const phrase of data.countryAnaphora)
    countries.add(phrase, { code: '', people: false, anaphora: true });
  // The longer phrase wins the match, so "China" inside "the East China Sea" names no one.
  for (const place of data.placesNamedForCountries)
    countries.add(place, { code: '', people: false, anaphora: false });
  const flowVerbs = new PhraseTable<FlowRole>();
  for (const verb of data.flowVerbs) for (const form of verb.forms) flowVerbs.add(form, verb.role);
  const categoryCues = new Map<
    string,
    Array<{ category: Category; appliesTo: ReadonlySet<string> }>
  >();
  for (const cue of data.categoryCues) {
    for (const word of cue.words) {
      const list = categoryCues.get(word) ?? [];
      list.push({ category: cue.category, appliesTo: new Set(cue.appliesTo) });
      categoryCues.set(word, list);
    }
  }
  const stageCues = new Map<string, Stage>();
  for (const cue of data.stageCues)
    for (const word of cue.words) if (!stageCues.has(word)) stageCues.set(word, cue.stage);
  const eventTriggers = new PhraseTable<EventType>();
  for (const [type, words] of Object.entries(data.eventTriggers)) {
    for (const word of words) eventTriggers.add(word, type as EventType);
  }
  return {
    data,
    wordNumbers: table(Object.entries(data.wordNumbers)),
    scales: new Map(Object.entries(data.scales)),
    scaleSuffixes: new Map(Object.entries(data.scaleSuffixes)),
    vaguePlurals: table(Object.entries(data.vaguePlurals)),
    vagueMultipliers: table(flags(data.vagueMultipliers)),
    fractions: table(Object.entries(data.fractions)),
    qualifiers: table(Object.entries(data.qualifiers)),
    currencySymbols: table(Object.entries(data.currencySymbols)),
    currencyWords: table(Object.entries(data.currencyWords)),
    percentWords: table(flags(data.percentWords)),
    units,
    notCounted: new Set(data.notCounted),
    calibreWords: new Set(data.calibreWords),
    sizeWords: new Set(data.sizeWords),
    categoryCues,
    forceCues: new Set(data.forceCues),
    countries,
    flowVerbs,
    changeWords: new Set(data.changeWords),
    capWords: new Set(data.capWords),
    permitVerbs: new Set(data.permitVerbs),
    carrierNouns: new Set(data.carrierNouns),
    useVerbsForWeapons: new Set(data.useVerbsForWeapons),
    weaponCategories: new Set(data.weaponCategories),
    stageCues,
    speechVerbs: new Set(data.speechVerbs),
    speechAuxiliaries: new Set(data.speechAuxiliaries),
    sourceNouns: new Set(data.sourceNouns),
    reportAdjectives: new Set(data.reportAdjectives),
    ownPublications: new Set(data.ownPublications),
    backReferences: table(flags(data.backReferences)),
    valuationVerbs: new Set(data.valuationVerbs),
    valuationMarkers: new Set(data.valuationMarkers),
    nounLikeSpeechVerbs: new Set(data.nounLikeSpeechVerbs),
    personReferences: table(flags(data.personReferences)),
    headlineLabels: table(flags(data.headlineLabels)),
    citingPhrases: table(flags(data.citingPhrases)),
    consultingPhrases: table(flags(data.consultingPhrases)),
    servicePhrases: table(flags(data.servicePhrases)),
    publicationVerbs: new Set(data.publicationVerbs),
    observationVerbs: new Set(data.observationVerbs),
    bodyNouns: new Set(data.bodyNouns),
    emptySourceWords: new Set(data.emptySourceWords),
    clauseStops: new Set(data.clauseStops),
    months: new Map(Object.entries(data.months)),
    seasons: new Map(Object.entries(data.seasons)),
    yearPartLetters: new Map(Object.entries(data.yearPartLetters)),
    bookYearWords: new Set(data.bookYearWords),
    weekdays: new Map(Object.entries(data.weekdays)),
    perPhrases: table(Object.entries(data.perPhrases)),
    eventTriggers,
    abbreviations: new Set(data.abbreviations),
  };
}

/** The bundled lexicon, validated and compiled once at module load. */
export const lexicon: Lexicon = compileLexicon(lexiconData);

/** A word list of a rule, for tokens read with the vocabulary of the bundled lexicon: see `WordTable`. */
export function wordsOf(words: Iterable<string>): WordList {
  return wordList(vocabularyOf(lexicon), words);
}

/** A word-keyed map of a rule, for tokens read with the vocabulary of the bundled lexicon: see `WordTable`. */
export function tableOf<V>(entries: Iterable<readonly [string, V]>): WordTable<V> {
  return wordTable(vocabularyOf(lexicon), entries);
}

/** What every rule reads: the compiled lexicon, the document's tokens and their cue bits. */
export interface Scan {
  readonly lex: Lexicon;
  readonly tokens: Tokens;
  /** Per token, which rules it may start (`CUE_*` bits), from one lookup per token. */
  readonly cues: Uint16Array;
}

/** Bits of `Scan.cues`: which kinds of phrase a token can begin. */
export const CUE_QUANTITY = 1;
export const CUE_DATE = 2;
export const CUE_COUNTRY = 4;
export const CUE_FLOW = 8;
export const CUE_SOURCE = 16;
export const CUE_EVENT = 32;
/** A word no number phrase can do without ("million", "dozens", "twelve"); digits too. */
export const CUE_AMOUNT = 64;
/** A word no date can do without (a month, a weekday, "year"); digits too. */
export const CUE_DATE_ANCHOR = 128;
/** A word that shifts a figure's category ("killed", "exports") or marks standing forces. */
export const CUE_CATEGORY = 256;
/**
 * "(" and "known", which may define an acronym ("the Joint Chiefs of Staff (JCS)", "known as
 * HUR"): most sentences with a source have neither, and need no scan for one.
 */
export const CUE_ACRONYM = 512;
/** A word of trade ("trade", "exports"): a category cue of trade, so a sentence's bits tell it. */
export const CUE_TRADE = 1024;
/** "that" and ";", which part a date from a verb in another clause: events read the bit, not the key. */
export const CUE_BREAK = 2048;

/** Words that begin a date expression without being a month or a weekday. */
export const DATE_STARTS = [
  'since',
  'as',
  'until',
  'through',
  'till',
  'by',
  'between',
  'from',
  'in',
  'on',
  'during',
  'for',
  'of',
  'throughout',
  // "over 2023 and 2024", "over the past two years".
  'over',
  'earlier',
  'later',
  'early',
  'late',
  'mid',
  'the',
  'last',
  'this',
  'next',
  'a',
  'one',
  'yesterday',
  'today',
  'overnight',
];

/** Number words of one token ("two", "eighteen"), which may open "two years ago". */
export function countWords(lex: Lexicon): string[] {
  return Object.keys(lex.data.wordNumbers).filter((w) => tokenize(w).key.length === 1);
}

/** One map from a token key to the kinds of phrase it can begin. */
export function cueTable(lex: Lexicon): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const key of keys) bits.set(key, (bits.get(key) ?? 0) | bit);
  };
  for (const t of [
    lex.qualifiers,
    lex.currencySymbols,
    lex.wordNumbers,
    lex.vaguePlurals,
    lex.vagueMultipliers,
    lex.fractions,
  ]) {
    mark(t.firstKeys(), CUE_QUANTITY);
  }
  mark(['between', 'from'], CUE_QUANTITY);
  const glue = new Set(['a', 'an', 'of', 'to', 'the']);
  for (const phrases of [
    lex.data.wordNumbers,
    lex.data.vaguePlurals,
    lex.data.fractions,
    lex.data.scales,
  ]) {
    for (const phrase of Object.keys(phrases))
      mark(
        tokenize(phrase).key.filter((k) => !glue.has(k)),
        CUE_AMOUNT,
      );
  }
  for (const phrase of lex.data.vagueMultipliers)
    mark(
      tokenize(phrase).key.filter((k) => !glue.has(k)),
      CUE_AMOUNT,
    );
  // "day" for "the previous day", "decade" for "a decade ago", "start" for "since the start of
  // the full-scale invasion", whose last word is past the reach of "since"; "quarter" and "half"
  // for "in the third quarter", which has no "first".
  mark(
    [
      'start',
      'quarter',
      'half',
      'year',
      'month',
      'week',
      'weeks',
      'yesterday',
      'today',
      'overnight',
      'years',
      'months',
      'first',
      'day',
      'decade',
    ],
    CUE_DATE_ANCHOR,
  );
  mark(lex.months.keys(), CUE_DATE_ANCHOR);
  mark(lex.seasons.keys(), CUE_DATE_ANCHOR);
  mark(
    Object.keys(lex.data.namedStarts).map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
    CUE_DATE_ANCHOR,
  );
  mark(lex.weekdays.keys(), CUE_DATE_ANCHOR);
  mark(DATE_STARTS, CUE_DATE);
  mark(countWords(lex), CUE_DATE);
  mark(lex.months.keys(), CUE_DATE);
  mark(lex.weekdays.keys(), CUE_DATE);
  mark(lex.countries.firstKeys(), CUE_COUNTRY);
  mark(lex.flowVerbs.firstKeys(), CUE_FLOW);
  mark(lex.speechVerbs, CUE_SOURCE);
  // "by the Centre's count": a reckoning noun names its source through the possessive.
  mark(lex.sourceNouns, CUE_SOURCE);
  mark(lex.valuationVerbs, CUE_SOURCE);
  mark(lex.publicationVerbs, CUE_SOURCE);
  mark(lex.observationVerbs, CUE_SOURCE);
  mark(lex.data.summaryVerbs, CUE_SOURCE);
  mark(lex.data.viewNouns, CUE_SOURCE);
  mark(lex.data.speechParticiples, CUE_SOURCE);
  mark(lex.data.ownedFigureNouns, CUE_SOURCE);
  mark(Object.keys(lex.data.progressiveVerbs), CUE_SOURCE);
  // Acronym definitions: "the Joint Chiefs of Staff (JCS)", "known as HUR".
  mark(['(', 'known'], CUE_SOURCE | CUE_ACRONYM);
  // A colon after a headline's first words credits a source: "Seoul: …".
  mark(['according', ':', '"', 'per'], CUE_SOURCE);
  // So may a dash before a headline's last words: "… shells to Russia – HUR".
  mark(['\u2013', '\u2014'], CUE_SOURCE);
  mark(lex.eventTriggers.firstKeys(), CUE_EVENT);
  mark(lex.categoryCues.keys(), CUE_CATEGORY);
  mark(['that', ';'], CUE_BREAK);
  mark(
    [...lex.categoryCues].flatMap(([word, cues]) =>
      cues.some((c) => c.category === 'trade') ? [word] : [],
    ),
    CUE_TRADE,
  );
  mark(lex.forceCues, CUE_CATEGORY);
  // Words the direction rules ask of a whole sentence, collected with its category words.
  mark(lex.data.accuracyWords, CUE_CATEGORY);
  mark(lex.data.worldwideWords, CUE_CATEGORY);
  mark(lex.data.clauseBreaks, CUE_CATEGORY);
  // Read by the same scan: "of whom" and the first word of a hidden transfer ("ship - to - ship").
  mark(['whom', ...lex.data.hiddenTransferPhrases.map((p) => p.split(' ')[0] ?? '')], CUE_CATEGORY);
  return bits;
}

const NUMBER_CUES = CUE_QUANTITY | CUE_DATE | CUE_AMOUNT | CUE_DATE_ANCHOR;

/** The schema of data/extract/word-order.json: vocabulary words in the order their ids are given. */
export const WordOrderSchema = Type.Object({
  $comment: Type.Optional(Type.String()),
  words: Words,
});

const parseWordOrder = createParser(WordOrderSchema);

/** Validates the word order; throws on invalid data, which is a build defect. */
export function compileWordOrder(raw: unknown): readonly string[] {
  const parsed = parseWordOrder(raw);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(`data/extract/word-order.json is invalid at ${first?.path}: ${first?.message}`);
  }
  return parsed.value.words;
}

/**
 * The words reporting uses most, first: a word's id indexes every per-id table (word lists, phrase
 * tables' first words, flags), so giving the common words the smallest ids keeps the entries a
 * document reads most in a few cache lines of each table rather than spread over all of it.
 */
const WORD_ORDER = compileWordOrder(wordOrderData);

/** The entries with the words of `first` ahead of the rest, each keeping its value. */
function commonFirst(
  entries: ReadonlyMap<string, number>,
  first: readonly string[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of first) {
    const bits = entries.get(word);
    if (bits !== undefined) out.set(word, bits);
  }
  for (const [word, bits] of entries) if (!out.has(word)) out.set(word, bits);
  return out;
}

const vocabularies = new WeakMap<Lexicon, Vocabulary>();

/** The lexicon's vocabulary: every word a rule may look up, with its cue bits. */
export function vocabularyOf(lex: Lexicon): Vocabulary {
  let vocabulary = vocabularies.get(lex);
  if (!vocabulary) {
    const entries = new Map(cueTable(lex));
    // Every word of the lexicon and of the rules: a word outside the vocabulary is read as
    // UNKNOWN, so the vocabulary must hold all the words any rule compares a token with.
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          strings.push(key);
          collect(inner);
        }
      }
    };
    collect(lex.data);
    for (const phrase of strings) {
      const tokens = tokenize(phrase);
      for (let k = 0; k < tokens.length; k++) {
        const word = tokens.key[k] ?? '';
        if (tokens.kind[k] === 0 && !entries.has(word)) entries.set(word, 0);
      }
    }
    vocabulary = createVocabulary(commonFirst(entries, WORD_ORDER), {
      numberFlags: CUE_QUANTITY | CUE_AMOUNT,
      dateNumberFlags: NUMBER_CUES,
    });
    vocabularies.set(lex, vocabulary);
  }
  return vocabulary;
}

/** One document's columns and keys at a time: extract() is done with a scan before it starts the next. */
const documentBuffers = createTokenBuffers();

/**
 * Tokenizes a document with the lexicon's vocabulary, so every token carries its cue bits. The
 * scan shares its buffers with the next one: it is read only until `scanText` is called again.
 */
export function scanText(lex: Lexicon, text: string): Scan {
  const tokens = tokenize(text, vocabularyOf(lex), documentBuffers);
  return { lex, tokens, cues: tokens.flags };
}
