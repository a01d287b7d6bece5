package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/app/fynelang"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

// This file is the Settings pane: the dialog that edits the choices, and
// the window's handlers that show it and redraw what a choice changes. The
// choices as stored, and the export settings they make, are the session's
// (preferences.go).

// yamlExtensions are the names an organisation profile's file ends in,
// which the profile's file dialogs list.
var yamlExtensions = []string{".yaml", ".yml"}

// headingNumbers are how an official document numbers its heading levels.
var headingNumbers = [headingLevels]string{"##　一、", "###　（一）", "####　1.", "#####　（1）"}

// showSettings shows the dialog that edits the organisation profile and
// the defaults.
func (e *Editor) showSettings() *settingsDialog {
	d := newSettingsDialog(e.ui, e.win, e.prefs, e.applySettings,
		func(d *settingsDialog) {
			e.pickFile(yamlExtensions, func(path string) {
				p, err := profile.Load(path)
				if err != nil {
					e.showError(err)
					return
				}
				d.setProfile(p)
			})
		},
		func(d *settingsDialog) {
			fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
				if err != nil || w == nil {
					return
				}
				e.chosen(w, ".yaml", []string{".yml"}, func(path string) {
					if err := d.profile().Save(path); err != nil {
						e.showError(e.failure("savefailed", err))
					}
				})
			}, e.win)
			fd.SetFilter(storage.NewExtensionFileFilter(append(yamlExtensions, ".YAML", ".YML")))
			fd.Show()
		},
		func(entry *widget.Entry) { e.pickFont(entry) })
	d.dialog.Show()
	return d
}

// syncSize shows the size in use on the 字號 selector. The official page
// has its own size (三號), so the selector is disabled while it is chosen.
func (e *Editor) syncSize() {
	name, enabled := e.sizeShown()
	e.view.size.SetSelected(name)
	if enabled {
		e.view.size.Enable()
	} else {
		e.view.size.Disable()
	}
}

// applySettings stores new choices and redraws what they change.
func (e *Editor) applySettings(p preferences) {
	if err := e.choose(p); err != nil {
		e.showError(e.failure("fontfailed", err))
	}
	e.syncSize()
	if e.setLanguage(p.UILang) {
		e.app.Settings().SetTheme(newTheme(e.lib, e.ui, e.hans))
		if err := fynelang.Use(e.ui); err != nil {
			e.showError(err)
		}
		e.build()
	}
	e.relayout(true)
}

// settingsDialog edits the organisation profile, the page and fonts, the
// default size and the UI language.
type settingsDialog struct {
	entries   []*widget.Entry
	paper     *widget.Select
	size      *widget.Select
	uilang    *widget.Select
	official  *widget.Check
	halfWidth *widget.Check
	compress  *widget.Select
	bodyFont  *widget.Entry
	titleFont *widget.Entry
	quoteFont *widget.Entry
	headFonts [headingLevels]*widget.Entry
	system    *widget.Check // use installed Kai, FangSong, XiaoBiaoSong
	// fontItems are the font rows: body, title, quote, the heading levels.
	fontItems []*widget.FormItem
	tabs      *container.AppTabs
	ok        *widget.Button
	reset     *widget.Button
	dialog    *dialog.CustomDialog
}

var uiLangs = []string{langEn, langHant, langHans}
var uiLangNames = []string{"English", "繁體中文", "简体中文"}

// newSettingsDialog shows p; onSave gets the edited choices. onImport and
// onExport read and write the profile as YAML; onPick chooses a font for
// an entry. The dialog has three tabs: the organisation, the page, the
// fonts.
func newSettingsDialog(l string, win fyne.Window, p preferences, onSave func(preferences),
	onImport, onExport func(*settingsDialog), onPick func(*widget.Entry)) *settingsDialog {
	d := &settingsDialog{}
	items := []*widget.FormItem{}
	for _, k := range profile.Keys() {
		e := widget.NewEntry()
		e.SetText(p.Profile.Get(k))
		d.entries = append(d.entries, e)
		items = append(items, widget.NewFormItem(tr(l, k), e))
	}
	var papers []string
	for _, pp := range layout.Papers {
		papers = append(papers, pp.Name)
	}
	d.paper = widget.NewSelect(papers, nil)
	d.paper.SetSelected(p.Paper)
	d.size = widget.NewSelect([]string{"大", "中", "小"}, nil)
	d.size.SetSelected(p.Size)
	d.uilang = widget.NewSelect(uiLangNames, nil)
	for i, u := range uiLangs {
		if u == p.UILang {
			d.uilang.SetSelectedIndex(i)
		}
	}
	d.official = widget.NewCheck(tr(l, "official"), nil)
	d.official.SetChecked(p.Official)
	d.halfWidth = widget.NewCheck(tr(l, "halfwidth"), nil)
	d.halfWidth.SetChecked(!p.KeepHalfWidth)
	fontRow := func(e **widget.Entry, value string) fyne.CanvasObject {
		*e = widget.NewEntry()
		(*e).SetText(value)
		(*e).SetPlaceHolder(tr(l, "embedded"))
		entry := *e
		return container.NewBorder(nil, nil, nil, widget.NewButton("…", func() { onPick(entry) }), entry)
	}
	var labels []string
	for _, c := range compressions {
		labels = append(labels, tr(l, "compress-"+c))
	}
	d.compress = widget.NewSelect(labels, nil)
	d.compress.SetSelectedIndex(max(0, slices.Index(compressions, p.Compress)))
	page := widget.NewForm(
		widget.NewFormItem(tr(l, "paper"), d.paper),
		widget.NewFormItem("", d.official),
		widget.NewFormItem(tr(l, "size"), d.size),
		widget.NewFormItem("", d.halfWidth),
		widget.NewFormItem(tr(l, "compress"), d.compress),
		widget.NewFormItem(tr(l, "uilang"), d.uilang))
	fontItems := []*widget.FormItem{
		widget.NewFormItem(tr(l, "bodyfont"), fontRow(&d.bodyFont, p.BodyFont)),
		widget.NewFormItem(tr(l, "titlefont"), fontRow(&d.titleFont, p.TitleFont)),
		widget.NewFormItem(tr(l, "quotefont"), fontRow(&d.quoteFont, p.QuoteFont)),
	}
	for i := range d.headFonts {
		label := fmt.Sprintf(tr(l, "headingfont"), i+1, headingNumbers[i])
		fontItems = append(fontItems, widget.NewFormItem(label, fontRow(&d.headFonts[i], p.HeadingFonts[i])))
	}
	d.system = widget.NewCheck(tr(l, "systemfonts"), nil)
	d.system.SetChecked(!p.NoSystemFonts)
	d.fontItems = fontItems
	// Under each font, the name of the one chosen (the entry holds a file's
	// path). Every row has its line for it from the start, so that the
	// form keeps its shape as fonts are chosen.
	specs := append([]*widget.Entry{d.bodyFont, d.titleFont, d.quoteFont}, d.headFonts[:]...)
	for i, e := range specs {
		fontItems[i].HintText = fontHint(l, e.Text)
	}
	fontForm := widget.NewForm(fontItems...)
	fontForm.Append("", d.system)
	for i, e := range specs {
		item := fontItems[i]
		e.OnChanged = func(spec string) {
			item.HintText = fontHint(l, spec)
			fontForm.Refresh()
		}
	}
	d.tabs = container.NewAppTabs(
		container.NewTabItem(tr(l, "tabprofile"), widget.NewForm(items...)),
		container.NewTabItem(tr(l, "tabpage"), page),
		container.NewTabItem(tr(l, "tabfonts"), fontForm))
	form := d.tabs
	d.dialog = dialog.NewCustomWithoutButtons(tr(l, "settings"), form, win)
	d.ok = widget.NewButton(tr(l, "ok"), func() {
		onSave(d.values())
		d.dialog.Hide()
	})
	d.ok.Importance = widget.HighImportance
	// Importing and exporting YAML concern the organisation's profile: their
	// buttons show on its tab only.
	imp := widget.NewButton(tr(l, "import"), func() { onImport(d) })
	exp := widget.NewButton(tr(l, "exportyaml"), func() { onExport(d) })
	d.tabs.OnSelected = func(t *container.TabItem) {
		if d.tabs.SelectedIndex() == 0 {
			imp.Show()
			exp.Show()
		} else {
			imp.Hide()
			exp.Hide()
		}
	}
	// Reset puts the organisation's defaults (an organisation build's, or
	// the program's own) in the dialog; OK then stores them.
	reset := widget.NewButton(tr(l, "resetorg"), func() {
		if r, err := organisationDefaults(d.values()); err == nil {
			d.set(r)
		}
	})
	d.reset = reset
	d.dialog.SetButtons([]fyne.CanvasObject{imp, exp, reset, widget.NewButton(tr(l, "cancel"), d.dialog.Hide), d.ok})
	d.dialog.Resize(fyne.NewSize(600, 0))
	return d
}

// values returns the choices as entered.
func (d *settingsDialog) values() preferences {
	p := preferences{Profile: d.profile(), Paper: d.paper.Selected, Size: d.size.Selected,
		UILang: uiLangs[max(0, d.uilang.SelectedIndex())], Official: d.official.Checked,
		BodyFont: d.bodyFont.Text, TitleFont: d.titleFont.Text, QuoteFont: d.quoteFont.Text,
		NoSystemFonts: !d.system.Checked, KeepHalfWidth: !d.halfWidth.Checked,
		Compress: compressions[max(0, d.compress.SelectedIndex())]}
	for i, e := range d.headFonts {
		p.HeadingFonts[i] = e.Text
	}
	return p
}

// profile returns the profile as entered.
func (d *settingsDialog) profile() profile.Profile {
	var p profile.Profile
	for i, k := range profile.Keys() {
		p.Set(k, d.entries[i].Text)
	}
	return p
}

// set shows the choices p: every field of the three tabs.
func (d *settingsDialog) set(p preferences) {
	d.setProfile(p.Profile)
	d.paper.SetSelected(p.Paper)
	d.size.SetSelected(p.Size)
	if i := slices.Index(uiLangs, p.UILang); i >= 0 {
		d.uilang.SetSelectedIndex(i)
	}
	d.official.SetChecked(p.Official)
	d.halfWidth.SetChecked(!p.KeepHalfWidth)
	d.compress.SetSelectedIndex(max(0, slices.Index(compressions, p.Compress)))
	d.bodyFont.SetText(p.BodyFont)
	d.titleFont.SetText(p.TitleFont)
	d.quoteFont.SetText(p.QuoteFont)
	for i, e := range d.headFonts {
		e.SetText(p.HeadingFonts[i])
	}
	d.system.SetChecked(!p.NoSystemFonts)
}

// setProfile fills the entries from p (after an import).
func (d *settingsDialog) setProfile(p profile.Profile) {
	for i, k := range profile.Keys() {
		d.entries[i].SetText(p.Get(k))
	}
}

// fontHint says under a font entry which face its spec names, read from
// the font's header.
func fontHint(l, spec string) string {
	if spec == "" {
		return tr(l, "fontdefault")
	}
	f, err := fonts.Describe(spec)
	if err != nil {
		return tr(l, "fontunknown")
	}
	return f.Name
}
