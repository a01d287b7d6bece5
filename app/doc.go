// Package app is Paiban's editor: a Fyne window in which an article is
// written on the left and its print preview — drawn from the same layout
// as the PDF — shown on the right.
//
// A window's editing state is plain data, free of Fyne and tested without
// a window: the session (session.go) holds the article's file, unsaved
// changes and recovery copy (docstate.go, recovery.go), its undo history
// over the whole article (history.go), the settings in use
// (preferences.go), the recent files, and what saving and exporting write
// where (exportrun.go). The Editor (window.go) embeds the session and
// holds the widgets; its panes are thin handlers that turn the session's
// answers into dialogs: the file actions (files.go), the Edit menu
// (editmenu.go), the Settings dialog (settings.go) and crash recovery
// (rescue.go).
//
// One file per concept besides: the article file (document.go), the
// background layout and proofreading (worker.go), the editor form
// (editor.go) and its block-based body (body.go), the proofreading panel
// (proofpanel.go) and the mapping of its findings and fixes onto the form
// (proofmap.go), the 繁简 conversion dialog (convertdialog.go), the preview
// (preview.go), the strings in three languages (i18n.go) and the theme
// with the embedded CJK faces (theme.go). A bulletin opens in a window of
// its own (bulletinwindow.go): its pane (bulletinpane.go) over a UI-free
// state (bulletinstate.go), with labels of its own (bulletin_i18n.go).
// Core packages know nothing of
// Fyne; this package does not import fyne.io/fyne/v2/app (the GL driver),
// so its tests run on Fyne's test driver without cgo.
package app
