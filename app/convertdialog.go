package app

import (
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/convert"
)

// maxDiffRows bounds the lines the conversion dialog lists; the rest are
// counted.
const maxDiffRows = 300

// selectionRange is a stretch of the body, in bytes.
type selectionRange struct{ start, end int }

// converted converts document d — the whole of it, front matter and lang
// too, or only the stretch sel of its body when sel is not nil — and
// returns the new document. It is plain work, run off the UI goroutine
// (the first conversion loads OpenCC's dictionaries).
func converted(d Document, c convert.Config, sel *selectionRange) (Document, error) {
	if sel != nil {
		s, err := convert.Text(c, d.Body[sel.start:sel.end])
		if err != nil {
			return d, err
		}
		d.Body = d.Body[:sel.start] + s + d.Body[sel.end:]
		return d, nil
	}
	out, err := convert.Article(c, d.Markdown())
	if err != nil {
		return d, err
	}
	return ParseDocument(out)
}

// piece is a stretch of a changed line: text kept as it was (old and
// new the same), or old text that became new.
type piece struct{ old, new string }

// pieces splits the change from line a to line b into stretches kept and
// changed. A conversion keeps the number of characters, so the characters
// are compared one to one; when the numbers differ, the differing middle
// is one change.
func pieces(a, b string) []piece {
	ra, rb := []rune(a), []rune(b)
	pre, suf := commonEnds(ra, rb)
	out := []piece{{string(ra[:pre]), string(ra[:pre])}}
	if len(ra) != len(rb) {
		out = append(out, piece{string(ra[pre : len(ra)-suf]), string(rb[pre : len(rb)-suf])})
	} else {
		for i := pre; i < len(ra)-suf; {
			j := i + 1
			for j < len(ra)-suf && (ra[j] == rb[j]) == (ra[i] == rb[i]) {
				j++
			}
			out = append(out, piece{string(ra[i:j]), string(rb[i:j])})
			i = j
		}
	}
	return append(out, piece{string(ra[len(ra)-suf:]), string(ra[len(ra)-suf:])})
}

// convertDialog asks for a conversion and shows, line by line, what it
// changes before it is applied.
type convertDialog struct {
	lang    string
	configs []convert.Config
	target  *widget.RadioGroup
	summary *widget.Label
	rows    *fyne.Container
	apply   *widget.Button
	dialog  *dialog.CustomDialog
	result  *Document // the converted document, once shown

	onTarget func(convert.Config)
	onApply  func(Document)
}

func newConvertDialog(l string, scope string, win fyne.Window) *convertDialog {
	cd := &convertDialog{lang: l, configs: convert.Configs()}
	var labels []string
	for _, c := range cd.configs {
		labels = append(labels, tr(l, "conv."+string(c)))
	}
	cd.target = widget.NewRadioGroup(labels, func(s string) {
		for i, label := range labels {
			if label == s && cd.onTarget != nil {
				cd.onTarget(cd.configs[i])
			}
		}
	})
	cd.summary = widget.NewLabel("")
	cd.rows = container.NewVBox()
	cd.apply = widget.NewButtonWithIcon(tr(l, "apply"), theme.ConfirmIcon(), func() {
		cd.dialog.Hide()
		if cd.result != nil && cd.onApply != nil {
			cd.onApply(*cd.result)
		}
	})
	cd.apply.Importance = widget.HighImportance
	cd.apply.Disable()
	head := container.NewVBox(cd.target, widget.NewLabel(scope), widget.NewSeparator())
	body := container.NewBorder(head, cd.summary, nil, nil, container.NewVScroll(cd.rows))
	cd.dialog = dialog.NewCustomWithoutButtons(tr(l, "convtitle"), body, win)
	cd.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(tr(l, "cancel"), cd.dialog.Hide), cd.apply})
	cd.dialog.Resize(fyne.NewSize(820, 600))
	return cd
}

// choose selects conversion c, as a click on it does.
func (cd *convertDialog) choose(c convert.Config) {
	for i, k := range cd.configs {
		if k == c {
			cd.target.SetSelected(cd.target.Options[i])
		}
	}
}

// busy shows that a conversion is being made.
func (cd *convertDialog) busy() {
	cd.result = nil
	cd.apply.Disable()
	cd.rows.Objects = nil
	cd.rows.Refresh()
	cd.summary.SetText(tr(cd.lang, "converting"))
}

// show lists the lines in which the Markdown of after differs from src.
func (cd *convertDialog) show(src []byte, after Document, err error) {
	l := cd.lang
	cd.rows.Objects = nil
	if err != nil {
		cd.summary.SetText(tr(l, "convertfailed") + ": " + err.Error())
		cd.rows.Refresh()
		return
	}
	hunks := convert.Diff(string(src), string(after.Markdown()))
	lines := 0
	for _, h := range hunks {
		lines += h.Changed()
	}
	for _, h := range hunks {
		cd.addHunk(h)
	}
	if lines > maxDiffRows {
		cd.rows.Add(widget.NewLabel(fmt.Sprintf(tr(l, "more"), lines-maxDiffRows)))
	}
	cd.rows.Refresh()
	if lines == 0 {
		cd.summary.SetText(tr(l, "nochange"))
		return
	}
	cd.summary.SetText(fmt.Sprintf(tr(l, "changes"), lines))
	cd.result = &after
	cd.apply.Enable()
}

// addHunk adds a row per changed line: a line kept in place is shown with
// each changed stretch as old→new; lines added or removed are shown whole.
func (cd *convertDialog) addHunk(h convert.Hunk) {
	add := func(line int, segs []widget.RichTextSegment) {
		if len(cd.rows.Objects) >= maxDiffRows {
			return
		}
		head := &widget.TextSegment{Text: fmt.Sprintf(tr(cd.lang, "line"), line) + "　", Style: styled(theme.ColorNamePlaceHolder, false)}
		rt := widget.NewRichText(append([]widget.RichTextSegment{head}, segs...)...)
		rt.Wrapping = fyne.TextWrapWord
		cd.rows.Add(rt)
	}
	if len(h.Old) == len(h.New) {
		for k := range h.Old {
			var segs []widget.RichTextSegment
			for _, p := range pieces(h.Old[k], h.New[k]) {
				switch {
				case p.old == p.new && p.old != "":
					segs = append(segs, plain(p.old))
				case p.old != p.new:
					segs = append(segs, &widget.TextSegment{Text: p.old, Style: styled(theme.ColorNameError, false)},
						plain("→"), &widget.TextSegment{Text: p.new, Style: styled(theme.ColorNamePrimary, true)})
				}
			}
			add(h.NewStart+k, segs)
		}
		return
	}
	for k, s := range h.Old {
		add(h.OldStart+k, []widget.RichTextSegment{&widget.TextSegment{Text: "− " + s, Style: styled(theme.ColorNameError, false)}})
	}
	for k, s := range h.New {
		add(h.NewStart+k, []widget.RichTextSegment{&widget.TextSegment{Text: "+ " + s, Style: styled(theme.ColorNamePrimary, false)}})
	}
}

func plain(s string) widget.RichTextSegment {
	return &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline}
}

func styled(color fyne.ThemeColorName, bold bool) widget.RichTextStyle {
	s := widget.RichTextStyleInline
	s.ColorName = color
	s.TextStyle.Bold = bold
	return s
}

// showConvert opens the 繁简 conversion dialog for the selection in the
// body, or the whole article when nothing is selected. The conversion is
// made off the UI goroutine each time a target is chosen; Apply makes it
// one step of the undo history.
func (e *Editor) showConvert() *convertDialog {
	l := e.ui
	before := e.form.document()
	src := before.Markdown()
	var sel *selectionRange
	scope := tr(l, "scopeall")
	if from, to := e.form.body.Selection(); to > from {
		sel = &selectionRange{from, to}
		scope = fmt.Sprintf(tr(l, "scopesel"), utf8.RuneCountInString(e.form.body.SelectedText()))
	}
	cd := newConvertDialog(l, scope, e.win)
	gen := 0
	cd.onTarget = func(c convert.Config) {
		gen++
		mine := gen
		cd.busy()
		go func() {
			after, err := converted(before, c, sel)
			e.do(func() {
				if mine == gen { // a later choice replaces this one
					cd.show(src, after, err)
				}
			})
		}()
	}
	cd.onApply = func(after Document) {
		if e.form.document() != before {
			e.status.SetText(tr(l, "stale"))
			return
		}
		e.change(after)
	}
	cd.dialog.Show()
	if e.shown.job != nil && e.shown.job.Article.Meta.Lang == article.Hant && sel == nil {
		cd.choose(convert.T2S)
	} else {
		cd.choose(convert.S2T)
	}
	return cd
}
