// Package app is Paiban's editor: a Fyne window in which an article is
// written on the left and its print preview — drawn from the same layout
// as the PDF — shown on the right.
//
// One file per concept: the article file (document.go), the background
// layout and proofreading (worker.go), the editor form (editor.go) and its
// block-based body (body.go), the undo history over the whole article
// (history.go), the proofreading panel (proofpanel.go) and the mapping of
// its findings and fixes onto the form (proofmap.go), the 繁简 conversion
// dialog (convertdialog.go), the preview (preview.go), the organisation
// profile settings (settings.go), the strings in three languages
// (i18n.go), the theme with the embedded CJK faces (theme.go) and the
// window that ties them together (window.go). Core packages know
// nothing of Fyne; this package does not import fyne.io/fyne/v2/app (the GL
// driver), so its tests run on Fyne's test driver without cgo.
package app
