package printing

import (
	"context"
	"image"
	"strings"

	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
)

// MaxCopies bounds the copies of one job.
const MaxCopies = 999

// Options are the choices of a print dialog. The zero value prints one
// copy of every page, one-sided, on the default printer.
type Options struct {
	// Printer is the printer's name; "" for the default.
	Printer string
	// Copies is how many copies; 0 means 1.
	Copies int
	// Pages are the pages to print; nil for all.
	Pages Pages
	// Duplex prints on both sides of the sheet, turned on the long edge.
	Duplex bool
	// Title names the job in the printer's queue; "" for "Paiban".
	Title string
}

func (o Options) copies() int {
	if o.Copies == 0 {
		return 1
	}
	return o.Copies
}

// Document is what a job prints: the exported PDF, which CUPS prints, and
// the laid-out pages with a way to draw them, which Windows' spooler
// prints. Prepare makes one from an export job.
type Document struct {
	// PDF is the exported file's bytes.
	PDF []byte
	// Pages is the number of pages.
	Pages int
	// Paper is the size of the pages; its Name (A4, A5, B5, Letter) is the
	// paper asked of the printer.
	Paper layout.Paper
	// Draw draws page n (from 1) at dpi dots per inch, as the preview
	// does. Nil when only the PDF is at hand.
	Draw func(n int, dpi float64) (image.Image, error)
}

// Job is a job the spooler took.
type Job struct {
	// ID is the system's name for the job: "Office-42" for CUPS, the
	// spooler's job number on Windows.
	ID string
	// Printer is the printer it went to.
	Printer string
	// Pages is the number of pages of one copy; Copies the copies.
	Pages, Copies int
}

// In words the job as the report the user reads (see Sent).
func (j Job) In(l message.Lang) string {
	return message.New(Sent, j.Printer, j.ID, j.Pages, j.Copies).In(l)
}

// Spooler is a system's printing: its printers, and a way to send them a
// job. Print checks what it can before Send is called: Send gets a
// printer that exists and options checked against the document.
type Spooler interface {
	// Printers lists the printers, with the default marked.
	Printers(ctx context.Context) ([]Printer, error)
	// Send prints pages (from 1, in order, resolved from o.Pages) of doc
	// on printer p.
	Send(ctx context.Context, p Printer, doc *Document, pages []int, o Options) (Job, error)
}

// Print checks the options against the document and the printers — the
// pages exist, the copies are 1 to MaxCopies, the printer exists and takes
// jobs — and sends the job. It is what the command line's print and the
// editor's print dialog call; it does not touch the UI and may run on any
// goroutine.
func Print(ctx context.Context, sp Spooler, doc *Document, o Options) (Job, error) {
	if doc.Pages < 1 {
		return Job{}, message.New(nothingToPrint)
	}
	if c := o.copies(); c < 1 || c > MaxCopies {
		return Job{}, message.New(badCopies, o.Copies, MaxCopies)
	}
	pages, err := o.Pages.Resolve(doc.Pages)
	if err != nil {
		return Job{}, err
	}
	ps, err := sp.Printers(ctx)
	if err != nil {
		return Job{}, err
	}
	p, err := Choose(ps, o.Printer)
	if err != nil {
		return Job{}, err
	}
	if err := Usable(p); err != nil {
		return Job{}, err
	}
	o.Printer, o.Copies = p.Name, o.copies()
	return sp.Send(ctx, p, doc, pages, o)
}

// Choose picks the printer named name from ps, or the default when name is
// "": a missing printer, or no default to fall back on, is an error that
// names the printers there are.
func Choose(ps []Printer, name string) (Printer, error) {
	if len(ps) == 0 {
		return Printer{}, message.New(noPrinter)
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	list := strings.Join(names, ", ")
	if name == "" {
		p, ok := DefaultOf(ps)
		if !ok {
			return Printer{}, message.New(noDefault, list)
		}
		return p, nil
	}
	p, ok := Find(ps, name)
	if !ok {
		return Printer{}, message.New(unknownPrinter, name, list)
	}
	return p, nil
}

// Usable is nil for a printer that takes jobs, and otherwise an error
// saying why it does not (stopped, offline, refusing jobs) and what to do.
func Usable(p Printer) error {
	var because any = ""
	if p.Reason != "" {
		because = message.New(reasonSep, p.Reason)
	}
	switch {
	case p.State == Stopped:
		return message.New(stoppedPrinter, p.Name, because)
	case p.State == Offline:
		return message.New(offlinePrinter, p.Name, because)
	case !p.Accepting:
		return message.New(rejectingPrinter, p.Name, because)
	}
	return nil
}
