package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/cjk"
)

// Every Chinese character of the interface's words is in the bold face the
// theme gives that interface, so that no bold label mixes in characters of
// the regular face Fyne falls back to (主办单位 under 简体). The names of
// the other writing (简体 among 繁體 words) are written in it on purpose
// and left out.
func TestBoldFaceCoversTheInterface(t *testing.T) {
	lib := fonts.NewLibrary()
	for i, ui := range []string{langHant, langHans} {
		other := cjk.Hans
		if ui == langHans {
			other = cjk.Hant
		}
		res := newTheme(lib, ui, false).Font(fyne.TextStyle{Bold: true})
		face, err := fonts.Parse(res.Name(), res.Content())
		if err != nil {
			t.Fatal(err)
		}
		missing := map[rune]bool{}
		for _, s := range interfaceWords() {
			for _, r := range s[i+1] {
				if cjk.IsLetter(r) && cjk.Only(r) != other && !face.Has(r) {
					missing[r] = true
				}
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: the bold face %s lacks %d characters of the interface: %q", ui, res.Name(), len(missing), sortedRunes(missing))
		}
	}
}

// Every character of the interface's words is in the regular face the
// theme gives that interface (Latin, punctuation and Chinese alike), so
// that no label or menu mixes in a system font's design (编辑 under 简体
// drew 编 from whatever system font had it, as the Traditional face lacks
// it). Each interface names the other writing in its own (簡體 under
// 繁體), so nothing is left out: one such character pulled a whole system
// font into memory (13 MB for 简 in the language box).
func TestRegularFaceCoversTheInterface(t *testing.T) {
	lib := fonts.NewLibrary()
	for i, ui := range []string{langEn, langHant, langHans} {
		res := newTheme(lib, ui, false).Font(fyne.TextStyle{})
		face, err := fonts.Parse(res.Name(), res.Content())
		if err != nil {
			t.Fatal(err)
		}
		missing := map[rune]bool{}
		for _, s := range interfaceWords() {
			for _, r := range s[i] {
				if r >= ' ' && !face.Has(r) {
					missing[r] = true
				}
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: the regular face %s lacks %d characters of the interface: %q", ui, res.Name(), len(missing), sortedRunes(missing))
		}
	}
}

// A zh-Hans article's text is set in the Simplified faces under any
// interface, and a zh-Hant one's in the Traditional unless the interface
// is 简体: common characters of each (GB 2312, Big5) are all in the face
// picked for them.
func TestThemeFollowsTheArticlesWriting(t *testing.T) {
	lib := fonts.NewLibrary()
	for _, c := range []struct {
		ui         string
		hans, want bool
	}{
		{langHant, false, false}, {langHant, true, true}, {langEn, true, true},
		{langEn, false, false}, {langHans, false, true}, {langHans, true, true},
	} {
		th := newTheme(lib, c.ui, c.hans)
		want := fonts.SansTC
		if c.want {
			want = fonts.SansSC
		}
		if got := th.Font(fyne.TextStyle{}).Name(); got != want+".ttf" {
			t.Errorf("interface %s, zh-Hans article %v: regular face %s, want %s", c.ui, c.hans, got, want)
		}
	}
	for _, c := range []struct{ name, text string }{
		{fonts.SansSC, "们这说时对为发经会进个还过关问题发展编辑标题"},
		{fonts.SansTC, "們這說時對為發經會進個還過關問題發展編輯標題黨"},
	} {
		face, err := lib.Face(c.name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range c.text {
			if !face.Has(r) {
				t.Errorf("%s lacks %c", c.name, r)
			}
		}
	}
}

// sortedRunes is the characters of set, in order.
func sortedRunes(set map[rune]bool) string {
	list := make([]rune, 0, len(set))
	for r := range set {
		list = append(list, r)
	}
	slices.Sort(list)
	return string(list)
}
