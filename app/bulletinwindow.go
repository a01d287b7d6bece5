package app

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/bulletin"
	"github.com/paiban/paiban/internal/ticker"
)

// bulletinRefresh is how often a bulletin window looks for articles
// changed on disk, so that its preview follows edits made in another
// window or program.
const bulletinRefresh = 2 * time.Second

// newBulletin opens a window with a new bulletin (File ▸ New Bulletin…).
func (e *Editor) newBulletin() {
	s := newBulletinState(e.lib, e.bulletinHistory(), time.Now())
	organisationBulletin(s) // an organisation build's bulletin name and 編印單位
	e.bulletinWindow(s)
}

// openBulletin asks for a bulletin file and opens it in a window of its
// own (File ▸ Open Bulletin…).
func (e *Editor) openBulletin() {
	e.pickFile(yamlExtensions, func(path string) { e.openBulletinFile(path) })
}

// openBulletinFile opens the bulletin file at path in a window.
func (e *Editor) openBulletinFile(path string) *bulletinPane {
	s, err := openBulletinState(path, e.lib, e.bulletinHistory())
	if err != nil {
		e.showError(err)
		return nil
	}
	return e.bulletinWindow(s)
}

// bulletinHistory is the issue numbers used before, from the preferences.
func (e *Editor) bulletinHistory() bulletin.History {
	return loadHistory(e.app.Preferences().String(prefBulletinHistory))
}

// bulletinWindow shows state in a window of its own, with the editor's
// settings (fonts, page, profile).
func (e *Editor) bulletinWindow(s *bulletinState) *bulletinPane {
	w := e.app.NewWindow(btr(e.ui, "bulletin"))
	p := newBulletinPane(e.ui, w, s, e.settings, e.do)
	p.onHistory = func(h bulletin.History) {
		e.app.Preferences().SetString(prefBulletinHistory, historyText(h))
	}
	w.SetContent(p.content)
	w.Resize(fyne.NewSize(1280, 860))
	stop := ticker.Every(bulletinRefresh, e.do, p.refresh)
	e.bulletins = append(e.bulletins, p)
	if e.path != "" && e.dirty {
		p.state.setText(e.path, e.form.document().Markdown())
	}
	w.SetOnClosed(func() {
		close(stop)
		e.bulletins = slices.DeleteFunc(e.bulletins, func(q *bulletinPane) bool { return q == p })
	})
	p.updateTitle()
	p.relayout(0)
	w.Show()
	return p
}

// tellBulletins hands the article's text as it is in the editor, saved or
// not, to the open bulletins that hold it, so that their previews follow
// the typing; nil hands them back to the file.
func (e *Editor) tellBulletins(src []byte) {
	if e.path == "" {
		return
	}
	for _, p := range e.bulletins {
		if p.state.setText(e.path, src) {
			p.relayout(debounce)
		}
	}
}
