package attribution_test

// Cases from a third review of the engine on eight more invented articles:
// participles, bodies never named, outlets quoting, learnt roles, datelines.
// Every name and sentence is invented; the harness is in review_harness_test.go.

import (
	"testing"
)

func TestReview3HeldoutFailures(t *testing.T) {
	runReview(t, []reviewCase{
		{name: "01_participle_noting_after_partial_quote",
			paras: []string{
				"Mariam Boakye, a charity director, welcomed the study.",
				"But she urged the government to “match its words with money,” noting that funding had fallen by a third.",
			},
			want: []reviewWant{
				rvQ(2, "match its words with money,", "Mariam Boakye"),
				rvR(2, "urged the government to", "Mariam Boakye"),
				rvR(2, "funding had fallen by a third", "Mariam Boakye"),
			}},
		{name: "02_participle_telling_after_dateline",
			paras: []string{
				"PORT ALDER, Valmora, June 9 (Wire) — Adaeze Okonkwo declared victory early on Monday, telling supporters that voters had chosen change.",
			},
			want: []reviewWant{
				rvR(1, "declared victory early on Monday", "Adaeze Okonkwo"),
				rvR(1, "voters had chosen change", "Adaeze Okonkwo"),
			},
			notSpeakers: []string{"PORT ALDER", "Port Alder"}},
		{name: "03_organisation_name_with_and",
			paras: []string{
				"The Dock and Harbour Workers’ Union said its members would stay out for 72 hours.",
				"The Ministry of Health and Social Care said the findings were encouraging.",
			},
			want: []reviewWant{
				rvR(1, "its members would stay out", "Dock and Harbour Workers’ Union"),
				rvR(2, "the findings were encouraging", "Ministry of Health and Social Care"),
			}},
		{name: "04_inc_before_cue_verb",
			paras: []string{
				"Tollund Mobility Inc. said on Thursday that it was recalling 212,000 battery packs.",
			},
			want: []reviewWant{
				rvR(1, "it was recalling 212,000 battery packs", "Tollund Mobility Inc."),
			}},
		{name: "05_company_without_suffix_then_the_company",
			paras: []string{
				"Tollund Mobility, an e-bike maker, said on Thursday it was recalling 212,000 battery packs.",
				"In an emailed statement, the company said it had \"paused all shipments\" and expected new packs within weeks.",
				"The company said it would \"look at every case individually.\"",
			},
			want: []reviewWant{
				rvQ(2, "paused all shipments", "Tollund Mobility"),
				rvQ(3, "look at every case individually.", "Tollund Mobility"),
			}},
		{name: "06_role_noun_learnt_from_apposition",
			paras: []string{
				"Rajesh Menon, a neurologist at the city hospital, reviewed the study.",
				"The neurologist said the data was weak.",
				"Sunniva Aalto, the lead author, defended it.",
				"The 44-year-old epidemiologist said the team had been surprised.",
			},
			want: []reviewWant{
				rvR(2, "the data was weak", "Rajesh Menon"),
				rvR(4, "the team had been surprised", "Sunniva Aalto"),
			}},
		{name: "07_spokeswoman_for_named_body_then_name",
			paras: []string{
				"A spokeswoman for the National Disaster Agency, Teresita Villanueva, said the death toll was \"very likely to rise\" as rescuers arrived.",
			},
			want: []reviewWant{
				rvQ(1, "very likely to rise", "Teresita Villanueva"),
				rvR(1, "the death toll was", "Teresita Villanueva"),
			}},
		{name: "08_role_then_lowercase_descriptor_then_name",
			paras: []string{
				"The mediator, retired judge Olafur Brekkan, said he would meet the two sides on Tuesday.",
			},
			want: []reviewWant{
				rvR(1, "he would meet the two sides", "Olafur Brekkan"),
			}},
		{name: "09_outlet_quoted_him_as_saying",
			paras: []string{
				"Yevgen Marchuk, the spokesman, said the talks were useful.",
				"The state news agency ZarInform later quoted him as saying there had been “no breakthrough.”",
			},
			want: []reviewWant{
				rvQ(2, "no breakthrough.", "Yevgen Marchuk"),
				rvR(2, "there had been", "Yevgen Marchuk"),
			}},
		{name: "10_the_statement_said_is_its_author",
			paras: []string{
				"Elif’s mother, Sevda Kaya, said in a statement released through police that her daughter had been “the light of our house.”",
				"“She laughed at everything,” the statement said. “We do not know how to live in a house this quiet.”",
			},
			want: []reviewWant{
				rvQ(2, "She laughed at everything,", "Sevda Kaya"),
				rvQ(2, "We do not know how to live in a house this quiet.", "Sevda Kaya"),
			}},
		{name: "11_dateline_with_ascii_hyphen",
			paras: []string{
				"AARVIK, Oct. 2 (Wire) - Marta Sorensen, a nurse, said on Thursday the ward was full.",
			},
			want: []reviewWant{
				rvR(1, "the ward was full", "Marta Sorensen"),
			},
			notSpeakers: []string{"AARVIK"}},
		{name: "12_fronted_back_in_place",
			paras: []string{
				"Fisherman Tomas Berg, 52, said he had lost his boat.",
				"Back in Port Sabak, Berg was salvaging planks. “We will build again,” he said.",
			},
			want: []reviewWant{
				rvQ(2, "We will build again,", "Tomas Berg"),
			},
			notSpeakers: []string{"Sabak", "Port Sabak"}},
		{name: "13_irish_surname_particle",
			paras: []string{
				"“We are ready,” the union’s leader, Siobhán Ní Bhriain, said.",
				"“We are not,” Ní Bhriain said later. Pádraig Ó Súilleabháin, a docker, said he agreed.",
				"Ó Súilleabháin said he would wait.",
			},
			want: []reviewWant{
				rvQ(2, "We are not,", "Siobhán Ní Bhriain"),
				rvR(3, "he would wait", "Pádraig Ó Súilleabháin"),
			},
			speakers: 2},
		{name: "14_title_then_particle_surname_sentence_initial",
			paras: []string{
				"Station Commander Ilse van der Meulen said crews were tired.",
				"Van der Meulen said firefighters had seen more fires.",
			},
			want: []reviewWant{
				rvR(2, "firefighters had seen more fires", "Ilse van der Meulen"),
			},
			speakers: 1},
		{name: "15_abbreviated_rank_splits_speaker",
			paras: []string{
				"Detective Chief Inspector Nkechi Eze-Hartley said the attack was not random.",
				"“Even the smallest detail may matter,” DCI Eze-Hartley said.",
			},
			want: []reviewWant{
				rvQ(2, "Even the smallest detail may matter,", "Nkechi Eze-Hartley"),
			},
			speakers: 1},
		{name: "16_lowercase_body_reference_matches_its_modifier",
			paras: []string{
				"The storm hit at midnight, according to the National Meteorological Agency.",
				"The National Disaster Management Agency said 211,400 people were sheltering.",
				"The meteorological agency said the storm had weakened.",
			},
			want: []reviewWant{
				rvR(3, "the storm had weakened", "National Meteorological Agency"),
			}},
		{name: "17_cue_in_previous_sentence_he_laughed",
			paras: []string{
				"“Walk more,” said Rajesh Menon, a neurologist.",
				"Asked whether that was enough, Menon laughed. “I tell them to walk, full stop.”",
			},
			want: []reviewWant{
				rvQ(2, "I tell them to walk, full stop.", "Rajesh Menon"),
			}},
		{name: "18_reported_clause_then_partial_quote_then_cue",
			paras: []string{
				"The interior minister, Faridah Lim, rejected the criticism. Evacuations had begun “as soon as the forecast became reliable,” she told reporters.",
			},
			want: []reviewWant{
				rvQ(1, "as soon as the forecast became reliable,", "Faridah Lim"),
				rvR(1, "Evacuations had begun", "Faridah Lim"),
			}},
		{name: "19_appeal_is_a_speech_act",
			paras: []string{
				"Northvale Police said a man had been charged.",
				"Police have appealed for anyone who was on the bus to come forward.",
			},
			want: []reviewWant{
				rvR(2, "appealed for anyone who was on the bus", "Northvale Police"),
			}},
		{name: "20_body_role_then_named_person",
			paras: []string{
				"The UN envoy, Aleksander Brandt, said the ceasefire was holding.",
				"The U.N. envoy, Aleksander Brandt, said the ceasefire was fragile.",
			},
			want: []reviewWant{
				rvR(1, "the ceasefire was holding", "Aleksander Brandt"),
				rvR(2, "the ceasefire was fragile", "Aleksander Brandt"),
			},
			notSpeakers: []string{"UN", "U.N."}},
		{name: "21_unnamed_common_bodies_say_nothing",
			paras: []string{
				"The ministry said on Monday that two people had been hurt.",
				"Norland’s government said the border would reopen.",
				"Prosecutors said the trial would start in May.",
				"The union said talks had failed.",
			},
			want: []reviewWant{
				rvR(1, "two people had been hurt", "*"),
				rvR(2, "the border would reopen", "*"),
				rvR(3, "the trial would start in May", "*"),
				rvR(4, "talks had failed", "*"),
			}},
		{name: "22_possessive_office_said",
			paras: []string{
				"Farida Zahran’s office said the talks were useful.",
			},
			want: []reviewWant{
				rvR(1, "the talks were useful", "*"),
			}},
		{name: "23_wrote_or_posted_on_platform_that",
			paras: []string{
				"Kaja Tamm wrote on Facebook that the talks would resume.",
				"Jonas Berg posted on Instagram that he had been cleared.",
				"Lena Moll wrote in a letter to staff that the plant would close.",
			},
			want: []reviewWant{
				rvR(1, "the talks would resume", "Kaja Tamm"),
				rvR(2, "he had been cleared", "Jonas Berg"),
				rvR(3, "the plant would close", "Lena Moll"),
			}},
		{name: "24_passive_was_quoted_as_saying",
			paras: []string{
				"Kaja Tamm was quoted by the Tessel Herald as saying the talks were “on track.”",
				"Jonas Berg was quoted as saying that he would appeal.",
			},
			want: []reviewWant{
				rvQ(1, "on track.", "Kaja Tamm"),
				rvR(1, "as saying the talks were", "Kaja Tamm"),
				rvR(2, "he would appeal", "Jonas Berg"),
			}},
	})
}
