package proof

import (
	"strings"
	"testing"
)

// Every rule has a name for people in each language, none of them the
// command line's code (doubled-char in a 简体 panel).
func TestEveryRuleHasATitle(t *testing.T) {
	seen := map[string]Rule{}
	for _, r := range Rules() {
		for _, l := range []Locale{English, TraditionalChinese, SimplifiedChinese} {
			title := r.Title(l)
			if title == "" || title == string(r) || strings.Contains(title, "-") && !strings.Contains(title, " ") {
				t.Errorf("%s in %s: %q", r, l, title)
			}
			if other, dup := seen[string(l)+title]; dup {
				t.Errorf("%s and %s share the title %q in %s", r, other, title, l)
			}
			seen[string(l)+title] = r
		}
	}
}
