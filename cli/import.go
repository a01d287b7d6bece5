package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/message"
)

// runImport turns a .docx, .doc, .html or .txt into an article: OUT.md
// (by default the input's name with .md, beside it), its pictures in
// images/ beside it (or --images DIR), and a warning for each thing that
// could not be carried over.
func runImport(args []string, lang message.Lang, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	out := fs.String("o", "", "the article to write (default: IN with .md)")
	images := fs.String("images", "", "the folder for the pictures (default: images beside the article)")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return misuse(importOneFile)
	}
	in := files[0]
	if *out == "" {
		// A name of our choosing never replaces a file: perhaps last
		// time's import, edited since.
		*out = strings.TrimSuffix(in, filepath.Ext(in)) + ".md"
		if _, err := os.Lstat(*out); err == nil {
			return message.New(outputExists, *out)
		}
	}
	if err := atomicfile.Same(*out, in); err != nil {
		return err
	}
	outDir := filepath.Dir(*out)
	imageDir := filepath.Join(outDir, "images")
	ref := "images"
	if *images != "" {
		imageDir = *images
		abs, err1 := filepath.Abs(imageDir)
		base, err2 := filepath.Abs(outDir)
		if r, err3 := filepath.Rel(base, abs); err1 == nil && err2 == nil && err3 == nil {
			ref = filepath.ToSlash(r)
		} else {
			ref = filepath.ToSlash(abs)
		}
	}
	stem := strings.TrimSuffix(filepath.Base(*out), filepath.Ext(*out))
	res, err := importer.File(in, importer.Options{ImageDir: ref, ImagePrefix: stem})
	if err != nil {
		return err
	}
	if err := res.WriteImages(imageDir); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(*out, res.Markdown, 0o644); err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(stderr, "paiban:", message.New(warning, w).In(lang))
	}
	fmt.Fprintln(stdout, message.New(imported, in, *out, len(res.Images), len(res.Warnings)).In(lang))
	return nil
}

var importOneFile = message.Text{
	"import takes one file: .docx, .doc, .html, .htm or .txt",
	"import 只接受一個檔案：.docx、.doc、.html、.htm 或 .txt",
	"import 只接受一个文件：.docx、.doc、.html、.htm 或 .txt",
}

var outputExists = message.Text{
	"%s exists already; nothing was written (give -o to name the article, or -o with that name to replace it)",
	"%s 已經存在；沒有寫入任何東西（請用 -o 為文章命名，或以 -o 指定這個名稱來取代它）",
	"%s 已经存在；没有写入任何东西（请用 -o 为文章命名，或以 -o 指定这个名称来取代它）",
}

var imported = message.Text{
	"%s: imported into %s (%d picture(s), %d warning(s))",
	"%s：已匯入 %s（%d 張圖片，%d 則警告）",
	"%s：已导入 %s（%d 张图片，%d 条警告）",
}
