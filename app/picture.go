package app

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/paiban/paiban/export"
)

// pictureExtensions are the picture files Insert Picture lists and a drop
// on the body inserts: what the export prints.
var pictureExtensions = []string{".png", ".jpg", ".jpeg"}

// isPicture reports whether path names a picture file by its extension.
func isPicture(path string) bool {
	return slices.Contains(pictureExtensions, strings.ToLower(filepath.Ext(path)))
}

// insertPicture asks for a PNG or JPEG file and inserts it at the cursor
// (Insert Picture). The picture is copied into the images folder beside
// the article, so an untitled article is saved first.
func (e *Editor) insertPicture() {
	if e.path == "" {
		e.confirm(tr(e.ui, "picturesave"), tr(e.ui, "picturesavebody"), tr(e.ui, "saveas"), func() {
			e.saveAs(e.insertPicture)
		})
		return
	}
	e.pickFile(pictureExtensions, func(path string) { e.addPicture(path, -1) })
}

// addPicture copies the picture at path beside the article and inserts a
// reference to it into the body at byte offset at, or at the cursor when
// at is negative, as one step of the undo history. The selection is left
// as it is, not replaced.
func (e *Editor) addPicture(path string, at int) {
	rel, err := export.CopyFigure(filepath.Dir(e.path), path)
	if err != nil {
		e.showError(e.failure("picturefailed", err))
		return
	}
	caption := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	e.insertBlock("!["+markdownText(caption)+"]("+rel+")", at)
}

// markdownText escapes the characters that would end or change a
// picture's description in Markdown.
func markdownText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`, `*`, `\*`, `_`, `\_`, "`", "\\`")
	return r.Replace(s)
}

// insertBlock inserts text into the body as a paragraph of its own, at
// byte offset at or, when at is negative, at the cursor, as one step of
// the undo history. At the start or end of a line it goes there; inside a
// paragraph's text it goes after that paragraph, which a picture must not
// split.
func (e *Editor) insertBlock(text string, at int) {
	d := e.form.document()
	if at < 0 {
		at = e.form.body.Cursor()
	}
	d.Body = insertParagraph(d.Body, text, at)
	e.change(d)
}

// insertParagraph returns body with text inserted as a paragraph of its
// own at byte offset at, or after the paragraph at holds.
func insertParagraph(body, text string, at int) string {
	at = min(max(at, 0), len(body))
	lineStart := at == 0 || body[at-1] == '\n'
	lineEnd := at == len(body) || body[at] == '\n' || body[at] == '\r'
	if !lineStart && !lineEnd {
		if end := strings.Index(body[at:], "\n\n"); end >= 0 {
			at += end
		} else {
			at = len(body)
		}
	}
	before, after := strings.TrimRight(body[:at], "\n"), strings.TrimLeft(body[at:], "\n")
	var b strings.Builder
	b.WriteString(before)
	if before != "" {
		b.WriteString("\n\n")
	}
	b.WriteString(text)
	if after != "" {
		b.WriteString("\n\n")
		b.WriteString(after)
	} else {
		b.WriteString("\n")
	}
	return b.String()
}
