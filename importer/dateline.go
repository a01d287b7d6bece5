package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The labels of a dateline's fields, 繁 and 简, as news sites and offices
// write them: 來源：澎湃新聞　發布時間：2018-10-12 09:53.
var (
	sourceLabel = regexp.MustCompile(`(?:來源|来源|出處|出处|稿源|信息來源|信息来源|文章來源|文章来源)\s*[：:]\s*`)
	authorLabel = regexp.MustCompile(`(?:作者|記者|记者|撰稿|撰文)\s*[：:]\s*`)
	dateLabel   = regexp.MustCompile(`(?:發布|发布|發佈|發表|发表|更新|成文|印發|印发)?(?:時間|时间|日期)\s*[：:]\s*`)
	anyLabel    = regexp.MustCompile(`(?:(?:發布|发布|發佈|發表|发表|更新|成文|印發|印发)?(?:時間|时间|日期)|來源|来源|出處|出处|稿源|作者|記者|记者|撰稿|撰文|責任編輯|责任编辑|編輯|编辑|瀏覽|浏览|點擊|点击|閱讀|阅读|字號|字号)\s*[：:]`)
	dateText    = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：時时]\s*(\d{2})(?:\s*[:：分]\s*\d{2}\s*秒?)?)?`)
)

// dateline is what a dateline paragraph says.
type dateline struct {
	source, author, date string
}

// readDateline reads s as a dateline: a short line with a source, an
// author or a date after their labels, or a date alone. ok is false when s
// is not one.
func readDateline(s string) (d dateline, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 120 {
		return d, false
	}
	labelled := anyLabel.MatchString(s)
	if m := dateText.FindStringSubmatchIndex(s); m != nil {
		// A date alone, or a date in a labelled line.
		rest := strings.TrimSpace(s[:m[0]] + s[m[1]:])
		if labelled || utf8.RuneCountInString(rest) <= 4 {
			d.date = frontDate(s[m[0]:m[1]])
		}
	}
	if !labelled && d.date == "" {
		return d, false
	}
	d.source = labelValue(s, sourceLabel)
	d.author = labelValue(s, authorLabel)
	return d, d.source != "" || d.author != "" || d.date != ""
}

// labelValue is the value after the label re in s, up to a space, a
// separator or the next label.
func labelValue(s string, re *regexp.Regexp) string {
	m := re.FindStringIndex(s)
	if m == nil {
		return ""
	}
	v := s[m[1]:]
	if n := anyLabel.FindStringIndex(v); n != nil {
		v = v[:n[0]]
	}
	if i := strings.IndexFunc(v, func(r rune) bool { return blank(r) || strings.ContainsRune("|｜丨【[（(/", r) }); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(strings.TrimRight(v, "，,；;。"))
}

// frontDate writes a date dateText matched as the front matter takes it:
// 2018-10-12 or 2018-10-12 09:53; "" when it is no date.
func frontDate(s string) string {
	m := dateText.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	y, mo, d := n(1), n(2), n(3)
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	out := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if m[4] != "" && n(4) < 24 && n(5) < 60 {
		out += fmt.Sprintf(" %02d:%02d", n(4), n(5))
	}
	return out
}
