package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/message"
)

// The largest files each reader takes.
const (
	maxDocx = 100 << 20 // a .docx or .doc, pictures included
	maxHTML = 20 << 20
	maxText = 8 << 20
)

// Options is how an import is made. The zero value refers to pictures
// under images/ and names them after their place in the document.
type Options struct {
	// ImageDir is the folder, relative to the article, that the article
	// refers to its pictures in ("images" when empty), with / as separator.
	ImageDir string
	// ImagePrefix starts the name of each picture, so that the pictures of
	// two articles in one folder do not collide (the article's name
	// without extension, for example). Empty: the names the document gives.
	ImagePrefix string
}

func (o Options) imageDir() string {
	if o.ImageDir == "" {
		return "images"
	}
	return strings.TrimSuffix(filepath.ToSlash(o.ImageDir), "/")
}

// Image is a picture of the imported document, to be written under
// Options.ImageDir as Name.
type Image struct {
	Name string
	Data []byte
}

// Result is an imported article.
type Result struct {
	// Markdown is the article: front matter and Markdown, UTF-8.
	Markdown []byte
	// Images are the pictures Markdown refers to under Options.ImageDir.
	Images []Image
	// Warnings say what could not be carried over, and where.
	Warnings []Warning
	// Format is the kind of file read: docx, doc, html or txt.
	Format string
}

// Formats are the file name extensions File imports.
var Formats = []string{".docx", ".doc", ".html", ".htm", ".txt"}

// File imports the document at path, by its extension.
func File(path string, opt Options) (*Result, error) {
	ext := strings.ToLower(filepath.Ext(path))
	var (
		d   *document
		err error
	)
	switch ext {
	case ".docx", ".docm":
		var data []byte
		if data, err = userfile.Read(path, "document", maxDocx); err == nil {
			d, err = readDocx(data, opt)
		}
	case ".doc":
		d, err = readDoc(path, opt)
	case ".html", ".htm", ".xhtml":
		var data []byte
		if data, err = userfile.Read(path, "web page", maxHTML); err == nil {
			d, err = readHTML(data, filepath.Dir(path), opt)
		}
	case ".txt", ".text":
		var data []byte
		if data, err = userfile.Read(path, "text file", maxText); err == nil {
			d, err = readText(data)
		}
	default:
		return nil, message.New(unknownFormat, path, ext)
	}
	if err != nil {
		var pe *fs.PathError
		switch {
		case errors.As(err, &pe) && pe.Path == path:
			return nil, message.New(message.At, path, systemReason{pe.Err})
		case strings.Contains(err.Error(), path):
			return nil, err // names the file already
		}
		return nil, message.New(message.At, path, err)
	}
	res := d.result(opt)
	res.Format = strings.TrimPrefix(ext, ".")
	for i := range res.Warnings {
		res.Warnings[i].File = path
	}
	return res, nil
}

// systemReason is the system's reason a file cannot be read, worded in
// each language where message.Reason knows it.
type systemReason struct{ err error }

func (e systemReason) Error() string { return e.err.Error() }
func (e systemReason) Unwrap() error { return e.err }

// In implements message.Localized.
func (e systemReason) In(l message.Lang) string {
	if s, ok := message.Reason(e.err, l); ok {
		return s
	}
	return e.err.Error()
}

// result shapes the document and writes it.
func (d *document) result(opt Options) *Result {
	d.shape()
	md := d.markdown(opt.imageDir())
	if len(md) > article.MaxFile {
		d.warn.add(0, &wTooLong, userfile.Size(int64(len(md))), userfile.Size(article.MaxFile))
	}
	return &Result{Markdown: md, Images: d.images, Warnings: d.warn.list}
}

// WriteImages writes the pictures into dir, which the caller makes the
// folder Options.ImageDir names. A file already there with other content
// is refused before anything is written; one with the same content is
// left as it is.
func (r *Result) WriteImages(dir string) error {
	for _, im := range r.Images {
		p := filepath.Join(dir, im.Name)
		old, err := userfile.Read(p, "image file", int64(len(im.Data)))
		if err == nil && string(old) == string(im.Data) {
			continue
		}
		if _, err := os.Lstat(p); err == nil {
			return message.New(imageExists, p)
		}
	}
	if len(r.Images) > 0 {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("making the pictures' folder: %w", err)
		}
	}
	for _, im := range r.Images {
		if err := atomicfile.WriteFile(filepath.Join(dir, im.Name), im.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

var (
	unknownFormat = message.Text{
		"%s: cannot import %q files (import takes .docx, .doc, .html, .htm and .txt)",
		"%s：無法匯入 %q 檔案（可匯入 .docx、.doc、.html、.htm 和 .txt）",
		"%s：无法导入 %q 文件（可导入 .docx、.doc、.html、.htm 和 .txt）",
	}
	wTooLong = message.Text{
		"the article is %s, more than the %s Paiban opens: split it into several articles",
		"文章有 %s，超過 Paiban 可開啟的 %s：請分成幾篇文章",
		"文章有 %s，超过 Paiban 可打开的 %s：请分成几篇文章",
	}
	imageExists = message.Text{
		"%s exists already with other content; nothing was written (choose another folder with --images)",
		"%s 已經存在，內容不同；沒有寫入任何東西（請用 --images 另選資料夾）",
		"%s 已经存在，内容不同；没有写入任何东西（请用 --images 另选文件夹）",
	}
)
