package cli

import (
	"flag"
	"fmt"
	"io"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/message"
)

// bulletinUsage is the bulletin command's line in the usage.
const bulletinUsage = "paiban bulletin [options] [--issue N] [--mono] [--footer] -o OUT.pdf BULLETIN.yaml"

// The bulletin command's own words.
var (
	oneBulletin = message.Text{
		"bulletin takes one bulletin file: " + bulletinUsage,
		"bulletin 只接受一個簡報檔：" + bulletinUsage,
		"bulletin 只接受一个简报文件：" + bulletinUsage,
	}
	issueFrom1       = message.Text{"--issue takes a number from 1 up, not %d", "--issue 要的是 1 以上的期號，不能是 %d", "--issue 要的是 1 以上的期号，不能是 %d"}
	bulletinExported = message.Text{"%s: %d page(s), %d article(s), %s %s", "%s：共 %d 頁，%d 篇文章，%s %s", "%s：共 %d 页，%d 篇文章，%s %s"}
)

// runBulletin exports a bulletin: the articles its file names, with its
// masthead, contents and distribution block, as one PDF. It takes export's
// options; --issue overrides the file's issue number, --mono prints the
// masthead black and --footer prints the organisation footer of --profile.
func runBulletin(args []string, lang message.Lang, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bulletin", flag.ContinueOnError)
	var c common
	c.register(fs)
	out := fs.String("o", "", "the PDF to write")
	issue := fs.Int("issue", 0, "the issue number (第 N 期), instead of the file's")
	mono := fs.Bool("mono", false, "print the masthead black instead of red")
	footer := fs.Bool("footer", false, "print the organisation footer of --profile (off in bulletins)")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return misuse(oneBulletin)
	}
	if *out == "" {
		return misuse(needsOut, "bulletin", outPDF)
	}
	if *issue < 0 {
		return misuse(issueFrom1, *issue)
	}
	s, err := c.settings()
	if err != nil {
		return err
	}
	job, err := export.OpenBulletin(files[0], c.lib)
	if err != nil {
		return err
	}
	if *issue > 0 {
		job.Bulletin.Issue = *issue
	}
	job.Bulletin.Mono = job.Bulletin.Mono || *mono
	job.Bulletin.Footer = job.Bulletin.Footer || *footer
	doc, err := job.WritePDF(*out, s)
	if err != nil {
		return exportFailed(err)
	}
	warn(stderr, job.WarningsIn(doc, lang), lang)
	fmt.Fprintln(stdout, message.New(bulletinExported, *out, len(doc.Pages), len(job.Articles), s.Paper.Name, s.Preset.Name).In(lang))
	return nil
}
