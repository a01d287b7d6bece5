package cli

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/printing"
)

// runPrint prints an article: laid out and checked as export does it,
// then sent to the printer (package printing: CUPS's lp, or the Windows
// spooler) with the copies, pages, sides and paper asked for. It prints
// the job's number; --list lists the printers instead.
//
//	paiban print [--printer P] [--copies N] [--pages 1-3,5] [--duplex] [export options] ARTICLE.md
//	paiban print --list
func runPrint(args []string, lang message.Lang, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("print", flag.ContinueOnError)
	var c common
	c.register(fs)
	printer := fs.String("printer", "", "the printer; the default printer when not given")
	copies := fs.Int("copies", 1, "how many copies")
	pages := fs.String("pages", "", "the pages to print, as 1-3,5; all when not given")
	duplex := fs.Bool("duplex", false, "print on both sides of the sheet (turned on the long edge)")
	list := fs.Bool("list", false, "list the printers and their states")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	ctx := context.Background()
	sys := printing.System()
	if *list {
		if len(files) > 0 {
			return misuse(noArguments, "print --list")
		}
		return listPrinters(ctx, sys, lang, stdout)
	}
	if len(files) != 1 {
		return misuse(oneArticle, "print")
	}
	choice, err := printing.ParsePages(*pages)
	if err != nil {
		return misused{err}
	}
	if *copies < 1 || *copies > printing.MaxCopies {
		return misuse(copiesRange, *copies, printing.MaxCopies)
	}
	s, job, err := c.open(files[0])
	if err != nil {
		return err
	}
	doc := job.Layout(s)
	d, err := printing.Prepare(job, doc, s)
	if err != nil {
		return exportFailed(err)
	}
	warn(stderr, job.WarningsIn(doc, lang), lang)
	j, err := printing.Print(ctx, sys, d, printing.Options{Printer: *printer, Copies: *copies, Pages: choice,
		Duplex: *duplex, Title: printTitle(job)})
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, j.In(lang))
	return nil
}

var copiesRange = message.Text{"--copies %d: want 1 to %d", "--copies %d：要在 1 到 %d 之間", "--copies %d：要在 1 到 %d 之间"}

// printTitle names the job in the printer's queue: the article's title, or
// its file's name.
func printTitle(job *export.Job) string {
	if t := job.Article.Meta.Title; t != "" {
		return t
	}
	return job.Path
}

// listPrinters prints each printer's name and state, one to a line.
func listPrinters(ctx context.Context, sys printing.Spooler, lang message.Lang, stdout io.Writer) error {
	ps, err := sys.Printers(ctx)
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		_, err := printing.Choose(ps, "")
		return err // no printer, worded
	}
	for _, p := range ps {
		fmt.Fprintf(stdout, "%s\t%s\n", p.Name, p.Describe(lang))
	}
	return nil
}
