package article

import (
	"strings"
	"testing"
)

// Only http(s) with a host, mailto and tel become links; everything else is
// refused with the reason, and the address PDF gets is 7-bit ASCII.
func TestCheckLink(t *testing.T) {
	for _, tt := range []struct {
		dest, uri string // uri "" when refused
		reason    string // part of the message when refused
	}{
		{"https://www.gov.cn/a?b=1#c", "https://www.gov.cn/a?b=1#c", ""},
		{"  HTTP://x.org  ", "HTTP://x.org", ""},
		{"mailto:service@example.gov.cn", "mailto:service@example.gov.cn", ""},
		{"tel:+86-21-12366", "tel:+86-21-12366", ""},
		{"https://zh.wikipedia.org/wiki/排版 x", "https://zh.wikipedia.org/wiki/%E6%8E%92%E7%89%88%20x", ""},
		{"javascript:alert(1)", "", "not javascript:"},
		{"JavaScript:alert(1)", "", "not JavaScript:"},
		{"vbscript:msgbox", "", "not vbscript:"},
		{"data:text/html;base64,PHNjcmlwdD4=", "", "not data:"},
		{"file:///etc/passwd", "", "not file:"},
		{"ftp://x.org/f", "", "not ftp:"},
		{"x-unknown:thing", "", "not x-unknown:"},
		{"page.html", "", "relative address"},
		{"/path/to", "", "relative address"},
		{"#part", "", "relative address"},
		{"www.example.com", "", "relative address"},
		{"//example.com/x", "", "relative address"},
		{`C:\files\a.doc`, "", "not C:"},
		{"http:example.com", "", "no host"},
		{"https://", "", "no host"},
		{"mailto:", "", "no e-mail address"},
		{"tel:call-me", "", "not a telephone number"},
		{"tel:<123>", "", "not a telephone number"},
		{"", "", "empty"},
		{"https://x.org/" + strings.Repeat("a", MaxLinkLength), "", "more than the 2000"},
		{"https://x.org/" + strings.Repeat("排", 700), "", "more than the 2000"},
	} {
		uri, err := CheckLink(tt.dest)
		if uri != tt.uri {
			t.Errorf("CheckLink(%.40q) = %.60q, want %.60q", tt.dest, uri, tt.uri)
		}
		if tt.reason == "" && err != nil {
			t.Errorf("CheckLink(%.40q): %v", tt.dest, err)
		}
		if tt.reason != "" && (err == nil || !strings.Contains(err.Error(), tt.reason)) {
			t.Errorf("CheckLink(%.40q) error %v, want one saying %q", tt.dest, err, tt.reason)
		}
		if uri != "" {
			if again, err := CheckLink(uri); again != uri || err != nil {
				t.Errorf("CheckLink of its own result %q = %q, %v", uri, again, err)
			}
		}
	}
	if err := (&LinkError{Dest: strings.Repeat("長", 100), Reason: "r"}).Error(); len(err) > 250 {
		t.Errorf("message not cut short: %s", err)
	}
}

// A refused link's text stays, unlinked, with a warning at the link; an
// autolink is checked too.
func TestRefusedLinks(t *testing.T) {
	src := fm("見[官網](https://x.org)與[按此](javascript:alert(1))。\n\n<vbscript:run> [甲](a.html)\n")
	a := mustParse(t, src)
	if got, want := dump(a.Blocks), `P "見" L(https://x.org)"官網" "與" "按此" "。"`+"\n"+`P "vbscript:run" " " "甲"`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	var found []string
	for _, w := range a.Warnings {
		if !strings.Contains(w.Message, "printed as plain text") {
			continue
		}
		found = append(found, src[w.Span.Start:w.Span.End])
	}
	want := []string{"[按此](javascript:alert(1))", "<vbscript:run>", "[甲](a.html)"}
	if strings.Join(found, "|") != strings.Join(want, "|") {
		t.Errorf("warnings at %q, want %q (all: %+v)", found, want, a.Warnings)
	}
	for _, w := range a.Warnings {
		if line, col := Position([]byte(src), w.Span.Start); strings.Contains(w.Message, "javascript") && (line != 4 || col != 22) {
			t.Errorf("warning %q at %d:%d: want it at 4:22", w.Message, line, col)
		}
	}
}
