package profile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/atomicfile/atomicfiletest"
	"github.com/paiban/paiban/internal/testenv"
	"github.com/paiban/paiban/message"
)

var shanghai = Profile{
	Organisation: "國家稅務總局上海市稅務局",
	Address:      "上海市肇嘉浜路800號",
	Phone:        "021-12366",
	SiteCode:     "bm29090019",
	ICP:          "滬ICP備19025643號-1",
	PSB:          "滬公網安備 31010402005587號",
	Slogan:       "上海城市精神: 海納百川 追求卓越 開明睿智 大氣謙和",
}

var taipei = Profile{
	Organisation: "臺北市政府資訊局",
	Address:      "11008臺北市信義區市府路1號",
	Phone:        "(02)2720-8889",
	SiteCode:     "TPE0000001",
	ICP:          "京ICP備12345678號",
	PSB:          "京公網安備11010502030000號",
}

func TestLoadRealProfiles(t *testing.T) {
	for _, tc := range []struct {
		file string
		want Profile
	}{
		{"profile-shanghai-tax.yaml", shanghai},
		{"profile-taipei.yaml", taipei},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, err := Load(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Load:\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// The fixtures are copies of the shared corpus; when the corpus is at hand,
// make sure they have not drifted apart.
func TestFixturesMatchSharedCorpus(t *testing.T) {
	for _, name := range []string{"profile-shanghai-tax.yaml", "profile-taipei.yaml"} {
		shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", name))
		testenv.Need(t, "the shared corpus", err)
		own, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(own, shared) {
			t.Errorf("testdata/%s differs from ../shared/corpus/%s; copy it again", name, name)
		}
	}
}

func TestParseValues(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     Profile
	}{
		{"empty", "", Profile{}},
		{"blank lines", "\n  \n\n", Profile{}},
		{"comments only", "# nothing yet\n  # still nothing\n", Profile{}},
		{"document marker only", "---\n", Profile{}},
		{"null document", "~\n", Profile{}},
		{"empty mapping", "{}\n", Profile{}},
		{"integer phone", "phone: 12366\n", Profile{Phone: "12366"}},
		{"leading zero kept", "phone: 012366\n", Profile{Phone: "012366"}},
		{"hex kept as written", "site_code: 0x1F\n", Profile{SiteCode: "0x1F"}},
		{"underscores kept", "site_code: 1_000\n", Profile{SiteCode: "1_000"}},
		{"float kept as written", "site_code: 1.50\n", Profile{SiteCode: "1.50"}},
		{"exponent kept as written", "site_code: 1e5\n", Profile{SiteCode: "1e5"}},
		{"boolean kept as written", "slogan: true\n", Profile{Slogan: "true"}},
		{"empty value", "slogan:\n", Profile{}},
		{"null value", "slogan: ~\nphone: null\n", Profile{}},
		{"quoted null is text", "slogan: \"null\"\n", Profile{Slogan: "null"}},
		{"trimmed", "organisation: \"  稅務局 \t\"\n", Profile{Organisation: "稅務局"}},
		{"ideographic space trimmed", "organisation: \"\u3000稅務局\u3000\"\n", Profile{Organisation: "稅務局"}},
		{"inner spaces kept", "psb: 滬公網安備 31010402005587號\n", Profile{PSB: "滬公網安備 31010402005587號"}},
		{"single quotes", "slogan: '上海: 海納百川'\n", Profile{Slogan: "上海: 海納百川"}},
		{"folded onto one line", "address: >\n  上海市\n  肇嘉浜路800號\n", Profile{Address: "上海市 肇嘉浜路800號"}},
		{"plain scalar over two lines", "address: 上海市\n  肇嘉浜路800號\n", Profile{Address: "上海市 肇嘉浜路800號"}},
		{"document start marker", "---\nphone: 021-12366\n", Profile{Phone: "021-12366"}},
		{"document end marker", "phone: 021-12366\n...\n", Profile{Phone: "021-12366"}},
		{"byte order mark", "\ufeffphone: 021-12366\n", Profile{Phone: "021-12366"}},
		{"CRLF line ends", "phone: 021-12366\r\nicp: 滬ICP備19025643號-1\r\n", Profile{Phone: "021-12366", ICP: "滬ICP備19025643號-1"}},
		{"no final newline", "phone: 021-12366", Profile{Phone: "021-12366"}},
		{"flow mapping", "{phone: 021-12366, site_code: bm29090019}", Profile{Phone: "021-12366", SiteCode: "bm29090019"}},
		{"quoted key", "\"phone\": 021-12366\n", Profile{Phone: "021-12366"}},
		{"alias", "address: &a 上海市\norganisation: *a\n", Profile{Organisation: "上海市", Address: "上海市"}},
		{"comment after value", "phone: 021-12366 # 電話\n", Profile{Phone: "021-12366"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse([]byte(tc.in))
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if got != tc.want {
				t.Errorf("Parse(%q):\n got %+v\nwant %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	const known = "(known: organisation, address, phone, site_code, icp, psb, slogan)"
	for _, tc := range []struct {
		name, in string
		want     string // the whole message
	}{
		{"unknown field",
			"organisation: 稅務局\naddress: 上海市\nphone: 021-12366\nfax: 021-00000\n",
			`profile line 4: unknown field "fax" ` + known},
		{"unknown field on line 1", "Phone: 1\n", `profile line 1: unknown field "Phone" ` + known},
		{"merge key is unknown", "a: &a {phone: 1}\n", `profile line 1: unknown field "a" ` + known},
		{"field given twice", "phone: 1\nicp: x\nphone: 2\n", `profile line 3: field "phone" is given twice (first on line 1)`},
		{"flow list value", "phone: [021-12366, 021-12345]\n", `profile line 1: field "phone" must be text on one line, found a list`},
		{"block list value",
			"organisation: 稅務局\nphone:\n  - 021-12366\n  - 021-12345\n",
			`profile line 2: field "phone" must be text on one line, found a list`},
		{"mapping value", "address:\n  city: 上海\n", `profile line 1: field "address" must be text on one line, found a set of fields`},
		{"alias to a list", "phone: &p [1]\n", `profile line 1: field "phone" must be text on one line, found a list`},
		{"literal block over two lines", "icp: x\naddress: |\n  上海市\n  肇嘉浜路800號\n", `profile line 2: field "address" must fit on one line, but has a line break`},
		{"escaped newline", "slogan: \"a\\nb\"\n", `profile line 1: field "slogan" must fit on one line, but has a line break`},
		{"escaped line separator", "slogan: \"a\\Lb\"\n", `profile line 1: field "slogan" must fit on one line, but has a line break`},
		{"escaped control character", "slogan: \"a\\x01b\"\n", `profile line 1: field "slogan" has the control character U+0001`},
		{"raw control character", "phone: 1\nslogan: a\x01b\n", `profile line 2: the control character U+0001 is not allowed`},
		{"not UTF-8", "phone: 1\nicp: \xb5\xd8\n", `profile line 2: the file is not UTF-8 text (save it as UTF-8)`},
		{"UTF-16", "\xff\xfep\x00h\x00", `profile line 1: the file is not UTF-8 text (save it as UTF-8)`},
		{"unquoted colon on line 1", "slogan: 上海城市精神: 海納百川\n", `profile line 1: YAML syntax: mapping values are not allowed in this context in "slogan: 上海城市精神: 海納百川" (put quotes around a value that contains ": ")`},
		{"unquoted colon on line 3", "phone: 1\nicp: x\nslogan: 上海城市精神: 海納百川\npsb: y\n", `profile line 3: YAML syntax: mapping values are not allowed in this context in "slogan: 上海城市精神: 海納百川" (put quotes around a value that contains ": ")`},
		{"unclosed double quote", "phone: 1\nslogan: \"上海\npsb: y\n", `profile line 2: YAML syntax: found unexpected end of stream in "slogan: \"上海"`},
		{"unclosed flow list", "phone: 1\nicp: [x\npsb: y\n", `profile line 2: YAML syntax: did not find expected ',' or ']' in "icp: [x"`},
		{"bad indentation", "phone: 1\nicp: x\n psb: y\n", `profile line 3: YAML syntax: mapping values are not allowed in this context in "psb: y"`},
		{"nested key less indented", "address:\n  city: x\n zip: y\n", `profile line 3: YAML syntax: did not find expected key in "zip: y"`},
		{"stray list item", "phone: 1\n- x\n", `profile line 2: YAML syntax: did not find expected key in "- x"`},
		{"tab indentation", "phone: 1\n\ticp: x\n", `profile line 2: YAML syntax: found a tab character that violates indentation in "icp: x" (YAML does not allow tabs for indentation)`},
		{"missing colon", "phone: 1\nicp x\npsb: y\n", `profile line 2: YAML syntax: could not find expected ':' in "icp x"`},
		{"unknown anchor", "phone: 1\nicp: *nope\n", `profile line 2: YAML syntax: unknown anchor 'nope' referenced in "icp: *nope"`},
		{"multi-line quote then a later error",
			"slogan: '上海\n  海納百川'\nphone: 1: 2\n",
			`profile line 3: YAML syntax: mapping values are not allowed in this context in "phone: 1: 2" (put quotes around a value that contains ": ")`},
		{"list at top", "- phone: 1\n", `profile line 1: expected "key: value" lines such as "organisation: …", found a list`},
		{"text at top", "國家稅務總局上海市稅務局\n", `profile line 1: expected "key: value" lines such as "organisation: …", found the text "國家稅務總局上海市稅務局"`},
		{"list as key", "? [a, b]\n: c\n", `profile line 1: a field name must be a plain word, found a list`},
		{"two documents", "phone: 1\n---\nphone: 2\n", `profile line 2: a profile is one YAML document; remove the second "---"`},
		{"error in second document", "phone: 1\n---\nicp: [x\n", `profile line 3: YAML syntax: did not find expected ',' or ']' in "icp: [x"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse([]byte(tc.in))
			if err == nil {
				t.Fatalf("Parse(%q) = %+v, want error %q", tc.in, p, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("Parse(%q) error:\n got %s\nwant %s", tc.in, err, tc.want)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Errorf("error is not one line: %q", err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Errorf("error %v is not a *ParseError with a line", err)
			}
			if !p.IsZero() {
				t.Errorf("failed Parse returned %+v, want the zero Profile", p)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()

	missing := filepath.Join(dir, "missing.yaml")
	_, err := Load(missing)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("Load(missing) = %v, want a not-exist error naming %s", err, missing)
	}

	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("phone: 1\nicp: x\nfax: 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(bad)
	var pe *ParseError
	if err == nil || !errors.As(err, &pe) || pe.Line != 3 {
		t.Fatalf("Load(bad) = %v, want a *ParseError on line 3", err)
	}
	if want := bad + `:3:1: unknown field "fax"`; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Load(bad) = %q, want it to start with %q", err, want)
	}
	if want := bad + `:3:1: 沒有 "fax" 這個欄位`; !strings.HasPrefix(message.In(err, message.Hant), want) {
		t.Errorf("Load(bad) in 繁體 = %q, want it to start with %q", message.In(err, message.Hant), want)
	}

	huge := filepath.Join(dir, "huge.yaml")
	if err := os.WriteFile(huge, bytes.Repeat([]byte("# padding\n"), maxFileSize/10+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(huge); err == nil || !strings.Contains(err.Error(), huge) {
		t.Errorf("Load(huge) = %v, want an error naming the file", err)
	}

	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("Load(folder) = %v, want an error naming the folder", err)
	}
}

func TestMarshal(t *testing.T) {
	got, err := shanghai.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	const want = `organisation: 國家稅務總局上海市稅務局
address: 上海市肇嘉浜路800號
phone: 021-12366
site_code: bm29090019
icp: 滬ICP備19025643號-1
psb: 滬公網安備 31010402005587號
slogan: '上海城市精神: 海納百川 追求卓越 開明睿智 大氣謙和'
`
	if string(got) != want {
		t.Errorf("Marshal:\n%s\nwant:\n%s", got, want)
	}

	got, err = Profile{Slogan: "x", Organisation: "稅務局"}.Marshal()
	if want := "organisation: 稅務局\nslogan: x\n"; err != nil || string(got) != want {
		t.Errorf("Marshal of two fields = %q, %v; want %q", got, err, want)
	}

	got, err = Profile{}.Marshal()
	if err != nil || len(got) != 0 {
		t.Errorf("Marshal of zero Profile = %q, %v; want empty text", got, err)
	}

	got, err = Profile{Phone: "  021-12366 \u3000"}.Marshal()
	if err != nil || string(got) != "phone: 021-12366\n" {
		t.Errorf("Marshal of untrimmed value = %q, %v; want it trimmed", got, err)
	}
}

func TestMarshalRejects(t *testing.T) {
	for _, p := range []Profile{
		{Address: "上海市\n肇嘉浜路800號"},
		{Address: "上海市\r肇嘉浜路800號"},
		{Slogan: "a\u2028b"},
		{Phone: "021\x00"},
		{ICP: "\xb5\xd8"},
	} {
		if out, err := p.Marshal(); err == nil {
			t.Errorf("Marshal(%+v) = %q, want an error", p, out)
		}
		if err := p.Save(filepath.Join(t.TempDir(), "p.yaml")); err == nil {
			t.Errorf("Save(%+v) succeeded, want an error", p)
		}
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	tricky := []string{
		"12366", "012", "0x1F", "1.50", "1e5", ".inf", "true", "no", "~", "null", "", "<<",
		"# not a comment", "- not a list", "? not a key", "a: b", "a #b", "'", "\"", "'quoted'",
		"@at", "`tick`", "%percent", "!tag", "&anchor", "*alias", "{x}", "[x]", "|", ">",
		"---", "...", "\\", "滬公網安備 31010402005587號", "\ufeff稅務局", "é\u0301", "😀",
		strings.TrimSpace(strings.Repeat("海納百川 追求卓越 ", 40)),
	}
	for _, s := range tricky {
		for _, p := range []Profile{{Phone: s}, {Slogan: s, Organisation: s}, func() Profile { q := shanghai; q.Address = s; return q }()} {
			data, err := p.Marshal()
			if err != nil {
				t.Errorf("Marshal(%+v): %v", p, err)
				continue
			}
			got, err := Parse(data)
			if err != nil {
				t.Errorf("Parse(Marshal(%+v)): %v\n%s", p, err, data)
				continue
			}
			if got != p {
				t.Errorf("round trip of %q:\n got %+v\nwant %+v\nvia %q", s, got, p, data)
			}
		}
	}
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "profile.yaml")
	for _, p := range []Profile{shanghai, taipei, {}} {
		if err := p.Save(path); err != nil {
			t.Fatal(err)
		}
		got, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != p {
			t.Errorf("Load(Save(p)):\n got %+v\nwant %+v", got, p)
		}
	}
	assertOnly(t, dir, "profile.yaml")
}

func TestSaveKeepsPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "profile.yaml")
	if err := os.WriteFile(path, []byte("phone: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := taipei.Save(path); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode after Save = %v, want 0600", info.Mode().Perm())
	}

	fresh := filepath.Join(dir, "new.yaml")
	if err := taipei.Save(fresh); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("mode of a new file = %v (%v), want 0644", info.Mode().Perm(), err)
	}
}

func TestSaveThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.yaml")
	link := filepath.Join(dir, "link.yaml")
	if err := os.WriteFile(real, []byte("phone: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("cannot make a symbolic link: %v", err)
	}
	if err := shanghai.Save(link); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if got, err := Load(real); err != nil || got != shanghai {
		t.Errorf("Load(real) = %+v, %v; want the saved profile", got, err)
	}
}

func TestSaveIntoReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "profile.yaml")
	old := []byte("# the old profile\nphone: 1\n")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	atomicfiletest.ReadOnly(t, dir) // for root too
	if err := shanghai.Save(path); err == nil {
		t.Fatal("Save into a read-only folder succeeded")
	} else if !strings.Contains(err.Error(), path) {
		t.Errorf("Save error %q does not name %s", err, path)
	}
	atomicfiletest.Unchanged(t, dir, map[string][]byte{"profile.yaml": old})
}

// Save on a full disk fails naming the file and saying the disk is full, and
// leaves the old profile byte for byte and no temporary file.
func TestSaveFullDisk(t *testing.T) {
	big := shanghai
	big.Slogan = strings.Repeat("海納百川", 2000) // 24 KB: more than the tmpfs has left
	atomicfiletest.FullDisk(t, "profile.yaml", []byte("# the old profile\nphone: 1\n"), big.Save)
}

func TestSaveErrors(t *testing.T) {
	dir := t.TempDir()
	if err := shanghai.Save(filepath.Join(dir, "no-such-folder", "p.yaml")); err == nil {
		t.Error("Save into a missing folder succeeded")
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := shanghai.Save(sub); err == nil || !strings.Contains(err.Error(), "it is a folder") {
		t.Errorf("Save over a folder = %v, want an it-is-a-folder error", err)
	}
	assertOnly(t, dir, "sub")
}

// assertOnly fails unless dir holds exactly the named entries (so no
// temporary file was left behind).
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if !reflect.DeepEqual(got, names) {
		t.Errorf("folder holds %q, want only %q", got, names)
	}
}

func TestIsZero(t *testing.T) {
	if !(Profile{}).IsZero() {
		t.Error("Profile{}.IsZero() = false")
	}
	for _, p := range []Profile{{Slogan: "x"}, {PSB: "x"}, shanghai} {
		if p.IsZero() {
			t.Errorf("%+v.IsZero() = true", p)
		}
	}
}

func TestFooterFields(t *testing.T) {
	hant := []Field{
		{"organisation", "主辦單位", "國家稅務總局上海市稅務局"},
		{"address", "地址", "上海市肇嘉浜路800號"},
		{"phone", "電話", "021-12366"},
		{"site_code", "網站標識碼", "bm29090019"},
		{"icp", "", "滬ICP備19025643號-1"},
		{"psb", "", "滬公網安備 31010402005587號"},
	}
	hans := []Field{
		{"organisation", "主办单位", "國家稅務總局上海市稅務局"},
		{"address", "地址", "上海市肇嘉浜路800號"},
		{"phone", "电话", "021-12366"},
		{"site_code", "网站标识码", "bm29090019"},
		{"icp", "", "滬ICP備19025643號-1"},
		{"psb", "", "滬公網安備 31010402005587號"},
	}
	for _, tc := range []struct {
		lang string
		want []Field
	}{
		{"zh-Hans", hans},
		{"zh-hans", hans},
		{"zh-Hans-CN", hans},
		{"zh-CN", hans},
		{"zh_SG", hans},
		{"zh-Hant", hant},
		{"zh-TW", hant},
		{"zh-Hant-TW", hant},
		{"", hant},
		{"zh-Hansx", hant},
	} {
		if got := shanghai.FooterFields(tc.lang); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("FooterFields(%q):\n got %q\nwant %q", tc.lang, got, tc.want)
		}
	}

	partial := Profile{Organisation: " 臺北市政府資訊局 ", Address: "  ", PSB: "京公網安備11010502030000號", Slogan: "not in the footer"}
	want := []Field{
		{"organisation", "主辦單位", "臺北市政府資訊局"},
		{"psb", "", "京公網安備11010502030000號"},
	}
	if got := partial.FooterFields("zh-Hant"); !reflect.DeepEqual(got, want) {
		t.Errorf("FooterFields of a partial profile:\n got %q\nwant %q", got, want)
	}
	if got := (Profile{Slogan: "x"}).FooterFields("zh-Hant"); len(got) != 0 {
		t.Errorf("FooterFields with only a slogan = %q, want none", got)
	}
}

// The key table that Parse, Marshal, FooterFields, Keys, Get and Set share
// is the only list of the keys: it points at every field of Profile once,
// in the struct's order.
func TestFieldTableMatchesStruct(t *testing.T) {
	typ := reflect.TypeFor[Profile]()
	if typ.NumField() != len(fields) {
		t.Fatalf("Profile has %d fields, the table %d", typ.NumField(), len(fields))
	}
	for i, f := range fields {
		var p Profile
		*f.get(&p) = "x"
		if reflect.ValueOf(p).Field(i).String() != "x" {
			t.Errorf("table entry %q does not point at Profile.%s", f.key, typ.Field(i).Name)
		}
	}
}

func TestKeysGetSet(t *testing.T) {
	want := []string{"organisation", "address", "phone", "site_code", "icp", "psb", "slogan"}
	if got := Keys(); !reflect.DeepEqual(got, want) {
		t.Errorf("Keys() = %q, want %q", got, want)
	}
	var p Profile
	for _, k := range Keys() {
		if !p.Set(k, shanghai.Get(k)) {
			t.Errorf("Set(%q) = false", k)
		}
	}
	if p != shanghai {
		t.Errorf("copied by key:\n got %+v\nwant %+v", p, shanghai)
	}
	if p.Set("fax", "x") || p != shanghai || p.Get("fax") != "" {
		t.Error("an unknown key was set or read")
	}
	if got := (Profile{Phone: " 1 "}).Get("phone"); got != " 1 " {
		t.Errorf("Get(phone) = %q, want it as it is", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"profile-shanghai-tax.yaml", "profile-taipei.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{"", "phone: 12366", "phone: [1]", "a: b: c", "slogan: '\n x'", "icp: \"\\x01\"", "? [a]\n: b", "x: &a 1\ny: *a"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v is not a *ParseError with a line", err)
			}
			for _, l := range []message.Lang{message.En, message.Hant, message.Hans} {
				if w := message.In(err, l); strings.ContainsAny(w, "\r\n") || strings.Contains(w, "%!") && !bytes.Contains(data, []byte("%")) {
					t.Fatalf("error in %s is not one well-formed line: %q", l, w)
				}
			}
			return
		}
		out, err := p.Marshal()
		if err != nil {
			t.Fatalf("Marshal of parsed %+v: %v", p, err)
		}
		q, err := Parse(out)
		if err != nil || q != p {
			t.Fatalf("round trip: %+v → %q → %+v, %v", p, out, q, err)
		}
	})
}

// Every error of the profile words itself in 繁體 and 简体, placed as
// file:line:col from Load; YAML syntax errors are worded as the front
// matter's are (internal/yamlerr).
func TestErrorsInEachLanguage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		in         string
		hant, hans string
	}{
		{"phone: 1\n  icp: x\n", ":2:3: YAML 語法錯誤：此處不能有「: 」", ":2:3: YAML 语法错误：此处不能有“: ”"},
		{"phone: 1\nicp: [x\n", ":2:1: YAML 語法錯誤：方括號清單缺少", ":2:1: YAML 语法错误：方括号列表缺少"},
		{"phone: 1\nphone: 2\n", `:2:1: 欄位 "phone" 出現了兩次（第一次在第 1 行）`, `:2:1: 字段 "phone" 出现了两次（第一次在第 1 行）`},
		{"phone: [1]\n", `:1:1: 欄位 "phone" 必須是一行文字，這裡卻是清單`, `:1:1: 字段 "phone" 必须是一行文本，这里却是列表`},
		{"- a\n", ":1:1: 應該是「organisation: …」", ":1:1: 应当是“organisation: …”"},
		{"phone: 1\nicp: \xb5\n", ":2:6: 檔案不是 UTF-8 文字", ":2:6: 文件不是 UTF-8 文本"},
		{"slogan: \"a\\nb\"\n", `:1:1: 欄位 "slogan" 必須寫在一行之內`, `:1:1: 字段 "slogan" 必须写在一行之内`},
	} {
		path := filepath.Join(dir, "p.yaml")
		if err := os.WriteFile(path, []byte(tc.in), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(path)
		for l, want := range map[message.Lang]string{message.Hant: path + tc.hant, message.Hans: path + tc.hans} {
			if got := message.In(err, l); !strings.HasPrefix(got, want) {
				t.Errorf("%q in %s: %q, want %q…", tc.in, l, got, want)
			}
		}
	}
	_, err := Load(filepath.Join(dir, "none.yaml"))
	if got := message.In(err, message.Hans); !strings.Contains(got, "无法读取机构资料") || !strings.Contains(got, "找不到这个文件") {
		t.Errorf("a missing profile in 简体: %q", got)
	}
}
