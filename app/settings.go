package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

// Preference keys. The profile is kept with Fyne's preferences, under the
// app ID in FyneApp.toml.
const (
	prefPaper  = "paper"
	prefSize   = "size"
	prefUILang = "uilang"
	prefRecent = "recent"
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

// settingsDialog edits the profile, the paper, the default size and the
// UI language; onSave gets the new values.
type settingsDialog struct {
	entries []*widget.Entry
	paper   *widget.Select
	size    *widget.Select
	uilang  *widget.Select
	ok      *widget.Button
	dialog  *dialog.CustomDialog
}

var uiLangs = []string{langEn, langHant, langHans}
var uiLangNames = []string{"English", "繁體中文", "简体中文"}

func newSettingsDialog(l string, win fyne.Window, prof profile.Profile, paper, size, ui string,
	onSave func(profile.Profile, string, string, string), onImport, onExport func(*settingsDialog)) *settingsDialog {
	d := &settingsDialog{}
	items := []*widget.FormItem{}
	for i, f := range profileFields(&prof) {
		e := widget.NewEntry()
		e.SetText(*f)
		d.entries = append(d.entries, e)
		items = append(items, widget.NewFormItem(tr(l, profileKeys[i]), e))
	}
	var papers []string
	for _, p := range layout.Papers {
		papers = append(papers, p.Name)
	}
	d.paper = widget.NewSelect(papers, nil)
	d.paper.SetSelected(paper)
	d.size = widget.NewSelect([]string{"大", "中", "小"}, nil)
	d.size.SetSelected(size)
	d.uilang = widget.NewSelect(uiLangNames, nil)
	for i, u := range uiLangs {
		if u == ui {
			d.uilang.SetSelectedIndex(i)
		}
	}
	items = append(items,
		widget.NewFormItem(tr(l, "paper"), d.paper),
		widget.NewFormItem(tr(l, "size"), d.size),
		widget.NewFormItem(tr(l, "uilang"), d.uilang))
	form := widget.NewForm(items...)
	buttons := []fyne.CanvasObject{
		widget.NewButton(tr(l, "import"), func() { onImport(d) }),
		widget.NewButton(tr(l, "exportyaml"), func() { onExport(d) }),
	}
	d.dialog = dialog.NewCustomWithoutButtons(tr(l, "settings"), form, win)
	d.ok = widget.NewButton(tr(l, "ok"), func() {
		onSave(d.profile(), d.paper.Selected, d.size.Selected, uiLangs[max(0, d.uilang.SelectedIndex())])
		d.dialog.Hide()
	})
	d.ok.Importance = widget.HighImportance
	d.dialog.SetButtons(append(buttons, widget.NewButton(tr(l, "cancel"), d.dialog.Hide), d.ok))
	d.dialog.Resize(fyne.NewSize(560, 0))
	return d
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
