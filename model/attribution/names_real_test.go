package attribution_test

import "testing"

// Shapes of names before and after cues that real news uses and invented
// articles missed: the head of a long noun phrase is its last name, a party
// tag stands aside, an initial or Jr. is part of the name, and capitalised
// words before a given name are a title.
func TestNameShapesAroundCues(t *testing.T) {
	cases := []struct{ text, want string }{
		{"“Now we know the truth,” Judicial Watch president Tom Fitton said Tuesday.", "Tom Fitton"},
		{"“This is it,” said Clinton’s top foreign policy aide Jake Sullivan.", "Jake Sullivan"},
		{"“People are bullied,” Fox News’ Megyn Kelly said.", "Megyn Kelly"},
		{"“She said it,” Rep. Jim McDermott (D-Wash.) said.", "Jim McDermott"},
		{"“We run lists,” said C. Stewart Verdery Jr., a senior official.", "C. Stewart Verdery Jr."},
		{"“We are in a place,” said Alderman William D. Burns, whose district includes Hyde Park.", "William D. Burns"},
		{"“I do not know,” said Senate Minority Whip Richard Durbin (D-Ill.) in an interview.", "Richard Durbin"},
	}
	for _, c := range cases {
		a := reviewArticle("The council met on Monday.", c.text)
		if len(a.Statements) == 0 || a.Statements[0].Speaker != c.want {
			t.Errorf("%s\n got %s\nwant %q", c.text, dumpArticle(a), c.want)
		}
	}
}

// A capitalised word the article puts before a given name is a title, so
// the same word before the bare surname names the same person.
func TestLearnedTitleBeforeSurname(t *testing.T) {
	a := reviewArticle("“We will object,” said Cllr Hugh Tresidder.", "“It is settled,” Cllr Tresidder said.")
	if len(a.Speakers) != 1 || a.Speakers[0].Name != "Hugh Tresidder" {
		t.Errorf("speakers %s; want Hugh Tresidder once", dumpArticle(a))
	}
}
