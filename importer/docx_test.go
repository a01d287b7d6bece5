package importer

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testenv"
	"github.com/paiban/paiban/message"
)

// The office documents made by testdata/docx/make.py: the text is the
// document's, character for character, and the paragraphs, headings,
// title and dateline are where the document has them.
func TestOfficeDocuments(t *testing.T) {
	paths, _ := filepath.Glob("testdata/docx/*.expect.json")
	if len(paths) == 0 {
		t.Fatal("no test documents")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(p, ".expect.json")
		e := readExpectation(t, p)
		for _, ext := range []string{".docx", ".lo.docx"} {
			if ext == ".lo.docx" && !exists(name+ext) {
				continue
			}
			t.Run(filepath.Base(name+ext), func(t *testing.T) {
				res, _ := checkArticle(t, name+ext, e)
				for _, w := range e.Warnings {
					if !warned(res.Warnings, w) {
						t.Errorf("no warning about %s: %v", w, res.Warnings)
					}
				}
			})
		}
	}
}

// A Word 97 .doc goes through LibreOffice and reads as the .docx it was
// made from.
func TestWord97(t *testing.T) {
	testenv.Tool(t, "soffice")
	for _, name := range []string{"office-hant", "office-hans"} {
		t.Run(name, func(t *testing.T) {
			e := readExpectation(t, "testdata/docx/"+name+".expect.json")
			// Word 97 keeps the picture but not its description.
			if name == "office-hant" {
				e.Lines = slices.DeleteFunc(e.Lines, func(s string) bool { return s == "智慧城市服務示意圖" })
			}
			checkArticle(t, "testdata/docx/"+name+".doc", e)
		})
	}
}

// Without LibreOffice, a .doc is refused with what to do, in each language.
func TestWord97WithoutLibreOffice(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := File("testdata/docx/office-hant.doc", Options{})
	if !message.Is(err, noSoffice) {
		t.Fatalf("error %v, want the LibreOffice message", err)
	}
	for _, l := range []message.Lang{message.En, message.Hant, message.Hans} {
		if s := message.In(err, l); !strings.Contains(s, "LibreOffice") || !strings.Contains(s, ".docx") {
			t.Errorf("%s: %q", l, s)
		}
	}
}
