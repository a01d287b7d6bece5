package bulletin

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/cjk"
	"github.com/paiban/paiban/message"
)

const good = `# 稅務工作動態, issue 5
name: 稅務工作動態
issue: 5
total: 123
supplement: false
editor: 國家稅務總局上海市稅務局辦公室
date: 2024-06-06
lang: zh-TW
classification: 內部資料 注意保存
serial: 000123
note: >
  編者按的文字，
  分兩行寫。
articles:
  - a.md
  - {file: sub/b.md, new_page: true}
  - c.md
report: [國家稅務總局辦公廳]
send: [市委辦公廳, 市政府辦公廳]
distribute: 各區稅務局
copies: 80
footer: true
`

func TestParseReadsEveryKey(t *testing.T) {
	b, err := Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := &Bulletin{
		Name: "稅務工作動態", Issue: 5, Total: 123, Editor: "國家稅務總局上海市稅務局辦公室",
		Date: time.Date(2024, 6, 6, 0, 0, 0, 0, time.UTC), Lang: cjk.Hant,
		Classification: "內部資料 注意保存", Serial: "000123", Note: "編者按的文字，分兩行寫。",
		Articles: []Entry{{File: "a.md", Line: 15, Col: 5}, {File: "sub/b.md", NewPage: true, Line: 16, Col: 5},
			{File: "c.md", Line: 17, Col: 5}},
		Report: []string{"國家稅務總局辦公廳"}, Send: []string{"市委辦公廳", "市政府辦公廳"},
		Distribute: []string{"各區稅務局"}, Copies: 80, Footer: true,
	}
	if !reflect.DeepEqual(b, want) {
		t.Errorf("got  %+v\nwant %+v", b, want)
	}
}

// TestBadFiles reads testdata/bad.txt: each case must fail at its place
// with its message.
func TestBadFiles(t *testing.T) {
	data, err := os.ReadFile("testdata/bad.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := strings.Split("\n"+string(data), "\n== ")[1:]
	if len(cases) < 15 {
		t.Fatalf("only %d cases read", len(cases))
	}
	for _, c := range cases {
		head, file, _ := strings.Cut(c, "\n")
		name, want, _ := strings.Cut(head, " want ")
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(file))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if got := e.Error(); !strings.Contains(got, want) {
				t.Errorf("got  %s\nwant …%s…", got, want)
			}
			for _, l := range []message.Lang{message.Hant, message.Hans} {
				if got := e.In(l); !strings.HasPrefix(got, "bulletin:"+strings.SplitN(want, ":", 3)[0]+":") || got == e.Error() {
					t.Errorf("%s: %s", l, got)
				}
			}
		})
	}
}

func TestNotUTF8IsPlaced(t *testing.T) {
	_, err := Parse([]byte("name: 動態\narticles: [a\xffb.md]\n"))
	var e *Error
	if !errors.As(err, &e) || e.Line != 2 || e.Col != 13 {
		t.Fatalf("got %v, want an error at 2:13", err)
	}
}

func TestLoadNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "b.yaml")
	if err := os.WriteFile(path, []byte("name: 動態\nissue: -1\narticles: [a.md]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+":2:8: ") {
		t.Errorf("got %v, want %s:2:8: …", err, path)
	}
	_, err = Load(filepath.Join(dir, "none.yaml"))
	if err == nil || !strings.Contains(err.Error(), "none.yaml: no such file") {
		t.Errorf("got %v", err)
	}
}

func TestMissingArticleNamesItsLine(t *testing.T) {
	dir := t.TempDir()
	art := "---\ntitle: 標題\n---\n\n正文。\n"
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(art), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "b.yaml")
	text := "name: 動態\narticles:\n  - a.md\n  - gone.md\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.ReadArticles()
	want := path + ":4:5: " + filepath.Join(dir, "gone.md") + ": no such file"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	if got := message.In(err, message.Hant); !strings.HasPrefix(got, path+":4:5：") || !strings.Contains(got, "找不到這個檔案") {
		t.Errorf("繁: %s", got)
	}
}

func TestMarshalReadsBack(t *testing.T) {
	b, err := Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	out, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(out)
	if err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	for i := range back.Articles {
		back.Articles[i].Line, back.Articles[i].Col = b.Articles[i].Line, b.Articles[i].Col
	}
	if !reflect.DeepEqual(back, b) {
		t.Errorf("got  %+v\nwant %+v\nfrom\n%s", back, b, out)
	}
	// The serial number stays text: "000123", not 123.
	if !strings.Contains(string(out), `serial: "000123"`) {
		t.Errorf("serial not kept as text:\n%s", out)
	}
}

func TestSaveWritesTheFile(t *testing.T) {
	b := &Bulletin{Name: "動態", Issue: 2, Articles: []Entry{{File: "a.md"}}}
	path := filepath.Join(t.TempDir(), "b.yaml")
	if err := b.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "name: 動態\nissue: 2\narticles:\n    - a.md\n"; string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if b.Path != path {
		t.Errorf("Path %q", b.Path)
	}
}

func TestTooMuchTextIsPlaced(t *testing.T) {
	dir := t.TempDir()
	big := "---\ntitle: 長文\n---\n\n" + strings.Repeat("長", (MaxText/2-1000)/3) + "\n"
	text := "name: 動態\narticles:\n"
	for _, n := range []string{"a.md", "b.md", "c.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(big), 0o644); err != nil {
			t.Fatal(err)
		}
		text += "  - " + n + "\n"
	}
	path := filepath.Join(dir, "b.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.ReadArticles()
	if err == nil || !strings.HasPrefix(err.Error(), path+":5:5: the articles come to more than 4 MB") {
		t.Errorf("got %v, want the third article refused at 5:5", err)
	}
}
