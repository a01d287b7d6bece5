package orgdefaults

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/profile"
)

func TestParseExample(t *testing.T) {
	d, err := Load("testdata/org-taipei.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := Defaults{
		ShortName: "tpe-it",
		Profile: profile.Profile{Organisation: "臺北市政府資訊局", Address: "11008臺北市信義區市府路1號",
			Phone: "(02)2720-8889", SiteCode: "TPE0000001", Slogan: "智慧城市　便民服務"},
		Paper: "A4", Size: "大",
		Bulletins:      []string{"資訊局工作動態", "智慧城市簡報"},
		BulletinEditor: "臺北市政府資訊局秘書室",
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got\n%+v\nwant\n%+v", d, want)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, text string
		want       Defaults
	}{
		{"empty", "", Defaults{}},
		{"comments only", "# nothing\n", Defaults{}},
		{"a plain profile", "organisation: 上海市稅務局\nphone: 12366\n",
			Defaults{Profile: profile.Profile{Organisation: "上海市稅務局", Phone: "12366"}}},
		{"paper and size as written otherwise", "paper: letter\nsize: small\n", Defaults{Paper: "Letter", Size: "小"}},
		{"official page", "preset: gbt9704\n", Defaults{Official: true}},
		{"system fonts off", "system_fonts: false\n", Defaults{NoSystemFonts: true}},
		{"fonts", "body_font: C:\\Windows\\Fonts\\mingliu.ttc:0\ntitle_font: /f/t.ttf\n",
			Defaults{BodyFont: `C:\Windows\Fonts\mingliu.ttc:0`, TitleFont: "/f/t.ttf"}},
		{"heading fonts", "heading_font_3: /f/kai.ttf\nheading_font_5: /f/fs.ttf\n",
			Defaults{HeadingFonts: [HeadingLevels]string{"", "/f/kai.ttf", "", "/f/fs.ttf"}}},
		{"bulletins as a flow list", "bulletins: [稅務工作動態, 稅收調研]\nbulletin_editor: 辦公室\n",
			Defaults{Bulletins: []string{"稅務工作動態", "稅收調研"}, BulletinEditor: "辦公室"}},
		{"bulletins as lines, a profile key after them", "bulletins:\n  - 稅務工作動態\n  # a comment\n  - 稅收調研\norganisation: 甲\n",
			Defaults{Bulletins: []string{"稅務工作動態", "稅收調研"}, Profile: profile.Profile{Organisation: "甲"}}},
		{"one bulletin as text", "bulletins: 稅務工作動態\n", Defaults{Bulletins: []string{"稅務工作動態"}}},
		{"keys in any order", "short_name: sh\norganisation: 甲\n# note\nquote_font: /k.ttf\nslogan: 乙\n",
			Defaults{ShortName: "sh", QuoteFont: "/k.ttf", Profile: profile.Profile{Organisation: "甲", Slogan: "乙"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		says       string
	}{
		{"unknown key", "organisation: 甲\nfax: 1\n", 2, `unknown field "fax"`},
		{"unknown key lists every key", "fax: 1\n", 1, "slogan, short_name, paper"},
		{"bad short name", "short_name: Taipei City\n", 1, `"short_name" must be`},
		{"short name ending in a hyphen", "short_name: tpe-\n", 1, `"short_name"`},
		{"bad paper", "paper: A3\n", 1, `unknown paper "A3"`},
		{"bad size", "size: 特大\n", 1, `unknown size`},
		{"official as a size", "size: gbt9704\n", 1, `preset: gbt9704`},
		{"bad preset", "preset: a4\n", 1, `unknown preset`},
		{"bad bool", "system_fonts: sometimes\n", 1, "true or false"},
		{"list value", "body_font:\n  - a\n", 1, "one line"},
		// A profile key's problem keeps its line, past the blanked keys.
		{"profile problem after extra keys", "short_name: x\npaper: A4\norganisation: [a, b]\n", 3, `"organisation"`},
		{"profile key twice", "phone: 1\nsize: 中\nphone: 2\n", 3, "twice"},
		{"syntax error", "organisation: 甲\npaper: : :\n", 2, ""},
		{"not a mapping", "- a\n- b\n", 1, "key: value"},
		{"bulletins as a mapping", "bulletins:\n  a: b\n", 2, "list of texts"},
		{"a bulletin that is a list", "bulletins:\n  - 甲\n  - [乙, 丙]\n", 3, "list of texts"},
		{"a repeated bulletin", "bulletins: [甲, 甲]\n", 1, "repeated"},
		{"an empty bulletin", "bulletins: [甲, '']\n", 1, "empty"},
		{"profile problem after a bulletin list", "bulletins:\n  - 甲\n  - 乙\nphone: [1]\n", 4, `"phone"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.text))
			var pe *profile.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v, want a *profile.ParseError", err)
			}
			if pe.Line != tt.line || !strings.Contains(pe.Msg, tt.says) {
				t.Errorf("error %q at line %d, want line %d saying %q", pe.Msg, pe.Line, tt.line, tt.says)
			}
		})
	}
}

func TestLoadNamesPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.yaml")
	if err := os.WriteFile(path, []byte("paper: A0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("Load error %v does not name %s", err, path)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

// The checked-in build has no organisation defaults: an organisation's
// file is baked only into dist.sh's copy of the tree.
func TestBakedIsEmptyInTheCheckout(t *testing.T) {
	d, err := Baked()
	if err != nil {
		t.Fatal(err)
	}
	if !d.IsZero() {
		t.Errorf("baked.yaml has defaults %+v; restore the checked-in empty file", d)
	}
}

// The errors word themselves in each language, as the profile's do.
func TestErrorsInEachLanguage(t *testing.T) {
	_, err := Parse([]byte("short_name: Bad Name\n"))
	var pe *profile.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v, want a *profile.ParseError", err)
	}
	for l, want := range map[message.Lang]string{message.En: "lower-case letters", message.Hant: "小寫英文字母", message.Hans: "小写英文字母"} {
		if got := pe.In(l); !strings.Contains(got, want) || !strings.Contains(got, "short_name") {
			t.Errorf("in %s: %q, want it to name short_name and say %q", l, got, want)
		}
	}
}
