package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/atomicfile/atomicfiletest"
)

// oldPDF is the good PDF a failed export must leave as it was.
var oldPDF = []byte("%PDF-1.7 the good old export\n%%EOF\n")

// exportTo exports the seed article to out.pdf in dir.
func exportTo(dir string) (out string, err error) {
	out = filepath.Join(dir, "out.pdf")
	job, err := Open(filepath.Join("testdata", "seed-tax-article.md"), fonts.NewLibrary())
	if err != nil {
		return out, err
	}
	_, err = job.WritePDF(out, Settings{})
	return out, err
}

// An export onto a full disk fails saying so and naming the PDF, and leaves
// the old PDF byte for byte and no temporary file.
func TestExportFullDisk(t *testing.T) {
	atomicfiletest.FullDisk(t, "out.pdf", oldPDF, func(out string) error {
		_, err := exportTo(filepath.Dir(out))
		return err
	})
}

// An export into a read-only folder fails naming the PDF and changes
// nothing, for root too.
func TestExportReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "out.pdf"), oldPDF, 0o644); err != nil {
		t.Fatal(err)
	}
	atomicfiletest.ReadOnly(t, dir)
	out, err := exportTo(dir)
	if err == nil || !strings.Contains(err.Error(), out) {
		t.Errorf("export = %v, want an error naming %s", err, out)
	}
	atomicfiletest.Unchanged(t, dir, map[string][]byte{"out.pdf": oldPDF})
}
