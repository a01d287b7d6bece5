package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The numbering Chinese offices give their headings, outermost first:
// 一、 （一） 1. （1）. A line that starts with one is a heading when it is
// set apart as one: its own short line, bold or centred.
var headingNumbers = []*regexp.Regexp{
	regexp.MustCompile(`^[一二三四五六七八九十百零〇]+[、，．.]`),
	regexp.MustCompile(`^[（(][一二三四五六七八九十百零〇]+[）)]`),
	regexp.MustCompile(`^[0-9０-９]{1,2}[.．、](?:[^0-9０-９]|$)`),
	regexp.MustCompile(`^[（(][0-9０-９]{1,2}[）)]`),
}

// numberedLevel is the heading level (1 to 4) of a line that starts with
// the numbering of headings, 0 when it does not.
func numberedLevel(s string) int {
	s = strings.TrimSpace(s)
	for i, re := range headingNumbers {
		if re.MatchString(s) {
			return i + 1
		}
	}
	return 0
}

// maxHeadingRunes is the longest line taken as a heading.
const maxHeadingRunes = 60

// looksLikeHeading reports whether a paragraph set as b is a heading by
// its numbering, and at which level.
func looksLikeHeading(b *block) int {
	if b.kind != paraBlock || !(b.allBold || b.centred) {
		return 0
	}
	s := strings.TrimSpace(text(b.runs))
	if utf8.RuneCountInString(s) > maxHeadingRunes || hasPicture(b.runs) {
		return 0
	}
	return numberedLevel(s)
}

func hasPicture(runs []run) bool {
	for _, r := range runs {
		if r.image != nil {
			return true
		}
	}
	return false
}
