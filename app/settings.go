package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

// Preference keys. Everything is kept with Fyne's preferences, under the
// app ID in FyneApp.toml.
const (
	prefPaper     = "paper"
	prefSize      = "size"
	prefUILang    = "uilang"
	prefRecent    = "recent"
	prefOfficial  = "official"
	prefBodyFont  = "bodyfont"
	prefTitleFont = "titlefont"
	prefHalfWidth = "keephalfwidth"
	prefProof     = "proofpanel" // the proofreading panel is shown
)

var profileKeys = []string{"organisation", "address", "phone", "site_code", "icp", "psb", "slogan"}

func profileFields(p *profile.Profile) []*string {
	return []*string{&p.Organisation, &p.Address, &p.Phone, &p.SiteCode, &p.ICP, &p.PSB, &p.Slogan}
}

// loadProfile reads the organisation profile from the preferences.
func loadProfile(pr fyne.Preferences) profile.Profile {
	var p profile.Profile
	for i, f := range profileFields(&p) {
		*f = pr.String("profile." + profileKeys[i])
	}
	return p
}

// storeProfile writes the organisation profile to the preferences.
func storeProfile(pr fyne.Preferences, p profile.Profile) {
	for i, f := range profileFields(&p) {
		pr.SetString("profile."+profileKeys[i], *f)
	}
}

// preferences are the choices the Settings dialog edits.
type preferences struct {
	Profile       profile.Profile
	Paper, Size   string
	UILang        string
	Official      bool   // the GB/T 9704 official-document page
	BodyFont      string // the user's font, "PATH" or "PATH:INDEX"; "" for the embedded one
	TitleFont     string
	KeepHalfWidth bool
}

// loadPreferences reads the stored choices; lang is the UI language to
// assume when none is stored.
func loadPreferences(pr fyne.Preferences, lang string) preferences {
	return preferences{
		Profile:       loadProfile(pr),
		Paper:         pr.StringWithFallback(prefPaper, "A4"),
		Size:          pr.StringWithFallback(prefSize, "中"),
		UILang:        pr.StringWithFallback(prefUILang, lang),
		Official:      pr.Bool(prefOfficial),
		BodyFont:      pr.String(prefBodyFont),
		TitleFont:     pr.String(prefTitleFont),
		KeepHalfWidth: pr.Bool(prefHalfWidth),
	}
}

// store writes the choices to the preferences.
func (p preferences) store(pr fyne.Preferences) {
	storeProfile(pr, p.Profile)
	pr.SetString(prefPaper, p.Paper)
	pr.SetString(prefSize, p.Size)
	pr.SetString(prefUILang, p.UILang)
	pr.SetBool(prefOfficial, p.Official)
	pr.SetString(prefBodyFont, p.BodyFont)
	pr.SetString(prefTitleFont, p.TitleFont)
	pr.SetBool(prefHalfWidth, p.KeepHalfWidth)
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
	bodyFont  *widget.Entry
	titleFont *widget.Entry
	ok        *widget.Button
	dialog    *dialog.CustomDialog
}

var uiLangs = []string{langEn, langHant, langHans}
var uiLangNames = []string{"English", "繁體中文", "简体中文"}

// newSettingsDialog shows p; onSave gets the edited choices. onImport and
// onExport read and write the profile as YAML; onBrowse picks a font file
// into an entry.
func newSettingsDialog(l string, win fyne.Window, p preferences, onSave func(preferences),
	onImport, onExport func(*settingsDialog), onBrowse func(*widget.Entry)) *settingsDialog {
	d := &settingsDialog{}
	items := []*widget.FormItem{}
	for i, f := range profileFields(&p.Profile) {
		e := widget.NewEntry()
		e.SetText(*f)
		d.entries = append(d.entries, e)
		items = append(items, widget.NewFormItem(tr(l, profileKeys[i]), e))
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
		return container.NewBorder(nil, nil, nil, widget.NewButton("…", func() { onBrowse(entry) }), entry)
	}
	items = append(items,
		widget.NewFormItem(tr(l, "paper"), container.NewGridWithColumns(2, d.paper, d.official)),
		widget.NewFormItem(tr(l, "size"), d.size),
		widget.NewFormItem(tr(l, "bodyfont"), fontRow(&d.bodyFont, p.BodyFont)),
		widget.NewFormItem(tr(l, "titlefont"), fontRow(&d.titleFont, p.TitleFont)),
		widget.NewFormItem("", d.halfWidth),
		widget.NewFormItem(tr(l, "uilang"), d.uilang))
	form := widget.NewForm(items...)
	d.dialog = dialog.NewCustomWithoutButtons(tr(l, "settings"), form, win)
	d.ok = widget.NewButton(tr(l, "ok"), func() {
		onSave(d.values())
		d.dialog.Hide()
	})
	d.ok.Importance = widget.HighImportance
	d.dialog.SetButtons([]fyne.CanvasObject{
		widget.NewButton(tr(l, "import"), func() { onImport(d) }),
		widget.NewButton(tr(l, "exportyaml"), func() { onExport(d) }),
		widget.NewButton(tr(l, "cancel"), d.dialog.Hide),
		d.ok,
	})
	d.dialog.Resize(fyne.NewSize(600, 0))
	return d
}

// values returns the choices as entered.
func (d *settingsDialog) values() preferences {
	return preferences{Profile: d.profile(), Paper: d.paper.Selected, Size: d.size.Selected,
		UILang: uiLangs[max(0, d.uilang.SelectedIndex())], Official: d.official.Checked,
		BodyFont: d.bodyFont.Text, TitleFont: d.titleFont.Text, KeepHalfWidth: !d.halfWidth.Checked}
}

// profile returns the profile as entered.
func (d *settingsDialog) profile() profile.Profile {
	var p profile.Profile
	for i, f := range profileFields(&p) {
		*f = d.entries[i].Text
	}
	return p
}

// setProfile fills the entries from p (after an import).
func (d *settingsDialog) setProfile(p profile.Profile) {
	for i, f := range profileFields(&p) {
		d.entries[i].SetText(*f)
	}
}
