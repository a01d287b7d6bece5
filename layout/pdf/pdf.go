// Package pdf writes a laid-out document as a PDF with gopdf: fonts embedded
// as TrueType subsets with a ToUnicode map (so text can be copied and
// searched), document information, bookmarks and link annotations.
//
// It draws exactly what the layout positioned and decides nothing about
// where anything goes. It must not import the article reader or any UI
// package, and it never measures text with gopdf (measuring would add
// glyphs to the subsets).
package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/signintech/gopdf"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// Faces makes, for a face the layout named, a TrueType (glyf) font file
// holding at least the glyphs of runes: a subset, or the whole font. It is
// embedded as it is, so its glyph IDs are the ones the PDF's text uses.
type Faces interface {
	Subset(name string, runes []rune) ([]byte, error)
}

// Images gives the image files named in the article ready to embed.
type Images interface {
	// EmbedImage returns the image at path as PNG or JPEG data of at
	// most maxW × maxH pixels: the file itself when it is no larger, and
	// otherwise the image reduced to fit, keeping its proportions.
	EmbedImage(path string, maxW, maxH int) ([]byte, error)
}

// PrintDPI is the resolution figures are embedded at, at most: an image
// with more pixels than its printed size needs at 300 dots an inch, what
// print shops ask for photographs, is reduced (Images.EmbedImage) to that.
const PrintDPI = 300

// MaxImageData bounds the image data one PDF embeds, all figures together:
// 100 MB. The writer holds the data of every figure until the PDF is
// complete, and some three copies of it on the way: this keeps an export
// within a few hundred megabytes.
const MaxImageData = 100 << 20

// Info is the document information dictionary.
type Info struct {
	Title    string
	Author   string // the organisation
	Subject  string
	Keywords string
	Creator  string
	// Created is the creation date; zero leaves it out, which keeps the
	// output byte-for-byte reproducible.
	Created time.Time
}

// Write renders doc as PDF to w. Nothing is written to w unless the whole
// document rendered.
func Write(w io.Writer, doc *layout.Document, faces Faces, images Images, info Info) error {
	var pdf gopdf.GoPdf
	pdf.Start(gopdf.Config{
		PageSize: gopdf.Rect{W: doc.Paper.Width.Points(), H: doc.Paper.Height.Points()},
		Unit:     gopdf.UnitPT,
	})
	// The page contents are compressed by tidy, with the maps gopdf leaves
	// plain, all with one compressor: gopdf sets one up for each stream.
	pdf.SetNoCompression()
	pdf.SetInfo(gopdf.PdfInfo{Title: info.Title, Author: info.Author, Subject: info.Subject,
		Creator: info.Creator, Producer: "Paiban (gopdf)", CreationDate: info.Created})

	// One compressor for the fonts and then the rest: each costs a
	// megabyte to set up, which a short-lived process pays in page faults.
	z, _ := zlib.NewWriterLevel(nil, zlib.DefaultCompression)
	families, programs, err := addFaces(&pdf, doc, faces, z)
	if err != nil {
		return err
	}
	figures := &embedder{images: images, limit: MaxImageData}
	for i := range doc.Pages {
		if err := writePage(&pdf, doc, &doc.Pages[i], figures, families); err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
	}
	var raw blocks
	if _, err := pdf.WriteTo(&raw); err != nil {
		return fmt.Errorf("compiling the PDF: %w", err)
	}
	// gopdf keeps a copy of every page's text until it is dropped: drop it
	// before the rewrite, which needs the output in one piece.
	pdf = gopdf.GoPdf{}
	out, err := tidy(raw.join(), info, programs(), z)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// addFaces embeds every face the document uses, and only those, each cut
// down to the characters printed with it. It returns the name each face is
// embedded under: the face's name (nameChars) behind a six-letter subset
// tag, as PDF names subsets ("QXWBKD+NotoSerifTC-Regular"), the tag drawn
// from the characters so that the same text gives the same file.
//
// gopdf gets each subset without its outlines (fonts.WithoutOutlines): it
// needs only the metrics and character map, and would spend most of the
// export compressing the outlines. The subsets themselves are compressed
// with z on another goroutine while gopdf writes the pages; programs waits
// for them (z is free again once it returns), and tidy puts them in place
// of gopdf's empty ones.
func addFaces(pdf *gopdf.GoPdf, doc *layout.Document, faces Faces, z *zlib.Writer) (families map[string]string, programs func() map[string]fontProgram, err error) {
	used := map[string]map[rune]bool{}
	var order []string
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				if r.Face == "" {
					continue
				}
				set := used[r.Face]
				if set == nil {
					set = map[rune]bool{}
					used[r.Face] = set
					order = append(order, r.Face)
				}
				for _, g := range r.Glyphs {
					for _, c := range g.Text {
						set[c] = true
					}
				}
			}
		}
	}
	families = map[string]string{}
	taken := map[string]bool{}
	var subsets []fontProgram
	for _, name := range order {
		runes := make([]rune, 0, len(used[name]))
		for c := range used[name] {
			runes = append(runes, c)
		}
		slices.Sort(runes)
		data, err := faces.Subset(name, runes)
		if err != nil {
			return nil, nil, fmt.Errorf("font %s: %w", name, err)
		}
		metrics, err := fonts.WithoutOutlines(data)
		if err != nil {
			return nil, nil, fmt.Errorf("font %s: %w", name, err)
		}
		program, err := fonts.ForPDF(data)
		if err != nil {
			return nil, nil, fmt.Errorf("font %s: %w", name, err)
		}
		base := subsetTag(runes) + "+" + nameChars(name)
		family := base
		for i := 2; taken[family]; i++ {
			family = base + "-" + strconv.Itoa(i)
		}
		taken[family] = true
		if err := pdf.AddTTFFontData(family, metrics); err != nil {
			return nil, nil, fmt.Errorf("embedding font %s: %w", name, err)
		}
		families[name] = family
		subsets = append(subsets, fontProgram{family: family, raw: program})
	}
	done := make(chan map[string]fontProgram, 1)
	go func() {
		out := make(map[string]fontProgram, len(subsets))
		for _, p := range subsets {
			var b bytes.Buffer
			z.Reset(&b)
			z.Write(p.raw)
			z.Close()
			p.packed = b.Bytes()
			out[p.family] = p
		}
		done <- out
	}()
	return families, sync.OnceValue(func() map[string]fontProgram { return <-done }), nil
}

// fontProgram is a subset font file as the PDF embeds it.
type fontProgram struct {
	family string // the name it is embedded under, with its subset tag
	raw    []byte // the TrueType file
	packed []byte // raw, zlib-compressed
}

// nameChars makes s fit to be a PDF name as it is: every character a name
// holds only escaped (white space, delimiters, #, anything but printable
// ASCII) becomes "-". gopdf writes a font's family into the file as its
// /FontName and /BaseFont without escaping it, changing only spaces and
// slashes (to "+"); tidy finds each font's program by that name. A user's
// font is named for its file ("kai (1)-3fa2c09b").
func nameChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7f && r != '#' && classes[r] == regular {
			return r
		}
		return '-'
	}, s)
}

// subsetTag makes six capital letters from a set of characters.
func subsetTag(runes []rune) string {
	h := fnv.New64a()
	for _, r := range runes {
		h.Write([]byte(string(r)))
	}
	v := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + v%26)
		v /= 26
	}
	return string(tag)
}

func writePage(pdf *gopdf.GoPdf, doc *layout.Document, p *layout.Page, figures *embedder, families map[string]string) error {
	pdf.AddPage()
	for _, o := range doc.Outline {
		if o.Page == p.Number {
			pdf.SetY(o.Y.Points())
			pdf.AddOutlineWithPosition(o.Text)
		}
	}
	for _, im := range p.Images {
		holder, err := figures.holder(im)
		if err != nil {
			return fmt.Errorf("image %s: %w", im.Path, err)
		}
		rect := &gopdf.Rect{W: im.W.Points(), H: im.H.Points()}
		if err := pdf.ImageByHolder(holder, im.X.Points(), im.Y.Points(), rect); err != nil {
			return fmt.Errorf("image %s: %w", im.Path, err)
		}
	}
	for _, r := range p.Rules {
		pdf.SetStrokeColor(uint8(r.Ink), uint8(r.Ink), uint8(r.Ink))
		pdf.SetLineWidth(r.Width.Points())
		pdf.Line(r.X1.Points(), r.Y1.Points(), r.X2.Points(), r.Y2.Points())
	}
	drawn := false
	for i := range p.Lines {
		l := &p.Lines[i]
		pdf.SetTextColor(uint8(l.Ink), uint8(l.Ink), uint8(l.Ink))
		for _, r := range l.Runs {
			if err := writeRun(pdf, families[r.Face], r, l.Y); err != nil {
				return err
			}
			drawn = drawn || len(r.Glyphs) > 0
		}
	}
	if !drawn && len(p.Rules) == 0 && len(p.Images) == 0 {
		// A page with an empty content stream is not valid PDF: draw an
		// invisible hairline.
		pdf.SetStrokeColor(255, 255, 255)
		pdf.SetLineWidth(0.01)
		pdf.Line(0, 0, 0.01, 0)
	}
	for _, k := range p.Links {
		pdf.AddExternalLink(k.URL, k.X.Points(), k.Y.Points(), k.W.Points(), k.H.Points())
	}
	return nil
}

// writeRun draws a run of glyphs. Glyphs spaced evenly — at their natural
// advances, or all with the same extra space, as in a justified line of
// ideographs — share one text object with that character spacing (Tc).
// The run's last glyph is drawn on its own without Tc, so that no extra
// space trails the line's last character.
func writeRun(pdf *gopdf.GoPdf, family string, r layout.Run, y layout.Unit) error {
	if family == "" || len(r.Glyphs) == 0 {
		return nil
	}
	if err := pdf.SetFont(family, "", r.Size.Points()); err != nil {
		return fmt.Errorf("font %s: %w", r.Face, err)
	}
	gs := r.Glyphs
	extra := func(i int) layout.Unit { return gs[i+1].X - (gs[i].X + gs[i].Advance) }
	const slack = 2 // thousandths of a point: rounding in the layout
	var text []byte
	for i := 0; i < len(gs); {
		// The group gs[i:j] has equal gaps d between its glyphs.
		j, d := i+1, layout.Unit(0)
		if j < len(gs) {
			d = extra(i)
			for j+1 < len(gs) && abs(extra(j)-d) <= slack {
				j++
			}
			j++
		}
		switch {
		case d <= slack && d >= -slack:
			d = 0
		case j == len(gs) && j-i > 2:
			j-- // the run's last glyph goes alone: no space may trail it
		case j == len(gs):
			j = i + 1
		}
		text = text[:0]
		for _, g := range gs[i:j] {
			text = append(text, g.Text...)
		}
		if err := pdf.SetCharSpacing(d.Points()); err != nil {
			return err
		}
		pdf.SetXY(gs[i].X.Points(), y.Points())
		if err := pdf.Text(string(text)); err != nil {
			return err
		}
		i = j
	}
	return pdf.SetCharSpacing(0)
}

func abs(u layout.Unit) layout.Unit {
	if u < 0 {
		return -u
	}
	return u
}
