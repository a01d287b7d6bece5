package proof

import (
	"testing"

	"github.com/paiban/paiban/article"
)

func TestQuoteStyle(t *testing.T) {
	runRuleCases(t, article.Hant, []Rule{MixedQuotes}, []ruleCase{
		{"curly among corners", "「一」「二」“三”", []string{"mixed-quotes:“"}},
		{"corners among curly", "“一”“二”『三』", []string{"mixed-quotes:『"}},
		{"tie: the first style wins", "“一”\n\n「二」", []string{"mixed-quotes:「"}},
		{"closing marks alone", "“一”“二”三」", []string{"mixed-quotes:」"}},
		{"curly only", "“一‘二’”", nil},
		{"corners only", "「一『二』」", nil},
		{"apostrophes do not count", "「一」it’s", nil},
	})
}
