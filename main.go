// Command paiban (排版) typesets Chinese news articles as print-ready PDFs.
// Without arguments it opens the editor; with them it is a command line
// (see package cli).
package main

import (
	_ "embed" // the icon
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/paiban/paiban/app"
	"github.com/paiban/paiban/cli"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/message"
)

// appIcon is FyneApp.toml's icon (assets/icon.png, drawn by
// packaging/icon).
//
//go:embed assets/icon.png
var appIcon []byte

// appID matches FyneApp.toml; Fyne keeps the preferences under it.
const appID = "org.paiban.editor"

// cliMemoryLimit is the command line's soft limit on the Go heap.
const cliMemoryLimit = 200 << 20

// editorMemoryLimit is the editor's: its heap holds some 75 MB for good
// (the interface's font as Fyne parses it, the layout cache, the preview's
// pictures), and without a limit the collector lets it grow to twice that
// and more between collections as one types (docs/performance.md).
const editorMemoryLimit = 128 << 20

func main() {
	args := os.Args[1:]
	// Ctrl+C, SIGTERM or SIGHUP while a file is written leaves the old file
	// and no temporary one.
	atomicfile.RemoveOnSignals()
	// An article file alone (as a file manager passes it) opens the editor:
	// .md, .markdown or .mkd, the extensions of text/markdown, which the
	// desktop entry offers to open.
	if len(args) > 1 || len(args) == 1 && !isArticle(args[0]) {
		// The collector works harder rather than let the heap of a very long
		// document (a thousand pages) grow to twice what it holds: it keeps
		// every export within 300 MB (docs/performance.md). GOMEMLIMIT in
		// the environment overrides it.
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(cliMemoryLimit)
		}
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(editorMemoryLimit)
	}
	// Fyne rewrites its preferences file in place; put back the last good
	// copy if a crash left it damaged.
	lang := message.FromEnv()
	if restored, err := app.KeepPreferences(app.PreferencesFolder(appID)); err != nil {
		fmt.Fprintln(os.Stderr, "paiban:", message.New(keepingPrefs, message.In(err, lang)).In(lang))
	} else if restored {
		fmt.Fprintln(os.Stderr, "paiban:", message.New(prefsRestored).In(lang))
	}
	watchGraphics(os.Stderr, lang, tellUser, os.Exit)
	a := fyneapp.NewWithID(appID)
	if a.Metadata().Icon == nil {
		// A packaged build carries FyneApp.toml's icon in its metadata; a
		// plain go build (scripts/run.sh) gets the same picture here, for
		// its window, task bar and About.
		a.SetIcon(fyne.NewStaticResource("icon.png", appIcon))
	}
	e := app.New(a)
	setWindowClass()
	if len(args) == 1 {
		if err := e.Open(args[0]); err != nil {
			fmt.Fprintln(os.Stderr, "paiban:", message.In(err, lang))
		}
	}
	e.Window().ShowAndRun()
}

var (
	keepingPrefs = message.Text{
		"keeping the preferences: %s",
		"保留偏好設定時出錯：%s",
		"保留偏好设置时出错：%s",
	}
	prefsRestored = message.Text{
		"the preferences file was damaged; the last good copy was put back",
		"偏好設定檔已損壞，已換回上一份完好的副本",
		"偏好设置文件已损坏，已换回上一份完好的副本",
	}
)

// isArticle reports whether name is an article's file name by its
// extension: .md, .markdown or .mkd, in any case.
func isArticle(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mkd":
		return true
	}
	return false
}
