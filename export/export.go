// Package export is the pipeline from an article file to a PDF file, shared
// by the command line and the editor: read and parse the article, lay it out
// with the embedded fonts for its variety, and write the PDF atomically.
//
// It is the only package that touches the file system on the way; article,
// layout and pdf stay pure. It must not import any UI package.
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/profile"
)

// Version is the program version, printed by `paiban --version`, in the
// About dialog and in the PDF's Creator entry. Release builds (make dist) set
// it from FyneApp.toml with -ldflags "-X github.com/paiban/paiban/export.Version=…";
// the default here must equal FyneApp.toml's Version (packaging's test checks).
var Version = "0.1.0"

// Settings are the user's choices for one export. The zero value is A4, 中,
// no footer, missing characters refused.
type Settings struct {
	Preset  layout.Preset
	Paper   layout.Paper
	Margins layout.Margins
	Profile profile.Profile
	// AllowMissing prints characters no font has as 〓 instead of failing.
	AllowMissing bool
	// BodyFont and TitleFont name faces added to the job's font library
	// (the user's own fonts, see fonts.LoadFile) to use before the embedded
	// ones: for body text, and for the title and headings. "" for none.
	BodyFont, TitleFont string
	// QuoteFont names a face, as BodyFont does, for block quotes, and
	// HeadingFonts one for each heading level it keys (the Markdown level:
	// 2 for "##"). "" or no entry leaves the choice to the defaults.
	QuoteFont    string
	HeadingFonts map[int]string
	// NoSystemFonts keeps to the embedded faces and those chosen above: no
	// installed Kai for block quotes, nor the faces of the official preset
	// (see Job.chain).
	NoSystemFonts bool
	// KeepHalfWidth prints ASCII , : ; ! ? typed between Chinese characters
	// as they are, instead of with full-width glyphs.
	KeepHalfWidth bool
	// Compression of full-width punctuation; the zero value compresses
	// Simplified articles only.
	Compression layout.Compression
	// Inputs are the files these settings were read from — the profile,
	// the user's fonts — which an export must never write over.
	Inputs []string
}

// Job is an article ready to be laid out: its parsed text and where its
// images are looked for.
type Job struct {
	Article *article.Article
	// Path is the article file's name, for messages; Dir is where relative
	// image paths are resolved.
	Path, Dir string
	Fonts     *fonts.Library
	// Cache, when set, carries set paragraphs over from the previous layout
	// of this article (the editor keeps one).
	Cache *layout.Cache
}

// AddFont loads the user's font from spec ("PATH" or "PATH:INDEX" for a face
// of a .ttc) into lib and returns its name for Settings.
//
// Its errors word themselves in each language (see fontError).
func AddFont(lib *fonts.Library, spec string) (string, error) {
	path, index, err := fonts.ParseSpec(spec)
	if err != nil {
		return "", fontError(spec, err)
	}
	name, data, err := fonts.LoadFile(path, index)
	if err != nil {
		return "", fontError(path, err)
	}
	lib.Add(name, data)
	return name, nil
}

// fontError words err, why the user's font at path cannot be used, in
// each language: a file too large or not a regular file as package
// userfile words it, a missing file or a permission as the system's
// reason, the fonts package's refusals in the catalogue's words, and any
// other fault as the font reader gives it, in parentheses.
func fontError(path string, err error) error {
	if _, ok := err.(message.Localized); ok {
		return err
	}
	var why any
	switch {
	case errors.Is(err, fonts.ErrNotTrueType):
		why = fontNotTrueType
	case errors.Is(err, fonts.ErrNoEmbedding):
		why = fontNoEmbedding
	case errors.Is(err, fonts.ErrNotFont):
		why = fontNotFont
	default:
		if _, ok := message.Reason(err, message.En); ok {
			return message.New(fontFile, message.File(path, err))
		}
		why = message.New(fontOther, err.Error())
	}
	return &wrapped{message.New(fontAt, path, why), err}
}

// wrapped is a Localized error, worded by msg, that unwraps to err.
type wrapped struct {
	msg *message.Error
	err error
}

func (w *wrapped) Error() string            { return w.msg.Error() }
func (w *wrapped) In(l message.Lang) string { return w.msg.In(l) }
func (w *wrapped) Unwrap() error            { return w.err }

var (
	fontAt          = message.Text{"font %s: %s", "字型 %s：%s", "字体 %s：%s"}
	fontFile        = message.Text{"font %s", "字型 %s", "字体 %s"}
	fontNotTrueType = message.Text{"it has PostScript (CFF) outlines, not TrueType (glyf); PDF export needs TrueType outlines (a .ttf, or a .ttc of TrueType faces)", "這是 PostScript（CFF）外框的字型，不是 TrueType；匯出 PDF 需要 TrueType 外框（.ttf，或由 TrueType 字型組成的 .ttc）", "这是 PostScript（CFF）轮廓的字体，不是 TrueType；导出 PDF 需要 TrueType 轮廓（.ttf，或由 TrueType 字体组成的 .ttc）"}
	fontNoEmbedding = message.Text{"the font's licence does not allow embedding it in a PDF", "字型的授權不允許嵌入 PDF", "字体的授权不允许嵌入 PDF"}
	fontNotFont     = message.Text{"not a TrueType or OpenType font file", "不是 TrueType 或 OpenType 字型檔", "不是 TrueType 或 OpenType 字体文件"}
	fontOther       = message.Text{"%s", "無法讀取這個字型（%s）", "无法读取这个字体（%s）"}
)

// FontFile is the file of a font spec ("PATH" or "PATH:INDEX"), for
// Settings.Inputs; "" when spec is not a valid one.
func FontFile(spec string) string {
	path, _, err := fonts.ParseSpec(spec)
	if err != nil {
		return ""
	}
	return path
}

// Open reads and parses an article file (see article.ReadFile: at most
// article.MaxFile bytes of UTF-8 text); its errors name the file and,
// where there is one, the place: FILE:LINE:COL: message.
func Open(path string, lib *fonts.Library) (*Job, error) {
	a, err := article.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return &Job{Article: a, Path: path, Dir: filepath.Dir(path), Fonts: lib}, nil
}

// Region returns the font region for an article's variety.
func Region(a *article.Article) fonts.Region {
	if a.Meta.Lang == article.Hans {
		return fonts.Simplified
	}
	return fonts.Traditional
}

// Options turns settings into layout options for this job.
func (j *Job) Options(s Settings) layout.Options {
	lang := string(j.Article.Meta.Lang)
	ft := layout.Footer{Banner: s.Profile.Slogan}
	for _, f := range s.Profile.FooterFields(lang) {
		ft.Fields = append(ft.Fields, layout.FooterField{Label: f.Label, Value: f.Value})
	}
	return layout.Options{Paper: s.Paper, Margins: s.Margins, Preset: s.Preset, Footer: ft,
		Simplified: j.Article.Meta.Lang == article.Hans, Images: images{j.Dir}, Cache: j.Cache,
		KeepHalfWidth: s.KeepHalfWidth, Compression: s.Compression}
}

// Layout lays the article out.
func (j *Job) Layout(s Settings) *layout.Document {
	return layout.Layout(j.Article, j.Chain(s), j.Options(s))
}

// LayoutContext lays the article out unless ctx is done first (see
// layout.LayoutContext).
func (j *Job) LayoutContext(ctx context.Context, s Settings) (*layout.Document, error) {
	return layout.LayoutContext(ctx, j.Article, j.Chain(s), j.Options(s))
}

// MissingError lists characters that none of the fonts has. Settings'
// AllowMissing prints them as 〓 instead; the command line and the editor
// each offer that in their own way.
type MissingError struct {
	Path  string
	Items []layout.Problem
	// Where are the items' places, "FILE:LINE:COL".
	Where []string
}

func (e *MissingError) Error() string { return e.In(message.En) }

// In implements message.Localized: the count, then each character with
// its place, one to a line.
func (e *MissingError) In(l message.Lang) string {
	lines := make([]string, len(e.Items))
	for i, p := range e.Items {
		lines[i] = e.Where[i] + ": " + Missing(p.Text, l)
	}
	return fmt.Sprintf(noGlyph.In(l), len(e.Items), strings.Join(lines, "\n"))
}

// Missing words the lack of a glyph for the character c, in l.
func Missing(c string, l message.Lang) string {
	r, _ := utf8.DecodeRuneInString(c)
	return fmt.Sprintf(noGlyphFor.In(l), c, r)
}

var (
	noGlyph = message.Text{
		"%d character(s) have no glyph in the fonts:\n%s",
		"%d 個字在所有字型中都沒有字形：\n%s",
		"%d 个字在所有字体中都没有字形：\n%s",
	}
	noGlyphFor = message.Text{
		"no font has the character 「%s」 (U+%04X)",
		"所有字型都沒有「%s」（U+%04X）",
		"所有字体都没有“%s”（U+%04X）",
	}
)

// Check turns the layout's problems into an error where the settings say
// they must stop an export: characters no font has (unless allowed) and
// images that cannot be used.
func (j *Job) Check(doc *layout.Document, s Settings) error {
	return check(doc, s, j.Path, func(layout.Problem) *Job { return j })
}

// check is Check for the problems of one article or of a bulletin's, each
// placed in the article that job names.
func check(doc *layout.Document, s Settings, path string, job func(layout.Problem) *Job) error {
	var missing []layout.Problem
	var lines []string
	var errs []error
	for _, p := range doc.Problems {
		switch p.Kind {
		case layout.MissingGlyph:
			if s.AllowMissing {
				continue
			}
			missing = append(missing, p)
			lines = append(lines, job(p).where(p.Src))
		case layout.MissingImage:
			errs = append(errs, job(p).at(p))
		}
	}
	if len(missing) > 0 {
		errs = append(errs, &MissingError{Path: path, Items: missing, Where: lines})
	}
	return errors.Join(errs...)
}

// Warnings lists, as "file:line:col: message" in English, what the reader
// dropped and what the layout had to bend (lines broken against the
// rules, overfull lines): things worth a look that do not stop an export.
func (j *Job) Warnings(doc *layout.Document) []string { return j.WarningsIn(doc, message.En) }

// WarningsIn is Warnings in language l.
func (j *Job) WarningsIn(doc *layout.Document, l message.Lang) []string {
	var out []string
	for _, w := range j.Article.Warnings {
		var what error = errors.New(w.Message)
		if w.Note != nil {
			what = w.Note
		}
		out = append(out, message.In(message.New(message.At, j.where(w.Span.Start), what), l))
	}
	for _, p := range doc.Problems {
		if p.Kind == layout.Overfull {
			out = append(out, message.In(j.at(p), l))
		}
	}
	return out
}

// at is a problem as an error worded in each language: its place, then
// what it is.
func (j *Job) at(p layout.Problem) error {
	var what error = errors.New(p.Message)
	if p.Note != nil {
		what = p.Note
	}
	return message.New(message.At, j.where(p.Src), what)
}

// where formats a source offset as file:line:col.
func (j *Job) where(src int) string {
	if src < 0 {
		return j.Path
	}
	line, col := j.Article.Position(src)
	return fmt.Sprintf("%s:%d:%d", j.Path, line, col)
}

// WritePDF lays the article out and writes the PDF atomically to out: a
// failed export leaves no partial file and never replaces a good one, and
// an out that is one of the export's inputs (see Inputs) is refused before
// anything is laid out or written.
func (j *Job) WritePDF(out string, s Settings) (*layout.Document, error) {
	if err := j.checkOutput(out, s); err != nil {
		return nil, err
	}
	doc := j.Layout(s)
	if err := j.Check(doc, s); err != nil {
		return doc, err
	}
	err := atomicfile.Write(out, 0o644, func(w io.Writer) error { return j.Encode(w, doc, s) })
	return doc, err
}
