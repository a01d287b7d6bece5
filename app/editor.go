package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paiban/paiban/app/textarea"
)

// form is the left side of the window: the front matter fields above a
// multi-line Markdown editor with a toolbar. It reports every change
// through onChanged (the body Entry is not bound to data binding, which
// truncates input-method text on Windows).
type form struct {
	title, subtitle, source, author, date, keywords *widget.Entry
	lang                                            *widget.Select
	body                                            *textarea.TextArea
	tools                                           *fyne.Container
	onChanged                                       func()
	// onPicture asks for a picture to insert (Insert Picture).
	onPicture func()
	// findSlot holds the find bar, between the toolbar and the body.
	findSlot *fyne.Container
	loading  bool
	content  fyne.CanvasObject
}

var langOptions = []string{"", "zh-Hant", "zh-Hans"}

func newForm(l string, onChanged func()) *form {
	f := &form{onChanged: onChanged, loading: true}
	defer func() { f.loading = false }()
	entry := func(place string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(place)
		e.OnChanged = func(string) { f.changed() }
		return e
	}
	f.title = entry(tr(l, "title"))
	f.subtitle = entry(tr(l, "subtitle"))
	f.source = entry(tr(l, "source"))
	f.author = entry(tr(l, "author"))
	f.date = entry("2024-03-15 09:30")
	f.keywords = entry(tr(l, "keywords"))
	f.lang = widget.NewSelect([]string{tr(l, "detect"), tr(l, "writingHant"), tr(l, "writingHans")}, func(string) { f.changed() })
	f.lang.SetSelectedIndex(0)
	f.body = textarea.New()
	f.body.OnChanged = f.changed

	f.tools = container.NewHBox(
		toolButton(l, "heading", theme.DocumentIcon(), func() { f.insertLine("## ") }),
		toolButton(l, "bold", theme.ContentAddIcon(), func() { f.wrap("**") }),
		toolButton(l, "quote", theme.MenuIcon(), func() { f.insertLine("> ") }),
		toolButton(l, "list", theme.ListIcon(), func() { f.insertLine("- ") }),
		toolButton(l, "image", theme.FileImageIcon(), func() {
			if f.onPicture != nil {
				f.onPicture()
			}
		}),
		toolButton(l, "rule", theme.ContentRemoveIcon(), func() { f.insert("\n\n---\n\n") }),
	)
	fields := widget.NewForm(
		widget.NewFormItem(tr(l, "title"), f.title),
		widget.NewFormItem(tr(l, "subtitle"), f.subtitle),
		widget.NewFormItem(tr(l, "source"), container.NewGridWithColumns(2, f.source, f.author)),
		widget.NewFormItem(tr(l, "date"), container.NewGridWithColumns(2, f.date, f.lang)),
		widget.NewFormItem(tr(l, "keywords"), f.keywords),
	)
	f.findSlot = container.NewVBox()
	f.content = container.NewBorder(container.NewVBox(fields, container.NewHScroll(f.tools), f.findSlot), nil, nil, nil, f.body)
	return f
}

// toolButton is a button of the body's toolbar: an icon and a word, so
// that what it does can be read rather than guessed (Fyne's toolbar
// buttons have neither labels nor tooltips).
func toolButton(l, key string, icon fyne.Resource, fn func()) *widget.Button {
	b := widget.NewButtonWithIcon(tr(l, key), icon, fn)
	b.Importance = widget.LowImportance
	return b
}

func (f *form) changed() {
	if !f.loading && f.onChanged != nil {
		f.onChanged()
	}
}

// document returns the fields and body as a Document.
func (f *form) document() Document {
	return Document{Title: f.title.Text, Subtitle: f.subtitle.Text, Source: f.source.Text, Author: f.author.Text,
		Date: f.date.Text, Lang: langOptions[max(0, f.lang.SelectedIndex())], Keywords: f.keywords.Text, Body: f.body.Text()}
}

// entry is the Entry of the front matter field with key k, or nil.
func (f *form) entry(k string) *widget.Entry {
	return map[string]*widget.Entry{"title": f.title, "subtitle": f.subtitle, "source": f.source, "author": f.author,
		"date": f.date, "keywords": f.keywords}[k]
}

// set shows d without reporting a change.
func (f *form) set(d Document) {
	f.loading = true
	defer func() { f.loading = false }()
	f.title.SetText(d.Title)
	f.subtitle.SetText(d.Subtitle)
	f.source.SetText(d.Source)
	f.author.SetText(d.Author)
	f.date.SetText(d.Date)
	f.keywords.SetText(d.Keywords)
	i := 0
	for k, v := range langOptions {
		if v == d.Lang {
			i = k
		}
	}
	f.lang.SetSelectedIndex(i)
	f.body.SetText(d.Body)
}

// insert puts s at the body's cursor in place of the selection, as typing
// does, as one step of the undo history.
func (f *form) insert(s string) {
	start, end := f.body.Selection()
	f.body.Replace(start, end, s)
	f.body.SetCursor(start + len(s))
}

// insertLine starts a new paragraph with prefix, unless the cursor is at
// the start of a line.
func (f *form) insertLine(prefix string) {
	text, at := f.body.Text(), f.body.Cursor()
	if at > 0 && text[at-1] != '\n' {
		f.insert("\n\n" + prefix)
		return
	}
	f.insert(prefix)
}

// wrap puts a pair of markers around the selection, or an empty pair at
// the cursor.
func (f *form) wrap(marker string) {
	f.insert(marker + f.body.SelectedText() + marker)
}
