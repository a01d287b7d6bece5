package app

import (
	"bytes"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/proof"
)

// proofPanel lists the proofreader's findings on the article as laid out
// last: place, rule and message, with a Fix button on those that have a
// safe fix. It is refreshed with each preview; the findings keep the
// Markdown they were found in, so that a fix is only made on that text.
//
// ┌ 校對 · 136 處 ───────────────────────────── [全部安全修正] [×] ┐
// │ 8:3    halfwidth-punct  中文裡的半形「,」應改為全形「，」   [修正] │
// │ 36:50  html-debris      多餘的「&&」…                       [修正] │
type proofPanel struct {
	lang     string
	findings []proof.Finding
	src      []byte // the Markdown the findings were found in
	title    *widget.Label
	list     *widget.List
	fixAll   *widget.Button
	content  fyne.CanvasObject

	onSelect func(proof.Finding)
	onFix    func(proof.Finding)
	onFixAll func()
	onClose  func()
}

func newProofPanel(l string) *proofPanel {
	p := &proofPanel{lang: l}
	p.title = widget.NewLabelWithStyle(tr(l, "proofpanel"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.list = widget.NewList(func() int { return len(p.findings) }, p.newRow, p.updateRow)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.findings) && p.onSelect != nil {
			p.onSelect(p.findings[id])
		}
	}
	p.fixAll = widget.NewButton(tr(l, "fixall"), func() {
		if p.onFixAll != nil {
			p.onFixAll()
		}
	})
	closer := widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		if p.onClose != nil {
			p.onClose()
		}
	})
	closer.Importance = widget.LowImportance
	head := container.NewBorder(nil, nil, nil, container.NewHBox(p.fixAll, closer), p.title)
	p.content = container.NewBorder(head, nil, nil, nil, p.list)
	return p
}

// The place and the rule are padded, in a monospaced face, so that the
// messages line up.
const (
	placeFormat = "%5d:%-4d"
	ruleFormat  = "%-15s"
)

// A row: place and rule on the left, the Fix button on the right and the
// message, cut short with an ellipsis, between.
func (p *proofPanel) newRow() fyne.CanvasObject {
	at := widget.NewLabel(fmt.Sprintf(placeFormat, 0, 0))
	at.TextStyle.Monospace = true
	rule := widget.NewLabel(fmt.Sprintf(ruleFormat, proof.OverConversion))
	rule.TextStyle.Monospace = true
	msg := widget.NewLabel("")
	msg.Truncation = fyne.TextTruncateEllipsis
	fix := widget.NewButton(tr(p.lang, "fix"), nil)
	return container.NewBorder(nil, nil, container.NewHBox(at, rule), fix, msg)
}

func (p *proofPanel) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.findings) {
		return
	}
	f := p.findings[id]
	row := o.(*fyne.Container)
	left := row.Objects[1].(*fyne.Container)
	left.Objects[0].(*widget.Label).SetText(fmt.Sprintf(placeFormat, f.Line, f.Col))
	left.Objects[1].(*widget.Label).SetText(fmt.Sprintf(ruleFormat, f.Rule))
	row.Objects[0].(*widget.Label).SetText(f.Message)
	fix := row.Objects[2].(*widget.Button)
	fix.OnTapped = func() {
		if p.onFix != nil {
			p.onFix(f)
		}
	}
	if f.HasFix {
		fix.Show()
	} else {
		fix.Hide()
	}
}

// show lists findings found in src.
func (p *proofPanel) show(findings []proof.Finding, src []byte) {
	p.findings, p.src = findings, src
	fixable := 0
	for _, f := range findings {
		if f.HasFix {
			fixable++
		}
	}
	if len(findings) == 0 {
		p.title.SetText(tr(p.lang, "proofpanel") + " · " + trn(p.lang, "notes", 0))
	} else {
		p.title.SetText(tr(p.lang, "proofpanel") + " · " + trn(p.lang, "notes", len(findings)))
	}
	if fixable > 0 {
		p.fixAll.Enable()
	} else {
		p.fixAll.Disable()
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

// setProofShown shows or hides the proofreading panel below the editor
// and the preview, and remembers the choice for the next start.
func (e *Editor) setProofShown(on bool) {
	e.app.Preferences().SetBool(prefProof, on)
	e.proofOn = on
	if e.proofItem != nil {
		e.proofItem.Checked = on
		e.win.MainMenu().Refresh()
	}
	if on {
		split := container.NewVSplit(e.split, e.panel.content)
		split.Offset = 0.68
		e.center.Objects = []fyne.CanvasObject{split}
	} else {
		e.center.Objects = []fyne.CanvasObject{e.split}
	}
	e.center.Refresh()
}

// toggleProof shows the proofreading panel, or hides it.
func (e *Editor) toggleProof() { e.setProofShown(!e.proofOn) }

// current returns the document and its Markdown if the panel's findings
// were found in it; otherwise the list is out of date (typed since, not
// yet laid out again): the user is told and a new check is asked for.
func (e *Editor) current() (Document, []byte, bool) {
	d := e.form.document()
	src := d.Markdown()
	if !bytes.Equal(src, e.panel.src) {
		e.status.SetText(tr(e.ui, "stale"))
		e.relayout(true)
		return d, src, false
	}
	return d, src, true
}

// showFinding selects the text a finding is about in the form.
func (e *Editor) showFinding(f proof.Finding) {
	d, src, ok := e.current()
	if !ok {
		return
	}
	if p, ok := locate(src, &d, f.Span); ok {
		e.reveal(p)
	}
}

// fix makes a finding's safe fix, as one step of the undo history.
func (e *Editor) fix(f proof.Finding) {
	d, src, ok := e.current()
	if !ok {
		return
	}
	if nd, _, ok := fixOne(d, src, f); ok {
		e.flash = trn(e.ui, "fixed", 1)
		e.change(nd)
		e.status.SetText(e.flash)
	}
}

// fixAllSafe makes every safe fix of the list, as one step of the undo
// history.
func (e *Editor) fixAllSafe() {
	d, src, ok := e.current()
	if !ok {
		return
	}
	if nd, n := fixAll(d, src, e.panel.findings); n > 0 {
		e.flash = trn(e.ui, "fixed", n)
		e.change(nd)
		e.status.SetText(e.flash)
	}
}
