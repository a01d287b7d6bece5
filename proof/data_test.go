package proof

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/convert"
)

// The embedded lists parse, and every entry means what its file says.
func TestDataFiles(t *testing.T) {
	d, err := parseTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range []rune("的了到在是") {
		if _, ok := d.doubled[ch]; !ok {
			t.Errorf("doubled.txt lacks %c", ch)
		}
	}
	for _, ch := range []rune("常天看謝漸") {
		if _, ok := d.doubled[ch]; ok {
			t.Errorf("doubled.txt lists %c, whose reduplication is ordinary", ch)
		}
	}
}

// Every over-conversion is one a character-by-character Simplified→
// Traditional tool can make: the wrong word and the right one have the same
// length and the same Simplified form. The few wrong words whose wrong
// character is itself in Simplified use (覆 for 複, 瞭 for 了) convert back as they
// are; they are listed here.
func TestOverConversionList(t *testing.T) {
	d, err := parseTables()
	if err != nil {
		t.Fatal(err)
	}
	keptBySimplified := "覆瞭藉"
	seen := map[string]bool{}
	for lang, ps := range d.wrong {
		for _, list := range ps {
			for _, p := range list {
				w, r := string(p.word), string(p.repl)
				if seen[w] {
					t.Errorf("%s: %s listed twice", lang, w)
				}
				seen[w] = true
				if utf8.RuneCountInString(w) != utf8.RuneCountInString(r) {
					t.Errorf("%s: %s → %s changes the length", lang, w, r)
				}
				if lang != article.Hant {
					continue
				}
				sw, err1 := convert.Text(convert.T2S, w)
				sr, err2 := convert.Text(convert.T2S, r)
				if err1 != nil || err2 != nil {
					t.Fatal(err1, err2)
				}
				if sw != sr && !strings.ContainsAny(w, keptBySimplified) {
					t.Errorf("%s → %s: Simplified forms %s and %s differ", w, r, sw, sr)
				}
			}
		}
	}
}
