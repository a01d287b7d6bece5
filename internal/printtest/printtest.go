// Package printtest is for tests that print for real: on CUPS with the
// cups-pdf virtual printer that scripts/cups-pdf.sh sets up, whose jobs
// come out as PDF files in the printing user's ~/PDF. Where there is no
// such printer the test is skipped, or fails under CI (internal/testenv).
//
// Only tests import it.
package printtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/testenv"
)

// Name is the virtual printer scripts/cups-pdf.sh adds;
// PAIBAN_TEST_PRINTER names another.
const Name = "PaibanPDF"

// Printer returns the name of the virtual printer, skipping (or failing
// under CI) when it is not there.
func Printer(t testing.TB) string {
	t.Helper()
	testenv.Tool(t, "lp")
	testenv.Tool(t, "lpstat")
	testenv.Tool(t, "pdfinfo")
	testenv.Tool(t, "pdftotext")
	name := os.Getenv("PAIBAN_TEST_PRINTER")
	if name == "" {
		name = Name
	}
	out, err := exec.Command("lpstat", "-p", name).CombinedOutput()
	if err != nil {
		err = fmt.Errorf("lpstat -p %s: %s", name, bytes.TrimSpace(out))
	}
	testenv.Need(t, "the cups-pdf printer "+name+" (bash scripts/cups-pdf.sh sets it up)", err)
	return name
}

// Dir is where the virtual printer puts its PDFs: PAIBAN_TEST_PDF_DIR, or
// ~/PDF as Debian's cups-pdf.conf has it.
func Dir(t testing.TB) string {
	if d := os.Getenv("PAIBAN_TEST_PDF_DIR"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(home, "PDF")
}

// Printed waits for job id (as lp names it, "PaibanPDF-12") to finish and
// returns the PDF it printed, written after since, which is removed when
// the test ends. It fails the test when
// the job has not come out after a minute (a filter chain can be slow on a
// loaded machine; this is not a speed check).
func Printed(t testing.TB, id string, since time.Time) string {
	t.Helper()
	n := id[strings.LastIndex(id, "-")+1:]
	if _, err := strconv.Atoi(n); err != nil {
		t.Fatalf("job id %q has no number", id)
	}
	dir := Dir(t)
	deadline := time.Now().Add(time.Minute)
	for {
		pending, _ := exec.Command("lpstat", "-o").Output()
		done := !strings.Contains(string(pending)+"\n", id+" ")
		if done {
			if f := find(dir, "job_"+n+".pdf", since); f != "" {
				t.Cleanup(func() { os.Remove(f) })
				return f
			}
		}
		if time.Now().After(deadline) {
			all, _ := exec.Command("lpstat", "-W", "all", "-o").Output()
			t.Fatalf("job %s has not come out in %s after a minute; queue:\n%s", id, dir, all)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// find is the file in dir whose name ends in suffix, written after since.
func find(dir, suffix string, since time.Time) string {
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if !strings.HasSuffix(e.Name(), suffix) {
			continue
		}
		if info, err := e.Info(); err == nil && !info.ModTime().Before(since.Add(-time.Second)) && info.Size() > 0 {
			return filepath.Join(dir, e.Name())
		}
	}
	return ""
}

// Pages is the number of pages of the PDF at path (pdfinfo).
func Pages(t testing.TB, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err == nil {
				return n
			}
		}
	}
	t.Fatalf("pdfinfo %s gave no page count:\n%s", path, out)
	return 0
}

// PageText is the text of each page of the PDF at path (pdftotext, pages
// split at form feeds).
func PageText(t testing.TB, path string) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// PDFText is PageText of a PDF held in memory.
func PDFText(t testing.TB, pdf []byte) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return PageText(t, path)
}

// Squeeze is text without its white space, to compare text laid out
// again by a printer's filters (which may space it differently).
func Squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}
