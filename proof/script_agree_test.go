package proof

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

// langLine is a front matter lang field, to take out so that Parse detects
// the writing.
var langLine = regexp.MustCompile(`(?m)^lang:.*\n`)

// The writing Parse detects for an article without a lang field and the
// proofreader's judgement of that writing come from one table and one
// count (internal/cjk), so they agree: checked as that writing the
// proofreader never calls the text mostly the other one, and checked as the
// other it says so whenever ten or more characters of the detected writing
// outnumber the rest. Every test article and the shared corpus are held to
// it, and mixed texts on which the two tables of old disagreed.
func TestScriptAgreesWithDetectLang(t *testing.T) {
	type text struct {
		name string
		src  string
		want article.Lang // the detected writing; "" for a corpus article
	}
	var texts []text
	for _, pattern := range []string{"../export/testdata/*.md", "../../shared/corpus/*.md"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, text{p, langLine.ReplaceAllString(string(src), ""), ""})
		}
	}
	if len(texts) < 4 {
		t.Fatalf("only %d test articles", len(texts))
	}
	texts = append(texts,
		// 后 is a Traditional character too (皇后): the old table of 300
		// pairs called this Simplified.
		text{"后", "---\ntitle: 王后\n---\n\n王后、皇后與太后\n", article.Hant},
		// Simplified characters outside those 300 pairs: the old detection
		// saw none and said Traditional, while the proofreader called the
		// text mostly Simplified.
		text{"rarer Simplified", "鸡鸭鹅驴鸽鹰鲸鲤虾蚕蝇\n", article.Hans},
		// Code is not prose: the proofreader never read it, the old
		// detection counted it.
		text{"code", "---\ntitle: 国务院通知\n---\n\n`這個國家的學生們說話` `這個國家的學生們說話`\n\n国务院关于优化营商环境\n", article.Hans},
		// The subtitle is: the proofreader read it, the old detection did not.
		text{"subtitle", "---\ntitle: 通知\nsubtitle: 這個國家的學生們說話時總會\n---\n\n中国\n", article.Hant},
		text{"tie", "們们\n", article.Hant},
		text{"mixed, Traditional ahead by one", "這個们们\n", article.Hant},
		text{"mixed, Simplified ahead by one", "這们们\n", article.Hans},
		text{"no Chinese", "Hello, world\n", article.Hant},
	)
	for _, tx := range texts {
		a, err := article.Parse([]byte(tx.src))
		if err != nil {
			t.Fatalf("%s: %v", tx.name, err)
		}
		detected := a.Meta.Lang
		if !a.Meta.LangDetected || tx.want != "" && detected != tx.want {
			t.Errorf("%s: detected %s (%v), want %s", tx.name, detected, a.Meta.LangDetected, tx.want)
		}
		// wrong[l] is what the proofreader finds checking the text as l:
		// whether it calls the text mostly the other writing, and else
		// how many characters of the other writing it lists.
		type verdict struct {
			mostly bool
			n      int
		}
		wrong := map[article.Lang]verdict{}
		for _, l := range []article.Lang{article.Hant, article.Hans} {
			b := *a
			b.Meta.Lang = l
			var v verdict
			for _, f := range Check(&b, Options{Rules: []Rule{WrongScript}}) {
				if strings.HasPrefix(f.Message, "the text is mostly") {
					v.mostly = true
				}
				v.n++
			}
			wrong[l] = v
		}
		other := article.Hant
		if detected == article.Hant {
			other = article.Hans
		}
		if wrong[detected].mostly {
			t.Errorf("%s: detected %s, but the proofreader checking it as %s calls it mostly %s", tx.name, detected, detected, other)
		}
		// Checked as the other writing, the characters of the detected one
		// are listed one by one only when they are fewer than ten or no
		// more than the other writing's.
		if v := wrong[other]; !v.mostly && v.n >= 10 && v.n > wrong[detected].n {
			t.Errorf("%s: detected %s, but the proofreader checking it as %s lists %d characters of %s (against %d) without calling it mostly %s",
				tx.name, detected, other, v.n, detected, wrong[detected].n, detected)
		}
	}
}
