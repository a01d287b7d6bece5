package proof

import (
	"fmt"
	"slices"
	"testing"

	"github.com/paiban/paiban/article"
)

// parse reads an article written in lang with the given body.
func parse(t *testing.T, lang article.Lang, body string) *article.Article {
	t.Helper()
	title := "測試"
	if lang == article.Hans {
		title = "测试"
	}
	a, err := article.Parse([]byte("---\ntitle: " + title + "\nlang: " + string(lang) + "\n---\n\n" + body))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// brief gives each finding as "rule:source text" and, with a fix,
// "→replacement", for comparing with what a test expects.
func brief(a *article.Article, fs []Finding) []string {
	out := []string{}
	for _, f := range fs {
		s := fmt.Sprintf("%s:%s", f.Rule, a.Source[f.Span.Start:f.Span.End])
		if f.HasFix {
			s += "→" + f.Fix
		}
		out = append(out, s)
	}
	return out
}

// ruleCase is a body and what one rule must find in it.
type ruleCase struct {
	name string
	body string
	want []string // see brief
}

// runRuleCases checks each case's body in lang with only the rules given.
func runRuleCases(t *testing.T, lang article.Lang, rules []Rule, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parse(t, lang, tc.body)
			got := brief(a, Check(a, Options{Rules: rules}))
			want := tc.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q:\n got %q\nwant %q", tc.body, got, want)
			}
		})
	}
}
