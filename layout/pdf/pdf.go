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
	"unicode/utf8"

	"github.com/signintech/gopdf"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// Faces gives the fonts the layout named: for a face, the glyph that prints
// a character (for the glyphs the layout gave no ID), and a TrueType (glyf)
// font file holding the glyphs of chars with a character map from each
// character to its glyph (fonts.Face.SubsetGlyphs). The file is embedded as
// it is, so its glyph IDs are the ones the PDF's text uses.
type Faces interface {
	GlyphID(name string, r rune) (uint16, bool)
	SubsetGlyphs(name string, chars []fonts.CharGlyph) ([]byte, error)
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
	set, programs, err := addFaces(&pdf, doc, faces, z)
	if err != nil {
		return err
	}
	figures := &embedder{images: images, limit: MaxImageData}
	for i := range doc.Pages {
		if err := writePage(&pdf, doc, &doc.Pages[i], figures, set); err != nil {
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
// down to the glyphs printed with it. It returns the fonts the text is
// drawn with: each embedded under the face's name (nameChars) behind a
// six-letter subset tag, as PDF names subsets ("QXWBKD+NotoSerifTC-Regular"),
// the tag drawn from the characters so that the same text gives the same
// file.
//
// The PDF draws the glyph the layout chose (layout.Glyph.ID), and a reader
// copying the text gets the character: each embedded font maps characters
// to glyphs one to one. A face whose characters and glyphs do not pair one
// to one — a half-width comma printed with the glyph of ， beside a ， —
// is embedded as more than one font (fontSet).
//
// gopdf gets each subset without its outlines (fonts.WithoutOutlines): it
// needs only the metrics and character map, and would spend most of the
// export compressing the outlines. The subsets themselves are compressed
// with z on another goroutine while gopdf writes the pages; programs waits
// for them (z is free again once it returns), and tidy puts them in place
// of gopdf's empty ones.
func addFaces(pdf *gopdf.GoPdf, doc *layout.Document, faces Faces, z *zlib.Writer) (set *fontSet, programs func() map[string]fontProgram, err error) {
	set = collectFonts(doc, faces)
	taken := map[string]bool{}
	var subsets []fontProgram
	for _, f := range set.order {
		chars := f.chars()
		runes := make([]rune, len(chars))
		for i, c := range chars {
			runes[i] = c.Char
		}
		data, err := faces.SubsetGlyphs(f.face, chars)
		if err != nil {
			return nil, nil, fmt.Errorf("font %s: %w", f.face, err)
		}
		metrics, err := fonts.WithoutOutlines(data)
		if err != nil {
			return nil, nil, fmt.Errorf("font %s: %w", f.face, err)
		}
		program, err := fonts.ForPDF(data)
		if err != nil {
			return nil, nil, fmt.Errorf("font %s: %w", f.face, err)
		}
		base := subsetTag(runes) + "+" + nameChars(f.face)
		family := base
		for i := 2; taken[family]; i++ {
			family = base + "-" + strconv.Itoa(i)
		}
		taken[family] = true
		if err := pdf.AddTTFFontData(family, metrics); err != nil {
			return nil, nil, fmt.Errorf("embedding font %s: %w", f.face, err)
		}
		f.family = family
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
	return set, sync.OnceValue(func() map[string]fontProgram { return <-done }), nil
}

// collectFonts sorts every glyph of doc into the fonts it is drawn with.
func collectFonts(doc *layout.Document, faces Faces) *fontSet {
	set := &fontSet{faces: faces, byFace: map[string][]*pdfFont{}}
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				if r.Face == "" {
					continue
				}
				for _, g := range r.Glyphs {
					set.add(r.Face, set.pairs(r.Face, g))
				}
			}
		}
	}
	return set
}

// fontSet is the fonts a document's text is drawn with: for each face the
// layout named, one or more embedded fonts, each mapping characters to
// glyphs one to one.
type fontSet struct {
	faces  Faces
	byFace map[string][]*pdfFont
	order  []*pdfFont
	buf    []fonts.CharGlyph
}

// pdfFont is one embedded font: part of a face, with its character map.
type pdfFont struct {
	face   string
	family string // the name it is embedded under
	glyph  map[rune]uint16
	char   map[uint16]rune
}

// chars returns f's character map, in character order.
func (f *pdfFont) chars() []fonts.CharGlyph {
	out := make([]fonts.CharGlyph, 0, len(f.glyph))
	for c, g := range f.glyph {
		out = append(out, fonts.CharGlyph{Char: c, Glyph: g})
	}
	slices.SortFunc(out, func(a, b fonts.CharGlyph) int { return int(a.Char - b.Char) })
	return out
}

// pairs returns the characters g prints and the glyph of each: the glyph
// the layout chose for a single character, the face's own glyphs for a
// cluster or a glyph without an ID. Characters the face lacks are left
// out (the layout has already reported them). The slice is reused by the
// next call.
func (s *fontSet) pairs(face string, g layout.Glyph) []fonts.CharGlyph {
	s.buf = s.buf[:0]
	if c, size := utf8.DecodeRuneInString(g.Text); g.ID != 0 && size == len(g.Text) {
		return append(s.buf, fonts.CharGlyph{Char: c, Glyph: g.ID})
	}
	for _, c := range g.Text {
		if id, ok := s.faces.GlyphID(face, c); ok {
			s.buf = append(s.buf, fonts.CharGlyph{Char: c, Glyph: id})
		}
	}
	return s.buf
}

// fits reports whether f can hold the pairs: none of their characters or
// glyphs is mapped otherwise.
func (f *pdfFont) fits(pairs []fonts.CharGlyph) bool {
	for _, p := range pairs {
		if g, ok := f.glyph[p.Char]; ok && g != p.Glyph {
			return false
		}
		if c, ok := f.char[p.Glyph]; ok && c != p.Char {
			return false
		}
	}
	return true
}

// holds reports whether f maps every one of the pairs.
func (f *pdfFont) holds(pairs []fonts.CharGlyph) bool {
	for _, p := range pairs {
		if g, ok := f.glyph[p.Char]; !ok || g != p.Glyph {
			return false
		}
	}
	return true
}

// add puts the pairs in the face's first font that fits them, or in a new
// one.
func (s *fontSet) add(face string, pairs []fonts.CharGlyph) {
	if len(pairs) == 0 {
		return
	}
	list := s.byFace[face]
	for _, f := range list {
		if f.fits(pairs) {
			for _, p := range pairs {
				f.glyph[p.Char], f.char[p.Glyph] = p.Glyph, p.Char
			}
			return
		}
	}
	f := &pdfFont{face: face, glyph: map[rune]uint16{}, char: map[uint16]rune{}}
	for _, p := range pairs {
		f.glyph[p.Char], f.char[p.Glyph] = p.Glyph, p.Char
	}
	s.byFace[face] = append(list, f)
	s.order = append(s.order, f)
}

// font returns the embedded font g of face is drawn with: the first that
// maps its pairs (add put them in the first that fitted them, and the
// fonts before that one only gained characters since); nil for a glyph of
// characters the face lacks.
func (s *fontSet) font(face string, g layout.Glyph) *pdfFont {
	pairs := s.pairs(face, g)
	list := s.byFace[face]
	if len(pairs) == 0 {
		if len(list) == 0 {
			return nil
		}
		return list[0]
	}
	for _, f := range list {
		if f.holds(pairs) {
			return f
		}
	}
	return nil
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

func writePage(pdf *gopdf.GoPdf, doc *layout.Document, p *layout.Page, figures *embedder, set *fontSet) error {
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
		if c := r.Colour; !c.IsZero() {
			pdf.SetStrokeColorCMYK(c.C, c.M, c.Y, c.K)
		} else {
			pdf.SetStrokeColor(uint8(r.Ink), uint8(r.Ink), uint8(r.Ink))
		}
		pdf.SetLineWidth(r.Width.Points())
		pdf.Line(r.X1.Points(), r.Y1.Points(), r.X2.Points(), r.Y2.Points())
	}
	drawn := false
	for i := range p.Lines {
		l := &p.Lines[i]
		if c := l.Colour; !c.IsZero() {
			pdf.SetTextColorCMYK(c.C, c.M, c.Y, c.K)
		} else {
			pdf.SetTextColor(uint8(l.Ink), uint8(l.Ink), uint8(l.Ink))
		}
		for _, r := range l.Runs {
			if err := writeRun(pdf, set, r, l.Y); err != nil {
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

// writeRun draws a run of glyphs. Glyphs in one embedded font spaced
// evenly — at their natural advances, or all with the same extra space, as
// in a justified line of ideographs — share one text object with that
// character spacing (Tc). The last glyph of a stretch in one font is drawn
// on its own without Tc, so that no extra space trails the line's last
// character.
func writeRun(pdf *gopdf.GoPdf, set *fontSet, r layout.Run, y layout.Unit) error {
	if r.Face == "" || len(r.Glyphs) == 0 {
		return nil
	}
	gs := r.Glyphs
	in := make([]*pdfFont, len(gs))
	for i, g := range gs {
		in[i] = set.font(r.Face, g)
	}
	extra := func(i int) layout.Unit { return gs[i+1].X - (gs[i].X + gs[i].Advance) }
	const slack = 2 // thousandths of a point: rounding in the layout
	var text []byte
	var current *pdfFont
	for i := 0; i < len(gs); {
		// The group gs[i:j] is in one font, with equal gaps d between its
		// glyphs; the font's stretch of the run ends at end, and is drawn
		// as a run of its own would be.
		f := in[i]
		end := len(gs)
		for k := i + 1; k < len(gs); k++ {
			if in[k] != f {
				end = k
				break
			}
		}
		j, d := i+1, layout.Unit(0)
		if j < end {
			d = extra(i)
			for j+1 < end && abs(extra(j)-d) <= slack {
				j++
			}
			j++
		}
		switch {
		case d <= slack && d >= -slack:
			d = 0
		case j == end && j-i > 2:
			j-- // the stretch's last glyph goes alone: no space may trail it
		case j == end:
			j = i + 1
		}
		if f == nil {
			i = j // characters no face has: the layout reported them
			continue
		}
		if f != current {
			if err := pdf.SetFont(f.family, "", r.Size.Points()); err != nil {
				return fmt.Errorf("font %s: %w", r.Face, err)
			}
			current = f
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
