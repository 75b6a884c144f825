package attribution

import "strings"

// Word tables for the analysis. General English news vocabulary only: no
// entry exists for one article's names or sentences.

// cueLemmas are verbs that introduce or report speech. Multi-word cues
// ("shoot back") are in phrasalCues.
var cueLemmas = []string{
	"say", "tell", "add", "ask", "answer", "reply", "respond", "explain", "note", "observe",
	"state", "declare", "announce", "claim", "insist", "maintain", "contend", "argue", "assert",
	"stress", "emphasise", "emphasize", "warn", "caution", "urge", "recall", "remember",
	"acknowledge", "admit", "concede", "confirm", "deny", "dispute", "reject", "allege", "accuse",
	"charge", "complain", "criticise", "criticize", "praise", "thank", "describe", "call", "dub",
	"predict", "promise", "vow", "pledge", "suggest", "propose", "recommend", "agree", "disagree",
	"counter", "rebut", "retort", "joke", "quip", "laugh", "shout", "yell", "scream", "cry",
	"whisper", "mutter", "murmur", "exclaim", "sigh", "plead", "beg", "demand", "order",
	"testify", "report", "write", "post", "tweet", "continue", "conclude", "begin", "interject",
	"interrupt", "repeat", "reiterate", "echo", "mention", "reference", "cite", "decline",
	"dismiss", "apologise", "apologize", "blame", "think", "believe", "tout", "boast", "concur",
	"hint", "signal", "admonish", "scold", "chide", "lament", "quote", "recount", "query",
	"question", "speculate", "estimate", "forecast", "guarantee", "assure", "reassure",
	"inform", "notify", "advise", "remind", "brief", "groan", "snap", "bark", "growl", "wonder",
	"grin", "smile", "shrug", "nod", "chuckle", "wince", "refuse", "hail", "slam", "blast",
	"condemn", "decry", "laud", "applaud", "welcome", "reveal", "disclose", "acknowledge",
	"appeal", "refer", "fume", "rage", "sob", "gush", "hiss", "snarl", "rave", "beam", "storm",
	"blurt", "gasp", "wail", "weep", "remark", "comment", "opine", "proclaim", "posit", "muse",
	"mock", "lambaste", "pronounce", "chant", "react", "submit", "clarify", "underline", "underscore",
	"aver", "reckon", "imply", "intimate", "bemoan", "grouse", "determine", "press",
	"portray", "characterize", "characterise", "cast", "brand", "label", "paint", "challenge",
	"elaborate", "riff", "gripe", "crow", "enthuse", "scoff", "sneer", "snipe", "rule", "denounce",
}

// frameOnly cues report speech only right beside a quotation ("…," she
// laughed); elsewhere they are ordinary verbs.
var frameOnly = map[string]bool{
	"muse": true, "mock": true, "lambaste": true, "pronounce": true, "chant": true, "react": true,
	"continue": true, "begin": true, "laugh": true, "sigh": true, "shout": true, "yell": true,
	"scream": true, "cry": true, "whisper": true, "mutter": true, "murmur": true, "joke": true,
	"quip": true, "interject": true, "interrupt": true, "echo": true, "write": true, "post": true,
	"tweet": true, "report": true, "call": true, "describe": true, "answer": true, "order": true,
	"charge": true, "think": true, "believe": true, "remember": true, "dub": true, "groan": true,
	"snap": true, "bark": true, "growl": true, "wonder": true, "signal": true, "quote": true,
	"question": true, "brief": true, "observe": true, "go on": true, "cut in": true,
	"grin": true, "smile": true, "shrug": true, "nod": true, "chuckle": true, "wince": true,
	"fume": true, "rage": true, "sob": true, "gush": true, "hiss": true, "snarl": true, "rave": true,
	"beam": true, "storm": true, "blurt": true, "gasp": true, "wail": true, "weep": true,
	"elaborate": true, "riff": true, "gripe": true, "crow": true,
	"enthuse": true, "scoff": true, "sneer": true, "snipe": true,
	"recall": true, // "recalled 40,000 jars" is no statement; "recalled that" is
	"refer":  true,
	"submit": true, "clarify": true, "underline": true, "underscore": true, "aver": true, "reckon": true,
	"intimate": true, "grouse": true, "determine": true, "press": true,
	"portray": true, "characterize": true, "characterise": true, "cast": true, "brand": true, "label": true, "paint": true,
	"rule": true,
}

// asCues report what they make of someone only with "as" after the object:
// "cast Trump as a former liberal", not "cast a vote".
var asCues = setOf(`portray characterize characterise cast brand label paint`)

// thatCues report speech only when "that" follows them: "submitted that
// the law was void", not "the e-mails she submitted".
var thatCues = setOf(`submit clarify underline underscore aver reckon intimate grouse determine signal rule`)

// irregularForms maps irregular inflections to their lemma.
var irregularForms = map[string]string{
	"said": "say", "says": "say", "saying": "say", "told": "tell", "telling": "tell",
	"wrote": "write", "written": "write", "writing": "write", "thought": "think",
	"began": "begin", "begun": "begin", "beginning": "begin", "cried": "cry", "cries": "cry",
	"replied": "reply", "replies": "reply", "denied": "deny", "denies": "deny",
	"testified": "testify", "testifies": "testify", "quipped": "quip", "quipping": "quip",
	"referenced": "reference", "dubbed": "dub", "dubbing": "dub", "pled": "plead",
	"snapped": "snap", "snapping": "snap", "queried": "query", "queries": "query",
	"shot": "shoot", "hit": "hit", "fired": "fire", "pointed": "point", "went": "go",
	"goes": "go", "cut": "cut", "put": "put", "spoke": "speak", "spoken": "speak",
	"grinned": "grin", "grinning": "grin", "nodded": "nod", "nodding": "nod", "shrugged": "shrug",
	"shrugging": "shrug", "admitted": "admit", "admitting": "admit", "regretted": "regret",
	"referred": "refer", "referring": "refer", "stopped": "stop", "committed": "commit",
	"sobbed": "sob", "sobbing": "sob", "wept": "weep", "slammed": "slam", "slamming": "slam",
	"submitted": "submit", "submitting": "submit", "clarified": "clarify", "clarifies": "clarify",
}

// phrasalCues are two-word cues: the verb lemma and the particle after it.
var phrasalCues = map[string]string{
	"shoot back": "shoot back", "hit back": "hit back", "fire back": "fire back",
	"point out": "point out", "go on": "go on", "cut in": "cut in", "call on": "call on",
	"speak out": "speak out", "call for": "call for", "call upon": "call on", "point to": "point to",
}

// namingCues before a quotation mean the marks hold a name, not anyone's words.
var namingCues = map[string]bool{
	"known as": true, "dubbed": true, "nicknamed": true, "titled": true, "entitled": true,
	"named": true, "christened": true, "christening": true, "so-called": true, "code name": true,
	"codenamed": true, "code-named": true, "aka": true, "a.k.a.": true, "branded": true,
	"labelled": true, "labeled": true, "billed as": true, "marketed as": true, "called": true,
	"calling": true, "name": true, "slogan": true, "motto": true, "hashtag": true,
	"call sign": true, "callsign": true, "goes by": true, "went by": true, "nom de guerre": true,
}

// adverbials may stand between a subject and its cue verb ("she later said").
var adverbials = map[string]bool{
	"also": true, "later": true, "then": true, "again": true, "previously": true, "earlier": true,
	"once": true, "quickly": true, "quietly": true, "simply": true, "only": true, "repeatedly": true,
	"has": true, "had": true, "have": true, "would": true, "will": true, "could": true, "might": true,
	"may": true, "did": true, "does": true, "do": true, "never": true, "not": true, "often": true,
	"further": true, "flatly": true, "angrily": true, "calmly": true, "publicly": true,
	"privately": true, "recently": true, "reportedly": true, "separately": true, "subsequently": true,
	"firmly": true, "bluntly": true, "softly": true, "loudly": true, "briefly": true, "frankly": true,
	"openly": true, "already": true, "just": true, "first": true, "finally": true, "still": true,
	"however": true, "afterwards": true, "afterward": true, "nevertheless": true, "nonetheless": true,
	"instead": true, "even": true, "too": true, "likewise": true, "similarly": true,
}

// determiners open a common noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"another": true, "one": true, "some": true, "each": true, "every": true, "neither": true,
	"either": true, "no": true, "both": true, "all": true, "any": true, "several": true,
	"many": true, "most": true, "two": true, "three": true,
}

// isDefinite reports a definite determiner, which makes a role noun point
// back to someone named before: three words, tested without a table.
func isDefinite(w string) bool { return w == "the" || w == "this" || w == "that" }

// prepositions before a name mean the name is not the clause's subject.
var prepositions = map[string]bool{
	"for": true, "with": true, "to": true, "of": true, "by": true, "from": true, "at": true,
	"on": true, "in": true, "about": true, "against": true, "into": true, "onto": true,
	"toward": true, "towards": true, "than": true, "like": true, "between": true, "among": true,
	"under": true, "over": true, "after": true, "before": true, "during": true, "without": true,
	"within": true, "via": true, "upon": true, "beside": true, "behind": true, "near": true,
	"including": true, "as": true, "per": true, "thanked": true, "told": true, "asked": true,
	"alongside": true, "amid": true, "amidst": true, "despite": true, "unlike": true, "throughout": true, "besides": true, "beyond": true,
}

// functionWords are never names, even capitalised at a sentence's start.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "but": true, "or": true, "nor": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "to": true, "of": true,
	"by": true, "from": true, "as": true, "if": true, "when": true, "while": true, "after": true,
	"before": true, "since": true, "because": true, "although": true, "though": true, "this": true,
	"that": true, "these": true, "those": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "you": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "there": true, "here": true, "then": true, "so": true,
	"yet": true, "not": true, "no": true, "yes": true, "asked": true, "speaking": true,
	"under": true, "outside": true, "inside": true, "during": true, "later": true, "earlier": true,
	"meanwhile": true, "however": true, "still": true, "also": true, "neither": true, "either": true,
	"both": true, "each": true, "every": true, "all": true, "some": true, "many": true, "most": true,
	"one": true, "two": true, "three": true, "several": true, "other": true, "another": true,
	"what": true, "who": true, "which": true, "where": true, "why": true, "how": true,
	"asked,": true, "not everyone": true, "until": true, "unless": true, "despite": true,
	"about": true, "over": true, "without": true, "within": true, "against": true, "among": true,
	"like": true, "just": true, "even": true, "only": true, "now": true, "today": true,
	"tonight": true, "yesterday": true, "tomorrow": true, "shortly": true, "nobody": true,
	"everyone": true, "someone": true, "anyone": true, "nothing": true, "everything": true,
	"whenever": true, "wherever": true, "whatever": true, "whoever": true,
	"hundreds": true, "thousands": true, "dozens": true, "millions": true, "scores": true, "tens": true,
}

// calendarWords are capitalised but never speakers.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true,
}

// abbreviations end with a period that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "st": true, "sts": true, "ste": true, "sen": true, "gov": true,
	"lt": true, "col": true, "capt": true, "sgt": true, "gen": true, "rep": true, "prof": true,
	"jr": true, "sr": true, "inc": true, "corp": true, "ltd": true, "co": true, "no": true,
	"vs": true, "v": true, "mt": true, "ft": true, "rev": true, "hon": true, "maj": true, "cmdr": true,
	"adm": true, "supt": true, "insp": true, "det": true, "cpl": true, "pvt": true, "fr": true, "asst": true, "commr": true, "commr.": true,
	"const": true, "cst": true, "coun": true, "gda": true,
	"gens": true, "sens": true, "reps": true, "atty": true, "ave": true, "blvd": true, "rd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "est": true, "approx": true,
	"dept": true, "univ": true, "assn": true, "bros": true, "etc": true, "e.g": true, "i.e": true,
}

// stateAbbreviations follow a place and a comma in datelines and
// addresses ("Tampa, Fla."): their period ends no sentence there.
var stateAbbreviations = map[string]bool{"ala": true, "ariz": true, "ark": true, "calif": true,
	"colo": true, "conn": true, "del": true, "fla": true, "ga": true, "ill": true, "ind": true,
	"kan": true, "kans": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true,
	"minn": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "n.h": true,
	"n.j": true, "n.m": true, "n.y": true, "n.c": true, "n.d": true, "okla": true, "ore": true,
	"pa": true, "r.i": true, "s.c": true, "s.d": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "w.va": true, "wis": true, "wyo": true, "d.c": true, "alta": true,
	"b.c": true, "man": true, "sask": true, "ont": true, "que": true, "n.s": true, "n.b": true,
	"nfld": true, "p.e.i": true}

// titles stand before a name ("Sen. Ruben Aldana"); the value is the title's
// full form, used as role when the article gives no other.
// withElect adds the forms for someone about to take office: "Mayor-elect
// Jonah Pratt" is Jonah Pratt.
func withElect(m map[string]string) map[string]string {
	for _, w := range []string{"president", "mayor", "governor", "minister", "chancellor", "senator", "premier", "secretary"} {
		m[w+"-elect"] = m[w] + "-elect"
		m[w+"-designate"] = m[w] + "-designate"
	}
	return m
}

var titles = withElect(map[string]string{
	"mr": "", "mrs": "", "ms": "", "miss": "", "mx": "", "dr": "Dr", "doctor": "Dr",
	"shri": "", "sri": "", "smt": "", "shrimati": "", "madam": "", "mdm": "",
	"datuk": "Datuk", "dato": "Dato'", "datin": "Datin", "alhaji": "Alhaji", "alhaja": "Alhaja", "hajia": "Hajia",
	"prof": "Professor", "professor": "Professor", "sen": "Senator", "senator": "Senator",
	"rep": "Representative", "representative": "Representative", "gov": "Governor",
	"governor": "Governor", "president": "President", "vice": "", "mayor": "Mayor", "reeve": "Reeve", "warden": "Warden",
	"sheriff": "Sheriff", "judge": "Judge", "justice": "Justice", "capt": "Captain",
	"captain": "Captain", "lt": "Lieutenant", "lieutenant": "Lieutenant", "col": "Colonel",
	"colonel": "Colonel", "gen": "General", "general": "General", "sgt": "Sergeant",
	"sergeant": "Sergeant", "officer": "Officer", "detective": "Detective", "det": "Detective", "gda": "Garda",
	"chief": "Chief", "king": "King", "queen": "Queen", "prince": "Prince", "princess": "Princess",
	"pope": "Pope", "rev": "Reverend", "reverend": "Reverend", "father": "Father", "sister": "Sister",
	"minister": "Minister", "chancellor": "Chancellor", "secretary": "Secretary",
	"secretary-general": "Secretary-General", "director-general": "Director-General",
	"attorney-general": "Attorney-General", "auditor-general": "Auditor-General", "solicitor-general": "Solicitor-General", "inspector-general": "Inspector-General", "surgeon-general": "Surgeon-General", "lieutenant-governor": "Lieutenant-Governor", "governor-general": "Governor-General",
	"councilmember": "Councilmember", "councilman": "Councilman", "councilwoman": "Councilwoman",
	"councillor": "Councillor", "councilor": "Councilor", "cllr": "Councillor", "cr": "Councillor", "kaumātua": "Kaumātua", "kaumatua": "Kaumātua", "kuia": "Kuia", "commissioner": "Commissioner", "trustee": "Trustee",
	"inspector": "Inspector", "coach": "Coach", "maj": "Major", "major": "Major", "adm": "Admiral",
	"admiral": "Admiral", "cmdr": "Commander", "commander": "Commander", "supt": "Superintendent",
	"asst": "Assistant", "commr": "Commissioner", // "Asst. Commr. Dennis Ouellette": an RCMP rank
	"superintendent": "Superintendent", "premier": "Premier", "ambassador": "Ambassador",
	"chairman": "Chairman", "chairwoman": "Chairwoman", "chair": "Chair", "director": "Director",
	"committeeman": "Committeeman", "committeewoman": "Committeewoman",
	"executive": "Executive", "attorney": "Attorney", "manager": "Manager", "speaker": "Speaker",
	"spokesperson": "spokesperson", "spokesman": "spokesman", "spokeswoman": "spokeswoman",
	"cpl": "Corporal", "corporal": "Corporal", "pvt": "Private", "dame": "Dame", "sir": "Sir",
	"lord": "Lord", "lady": "Lady", "hon": "Honourable", "atty": "Attorney", "fr": "Father",
	"rabbi": "Rabbi", "imam": "Imam", "bishop": "Bishop", "archbishop": "Archbishop",
	"cardinal": "Cardinal", "deputy": "Deputy", "assemblyman": "Assemblyman",
	"assemblywoman": "Assemblywoman", "congressman": "Congressman", "congresswoman": "Congresswoman",
	"trooper": "Trooper", "constable": "Constable", "const": "Constable", "cst": "Constable", "coun": "Councillor", "marshal": "Marshal", "ceo": "CEO",
	"coordinator": "Coordinator", "editor": "Editor", "founder": "Founder",
	"supervisor": "Supervisor", "comptroller": "Comptroller", "treasurer": "Treasurer", "auditor": "Auditor",
	"alderman": "Alderman", "alderwoman": "Alderwoman", "registrar": "Registrar", "magistrate": "Magistrate",
	"dci": "Detective Chief Inspector", "di": "Detective Inspector", "ds": "Detective Sergeant",
	"dc": "Detective Constable", "dac": "Deputy Assistant Commissioner", "dcs": "Detective Chief Superintendent",
	"acc": "Assistant Chief Constable", "dcc": "Deputy Chief Constable", "insp": "Inspector", "baroness": "Baroness", "brig": "Brigadier", "brigadier": "Brigadier",
	"gov.": "Governor", "mp": "MP", "mep": "MEP", "msp": "MSP", "mla": "MLA", "mpp": "MPP", "mna": "MNA", "mpa": "MPA", "mlc": "MLC", "mha": "MHA", "mhk": "MHK", "sheikh": "Sheikh", "emir": "Emir", "pastor": "Pastor", "mec": "MEC",
	"taoiseach": "Taoiseach", "tánaiste": "Tánaiste", "tanaiste": "Tánaiste", "td": "TD",
	"pm": "Prime Minister", "cm": "Chief Minister", "ag": "Attorney General",
	"seaman": "Seaman", "airman": "Airman", "ensign": "Ensign", "petty": "Petty",
	"ombudsman": "Ombudsman", "ombudsperson": "Ombudsperson", "collector": "Collector", "dsp": "Deputy Superintendent of Police", "sp": "Superintendent of Police", "asp": "Assistant Superintendent of Police", "csp": "Chief Superintendent of Police", "sho": "Station House Officer", "dgp": "Director General of Police", "tehsildar": "Tehsildar",
	"vice-chief": "Vice-Chief", "vice-president": "Vice-President", "vice-chair": "Vice-Chair", "co-chair": "Co-Chair",
	"vice-premier": "Vice-Premier", "vice-mayor": "Vice-Mayor", "vice-chairman": "Vice-Chairman", "vice-chairwoman": "Vice-Chairwoman",
})

// roleNouns name what a person is; "the spokeswoman" points back to the
// person the article gave that role.
var roleNouns = map[string]bool{
	"president": true, "administrator": true, "donor": true, "megadonor": true, "minister": true, "spokesperson": true, "spokesman": true, "mate": true,
	"spokeswoman": true, "governor": true, "senator": true, "mayor": true, "sheriff": true, "reeve": true, "warden": true,
	"judge": true, "captain": true, "chairman": true, "chairwoman": true, "chair": true,
	"director": true, "executive": true, "attorney": true, "lawyer": true, "manager": true,
	"coach": true, "chief": true, "commander": true, "officer": true, "secretary": true,
	"chancellor": true, "prosecutor": true, "analyst": true, "economist": true, "actuary": true, "official": true,
	"leader": true, "premier": true, "taoiseach": true, "tánaiste": true, "tanaiste": true, "ambassador": true, "councilmember": true, "councillor": true,
	"councilor": true, "commissioner": true, "trustee": true, "inspector": true, "detective": true, "sergeant": true,
	"lieutenant": true, "colonel": true, "general": true, "striker": true, "player": true, "arbitrator": true, "adjudicator": true, "clinician": true, "psychiatrist": true, "psychologist": true, "therapist": true, "lifeguard": true, "caregiver": true, "educator": true, "librarian": true, "architect": true, "planner": true, "accountant": true, "epidemiologist": true, "toxicologist": true, "pathologist": true, "radiologist": true, "dispatcher": true, "campaigner": true, "logger": true, "sprinter": true, "swimmer": true, "skier": true, "rower": true, "boxer": true, "golfer": true, "skater": true, "jockey": true, "wrestler": true, "hurdler": true, "paddler": true, "curler": true,
	"midfielder": true, "defender": true, "goalkeeper": true, "goaltender": true, "goalie": true, "netminder": true, "defenceman": true, "defenseman": true, "winger": true, "quarterback": true, "linebacker": true, "cornerback": true, "receiver": true, "kicker": true, "punter": true, "halfback": true, "fullback": true, "pitcher": true, "forward": true, "owner": true,
	"founder": true, "ceo": true, "chef": true, "nurse": true, "doctor": true, "professor": true,
	"lecturer": true, "teacher": true, "student": true, "researcher": true, "scientist": true,
	"meteorologist": true, "investigator": true, "witness": true, "defendant": true,
	"veteran": true, "businessman": true, "businesswoman": true, "agent": true,
	"representative": true, "congressman": true, "congresswoman": true, "strategist": true,
	"activist": true, "advocate": true, "vice-chancellor": true, "head": true, "deputy": true,
	"candidate": true, "incumbent": true, "challenger": true, "mother": true, "father": true,
	"husband": true, "wife": true, "widow": true, "son": true, "daughter": true, "brother": true,
	"sister": true, "grandmother": true, "grandfather": true, "resident": true, "pharmacist": true,
	"driver": true, "pilot": true, "engineer": true, "developer": true, "reviewer": true,
	"writer": true, "reporter": true, "journalist": true, "editor": true, "author": true,
	"historian": true, "expert": true, "diplomat": true, "envoy": true, "negotiator": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "cleric": true, "commentator": true, "pundit": true, "consultant": true, "adviser": true,
	"advisor": true, "aide": true, "treasurer": true, "auditor": true, "counsel": true,
	"solicitor": true, "barrister": true, "magistrate": true, "coroner": true, "marshal": true,
	"trooper": true, "constable": true, "firefighter": true, "paramedic": true, "surgeon": true,
	"physician": true, "dentist": true, "farmer": true, "rancher": true, "winemaker": true,
	"baker": true, "shopkeeper": true, "landlord": true, "tenant": true, "volunteer": true,
	"organiser": true, "organizer": true, "coordinator": true, "superintendent": true,
	"principal": true, "dean": true, "provost": true, "rector": true, "chairperson": true,
	"correspondent": true, "member": true, "boss": true, "assistant": true, "predecessor": true, "successor": true,
	"colleague": true, "partner": true, "opponent": true, "rival": true,
	"steward": true, "referee": true, "umpire": true, "skipper": true,
	"midwife": true, "miner": true, "worker": true, "fisherman": true, "shopowner": true, "critic": true,
	"vendor": true, "evacuee": true, "retiree": true, "pensioner": true, "commuter": true, "trader": true, "hawker": true,
	"foreman": true, "forewoman": true, "supervisor": true, "longshoreman": true, "dockworker": true, "electrician": true,
	"plumber": true, "welder": true, "mechanic": true, "technician": true, "clerk": true, "cashier": true, "machinist": true,
	"carpenter": true, "labourer": true, "laborer": true, "janitor": true, "custodian": true, "bartender": true, "waitress": true, "waiter": true,
}

// orgWords mark a capitalised name as an organisation; orgHeads are the nouns
// that point back to one ("the company said").
var orgWords = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "ltd": true, "ltd.": true, "llc": true, "llp": true,
	"plc": true, "co": true, "co.": true, "group": true, "bank": true, "agency": true,
	"authority": true, "office": true, "team": true, "guild": true, "confederation": true, "collective": true, "consortium": true, "inspectorate": true, "observatory": true, "department": true, "ministry": true, "council": true, "detachment": true, "unit": true,
	"committee": true, "pac": true, "commission": true, "union": true, "association": true, "institute": true,
	"institution": true, "university": true, "college": true, "school": true, "alliance": true, "coalition": true,
	"trust": true, "foundation": true, "party": true, "police": true, "court": true, "order": true,
	"pharmaceuticals": true, "holdings": true, "partners": true, "capital": true, "therapeutics": true, "biosciences": true, "biotech": true,
	"securities": true, "federation": true, "league": true, "club": true, "society": true,
	"republic": true, "kingdom": true, "emirates": true, "commonwealth": true,
	"service": true, "services": true, "board": true, "network": true, "organisation": true,
	"organization": true, "company": true, "corporation": true, "industries": true, "hydro": true, "transit": true, "schools": true,
	"technologies": true, "labs": true, "systems": true, "motors": true, "airlines": true,
	"airways": true, "government": true, "administration": true, "parliament": true,
	"congress": true, "senate": true, "assembly": true, "kremlin": true, "pentagon": true, "united": true, "city": true, "fc": true, "local": true, "bureau": true,
	"secretariat": true, "taskforce": true, "army": true, "navy": true, "command": true,
	"embassy": true, "mission": true, "nation": true, "centre": true, "center": true, "centres": true, "centers": true, "hospital": true,
	"academies": true, "directorate": true, "institutes": true, "laboratories": true,
	"fund": true, "research": true, "watch": true, "forum": true, "cooperative": true,
	"air": true, "books": true, "publishing": true, "foods": true, "energy": true, "marine": true, "steel": true, "mining": true, "oil": true,
	"gas": true, "power": true, "shipping": true, "logistics": true, "rail": true, "railway": true, "railways": true, "railroad": true, "railroads": true, "ferries": true,
	"media": true, "telecom": true, "pharma": true, "cross": true, "crescent": true,
	"brands": true, "retail": true, "construction": true, "insurance": true, "chemicals": true,
	"electric": true, "electronics": true, "software": true, "solutions": true, "ventures": true,
	"shipyard": true, "shipyards": true, "works": true, "mills": true, "farms": true, "dairy": true,
	"airport": true, "delegation": true, "athletic": true, "rovers": true, "wanderers": true,
	"albion": true, "hotspur": true, "afc": true, "brotherhood": true, "sisterhood": true,
	"movement": true, "front": true, "initiative": true, "bloc": true,
	"survey": true, "census": true, "chamber": true, "committees": true, "conference": true,
	"watchdog": true, "caucus": true, "academy": true, "project": true, "laboratory": true, "tribunal": true,
}

var orgHeads = map[string]bool{
	"company": true, "firm": true, "municipality": true, "agency": true, "bank": true, "ministry": true, "district": true,
	"department": true, "office": true, "university": true, "alliance": true, "coalition": true,
	"authority": true, "group": true, "union": true, "council": true, "committee": true,
	"club": true, "trust": true, "association": true, "institute": true, "government": true,
	"administration": true, "police": true, "court": true, "commission": true, "board": true,
	"party": true, "organisation": true, "organization": true, "foundation": true, "airline": true,
	"carmaker": true, "automaker": true, "drugmaker": true, "manufacturer": true, "retailer": true,
	"insurer": true, "lender": true, "regulator": true, "watchdog": true, "charity": true, "non-profit": true,
	"school": true, "college": true, "hospital": true, "federation": true, "league": true, "division": true,
	"statement": true, "team": true, "side": true, "campaign": true, "network": true,
	"prosecution": true, "defense": true, "defence": true, "service": true, "bureau": true,
	"army": true, "military": true, "embassy": true, "kremlin": true, "white house": true,
	"startup": true, "developer": true, "maker": true, "operator": true, "utility": true,
	"fund": true, "city": true, "town": true, "county": true, "state": true, "center": true, "centre": true,
	"delegation": true, "movement": true, "bloc": true, "faction": true, "camp": true,
	"publisher": true, "carrier": true, "corporation": true, "nonprofit": true,
	"opposition": true, "junta": true, "cabinet": true, "regime": true, "consortium": true,
	"band": true, "orchestra": true, "choir": true, "family": true, "ensemble": true,
	"troupe": true, "palace": true, "presidency": true, "panel": true, "mission": true, "tribunal": true,
}

// companyHeads point back to a business when no organisation's name holds the
// noun itself.
var companyHeads = map[string]bool{
	"company": true, "firm": true, "carmaker": true, "automaker": true, "drugmaker": true,
	"manufacturer": true, "retailer": true, "startup": true, "maker": true, "group": true,
	"operator": true, "insurer": true, "lender": true, "airline": true, "business": true,
}

// companySuffixes mark a name as a business.
var companySuffixes = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "ltd": true, "ltd.": true, "llc": true, "llp": true,
	"plc": true, "co": true, "co.": true, "pharmaceuticals": true, "holdings": true, "therapeutics": true, "biosciences": true, "biotech": true,
	"industries": true, "technologies": true, "labs": true, "systems": true, "motors": true,
	"airlines": true, "airways": true, "group": true, "securities": true, "capital": true,
	"foods": true, "energy": true, "marine": true, "steel": true, "mining": true, "shipping": true,
	"logistics": true, "media": true, "telecom": true, "pharma": true, "brands": true, "railway": true, "railroad": true,
	"chemicals": true, "electric": true, "electronics": true, "software": true, "shipyards": true,
	"partners": true, "consultants": true, "consulting": true, "engineering": true, "associates": true,
	"construction": true, "developments": true, "properties": true, "solutions": true, "products": true, "metals": true, "minerals": true,
	"meats": true, "seafoods": true, "bakeries": true, "brewing": true, "breweries": true, "dairies": true, "farms": true,
	"homes": true, "builders": true, "mills": true, "packers": true, "outfitters": true, "aerospace": true,
	"components": true, "manufacturing": true, "plastics": true, "automotive": true, "materials": true, "networks": true,
}

// outletWords mark a name as a news outlet: it reports, it is not a speaker.
var outletWords = withAll(outletBrands, map[string]bool{
	"herald": true, "ledger": true, "courier": true, "echo": true, "gazette": true, "times": true,
	"post": true, "journal": true, "tribune": true, "news": true, "radio": true, "tv": true,
	"television": true, "chronicle": true, "observer": true, "guardian": true, "telegraph": true,
	"independent": true, "express": true, "mirror": true, "standard": true, "examiner": true,
	"inquirer": true, "sentinel": true, "dispatch": true, "bulletin": true,
	"press": true, "wire": true, "broadcasting": true, "magazine": true, "weekly": true,
	"daily": true, "reuters": true, "tass": true, "xinhua": true, "interfax": true,
	"beacon": true, "register": true, "review": true, "globe": true, "bee": true, "monitor": true,
	"enquirer": true, "caller": true, "beast": true, "star": true, "starphoenix": true, "colonist": true, "spectator": true, "citizen": true, "blaze": true, "intercept": true, "mail": true,
})

// outletBrands are news organisations known by one word; a hyphenated
// surname may end in one ("Nakogee-Fox"), as it rarely ends in "Post".
var outletBrands = setOf(`politico forbes propublica buzzfeed huffpost bloomberg axios vox slate salon
breitbart newsweek variety cnn msnbc nbc abc cbs fox npr pbs bbc afp cbc ctv politifact factcheck.org
realclearpolitics`)

// withAll adds the words of set to m.
func withAll(set, m map[string]bool) map[string]bool {
	for w := range set {
		m[w] = true
	}
	return m
}

// platformNames are companies whose names stand alone: bodies, never people.
var platformNames = setOf(`twitter facebook youtube instagram google apple microsoft amazon
netflix uber airbnb tiktok snapchat reddit linkedin verizon walmart exxon boeing gallup
quinnipiac yougov pew`)

// outletNouns before a name mark it as an outlet ("state broadcaster CTV").
var outletNouns = map[string]bool{
	"agency": true, "broadcaster": true, "newspaper": true, "paper": true, "outlet": true,
	"newsletter": true, "site": true, "website": true, "channel": true, "network": true,
	"station": true, "magazine": true, "tabloid": true, "daily": true, "blog": true,
	"podcast": true, "program": true, "programme": true, "show": true, "wire": true,
}

// Gender evidence: titles, role nouns and common given names.
var femaleWords = map[string]bool{
	"mrs": true, "ms": true, "miss": true, "spokeswoman": true, "chairwoman": true, "committeewoman": true,
	"councilwoman": true, "congresswoman": true, "businesswoman": true, "assemblywoman": true,
	"mother": true, "wife": true, "widow": true, "daughter": true, "sister": true,
	"grandmother": true, "queen": true, "princess": true, "dame": true, "lady": true,
	"madam": true, "mdm": true, "datin": true, "alhaja": true, "hajia": true, "aunt": true, "niece": true, "girlfriend": true, "actress": true,
	"policewoman": true, "sportswoman": true, "she": true, "her": true, "herself": true,
	"woman": true, "girl": true, "granddaughter": true, "smt": true, "shrimati": true,
}
var maleWords = map[string]bool{
	"mr": true, "spokesman": true, "chairman": true, "councilman": true, "congressman": true, "committeeman": true,
	"businessman": true, "assemblyman": true, "father": true, "husband": true, "widower": true,
	"son": true, "brother": true, "grandfather": true, "king": true, "prince": true, "sir": true, "shri": true,
	"lord": true, "alhaji": true, "uncle": true, "nephew": true, "boyfriend": true, "actor": true,
	"policeman": true, "sportsman": true, "he": true, "him": true, "his": true, "himself": true,
	"man": true, "boy": true, "grandson": true,
}

// subordinators open a clause that hangs on a main clause: "when Tapper
// asked", "because the vote failed", "once the Senate goes on recess".
var subordinators = setOf(`when while whereas as after before since until because although though
if unless once whenever`)

// sentenceOpeners open a sentence or a clause without being its subject:
// joining words and adverbs of time, place or stance ("But he said",
// "Later, she added", "Asked about it, he said").
var sentenceOpeners = setOf(`and but so yet then also still instead meanwhile later now however
earlier separately afterwards afterward today yesterday last next overnight elsewhere outside
inside back home there here likewise otherwise nevertheless nonetheless moreover furthermore indeed
besides regardless thus hence therefore asked told`)

// openers are the words either table holds: what may stand before a
// clause's subject.
var openers = union(subordinators, sentenceOpeners)

// joiningWords are the openers that join two clauses and never open a
// phrase set off by commas.
var joiningWords = setOf("and but so")

// groupNouns name people spoken of together, who speak as a group, not as
// one body: "critics say", "Democrats argued".
var groupNouns = map[string]bool{
	"democrats": true, "republicans": true, "conservatives": true, "liberals": true,
	"progressives": true, "independents": true, "libertarians": true, "voters": true,
	"residents": true, "critics": true, "analysts": true, "experts": true, "supporters": true,
	"protesters": true, "protestors": true, "demonstrators": true, "aides": true, "advisers": true,
	"advisors": true, "sources": true, "witnesses": true, "workers": true, "fans": true,
	"mourners": true, "pollsters": true, "people": true, "families": true, "parents": true,
	"students": true, "activists": true, "economists": true, "scientists": true,
	"researchers": true, "doctors": true, "nurses": true, "teachers": true, "leaders": true,
	"members": true, "observers": true, "diplomats": true, "senators": true, "delegates": true,
	"latinos": true, "hispanics": true, "evangelicals": true, "veterans": true, "opponents": true,
	"allies": true, "donors": true, "staffers": true, "organizers": true, "organisers": true,
	"neighbors": true, "neighbours": true, "locals": true, "citizens": true, "farmers": true,
	"associates": true, "organizations": true, "organisations": true, "groups": true,
	"colleagues": true, "campaigners": true, "governors": true, "mayors": true, "candidates": true,
	"rivals": true, "backers": true, "insiders": true, "strategists": true, "operatives": true,
	"consultants": true, "historians": true, "scholars": true, "commentators": true, "advocates": true,
	"millennials": true, "boomers": true, "adults": true, "americans": true, "women": true, "men": true,
	"respondents": true, "moderates": true, "whites": true, "blacks": true, "seniors": true,
}

// unnamedHeads are people an article leaves unnamed, beside the role nouns:
// "a woman said", "one source said".
var unnamedHeads = map[string]bool{"man": true, "woman": true, "source": true, "insider": true,
	"democrat": true, "republican": true, "commenter": true, "reader": true, "viewer": true,
	"user": true, "child": true, "kid": true, "teenager": true,
	"person": true, "voter": true, "supporter": true, "staffer": true, "protester": true,
	"attendee": true, "participant": true, "neighbor": true, "neighbour": true, "friend": true,
	"relative": true, "employee": true, "customer": true, "passenger": true, "bystander": true,
	"delegate": true, "operative": true, "lawmaker": true, "legislator": true, "pollster": true,
	"observer": true, "donor": true, "ally": true, "confidant": true, "associate": true,
	"respondent": true, "caller": true, "parent": true, "student": true, "pal": true, "mate": true,
	"acquaintance": true, "colleague": true, "homeowner": true, "renter": true, "commuter": true, "shopper": true}

// placeNames are places often written alone: a place can stand for its
// government ("Germany said") but is never a person a pronoun points to.
var placeNames = setOf(`alabama alaska arizona arkansas california colorado connecticut delaware
florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma
oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
america canada mexico brazil argentina chile peru colombia venezuela cuba france germany italy
spain portugal ireland england scotland wales britain russia ukraine poland china japan india
pakistan afghanistan iran iraq syria israel egypt turkey greece sweden norway denmark finland
iceland africa asia europe australia austria belgium netherlands libya sudan kenya nigeria ghana
yemen qatar lebanon hungary romania bulgaria serbia croatia vietnam thailand indonesia
philippines malaysia singapore taiwan beijing moscow london paris berlin tokyo brussels
washington chicago boston miami orlando tehran kabul baghdad damascus jerusalem
harrisburg manhattan brooklyn bronx sacramento albany tallahassee raleigh denver atlanta boise
aleppo mosul raqqa homs idlib benghazi tripoli mogadishu khartoum`,
	"new york", "new hampshire", "new jersey", "new mexico", "north carolina", "south carolina",
	"north dakota", "south dakota", "west virginia", "rhode island", "united states", "united kingdom",
	"north korea", "south korea", "saudi arabia", "south africa", "new zealand", "hong kong",
	"los angeles", "san francisco", "las vegas", "new orleans", "des moines", "st. louis",
	"northern ireland", "new south wales", "western australia", "south australia", "northern territory",
	"british columbia", "nova scotia", "tamil nadu", "west bengal", "uttar pradesh", "andhra pradesh",
	"queensland", "tasmania", "ontario", "quebec", "alberta", "manitoba", "saskatchewan", "punjab", "sindh",
	"prince edward island", "new brunswick", "nunavut", "yukon", "prince george", "prince rupert", "prince albert",
	"kerala", "karnataka", "maharashtra", "gujarat", "bihar", "sabah", "sarawak", "selangor", "johor",
	"delhi", "mumbai", "dublin", "edinburgh", "cardiff", "belfast", "ottawa", "canberra", "nairobi", "lagos",
	"new delhi", "karachi", "lahore", "islamabad", "peshawar", "quetta", "kuala lumpur", "putrajaya", "kota kinabalu",
	"kuching", "penang", "johor bahru", "manila", "quezon city", "cebu", "davao", "jakarta", "bangkok", "dhaka",
	"colombo", "kathmandu", "chennai", "kolkata", "bengaluru", "hyderabad", "lucknow", "jaipur", "srinagar",
	"pune", "ahmedabad", "bhopal", "chandigarh", "guwahati", "kochi", "thiruvananthapuram", "patna", "ranchi",
	"bhubaneswar", "nagpur", "indore", "mysuru", "mangaluru", "coimbatore", "madurai", "visakhapatnam", "shimla", "dehradun",
	"mombasa", "kampala", "dar es salaam", "accra", "abuja", "johannesburg", "cape town", "durban", "pretoria",
	"harare", "auckland", "melbourne", "brisbane", "adelaide", "toronto", "vancouver", "montreal", "calgary",
	"winnipeg", "geneva", "vienna", "rome", "madrid", "lisbon", "warsaw", "kyiv", "kiev", "ankara", "istanbul",
	"cairo", "riyadh", "dubai", "doha", "amman", "beirut", "seoul", "pyongyang", "hanoi", "shanghai", "taipei",
	// the world's other countries, so a dateline or a country's ministry reads as a place
	"albania", "algeria", "andorra", "angola", "armenia", "azerbaijan", "bahrain", "bangladesh", "belarus",
	"belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brunei", "burkina faso", "burundi",
	"cambodia", "cameroon", "cape verde", "central african republic", "chad", "comoros", "congo", "costa rica",
	"cyprus", "czech republic", "czechia", "djibouti", "dominican republic", "ecuador", "el salvador", "eritrea",
	"estonia", "eswatini", "ethiopia", "fiji", "gabon", "gambia", "guatemala", "guinea", "guyana", "haiti",
	"honduras", "ivory coast", "jamaica", "kazakhstan", "kosovo", "kuwait", "kyrgyzstan", "laos",
	"latvia", "lesotho", "liberia", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
	"maldives", "mali", "malta", "mauritania", "mauritius", "moldova", "monaco", "mongolia", "montenegro",
	"morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "nicaragua", "niger", "north macedonia",
	"oman", "palestine", "panama", "papua new guinea", "paraguay", "rwanda", "samoa", "san marino", "senegal",
	"sierra leone", "slovakia", "slovenia", "somalia", "south sudan", "sri lanka", "suriname", "switzerland",
	"tajikistan", "tanzania", "timor-leste", "togo", "tonga", "trinidad and tobago", "tunisia", "turkmenistan",
	"tuvalu", "uganda", "united arab emirates", "uruguay", "uzbekistan", "vanuatu", "zambia", "zimbabwe")

// adjectiveNames are capitalised adjectives that never name anyone alone.
var adjectiveNames = setOf(`democratic republican conservative liberal progressive federal national
american canadian mexican british english french german italian spanish russian ukrainian chinese
japanese korean indian pakistani afghan iranian iraqi syrian israeli palestinian egyptian turkish
greek swedish norwegian danish european asian african arab muslim jewish catholic evangelical
soviet western eastern northern southern midwestern presidential congressional constitutional`)

// union is a new set of the words in any of sets.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			m[w] = true
		}
	}
	return m
}

// without is a new set of the words of set but those in spaced.
func without(set map[string]bool, spaced string) map[string]bool {
	m := union(set)
	for _, w := range strings.Fields(spaced) {
		delete(m, w)
	}
	return m
}

func setOf(spaced string, more ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(spaced) {
		m[w] = true
	}
	for _, w := range more {
		m[w] = true
	}
	return m
}

// moreRoleNouns head a role phrase before a name ("Fox News host Sean
// Hannity") but do not point back on their own as "the host" might.
var moreRoleNouns = setOf(`host anchor justice garda co-host co-anchor co-chair co-chairman co-chairwoman co-author
co-director co-president co-owner co-sponsor co-leader co-captain co-creator co-editor nominee front-runner frontrunner hopeful columnist
pollster contender lawmaker legislator staffer operative delegate economist surrogate
chairman co-founder cofounder president-elect whip star actor actress singer rapper comedian
billionaire millionaire mogul tycoon magnate businesswoman incumbent challenger newcomer
celebrity developer neurosurgeon surgeon physician investor entrepreneur executive
favourite favorite legend icon presenter champion winner contestant runner-up
contractor roofer plumber carpenter electrician rancher grower trucker`)

// voxRoles say what a person in the street is, before their name:
// "undecided Republican voter Ana Holt" (but "the woman Trump called a
// liar" is no woman called Trump).
var voxRoles = setOf(`voter supporter source staffer protester attendee participant volunteer`)

// pressRoles stand before a name ("CBS moderator Nancy Cordes") but never
// point back to whoever the article is about: "the moderator" is the one
// named so, or someone unnamed.
var pressRoles = setOf(`moderator panelist panellist interviewer commentator correspondent contributor`)

// kinNouns name relatives, whom a nearby name usually gives: "his wife".
var kinNouns = setOf(`mother father husband wife son daughter brother sister grandmother
grandfather widow widower uncle aunt nephew niece cousin partner fiance fiancee`)

// docNouns are what a speaker issues to say something: "released a
// statement saying", "sent an email calling".
var docNouns = setOf(`statement email e-mail letter memo tweet post release video ad advertisement
op-ed column message note`)

// eventNouns are gatherings a speaker holds or opens, a place's name before
// them only a modifier: "opened a Rochester rally blasting".
var eventNouns = setOf(`rally speech event appearance conference forum meeting hall debate`)

// knownBodies are institutions named without a telling last word.
var knownBodies = setOf("", "white house", "vatican", "state department", "justice department", "supreme court",
	"federal reserve", "wall street", "downing street", "capitol hill", "planned parenthood",
	"human rights watch", "amnesty international", "black lives matter", "islamic state",
	"doctors without borders", "medecins sans frontieres", "médecins sans frontières", "friends of the earth",
	"save the children", "general staff",
	"reporters without borders", "transparency international", "greenpeace", "oxfam", "unicef",
	"world health organization", "world health organisation", "world food programme", "world bank",
	"international monetary fund", "red cross", "red crescent", "number 10", "no 10")

// partyNouns name a party's members: "Wisconsin Republican" describes
// someone, it does not name them.
var partyNouns = setOf(`republican republicans democrat democrats conservative conservatives
liberal liberals independent independents libertarian progressive progressives`)

// docHeads are documents and findings that "say" things: polls, reports.
var docHeads = setOf(`poll polls survey surveys report reports study studies analysis memo memoir
letter petition ad ads advertisement email e-mail website data figures results research filing
complaint lawsuit indictment ruling order document documents book editorial ranking rankings
tweet message sign banner slide video opinion decision cable release article story column post headline
caption announcement notice guidance directive resolution bill law platform textbook declaration affidavit
transcript motion verdict polling average averages estimate estimates projection projections tally count
records suit page piece excerpt excerpts passage form forms proposal proposals counterproposal
regulation regulations guidelines facts application applications submission submissions
summary summaries bulletin newsletter investigation examination inquiry audit assessment evaluation`)
