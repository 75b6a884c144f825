package attribution_test

// Cases from a second review of the engine on news text it had not seen:
// pull quotes, dialogue, possessive roles, bodies, names. Every sentence is
// invented. The harness is in review_harness_test.go.

import (
	"testing"
)

// The cases run in the order of /work/notes/failing-cases-2.md: most
// general and most frequent in the held-out articles first.

func TestReviewPullQuote(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "01 pull quote after another speaker",
			paras: []string{
				"“The river took everything,” said Marta Kowal, a baker.",
				"Jonas Eide, a firefighter, said crews had worked through the night. “We did not sleep,” he said.",
				"“The river took everything.”",
			},
			want: []reviewWant{rvQ(3, "The river took everything.", "Marta Kowal")}},
	})
}

func TestReviewDialogue(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "02 bare answers to a cued question alternate",
			paras: []string{
				"The prosecutor, Lina Haug, questioned Pavel Novak for an hour.",
				"“Mr. Novak, where were you that night?” Haug asked.",
				"“At home.”",
				"“Alone?”",
				"“With my wife.”",
				"“Unpaid,” Haug repeated. “But the fund paid your rent, didn’t it?”",
				"“For six months. It was declared.”",
			},
			want: []reviewWant{
				rvQ(2, "Mr. Novak, where were you that night?", "Lina Haug"),
				rvQ(3, "At home.", "Pavel Novak"),
				rvQ(4, "Alone?", "Lina Haug"),
				rvQ(5, "With my wife.", "Pavel Novak"),
				rvQ(6, "But the fund paid your rent, didn’t it?", "Lina Haug"),
				rvQ(7, "For six months. It was declared.", "Pavel Novak"),
			}},
	})
}

func TestReviewPossessives(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "03 X’s lawyer is not X",
			paras: []string{
				"Kojo Mensah denies the charges.",
				"“The charges are absurd,” said Kojo Mensah’s lawyer, Ama Owusu.",
				"Efua Boateng is also charged.",
				"Efua Boateng’s lawyer said the case was “thin.”",
			},
			want: []reviewWant{
				rvQ(2, "The charges are absurd,", "Ama Owusu"),
				rvQ(4, "thin.", "!Ama Owusu|Efua Boateng"),
			}},
		{name: "04 role of a body, then the name, in an inverted cue",
			paras: []string{
				"Police said the crowd had been peaceful.",
				"“It is calm,” a police spokesman, Inspector Omar Faye, told the agency.",
				"The Coastal Rescue Agency said 12 people were missing.",
				"“We are still searching,” the agency’s director, Tomas Ruud, told reporters. “We will not stop.”",
			},
			want: []reviewWant{
				rvQ(2, "It is calm,", "Omar Faye"),
				rvQ(4, "We are still searching,", "Tomas Ruud"),
				rvQ(4, "We will not stop.", "Tomas Ruud"),
			}},
	})
}

func TestReviewCompanies(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "05 company without Inc.: it, the company, the firm, the statement",
			paras: []string{
				"Orvane Foods declined to answer questions on Monday. “We are reviewing the report,” it said.",
				"Brisk Airlines did not respond. “We will appeal,” the company said later.",
				"The firm, Kaldera Motors, said it was “reviewing the report.”",
				"Pellin Energy issued a statement after the verdict. “We will appeal,” the statement said.",
			},
			want: []reviewWant{
				rvQ(1, "We are reviewing the report,", "Orvane Foods"),
				rvQ(2, "We will appeal,", "Brisk Airlines"),
				rvQ(3, "reviewing the report.", "Kaldera Motors"),
				rvQ(4, "We will appeal,", "Pellin Energy"),
			},
			notSpeakers: []string{"Foods", "Airlines", "Motors", "Energy"}},
	})
}

func TestReviewParentheticals(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "06 dashes or brackets between the subject and the cue",
			paras: []string{
				"Piet Claes — who has led the union since 2019 — said the offer was “an insult.”",
				"Ida Moen (pictured) said the offer was “a start.”",
			},
			want: []reviewWant{
				rvQ(1, "an insult.", "Piet Claes"),
				rvQ(2, "a start.", "Ida Moen"),
			}},
		{name: "07 dash attribution after the quote",
			paras: []string{"“Nobody warned us” — Commissioner Liv Moen, speaking in Bergsund."},
			want:  []reviewWant{rvQ(1, "Nobody warned us", "Liv Moen")}},
	})
}

func TestReviewBylines(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "08 byline role is not a speaker",
			paras: []string{
				"Minister faces calls to resign",
				"By Ola Brenna, Political Correspondent",
				"The minister’s wife described the plan as “a disgrace.”",
			},
			want:        []reviewWant{rvQ(3, "a disgrace.", "!Political Correspondent|Ola Brenna")},
			notSpeakers: []string{"Political Correspondent", "Correspondent", "Ola Brenna"}},
	})
}

func TestReviewRoles(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "09 she is not the police",
			paras: []string{
				"Police said about 3,000 people had gathered.",
				"Among the crowd was Amina Sow, 29, a nurse from the port.",
				"“I came for my children,” she said.",
			},
			want: []reviewWant{rvQ(3, "I came for my children,", "Amina Sow")}},
		{name: "10 the prime minister is not the environment minister",
			paras: []string{
				"Prime Minister Ana Lopes survived the vote.",
				"Environment Minister Rui Dias abstained. “I cannot back her,” Dias said.",
				"Responding, the prime minister said the opposition had “no plan”.",
				"“Welcome to the debate,” she said.",
			},
			want: []reviewWant{
				rvQ(3, "no plan", "Ana Lopes"),
				rvR(3, "the opposition had", "Ana Lopes"),
				rvQ(4, "Welcome to the debate,", "Ana Lopes"),
			}},
		{name: "11 Ms. tells the daughter from the father",
			paras: []string{
				"“I was not there,” said Pavel Novak, 58.",
				"His daughter, Eva Novak, 31, then took the stand.",
				"“He was at home with me,” Ms. Novak said.",
				"Ms. Novak said she had driven him home.",
			},
			want: []reviewWant{
				rvQ(1, "I was not there,", "Pavel Novak"),
				rvQ(3, "He was at home with me,", "Eva Novak"),
				rvR(4, "she had driven him home", "Eva Novak"),
			},
			speakers: 2},
		{name: "12 unnamed spokesman or officer of a body",
			paras: []string{
				"Police said three men had been arrested.",
				"“Anyone who loots will spend the holidays in a cell,” a police spokesman said.",
				"The Harbour Workers Union rejected the offer. “An insult,” the union’s general secretary said.",
			},
			want: []reviewWant{
				rvQ(2, "Anyone who loots will spend the holidays in a cell,", "police"),
				rvQ(3, "An insult,", "Harbour Workers Union"),
			}},
		{name: "13 the Speaker, name, is one person",
			paras: []string{
				"The Speaker, Halla Berg, read out the result. “The motion is carried,” she told the chamber.",
			},
			want:        []reviewWant{rvQ(1, "The motion is carried,", "Halla Berg")},
			notSpeakers: []string{"Speaker"}},
		{name: "14 possessive role, name as the subject",
			paras: []string{
				"His predecessor, Lars Holt, said on Monday that the government had been “naive” about the talks.",
				"The Weather Office said 300 millimetres of rain had fallen. Its chief forecaster, Dr. Sara Lunde, warned that more rain was expected on Tuesday.",
			},
			want: []reviewWant{
				rvQ(1, "naive", "Lars Holt"),
				rvR(1, "the government had been", "Lars Holt"),
				rvR(2, "more rain was expected on Tuesday", "Sara Lunde"),
			}},
		{name: "15 a spokesman for a hyphenated name, name",
			paras: []string{
				"Ingrid Solberg-Tveit is the foreign minister.",
				"A spokesman for Solberg-Tveit, Einar Moe, said the minister had “noted the statement” and would respond next week.",
			},
			want: []reviewWant{
				rvQ(2, "noted the statement", "Einar Moe"),
				rvR(2, "would respond next week", "Einar Moe"),
			}},
	})
}

func TestReviewBodies(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "16 news agency named in apposition",
			paras: []string{
				"The Civil Defence Agency said 40 people were missing.",
				"According to the state news agency, Norpress, at least 600 homes were destroyed. The agency reported that a bridge had collapsed.",
				"The state news agency, TNA, reported that the party’s MPs had been told to abstain.",
			},
			want: []reviewWant{
				rvR(2, "at least 600 homes were destroyed", "Norpress"),
				rvR(2, "a bridge had collapsed", "Norpress"),
				rvR(3, "the party’s MPs had been told to abstain", "TNA"),
			}},
		{name: "17 company short name in headline and dateline, full name in the body",
			paras: []string{
				"Norvik Steel to cut 2,000 jobs",
				"NORVIK, March 3 (Wire) — Norvik Steel Holdings said on Monday it would close its oldest plant.",
				"In a statement, Norvik said the closure was “painful but unavoidable”.",
			},
			want: []reviewWant{
				rvR(2, "it would close its oldest plant", "Norvik Steel Holdings"),
				rvQ(3, "painful but unavoidable", "Norvik Steel Holdings"),
			},
			speakers: 1},
	})
}

func TestReviewNames(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "18 lower-case de before a one-word surname",
			paras: []string{
				"Joost de Graaf, an analyst at Kraaij & Partners, said the cuts were “overdue.”",
				"“Investors wanted this,” De Graaf said.",
			},
			want: []reviewWant{
				rvQ(1, "overdue.", "Joost de Graaf"),
				rvQ(2, "Investors wanted this,", "Joost de Graaf"),
			},
			speakers: 1},
		{name: "19 nationality as a role noun",
			paras: []string{
				"City boss Pavlo Hrytsenko, a Ukrainian who played for the club in the 1990s, watched from the stand.",
				"“We created nothing,” said the Ukrainian.",
			},
			want:        []reviewWant{rvQ(2, "We created nothing,", "Pavlo Hrytsenko")},
			notSpeakers: []string{"Ukrainian"}},
		{name: "20 group nouns as bodies: party, delegation",
			paras: []string{
				"The opposition Green Renewal party accused the government of ignoring a 2023 report.",
				"Talks collapsed when the Estravian delegation walked out, accusing Norland of “moving the goalposts.”",
			},
			want: []reviewWant{
				rvR(1, "accused the government of ignoring a 2023 report", "Green Renewal party"),
				rvQ(2, "moving the goalposts.", "Estravian delegation"),
			}},
		{name: "21 Spanish double surname, paternal surname alone",
			paras: []string{
				"Carmen Vidal Serrano, 38, said her house was gone.",
				"“It sounded like a train,” Vidal said.",
			},
			want:     []reviewWant{rvQ(2, "It sounded like a train,", "Carmen Vidal Serrano")},
			speakers: 1},
	})
}

func TestReviewLater(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "22 pull quote repeating an unmarked Q&A answer",
			paras: []string{
				"Ingrid Berg, the foreign minister, spoke to the Courant on Tuesday.",
				"Q: Is a deal possible by May?",
				"A: If it is June, that is also fine. We will not trade our fishermen for a photo opportunity.",
				"Q: Their defence minister, Goran Ruk, said the navy would “escort our boats.”",
				"A: I take that seriously.",
				"“We will not trade our fishermen for a photo opportunity.”",
			},
			want: []reviewWant{
				rvQ(4, "escort our boats.", "Goran Ruk"),
				rvQ(6, "We will not trade our fishermen for a photo opportunity.", "Ingrid Berg"),
			}},
		{name: "23 headline verb hails",
			paras: []string{
				"Lind hails ‘a famous night’ as Harbourne win",
				"Harbourne coach Ivar Lind called it “a famous night” for the club.",
			},
			want: []reviewWant{rvQ(1, "a famous night", "Ivar Lind")}},
		{name: "24 verbs outside the lexicon: grinned, refused to, interrupted to ask",
			paras: []string{
				"“Panenka? No. I just saw the keeper move,” Tomás Lerma grinned.",
				"Rovers boss Andriy Koval refused to blame the referee for the defeat.",
				"Judge Astrid Lien interrupted to ask both sides to keep to the question.",
			},
			want: []reviewWant{
				rvQ(1, "Panenka? No. I just saw the keeper move,", "Tomás Lerma"),
				rvR(2, "refused to blame the referee", "Andriy Koval"),
				rvR(3, "interrupted to ask both sides", "Astrid Lien"),
			}},
		{name: "25 lede description named only in the next paragraph",
			paras: []string{
				"A shipping magnate told a court on Thursday that he would be “dead within a year” if he were extradited.",
				"Branko Ilić, 61, denies the charges.",
			},
			want: []reviewWant{
				rvQ(1, "dead within a year", "Branko Ilić"),
				rvR(1, "if he were extradited", "Branko Ilić"),
			}},
	})
}
