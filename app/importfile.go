package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/message"
)

// This file is File ▸ Import…: a Word or WPS document, a saved web page or
// a text file becomes a new, untitled article (package importer makes the
// Markdown). Its pictures wait in a folder of their own until the article
// is saved, and are then copied into images/ beside it (session.saveTo).

// isImportable reports whether path names a file File ▸ Import reads.
func isImportable(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range importer.Formats {
		if ext == f {
			return true
		}
	}
	return false
}

// importDialog asks for a document to import.
func (e *Editor) importDialog() { e.pickFile(importer.Formats, e.importAsking) }

// importAsking imports the document at path as a new article, first
// offering to save unsaved changes; a document that cannot be imported is
// refused before that question.
func (e *Editor) importAsking(path string) {
	stem := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	res, err := importer.File(path, importer.Options{ImageDir: "images", ImagePrefix: stem})
	if err != nil {
		e.showError(e.failure("importfailed", err))
		return
	}
	d, err := ParseDocument(res.Markdown)
	if err != nil {
		e.showError(e.failure("importfailed", err))
		return
	}
	e.confirmDiscard(func() {
		scratch := ""
		if len(res.Images) > 0 {
			if scratch, err = os.MkdirTemp("", "paiban-import-"); err == nil {
				err = res.WriteImages(filepath.Join(scratch, "images"))
			}
			if err != nil {
				e.showError(e.failure("importfailed", err))
				return
			}
		}
		e.tellBulletins(nil)
		e.startImported(d, scratch)
		e.loaded(d)
		if len(res.Warnings) > 0 {
			e.showImportWarnings(path, res.Warnings)
		}
	})
}

// showImportWarnings lists what the import could not carry over.
func (e *Editor) showImportWarnings(path string, ws []importer.Warning) {
	var lines []string
	for i, w := range ws {
		if i == 12 {
			lines = append(lines, trn(e.ui, "more", len(ws)-i))
			break
		}
		lines = append(lines, message.In(w, message.Lang(e.ui)))
	}
	msg := widget.NewLabel(strings.Join(lines, "\n"))
	msg.Wrapping = wrapping(e.ui)
	d := dialog.NewCustom(filepath.Base(path)+" — "+tr(e.ui, "importwarnings"), tr(e.ui, "ok"), msg, e.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// copyFigures copies the pictures in from into to, the images folder
// beside a saved article, each written atomically. A picture of the same
// name already there is kept when it holds the same bytes; one that holds
// others is not replaced, and the save is refused: the article's
// references would print the wrong picture.
func copyFigures(from, to string) error {
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	for _, en := range entries {
		data, err := os.ReadFile(filepath.Join(from, en.Name()))
		if err != nil {
			return err
		}
		dst := filepath.Join(to, en.Name())
		if holds, err := export.Holds(dst, data); err == nil || !errors.Is(err, os.ErrNotExist) {
			if !holds {
				return message.New(figureExists, dst)
			}
			continue
		}
		if err := atomicfile.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

var figureExists = message.Text{
	"%s exists already and is another picture; nothing was saved (save the article in another folder)",
	"%s 已經存在，是另一張圖片；沒有儲存任何東西（請把文章存到別的資料夾）",
	"%s 已经存在，是另一张图片；没有保存任何东西（请把文章存到别的文件夹）",
}
