/**
 * Closed word classes per language that the person recogniser reads as context: titles, kinship and role
 * words, speaker labels, months and weekdays, place prepositions, articles, subject pronouns, and finite verbs
 * that follow a subject. Written out from the grammar of each language, not from any corpus.
 */

/** The context word classes of one language (all lowercase). */
export interface LanguageCues {
  /** Titles and forms of address: the next word is a name, even when it is also an ordinary word. */
  titles: ReadonlySet<string>;
  /** Kinship and role words: a capitalised word right after them is a name ("mijn zus Noor"). */
  kin: ReadonlySet<string>;
  /** Labels of interviewers and respondents that are not names. */
  speakers: ReadonlySet<string>;
  /** Month and weekday names (never person names). */
  monthsDays: ReadonlySet<string>;
  /** Prepositions after which a capitalised word is a place ("in X", "from X"). */
  placePrepositions: ReadonlySet<string>;
  /** Articles and determiners: a capitalised word after them is a thing, not a person. */
  articles: ReadonlySet<string>;
  /** Subject pronouns that follow the verb in questions ("Wilt u", "Can you"). */
  subjectPronouns: ReadonlySet<string>;
  /** Finite verbs that typically follow a person as the subject ("Mark zei", "Ifeoma found"). */
  subjectVerbs: ReadonlySet<string>;
  /** Words that name or head an organisation. */
  organisation: RegExp;
  /** Female title and kinship words: the name after them is a woman's. */
  female: ReadonlySet<string>;
  /** Male title and kinship words. */
  male: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Dutch cues. */
export const NL_CUES: LanguageCues = {
  titles: set(`mevrouw meneer mevr mw mvr dhr heer juf juffrouw meester zuster broeder opa oma opoe opa's oma's tante
    oom ome buurman buurvrouw familie fam dokter dr drs ir mr prof pastoor pater dominee imam ds wethouder burgemeester
    agent collega mijnheer mevrouwtje`),
  kin: set(`zoon zoontje dochter dochtertje zus zusje zuster broer broertje vader moeder papa mama pa ma man vrouw ex
    vriend vriendin vriendje vriendinnetje partner echtgenoot echtgenote kleinzoon kleindochter schoonzoon
    schoondochter schoonmoeder schoonvader schoonzus zwager neef neefje nicht nichtje buurjongen buurmeisje buurman
    buurvrouw jongste oudste baby kind jongen meisje huisarts verloskundige consulent begeleider coach maatje
    vrijwilliger uitvoerder projectleider directeur coördinator assistent juf meester collega kleinkind`),
  speakers: set(`i r q a int interviewer interviewster respondent resp onderzoeker onderzoekster moderator spreker
    deelnemer gespreksleider vraag antwoord notulist tolk man vrouw allen iedereen beiden stem noot opmerking let op tip
    r1 r2 r3 moeder vader ouder leerkracht`),
  monthsDays: set(`januari februari maart april mei juni juli augustus september oktober november december maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag jan feb febr mrt apr jun jul aug sep sept okt nov dec`),
  placePrepositions: set("in uit te richting rondom nabij"),
  articles: set("een de het die deze dat dit zo'n z'n m'n"),
  subjectPronouns: set("u je jij ik we wij ze zij hij jullie"),
  subjectVerbs: set(`zei zegt vertelde vertelt vroeg vraagt vindt vond kwam komt ging gaat heeft had werkt werkte woont
    woonde belde belt wil wilde moet moest weet wist helpt hielp doet deed kreeg krijgt liep loopt zag ziet dacht denkt
    is was heeft houdt hield maakt maakte rijdt reed brengt bracht appt appte staat stond zit zat`),
  organisation:
    /^(stichting|vereniging|radio|tv|omroep|praktijk|school|basisschool|kerk|moskee|parochie|gemeente|ziekenhuis|bibliotheek|theater|café|restaurant|hotel|supermarkt|winkel|bedrijf|firma|fonds|platform|team|club|sv|vv|fc|rkvv|afdeling|dienst|bureau|centrum|huis|bank|kliniek|apotheek|zorg|groep|woningcorporatie|wijkteam)$|^.{3,}(stichting|vereniging|praktijk|school|ziekenhuis|kliniek|apotheek|centrum|bureau|platform|vereniging|bank|winkel|dienst|team)$/,
  female: set(`mevrouw mevr mw mvr juf juffrouw zuster oma opoe tante buurvrouw dochter dochtertje zus zusje moeder mama
    ma vrouw vriendin vriendinnetje echtgenote kleindochter schoondochter schoonmoeder schoonzus nicht nichtje
    buurmeisje meisje`),
  male: set(`meneer dhr heer mijnheer meester broeder opa oom ome buurman zoon zoontje broer broertje vader papa pa man
    vriend echtgenoot kleinzoon schoonzoon schoonvader zwager neef neefje buurjongen jongen pastoor pater`),
};

/** English cues. */
export const EN_CUES: LanguageCues = {
  titles: set(`mr mrs ms miss mx dr prof professor sir madam dame lady lord pastor father reverend rev sister brother
    sergeant sgt officer constable pc inspector detective nurse doctor uncle aunt auntie grandma grandpa granny gran
    nan nana councillor cllr mayor coach judge captain`),
  kin: set(`son daughter sister brother mother father mum mom dad mummy daddy wife husband partner friend neighbour
    neighbor grandson granddaughter grandchild nephew niece cousin boyfriend girlfriend fiancé fiancée colleague boss
    teacher manager stepson stepdaughter stepmother stepfather baby kid boy girl lad mate`),
  speakers: set(`i r q a int interviewer respondent participant moderator speaker question answer note facilitator
    researcher interpreter parent nurse teacher resident volunteer officer manager r1 r2 r3 p1 p2`),
  monthsDays: set(`january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec`),
  placePrepositions: set("in from near outside around across"),
  articles: set("a an the this that these those my his her our their your its"),
  subjectPronouns: set("you i we he she they it"),
  subjectVerbs: set(`said says told tells asked asks came comes went goes has had have works worked lives lived called
    calls rang rings wants wanted knows knew thinks thought helped helps does did got gets saw sees found finds runs
    ran is was will would can could should brought brings sent sends took takes made makes spends spent keeps kept
    stayed stays hasn't hadn't doesn't didn't isn't wasn't won't can't couldn't wouldn't does drove drives cried
    laughed started starts left leaves met meets`),
  organisation:
    /^(council|school|primary|academy|college|university|centre|center|trust|association|church|mosque|clinic|surgery|hospital|foundation|bank|club|group|team|services|service|society|charity|network|partnership|nhs|icb|agency|department|office|library|kitchen|court|park|estate|house|hall)$/,
  female: set(`mrs ms miss madam dame lady sister nurse aunt auntie grandma granny gran nan nana daughter mother mum
    mom mummy wife granddaughter niece girlfriend fiancée stepdaughter stepmother girl`),
  male: set(`mr sir lord father brother uncle grandpa son dad daddy husband grandson nephew boyfriend fiancé stepson
    stepfather boy lad`),
};
