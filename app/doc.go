// Package app is Paiban's editor: a Fyne window in which an article is
// written on the left and its print preview — drawn from the same layout
// as the PDF — shown on the right.
//
// One file per concept: the article file (document.go), the background
// layout (worker.go), the editor form (editor.go), the preview (preview.go),
// the organisation profile settings (settings.go), the strings in three
// languages (i18n.go), the theme with the embedded CJK faces (theme.go) and
// the window that ties them together (window.go). Core packages know
// nothing of Fyne; this package does not import fyne.io/fyne/v2/app (the GL
// driver), so its tests run on Fyne's test driver without cgo.
package app
