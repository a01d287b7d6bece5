package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/app/fynelang"
	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/proof"
)

// debounce is how long the preview waits after the last keystroke: long
// enough that keys held down or typed in a burst (30 ms apart and less)
// are laid out once, short enough that the page follows within about
// 100 ms of the last key (the layout and the page's picture take 5–10 ms
// more, and the window's frames the rest; a newer keystroke cancels a
// layout under way). docs/performance.md has the measurements.
const debounce = 30 * time.Millisecond

// Editor is the application: one window editing one article. It holds
// the window's widgets and the handlers that show the session's answers;
// the editing state — the file, changes, history, settings, recent files,
// what saving and exporting write — is the session's (session.go). All its
// methods must be called on the UI goroutine.
type Editor struct {
	app fyne.App
	win fyne.Window
	// session is the editing state, free of Fyne.
	session
	// stop ends the autosave ticker when the window closes.
	stop    chan struct{}
	form    *form
	view    *previewPane
	status  *widget.Label
	notes   *widget.Button // the count of proofreading notes; opens the panel
	panel   *proofPanel
	proofOn bool // the panel is shown
	split   *container.Split
	center  *fyne.Container // the split, or the split above the panel
	// proofItem is View ▸ Proofreading, checked while the panel is shown.
	proofItem *fyne.MenuItem
	worker    *worker
	shown     preview
	settled   bool
	find      *findBar
	// bulletins are the bulletin windows open, which follow the article's
	// typing when they hold it.
	bulletins []*bulletinPane
	// version counts the states of the text laid out (each request's);
	// the preview shown is of the text as it is when its version is the
	// newest.
	version uint64
	// blink is the body cursor's blinking period (caretBlink), 0 for none.
	blink time.Duration
	// hans is whether the article last laid out is zh-Hans: the theme's
	// faces follow it (followScript).
	hans bool
	// flash is a message the status bar shows after its counts until the
	// next keystroke (how many fixes were made).
	flash string
	// fontDirs are where the font picker looks for installed fonts, and
	// fontList what it found there (nil until it has looked).
	fontDirs []string
	fontList []fonts.Installed
	// do runs a function on the UI goroutine: fyne.Do, or in tests a queue
	// the test drains on its own goroutine.
	do func(func())
	// previewed, when set, is called after each preview is shown (tests
	// wait on it instead of sleeping).
	previewed func(preview)
}

// New makes the editor window for a; call ShowAndRun on its Window.
func New(a fyne.App) *Editor {
	e := newEditor(a, fyne.Do, nil)
	e.blink = caretBlink
	e.blinkBody()
	return e
}

// blinkBody makes the body's cursor blink when the editor's does (New).
func (e *Editor) blinkBody() {
	if e.blink > 0 {
		e.form.body.SetPost(e.do)
		e.form.body.Blink(e.blink)
	}
}

// caretBlink is how long the body's cursor is shown, and then hidden,
// while the editor is idle: Windows' default. Tests leave it steady (their
// editors come from newEditor), as a blink would keep their queues busy.
const caretBlink = 530 * time.Millisecond

// newEditor is New with the function that hands work to the UI goroutine
// and one called after each preview is shown.
func newEditor(a fyne.App, do func(func()), previewed func(preview)) *Editor {
	lib := fonts.NewLibrary()
	e := &Editor{app: a, do: do, previewed: previewed, fontDirs: fonts.SystemDirs()}
	orgErr := seedOrganisation(a.Preferences()) // an organisation build's defaults, for a new user
	e.session = newSession(a.Preferences(), lib, a.Storage().RootURI().Path(), systemLanguage())
	a.Settings().SetTheme(newTheme(lib, e.ui, false))
	if err := fynelang.Use(e.ui); err != nil {
		fmt.Fprintln(os.Stderr, "paiban:", err)
	}
	e.worker = newWorker(e.lib, debounce, func(p preview) { e.do(func() { e.showPreview(p) }) })
	e.win = a.NewWindow(tr(e.ui, "app"))
	e.win.Resize(fyne.NewSize(1280, 860))
	e.build()
	e.win.SetCloseIntercept(func() { e.confirmDiscard(e.close) })
	e.win.SetOnDropped(e.dropped)
	repoErr := useAtomicFiles()
	e.stop = make(chan struct{})
	a.Lifecycle().SetOnExitedForeground(e.autosave)
	a.Lifecycle().SetOnEnteredForeground(e.checkDisk)
	go e.autosaveEvery(autosaveEvery)
	go e.sweep()
	e.relayout(true)
	if repoErr != nil {
		e.showError(repoErr)
	}
	if orgErr != nil {
		e.showError(orgErr)
	}
	e.offerRecovery()
	return e
}

// dropped takes files dropped on the window: an article opens (asking
// about unsaved changes first), a Word document, web page or text file is
// imported as a new article; pictures are inserted into the body where
// they were dropped, or at the cursor when dropped elsewhere.
func (e *Editor) dropped(pos fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		if ext := strings.ToLower(filepath.Ext(u.Path())); ext == ".md" || ext == ".markdown" || ext == ".mkd" {
			e.openAsking(u.Path())
			return
		}
	}
	for _, u := range uris {
		if isImportable(u.Path()) {
			e.importAsking(u.Path())
			return
		}
	}
	for _, u := range uris {
		if isPicture(u.Path()) {
			if e.path == "" {
				e.insertPicture() // asks to save first
				return
			}
			e.addPicture(u.Path(), e.form.body.OffsetAt(pos))
		}
	}
}

// Window is the editor's window.
func (e *Editor) Window() fyne.Window { return e.win }

// build makes the window's content and menus in the current UI language.
func (e *Editor) build() {
	var doc Document
	if e.form != nil {
		doc = e.form.document()
	}
	e.form = newForm(e.ui, e.onEdit)
	e.form.set(doc)
	e.find = e.newFind()
	e.form.findSlot.Add(e.find.content)
	e.view = newPreviewPane(e.ui, e.do)
	e.syncSize()
	e.view.onSize = func(name string) {
		if e.setSize(name) {
			e.relayout(true)
		}
	}
	e.view.pages.OnTapSource = e.tappedPreview
	e.form.body.OnCursorMoved = func(int) { e.cursorMoved() }
	e.form.body.OnKey = func(name fyne.KeyName, shift bool) { e.find.key(name, shift) }
	e.blinkBody()
	e.form.tools.Add(toolButton(e.ui, "proofpanel", theme.WarningIcon(), e.toggleProof))
	e.form.onPicture = e.insertPicture
	e.panel = newProofPanel(e.ui)
	e.panel.onSelect, e.panel.onFix, e.panel.onFixSome, e.panel.onFixAll = e.showFinding, e.fix, e.fixSome, e.fixAllSafe
	e.panel.onClose = func() { e.setProofShown(false) }
	e.status = widget.NewLabel("")
	e.notes = widget.NewButton("", e.toggleProof)
	e.notes.Importance = widget.LowImportance
	e.notes.Hide()
	e.split = container.NewHSplit(e.form.content, e.view.content)
	e.split.Offset = 0.45
	e.center = container.NewStack(e.split)
	bar := container.NewBorder(nil, nil, nil, e.notes, e.status)
	e.win.SetContent(container.NewBorder(nil, bar, nil, nil, e.center))
	e.win.SetMainMenu(e.menu())
	e.setProofShown(e.app.Preferences().Bool(prefProof))
	e.updateTitle()
}

func shortcut(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func (e *Editor) menu() *fyne.MainMenu {
	l := e.ui
	item := func(key string, k fyne.KeyName, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(tr(l, key), fn)
		if k != "" {
			it.Shortcut = shortcut(k)
			e.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { fn() })
		}
		return it
	}
	recent := fyne.NewMenuItem(tr(l, "recent"), nil)
	for _, p := range e.recent() {
		path := p
		recent.ChildMenu = fyne.NewMenu("", append(menuItems(recent.ChildMenu), fyne.NewMenuItem(path, func() {
			e.openAsking(path)
		}))...)
	}
	// Save As is Ctrl+Shift+S, as in WPS.
	saveAs := item("saveas", "", func() { e.saveAs(nil) })
	saveAs.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	e.win.Canvas().AddShortcut(saveAs.Shortcut, func(fyne.Shortcut) { e.saveAs(nil) })
	// Quit asks about unsaved changes as closing the window does; marked
	// IsQuit, it stands in for the one Fyne would add.
	quit := item("quit", fyne.KeyQ, func() { e.confirmDiscard(e.close) })
	quit.IsQuit = true
	file := fyne.NewMenu(tr(l, "file"),
		item("new", fyne.KeyN, func() { e.confirmDiscard(e.newDocument) }),
		item("open", fyne.KeyO, e.openDialog),
		item("importmenu", fyne.KeyI, e.importDialog),
		fyne.NewMenuItem(btr(l, "newbulletin"), e.newBulletin),
		fyne.NewMenuItem(btr(l, "openbulletin"), e.openBulletin),
		recent,
		item("recovered", "", e.showRecovered),
		fyne.NewMenuItemSeparator(),
		item("save", fyne.KeyS, func() { e.save(nil) }),
		saveAs,
		item("export", fyne.KeyE, e.exportDialog),
		item("printmenu", fyne.KeyP, e.printDialog),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	// Ctrl+Z and Ctrl+Y go to the menu before the focused Entry, whose own
	// undo knows only its field or block.
	undo, redo := item("undo", "", e.undo), item("redo", "", e.redo)
	undo.Shortcut, redo.Shortcut = &fyne.ShortcutUndo{}, &fyne.ShortcutRedo{}
	// Cut, Copy, Paste and Select All act on the focused field or the
	// body, as their shortcuts typed there do.
	focused := func(key string, s fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(tr(l, key), func() {
			if f, ok := e.win.Canvas().Focused().(fyne.Shortcutable); ok {
				f.TypedShortcut(s)
			}
		})
		it.Shortcut = s
		return it
	}
	// keyItem shows a key without Ctrl, which Fyne hands to the focused
	// widget rather than the menu: the find bar and the body take F3.
	keyItem := func(key string, k fyne.KeyName, m fyne.KeyModifier, fn func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(tr(l, key), fn)
		it.Shortcut = &desktop.CustomShortcut{KeyName: k, Modifier: m}
		return it
	}
	clip := e.app.Clipboard()
	edit := fyne.NewMenu(tr(l, "edit"), undo, redo, fyne.NewMenuItemSeparator(),
		focused("cut", &fyne.ShortcutCut{Clipboard: clip}),
		focused("copy", &fyne.ShortcutCopy{Clipboard: clip}),
		focused("paste", &fyne.ShortcutPaste{Clipboard: clip}),
		focused("pasteplain", &desktop.CustomShortcut{KeyName: fyne.KeyV, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}),
		focused("selectall", &fyne.ShortcutSelectAll{}),
		fyne.NewMenuItemSeparator(),
		item("find", fyne.KeyF, func() { e.showFind(false) }),
		item("replacemenu", fyne.KeyH, func() { e.showFind(true) }),
		keyItem("findnext", fyne.KeyF3, 0, func() { e.find.next(true) }),
		keyItem("findprev", fyne.KeyF3, fyne.KeyModifierShift, func() { e.find.next(false) }))
	var sizes []*fyne.MenuItem
	for _, s := range []string{"大", "中", "小"} {
		name := s
		sizes = append(sizes, fyne.NewMenuItem(tr(l, "size")+" "+name, func() { e.view.size.SetSelected(name) }))
	}
	sizes = append(sizes, fyne.NewMenuItemSeparator())
	for i, z := range zoomChoices {
		sizes = append(sizes, fyne.NewMenuItem(zoomName(l, z), func() { e.view.zoom.SetSelectedIndex(i) }))
	}
	e.proofItem = item("proofpanel", fyne.KeyK, e.toggleProof)
	e.proofItem.Checked = e.proofOn
	sizes = append(sizes, fyne.NewMenuItemSeparator(), e.proofItem)
	view := fyne.NewMenu(tr(l, "view"), sizes...)
	tools := fyne.NewMenu(tr(l, "tools"), item("convert", "", func() { e.showConvert() }))
	settings := fyne.NewMenu(tr(l, "settings"), item("profile", "", func() { e.showSettings() }))
	return fyne.NewMainMenu(file, edit, view, tools, settings, e.helpMenu())
}

func menuItems(m *fyne.Menu) []*fyne.MenuItem {
	if m == nil {
		return nil
	}
	return m.Items
}

// onEdit follows a change in any field: mark the article changed and ask
// for a new preview once typing pauses.
func (e *Editor) onEdit() {
	e.flash = ""
	d := e.form.document()
	if e.typed(d, time.Now()) {
		e.updateTitle()
	}
	e.layout(d, false)
}

// markDirty marks the article changed, or unchanged when the form is back
// at the text last opened or saved.
func (e *Editor) markDirty() {
	if e.mark(e.form.document()) {
		e.updateTitle()
	}
}

// relayout lays the article out again, now or once typing pauses.
func (e *Editor) relayout(now bool) { e.layout(e.form.document(), now) }

func (e *Editor) layout(d Document, now bool) {
	e.version++
	r := request{version: e.version, src: d.Markdown(), settings: e.settings, dir: e.dir(), locale: proof.Locale(e.ui)}
	if len(e.bulletins) > 0 {
		e.tellBulletins(r.src)
	}
	if now {
		e.worker.Now(r)
	} else {
		e.worker.Request(r)
	}
}

// followScript sets the interface in the faces of lang's writing system
// when the article's has changed (see cjkTheme): a 简体 article's body in
// the Simplified face, a 繁體 one's in the Traditional. Under the 简体
// interface the faces are Simplified whatever the article.
func (e *Editor) followScript(lang article.Lang) {
	hans := lang == article.Hans
	if hans == e.hans {
		return
	}
	e.hans = hans
	if e.ui != langHans {
		e.app.Settings().SetTheme(newTheme(e.lib, e.ui, hans))
	}
}

// showPreview puts a finished layout on screen (UI goroutine).
func (e *Editor) showPreview(p preview) {
	e.shown = p
	pages := 0
	if p.job != nil {
		e.followScript(p.job.Article.Meta.Lang)
	}
	if p.doc != nil {
		pages = len(p.doc.Pages)
		e.view.pages.SetDocument(p.doc, e.worker.pageRenderer(p.job, p.doc))
		e.followCursor()
	}
	e.status.SetText(e.statusText(p, pages))
	var src []byte
	if p.job != nil {
		src = p.job.Article.Source
	}
	e.panel.show(p.findings, src)
	e.notes.SetText(trn(e.ui, "notes", len(p.findings)))
	e.notes.Show()
	if !e.settled {
		// Start-up parses fonts and builds caches; hand the garbage it left
		// back to the system once the first page is on screen.
		e.settled = true
		go debug.FreeOSMemory()
	}
	if e.previewed != nil {
		e.previewed(p)
	}
}

func (e *Editor) statusText(p preview, pages int) string {
	l := e.ui
	parts := []string{trn(l, "chars", e.form.document().Chars()), trn(l, "pages", pages)}
	if p.err != nil {
		parts = append(parts, message.In(p.err, message.Lang(l)))
	}
	missing, warnings := 0, 0
	if p.doc != nil {
		for _, pr := range p.doc.Problems {
			if pr.Kind == layout.MissingGlyph {
				missing++
			} else {
				warnings++
			}
		}
	}
	if p.job != nil {
		warnings += len(p.job.Article.Warnings)
	}
	if missing > 0 {
		parts = append(parts, trn(l, "missing", missing))
	}
	if warnings > 0 {
		parts = append(parts, trn(l, "warnings", warnings))
	}
	if e.flash != "" {
		parts = append(parts, e.flash)
	}
	return strings.Join(parts, "　·　")
}

func (e *Editor) updateTitle() { e.win.SetTitle(e.title()) }

// confirmDiscard runs then, first offering to save unsaved changes.
func (e *Editor) confirmDiscard(then func()) {
	if !e.dirty {
		then()
		return
	}
	l := e.ui
	var d *dialog.CustomDialog
	d = dialog.NewCustomWithoutButtons(fmt.Sprintf(tr(l, "unsaved"), e.name()), widget.NewLabel(tr(l, "unsavedbody")), e.win)
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(tr(l, "dontsave"), func() { d.Hide(); e.discard(); then() }),
		widget.NewButton(tr(l, "cancel"), d.Hide),
		widget.NewButton(tr(l, "save"), func() { d.Hide(); e.save(then) }),
	})
	d.Show()
}

// showError tells of err in a dialog, titled, buttoned and worded in the
// UI language (Fyne's own error dialog takes its words from the system
// locale, which gives Simplified words to a 繁體 interface; an error that
// can word itself, message.Localized, is worded in the interface's).
func (e *Editor) showError(err error) {
	msg := widget.NewLabel(message.In(err, message.Lang(e.ui)))
	msg.Wrapping = wrapping(e.ui)
	d := dialog.NewCustom(tr(e.ui, "error"), tr(e.ui, "ok"), msg, e.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// failure is an error for a dialog: what failed, in the UI language, then
// why, worded in it too where the error can be (message.In), joined by the
// language's colon.
func (e *Editor) failure(what string, err error) error {
	l := message.Lang(e.ui)
	return &uiError{text: fmt.Sprintf(message.At.In(l), tr(e.ui, what), message.In(err, l)), err: err}
}

// uiError is an error already worded for the interface.
type uiError struct {
	text string
	err  error
}

func (e *uiError) Error() string { return e.text }
func (e *uiError) Unwrap() error { return e.err }
