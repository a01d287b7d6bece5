package app

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/proof"
)

// proofPanel lists the proofreader's findings on the article as laid out
// last, grouped by rule: a heading row per rule with its count and a Fix
// button for the rule's safe fixes, then the rule's findings — place and
// message, with a Fix button on those that have a safe fix. The rules with
// the fewest findings come first, open: those are the ones worth reading
// (&&, 到到, an over-conversion); a rule with many findings (a hundred
// half-width commas) starts folded, so that it does not push the others
// out of sight. It is refreshed with each preview; the findings keep the
// Markdown they were found in, so that a fix is only made on that text.
//
// ┌ 校對 · 136 處 ───────────────────────────── [全部安全修正] [×] ┐
// │ ▾ html-debris · 1                                  [修正 1 處] │
// │     36:50  多餘的「&&」…                                [修正] │
// │ ▸ halfwidth-punct · 125                          [修正 125 處] │
type proofPanel struct {
	lang     string
	findings []proof.Finding
	src      []byte // the Markdown the findings were found in
	groups   []proofGroup
	rows     []proofRow
	// folded remembers the rules folded or unfolded by hand, across
	// refreshes.
	folded  map[proof.Rule]bool
	title   *widget.Label
	list    *widget.List
	fixAll  *widget.Button
	content fyne.CanvasObject

	onSelect  func(proof.Finding)
	onFix     func(proof.Finding)
	onFixSome func([]proof.Finding)
	onFixAll  func()
	onClose   func()
}

// proofGroup is one rule's findings.
type proofGroup struct {
	rule     proof.Rule
	findings []proof.Finding
	fixable  int
}

// proofRow is a row of the list: a group's heading (item -1) or one of
// its findings.
type proofRow struct{ group, item int }

// foldAbove is the number of findings above which a rule starts folded.
const foldAbove = 12

func newProofPanel(l string) *proofPanel {
	p := &proofPanel{lang: l, folded: map[proof.Rule]bool{}}
	p.title = widget.NewLabelWithStyle(tr(l, "proofpanel"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.list = widget.NewList(func() int { return len(p.rows) }, p.newRow, p.updateRow)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id >= len(p.rows) {
			return
		}
		r := p.rows[id]
		if r.item < 0 {
			p.list.Unselect(id)
			p.toggle(r.group)
			return
		}
		if p.onSelect != nil {
			p.onSelect(p.groups[r.group].findings[r.item])
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

// The place is padded, in a monospaced face, so that the messages line up.
const placeFormat = "%5d:%-4d"

// A row: the place on the left, the Fix button on the right and the
// message, cut short with an ellipsis, between; a heading row shows the
// rule and its count in the message's place.
func (p *proofPanel) newRow() fyne.CanvasObject {
	at := widget.NewLabel(fmt.Sprintf(placeFormat, 0, 0))
	at.TextStyle.Monospace = true
	msg := widget.NewLabel("")
	msg.Truncation = fyne.TextTruncateEllipsis
	fix := widget.NewButton(tr(p.lang, "fix"), nil)
	return container.NewBorder(nil, nil, at, fix, msg)
}

func (p *proofPanel) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.rows) {
		return
	}
	r := p.rows[id]
	g := p.groups[r.group]
	row := o.(*fyne.Container)
	msg, at, fix := row.Objects[0].(*widget.Label), row.Objects[1].(*widget.Label), row.Objects[2].(*widget.Button)
	if r.item < 0 {
		mark := "▾"
		if p.isFolded(g) {
			mark = "▸"
		}
		at.SetText(mark)
		msg.TextStyle.Bold = true
		msg.SetText(fmt.Sprintf("%s · %d", g.rule.Title(proof.Locale(p.lang)), len(g.findings)))
		fix.SetText(trn(p.lang, "fixrule", g.fixable))
		fix.OnTapped = func() {
			if p.onFixSome != nil {
				p.onFixSome(g.findings)
			}
		}
		fix.Hidden = g.fixable == 0
		fix.Refresh()
		return
	}
	f := g.findings[r.item]
	at.SetText(fmt.Sprintf(placeFormat, f.Line, f.Col))
	msg.TextStyle.Bold = false
	msg.SetText(f.Message)
	fix.SetText(tr(p.lang, "fix"))
	fix.OnTapped = func() {
		if p.onFix != nil {
			p.onFix(f)
		}
	}
	fix.Hidden = !f.HasFix
	fix.Refresh()
}

// isFolded reports whether g's findings are hidden: as the user last
// chose, or, for a rule not yet chosen, when it has many.
func (p *proofPanel) isFolded(g proofGroup) bool {
	if f, ok := p.folded[g.rule]; ok {
		return f
	}
	return len(g.findings) > foldAbove
}

// toggle folds or unfolds group i.
func (p *proofPanel) toggle(i int) {
	g := p.groups[i]
	p.folded[g.rule] = !p.isFolded(g)
	p.layoutRows()
	p.list.Refresh()
}

// rowOf returns the row showing finding f, unfolding its group.
func (p *proofPanel) rowOf(f proof.Finding) (widget.ListItemID, bool) {
	for gi, g := range p.groups {
		for k := range g.findings {
			if g.findings[k] != f {
				continue
			}
			if p.isFolded(g) {
				p.toggle(gi)
			}
			for id, r := range p.rows {
				if r.group == gi && r.item == k {
					return id, true
				}
			}
		}
	}
	return 0, false
}

// show lists findings found in src.
func (p *proofPanel) show(findings []proof.Finding, src []byte) {
	p.findings, p.src = findings, src
	byRule := map[proof.Rule]int{}
	p.groups = p.groups[:0]
	fixable := 0
	for _, f := range findings {
		i, ok := byRule[f.Rule]
		if !ok {
			i = len(p.groups)
			byRule[f.Rule] = i
			p.groups = append(p.groups, proofGroup{rule: f.Rule})
		}
		p.groups[i].findings = append(p.groups[i].findings, f)
		if f.HasFix {
			p.groups[i].fixable++
			fixable++
		}
	}
	slices.SortStableFunc(p.groups, func(a, b proofGroup) int {
		if d := len(a.findings) - len(b.findings); d != 0 {
			return d
		}
		return strings.Compare(string(a.rule), string(b.rule))
	})
	p.layoutRows()
	p.title.SetText(tr(p.lang, "proofpanel") + " · " + trn(p.lang, "notes", len(findings)))
	if fixable > 0 {
		p.fixAll.Enable()
	} else {
		p.fixAll.Disable()
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

// layoutRows lists the rows: each group's heading, and its findings
// unless it is folded.
func (p *proofPanel) layoutRows() {
	p.rows = p.rows[:0]
	for gi, g := range p.groups {
		p.rows = append(p.rows, proofRow{gi, -1})
		if p.isFolded(g) {
			continue
		}
		for k := range g.findings {
			p.rows = append(p.rows, proofRow{gi, k})
		}
	}
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
func (e *Editor) fixAllSafe() { e.fixSome(e.panel.findings) }

// fixSome makes the safe fixes of some of the findings — one rule's —
// as one step of the undo history.
func (e *Editor) fixSome(findings []proof.Finding) {
	d, src, ok := e.current()
	if !ok {
		return
	}
	if nd, n := fixAll(d, src, findings); n > 0 {
		e.flash = trn(e.ui, "fixed", n)
		e.change(nd)
		e.status.SetText(e.flash)
	}
}
