package app

import (
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
		res := newTheme(lib, ui).Font(fyne.TextStyle{Bold: true})
		face, err := fonts.Parse(res.Name(), res.Content())
		if err != nil {
			t.Fatal(err)
		}
		missing := map[rune]bool{}
		for _, s := range strs {
			for _, r := range s[i+1] {
				if cjk.IsLetter(r) && cjk.Only(r) != other && !face.Has(r) {
					missing[r] = true
				}
			}
		}
		if len(missing) > 0 {
			var list []rune
			for r := range missing {
				list = append(list, r)
			}
			t.Errorf("%s: the bold face %s lacks %d characters of the interface: %q", ui, res.Name(), len(list), string(list))
		}
	}
}
