package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/message"
)

// batchWanted reports whether an export writes into a folder — -o OUTDIR/
// or an existing folder — or names several articles. One article, or one
// folder, with -o naming a file is a single export (which refuses a
// folder as the article).
func batchWanted(out string, files []string) bool {
	if len(files) > 1 || strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(os.PathSeparator)) {
		return true
	}
	fi, err := os.Stat(out)
	return err == nil && fi.IsDir()
}

// batchItem is one article of a batch and the PDF it becomes.
type batchItem struct {
	in, out string
	err     error // set before the export when the item cannot be exported
}

// runBatch exports many articles with the same options into the folder
// out, on twice as many goroutines as there are cores: a progress line on stderr
// (updated in place on a terminal), one line per failure
// (file:line:col: message), and exit status 1 when any failed. Each PDF is
// written as export writes one (atomically: a failed export leaves an
// existing PDF as it was).
func runBatch(c *common, out string, args []string, lang message.Lang, stderr io.Writer) error {
	if out == "" {
		return misuse(needsOut, "export", outDir)
	}
	if fi, err := os.Stat(out); err == nil && !fi.IsDir() {
		return misuse(outNotFolder, out)
	}
	items, err := batchItems(args, out)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		return misuse(noArticles, strings.Join(args, ", "))
	}
	s, err := c.settings()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("making the folder for the PDFs: %w", err)
	}
	start := time.Now()
	p := newProgress(stderr, len(items), lang)
	results := make(chan batchResult)
	work := make(chan int)
	var wg sync.WaitGroup
	// Twice as many exports as cores: while one waits for its file to
	// reach the disk (atomicfile flushes it), another lays out.
	for range min(2*runtime.GOMAXPROCS(0), len(items)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results <- batchResult{i, exportOne(c, items[i], s)}
			}
		}()
	}
	go func() {
		for i := range items {
			work <- i
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	for r := range results {
		if r.err != nil {
			p.fail(failureLine(r.err, items[r.i].in, lang))
			continue
		}
		p.done()
	}
	p.finish(out, time.Since(start))
	if p.failed > 0 {
		return exitStatus(1)
	}
	return nil
}

type batchResult struct {
	i   int
	err error
}

// exportOne exports one article of a batch.
func exportOne(c *common, it batchItem, s export.Settings) error {
	if it.err != nil {
		return it.err
	}
	job, err := export.Open(it.in, c.lib)
	if err != nil {
		return err
	}
	_, err = job.WritePDF(it.out, s)
	return err
}

// batchItems lists the articles args name — files as given, folders by
// the .md files in them (not in their subfolders), in name order — each
// with its PDF in out, named as the article with .pdf for .md. Two
// articles that would write the same PDF are both reported.
func batchItems(args []string, out string) ([]batchItem, error) {
	var ins []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			ins = append(ins, a) // a missing file fails in its turn, with its name
			continue
		}
		es, err := os.ReadDir(a)
		if err != nil {
			return nil, fmt.Errorf("reading the folder %s: %w", a, err)
		}
		var names []string
		for _, e := range es {
			if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".md") {
				names = append(names, filepath.Join(a, e.Name()))
			}
		}
		sort.Strings(names)
		ins = append(ins, names...)
	}
	items := make([]batchItem, len(ins))
	first := map[string]int{} // PDF → the first article writing it
	for i, in := range ins {
		base := filepath.Base(in)
		pdf := filepath.Join(out, strings.TrimSuffix(base, filepath.Ext(base))+".pdf")
		items[i] = batchItem{in: in, out: pdf}
		key := strings.ToLower(pdf) // case-insensitive file systems
		if j, ok := first[key]; ok {
			items[i].err = message.New(sameOutput, pdf, items[j].in)
			if items[j].err == nil {
				items[j].err = message.New(sameOutput, pdf, in)
			}
			continue
		}
		first[key] = i
	}
	return items, nil
}

var (
	outDir       = message.Text{"OUTDIR/", "輸出資料夾/", "输出文件夹/"}
	outNotFolder = message.Text{
		"-o %s: with several articles, -o names a folder",
		"-o %s：匯出多篇文章時，-o 要指定一個資料夾",
		"-o %s：导出多篇文章时，-o 要指定一个文件夹",
	}
	noArticles = message.Text{"no .md articles in %s", "%s 中沒有 .md 文章", "%s 中没有 .md 文章"}
	sameOutput = message.Text{
		"another article would be exported to %s too (%s): rename one of them",
		"另一篇文章也會匯出成 %s（%s）：請將其中一篇改名",
		"另一篇文章也会导出为 %s（%s）：请将其中一篇改名",
	}
	andMore       = message.Text{" (and %d more)", "（另有 %d 處）", "（另有 %d 处）"}
	batchProgress = message.Text{
		"%d of %d article(s) exported, %d failed",
		"已匯出 %d／%d 篇文章，%d 篇失敗",
		"已导出 %d／%d 篇文章，%d 篇失败",
	}
	batchDone = message.Text{
		"exported %d of %d article(s) to %s in %.1f s, %d failed",
		"已將 %d／%d 篇文章匯出到 %s，用時 %.1f 秒，%d 篇失敗",
		"已将 %d／%d 篇文章导出到 %s，用时 %.1f 秒，%d 篇失败",
	}
)

// failureLine words a failed export as one line that starts with the
// article's place, file:line:col when the error knows it: the first of its
// problems, and how many more there are.
func failureLine(err error, path string, lang message.Lang) string {
	var first string
	more := 0
	var missing *export.MissingError
	if errors.As(err, &missing) && len(missing.Items) > 0 {
		first = fmt.Sprintf(message.At.In(lang), missing.Where[0], export.Missing(missing.Items[0].Text, lang))
		more = len(missing.Items) - 1
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			more += len(j.Unwrap()) - 1 // pictures that cannot be used, beside the characters
		}
	} else {
		var lines []string
		for _, l := range strings.Split(message.In(err, lang), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			lines = []string{err.Error()}
		}
		first, more = lines[0], len(lines)-1
	}
	if !strings.HasPrefix(first, path) {
		first = fmt.Sprintf(message.At.In(lang), path, first)
	}
	if more > 0 {
		first += fmt.Sprintf(andMore.In(lang), more)
	}
	return first
}

// progress is the batch's progress line on stderr: rewritten in place on
// a terminal, written once at the end elsewhere (a log), with the failures
// on lines of their own as they come.
type progress struct {
	w                 io.Writer
	live              bool
	lang              message.Lang
	total, ok, failed int
	lastDraw          time.Time
}

func newProgress(w io.Writer, total int, lang message.Lang) *progress {
	live := false
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			live = true
		}
	}
	return &progress{w: w, live: live, lang: lang, total: total}
}

// clear is what rubs out the progress line on a terminal.
const clear = "\r\x1b[K"

func (p *progress) done() {
	p.ok++
	p.draw(false)
}

func (p *progress) fail(line string) {
	p.failed++
	if p.live {
		fmt.Fprint(p.w, clear)
	}
	fmt.Fprintln(p.w, "paiban:", line)
	p.draw(true)
}

// draw rewrites the line on a terminal, at most 20 times a second unless
// forced.
func (p *progress) draw(force bool) {
	if !p.live || (!force && time.Since(p.lastDraw) < 50*time.Millisecond && p.ok+p.failed < p.total) {
		return
	}
	p.lastDraw = time.Now()
	fmt.Fprint(p.w, clear+"paiban: "+fmt.Sprintf(batchProgress.In(p.lang), p.ok+p.failed, p.total, p.failed))
}

// finish ends the progress line with the summary.
func (p *progress) finish(out string, took time.Duration) {
	if p.live {
		fmt.Fprint(p.w, clear)
	}
	fmt.Fprintln(p.w, "paiban: "+fmt.Sprintf(batchDone.In(p.lang), p.ok, p.total, out, took.Seconds(), p.failed))
}
