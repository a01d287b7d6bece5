package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/message"
)

// batchFolder makes a folder of articles: two good ones, one whose front
// matter is broken on line 2 and one with a character no font has.
func batchFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"a.md":      string(src),
		"b.md":      "---\ntitle: 測試\n---\n\n" + para + "\n",
		"bad.md":    "---\ntitle: [x\n---\nbody\n",
		"glyph.md":  "---\ntitle: 測試\n---\n\n正文𓀀和𓀁。\n",
		"notes.txt": "not an article",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const para = "臺北市政府資訊局今日宣布，智慧城市計畫首波十五項數位服務正式上線。"

func TestBatchExport(t *testing.T) {
	dir := batchFolder(t)
	out := filepath.Join(t.TempDir(), "pdf") + "/"
	// A good PDF from an earlier run, which the failed export must keep.
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	old := []byte("%PDF-1.7 an earlier, good export")
	if err := os.WriteFile(filepath.Join(out, "glyph.pdf"), old, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run("export", "--lang", "en", "--profile", prof, "-o", out, dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (two failed); stderr %q", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want two failure lines and the summary, got:\n%s", stderr)
	}
	for _, want := range []string{
		"paiban: " + filepath.Join(dir, "bad.md") + ":2:",
		"paiban: " + filepath.Join(dir, "glyph.md") + ":5:3: no font has the character 「𓀀」 (U+13000) (and 1 more)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("no line %q in:\n%s", want, stderr)
		}
	}
	if !strings.HasPrefix(lines[2], "paiban: exported 2 of 4 article(s) to "+out) || !strings.HasSuffix(lines[2], "2 failed") {
		t.Errorf("summary %q", lines[2])
	}
	for _, name := range []string{"a.pdf", "b.pdf"} {
		if b, err := os.ReadFile(filepath.Join(out, name)); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, "glyph.pdf")); !bytes.Equal(b, old) {
		t.Error("the failed export replaced the earlier glyph.pdf")
	}
	if _, err := os.Stat(filepath.Join(out, "bad.pdf")); err == nil {
		t.Error("bad.pdf written")
	}
	es, _ := os.ReadDir(out)
	if len(es) != 3 {
		t.Errorf("%d files in the output folder, want a.pdf, b.pdf, glyph.pdf (no leftovers)", len(es))
	}
}

// Files named one by one, into an existing folder without a trailing
// slash; all good, exit 0, the summary in 简体.
func TestBatchFiles(t *testing.T) {
	dir := batchFolder(t)
	out := t.TempDir()
	code, _, stderr := run("export", "--lang", "zh-Hans", "-o", out, filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md"))
	if code != 0 || !strings.Contains(stderr, "已将 2／2 篇文章导出到") || !strings.Contains(stderr, "0 篇失败") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "b.pdf")); err != nil {
		t.Error(err)
	}
}

func TestBatchRefuses(t *testing.T) {
	dir := batchFolder(t)
	a := filepath.Join(dir, "a.md")
	// Two articles named alike would write one PDF: both fail, neither written.
	other := filepath.Join(t.TempDir(), "a.md")
	if err := os.WriteFile(other, []byte("---\ntitle: 另一篇\n---\n\n正文。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	code, _, stderr := run("export", "--lang", "en", "-o", out+"/", a, other, filepath.Join(dir, "missing.md"))
	if code != 1 || strings.Count(stderr, "another article would be exported to") != 2 || !strings.Contains(stderr, "missing.md: ") {
		t.Errorf("same names and a missing file: %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "a.pdf")); err == nil {
		t.Error("a.pdf written for one of two articles of that name")
	}
	// Several articles into a file.
	code, _, stderr = run("export", "-o", a, a, filepath.Join(dir, "b.md"))
	if code != 2 || !strings.Contains(stderr, "names a folder") {
		t.Errorf("-o a file: %d %q", code, stderr)
	}
	code, _, stderr = run("export", "-o", out+"/", t.TempDir())
	if code != 2 || !strings.Contains(stderr, "no .md articles") {
		t.Errorf("an empty folder: %d %q", code, stderr)
	}
}

// On a terminal the progress line is rewritten in place, and a failure is
// written on a line of its own above it.
func TestProgressLive(t *testing.T) {
	var b bytes.Buffer
	p := &progress{w: &b, live: true, lang: message.Hant, total: 3}
	p.done()
	p.fail("x.md:1:1: 壞了")
	p.done()
	p.finish("out/", 1500*time.Millisecond)
	want := clear + "paiban: 已匯出 1／3 篇文章，0 篇失敗" +
		clear + "paiban: x.md:1:1: 壞了\n" +
		clear + "paiban: 已匯出 2／3 篇文章，1 篇失敗" +
		clear + "paiban: 已匯出 3／3 篇文章，1 篇失敗" +
		clear + "paiban: 已將 2／3 篇文章匯出到 out/，用時 1.5 秒，1 篇失敗\n"
	if b.String() != want {
		t.Errorf("progress\n%q\nwant\n%q", b.String(), want)
	}
}

// BenchmarkBatch exports 60 articles — the corpus's three, 20 times each
// under other names — into a folder, as paiban export -o OUTDIR/ does
// (docs/performance.md has the whole-process measure of 500, from
// scripts/bench-batch.sh).
func BenchmarkBatch(b *testing.B) {
	in := b.TempDir()
	var n int
	for _, src := range []string{seed, "../export/testdata/taipei-sample.md", "../export/testdata/kinsoku-stress.md"} {
		data, err := os.ReadFile(src)
		if err != nil {
			b.Skip(err)
		}
		for i := range 20 {
			if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("%s-%02d.md", filepath.Base(src), i)), data, 0o644); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ResetTimer()
	for range b.N {
		out := b.TempDir()
		if code, _, stderr := run("export", "-o", out+"/", in); code != 0 {
			b.Fatal(stderr)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/article")
}
