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
		return usageError("bulletin takes one bulletin file (" + bulletinUsage + ")")
	}
	if *out == "" {
		return usageError("bulletin needs -o OUT.pdf")
	}
	if *issue < 0 {
		return usageError("--issue takes a number from 1 up")
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
	fmt.Fprintf(stdout, "%s: %d page(s), %d article(s), %s %s\n", *out, len(doc.Pages), len(job.Articles), s.Paper.Name, s.Preset.Name)
	return nil
}
