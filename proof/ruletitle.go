package proof

import "github.com/paiban/paiban/message"

// titles are the rules' names for people, where Rule is the name the
// command line and Options.Rules use.
var titles = map[Rule]message.Text{
	HalfWidth:      {"Half-width punctuation", "半形標點", "半角标点"},
	HTMLDebris:     {"Left over from a web page", "網頁殘留", "网页残留"},
	Doubled:        {"Character typed twice", "重複的字", "重复的字"},
	CJKSpace:       {"Space between Chinese characters", "中文字間的空格", "中文字间的空格"},
	QuoteSpace:     {"Space inside quotation marks", "引號內的空格", "引号内的空格"},
	Unbalanced:     {"Unpaired mark", "不成對的標點", "不成对的标点"},
	MixedQuotes:    {"Two kinds of quotation marks", "混用兩種引號", "混用两种引号"},
	WrongScript:    {"Character of the other writing", "繁簡混用", "繁简混用"},
	OverConversion: {"Over-conversion to Traditional", "繁體過度轉換", "繁体过度转换"},
	MissingGlyph:   {"Character no font has", "缺字", "缺字"},
}

// Title is the rule's name for people, in l: the proofreading panel's
// heading of its findings. A rule without one gives its own name.
func (r Rule) Title(l Locale) string {
	if t, ok := titles[r]; ok {
		return t.In(l)
	}
	return string(r)
}
