// Package importer turns the files an article arrives in — a Word or WPS
// document (.docx, and .doc through LibreOffice), a saved web page (.html,
// .htm) or plain text (.txt) — into a Paiban article: front matter and
// Markdown, with the document's pictures beside it and a warning for
// everything the import could not carry over.
//
// Each reader turns its format into one small model (model.go): blocks —
// paragraphs, headings, list items, tables, pictures — of styled runs.
// The rules offices share — the title, headings numbered 一、（一）1.（1）,
// the dateline, indentation typed with full-width spaces — work on that
// model (shape.go), and one writer (markdown.go) makes the article.
//
// Every input is bounded: the file's size, a .docx package's entries and
// their uncompressed size, the pictures. It must not import any UI
// package, nor layout or export.
package importer
