package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/message"
)

// This file is the session's side of File ▸ Export PDF: what is exported,
// with which settings, to where, and what to ask when characters no font
// has stop it. It is free of Fyne; the export dialog is in files.go.

// exportRun is one export as the session plans it: the article's text as
// it was when the export was asked for, the settings in use then, where
// its pictures are and what it is called, and where the PDF goes. It is
// plain data: run runs it on any goroutine, while the editing goes on.
type exportRun struct {
	src       []byte
	settings  export.Settings
	dir, name string // the article's folder, and its file (its name in messages)
	out       string
	lib       *fonts.Library
}

// exportRun plans the export of src, the article as the form holds it, to
// out; allowMissing prints characters no font has as 〓 instead of
// stopping.
func (s *session) exportRun(src []byte, out string, allowMissing bool) exportRun {
	r := exportRun{src: src, settings: s.settings, dir: s.dir(), name: s.path, out: out, lib: s.lib}
	r.settings.AllowMissing = allowMissing
	if r.name == "" {
		r.name = tr(s.ui, "untitled")
	}
	return r
}

// run writes the PDF. An out that is one of the export's inputs (the
// article's file, an image, a font) is refused; a failed export leaves the
// file at out as it was.
func (r exportRun) run() error {
	a, err := article.Parse(r.src)
	if err != nil {
		return err
	}
	job := &export.Job{Article: a, Path: filepath.Base(r.name), Dir: r.dir, Fonts: r.lib}
	_, err = job.WritePDF(r.out, r.settings)
	return err
}

// maxMissingPlaces is how many places of missing characters the offer
// lists; the rest are counted.
const maxMissingPlaces = 12

// missingOffer is the question an export asks when characters none of the
// fonts has are all that stopped it: print them as 〓? It says which
// characters, and where, in the interface's language; the export dialog
// shows it with Cancel and Print as 〓.
type missingOffer struct {
	count  int      // the characters missing
	places []string // "where: what", the first maxMissingPlaces of them
	more   int      // the places not listed
}

// offerMissing is the offer to make after an export that ended with err,
// in the interface's language l: there is one when the export did not
// already print missing characters as 〓 and they are all that stopped
// it (no picture that cannot be used beside them).
func offerMissing(err error, allowMissing bool, l string) (missingOffer, bool) {
	if allowMissing || !onlyMissing(err) {
		return missingOffer{}, false
	}
	m := missingOf(err)
	lang := message.Lang(l)
	o := missingOffer{count: len(m.Items)}
	for i, p := range m.Items {
		if i == maxMissingPlaces {
			o.more = len(m.Items) - maxMissingPlaces
			break
		}
		o.places = append(o.places, fmt.Sprintf(message.At.In(lang), m.Where[i], export.Missing(p.Text, lang)))
	}
	return o, true
}

// text is the offer's message in language l.
func (o missingOffer) text(l string) string {
	places := o.places
	if o.more > 0 {
		places = append(places[:len(places):len(places)], fmt.Sprintf(tr(l, "more"), o.more))
	}
	return fmt.Sprintf(tr(l, "missingbody"), o.count) + "\n\n" + strings.Join(places, "\n")
}

// onlyMissing reports whether err is a *export.MissingError and nothing
// else (no picture that cannot be used beside it).
func onlyMissing(err error) bool {
	return missingOf(err) != nil
}

// missingOf is err as a *export.MissingError when that is all it is,
// alone or joined with no other error; otherwise nil.
func missingOf(err error) *export.MissingError {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs := j.Unwrap()
		if len(errs) != 1 {
			return nil
		}
		err = errs[0]
	}
	m, _ := err.(*export.MissingError)
	return m
}
