package article

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/testenv"
)

// sharedCorpus is the corpus every developer checkout has beside it
// (../shared from the project root); the package carries copies of the
// files it uses in testdata, so that its tests also run without it.
const sharedCorpus = "../../shared/corpus"

// corpusFile reads the package's own copy of a corpus file from testdata.
func corpusFile(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestFixturesMatchSharedCorpus keeps testdata's copies identical to the
// shared corpus (its quirks — half-width punctuation, the stray &&, typos —
// are what real input looks like).
func TestFixturesMatchSharedCorpus(t *testing.T) {
	for _, name := range []string{"seed-tax-article.md", "taipei-sample.md"} {
		shared, err := os.ReadFile(filepath.Join(sharedCorpus, name))
		if os.IsNotExist(err) {
			testenv.Need(t, "the shared corpus at "+sharedCorpus, err)
		}
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(shared, corpusFile(t, name)) {
			t.Errorf("testdata/%s differs from %s; copy it again", name, filepath.Join(sharedCorpus, name))
		}
	}
}

func TestSeedArticle(t *testing.T) {
	check := func(t *testing.T, src []byte) {
		a := mustParse(t, string(src))
		m := a.Meta
		if m.Title != "黨建引領改革:基層戰鬥堡壘強起來" {
			t.Errorf("title %q", m.Title)
		}
		if m.Lang != Hant || m.LangDetected {
			t.Errorf("lang %s (detected %v), want zh-Hant from the front matter", m.Lang, m.LangDetected)
		}
		if m.Source != "澎湃新聞" {
			t.Errorf("source %q", m.Source)
		}
		if want := time.Date(2018, 10, 12, 9, 53, 0, 0, time.FixedZone("CST", 8*3600)); !m.Date.Equal(want) || !m.DateHasTime {
			t.Errorf("date %v (has time %v), want %v", m.Date, m.DateHasTime, want)
		}
		var headings []string
		paragraphs := 0
		for _, b := range a.Blocks {
			switch b := b.(type) {
			case *Heading:
				if b.Level != 2 {
					t.Errorf("heading %q at level %d", inlineText(b.Inlines), b.Level)
				}
				headings = append(headings, inlineText(b.Inlines))
			case *Paragraph:
				paragraphs++
			default:
				t.Errorf("unexpected %T", b)
			}
		}
		if want := "黨組織吹響改革“集結號”|“一切改革任務到支部”|黨員創先爭優的“大舞臺”"; strings.Join(headings, "|") != want {
			t.Errorf("headings %q, want %s", headings, want)
		}
		if paragraphs != 21 {
			t.Errorf("%d paragraphs, want 21", paragraphs)
		}
		text := a.Text()
		if !strings.Contains(text, "“黨員突擊隊”,&&加班加點") {
			t.Errorf("the stray && is lost")
		}
		if !strings.HasPrefix(text, m.Title+"\n最近,上海徐匯區") {
			t.Errorf("text starts %q", text[:60])
		}
		forEachInline(a.Blocks, func(in Inline) {
			if !in.Exact {
				t.Errorf("inline %q not exact", in.Text)
			}
		})
		if len(a.Warnings) != 0 {
			t.Errorf("warnings %v", a.Warnings)
		}
		// Without its lang field, the article is still detected as Traditional.
		noLang := bytes.Replace(src, []byte("lang: zh-Hant\n"), nil, 1)
		if b := mustParse(t, string(noLang)); b.Meta.Lang != Hant || !b.Meta.LangDetected {
			t.Errorf("detected %s (%v), want zh-Hant", b.Meta.Lang, b.Meta.LangDetected)
		}
	}
	t.Run("testdata", func(t *testing.T) { check(t, corpusFile(t, "seed-tax-article.md")) })
	t.Run("shared", func(t *testing.T) {
		src, err := os.ReadFile(filepath.Join(sharedCorpus, "seed-tax-article.md"))
		if os.IsNotExist(err) {
			testenv.Need(t, "the shared corpus at "+sharedCorpus, err)
		}
		if err != nil {
			t.Fatal(err)
		}
		check(t, src)
	})
}

func TestTaipeiSample(t *testing.T) {
	a := mustParse(t, string(corpusFile(t, "taipei-sample.md")))
	m := a.Meta
	if m.Title != "臺北市推動「智慧城市2030」計畫　首波15項服務正式上線" || m.Lang != Hant || m.DateHasTime ||
		!m.Date.Equal(time.Date(2024, 3, 15, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))) {
		t.Errorf("meta %+v", m)
	}
	if got := dump(a.Blocks); strings.Count(got, "\n")+1 != 4 || !strings.HasPrefix(got, `P "臺北市政府今（15）日宣布`) {
		t.Errorf("blocks:\n%s", got)
	}
}

func BenchmarkParseSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "seed-tax-article.md"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}
