package layout

import (
	"strings"

	"github.com/paiban/paiban/message"
)

// Paper is a page size.
type Paper struct {
	Name          string
	Width, Height Unit
}

// The paper sizes offered.
var (
	A4     = Paper{"A4", Mm(210), Mm(297)}
	A5     = Paper{"A5", Mm(148), Mm(210)}
	B5     = Paper{"B5", Mm(176), Mm(250)} // ISO B5, as pdfcheck measures it
	Letter = Paper{"Letter", 612 * Point, 792 * Point}
)

// Papers lists the paper sizes by name.
var Papers = []Paper{A4, A5, B5, Letter}

// ParsePaper finds a paper size by name, ignoring case.
func ParsePaper(name string) (Paper, error) {
	for _, p := range Papers {
		if strings.EqualFold(p.Name, name) {
			return p, nil
		}
	}
	return Paper{}, message.New(unknownPaper, name)
}

// Margins are the distances from the page edges to the type area.
type Margins struct {
	Top, Right, Bottom, Left Unit
}

// DefaultMargins are 25 mm all round, with a deeper bottom margin that
// holds the official footer.
var DefaultMargins = Margins{Top: Mm(22), Right: Mm(22), Bottom: Mm(28), Left: Mm(22)}

// Preset is a set of type sizes chosen together: the reader's 字號 choice.
// The zero Preset is not usable; take one of Large, Medium, Small or
// ParsePreset.
type Preset struct {
	Name    string // "大", "中" or "小"
	Body    Unit   // body text
	Title   Unit   // article title
	Heading Unit   // ## headings
	Sub     Unit   // ### and lower headings
	Meta    Unit   // source and date line, captions
	Footer  Unit   // official footer and page number
	// Pitch is the baseline grid: the distance between body baselines.
	Pitch Unit
	// Grid, when set, fixes the page to Grid.Lines lines of Grid.Chars
	// ideographs: the pitch and the character spacing are derived from the
	// type area, as official documents are set (see GBT9704).
	Grid struct{ Chars, Lines int }
	// Official sets the page as GB/T 9704 does: the page number as "— N —"
	// 7 mm below the type area, odd pages right and even pages left, and no
	// web-page footer fields or banner.
	Official bool
}

// The three presets of the article page's 字號 selector: 四號, 小四 and 五號
// body text, with titles and headings in proportion.
var (
	Large  = Preset{Name: "大", Body: Pt(14), Title: Pt(22), Heading: Pt(16), Sub: Pt(14), Meta: Pt(10.5), Footer: Pt(9), Pitch: Pt(24.5)}
	Medium = Preset{Name: "中", Body: Pt(12), Title: Pt(18), Heading: Pt(14), Sub: Pt(12), Meta: Pt(9), Footer: Pt(8), Pitch: Pt(21)}
	Small  = Preset{Name: "小", Body: Pt(10.5), Title: Pt(16), Heading: Pt(12), Sub: Pt(10.5), Meta: Pt(9), Footer: Pt(7.5), Pitch: Pt(18.5)}
)

// GBT9704 is the official-document preset of GB/T 9704-2012: 三號 (16 pt)
// body on a grid of 22 lines of 28 characters, 二號 (22 pt) title, headings
// at body size. Use it with GBT9704Margins on A4.
var GBT9704 = Preset{Name: "公文", Body: Pt(16), Title: Pt(22), Heading: Pt(16), Sub: Pt(16), Meta: Pt(14),
	Footer: Pt(14), Grid: struct{ Chars, Lines int }{28, 22}, Official: true}

// GBT9704Margins are the standard's margins: top 37 mm, binding (left)
// 28 mm, right 26 mm, bottom 35 mm, for a type area of 156 × 225 mm.
var GBT9704Margins = Margins{Top: Mm(37), Right: Mm(26), Bottom: Mm(35), Left: Mm(28)}

// ParsePreset accepts 大/中/小, their simplified forms and large/medium/small.
func ParsePreset(name string) (Preset, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "大", "large", "l":
		return Large, nil
	case "中", "medium", "m", "":
		return Medium, nil
	case "小", "small", "s":
		return Small, nil
	case "公文", "gbt9704", "gb/t9704":
		return GBT9704, nil
	}
	return Preset{}, message.New(unknownSize, name)
}

// Footer is what is printed at the foot of every page: the organisation's
// official fields, each kept whole on one line, and the page number.
type Footer struct {
	// Fields are printed in order, labelled ("主辦單位：…") when Label is set.
	Fields []FooterField
	// Banner is an optional line printed at the head of every page.
	Banner string
	// NoPageNumber leaves out "第 N 頁／共 M 頁".
	NoPageNumber bool
}

// FooterField is one footer entry.
type FooterField struct {
	Label, Value string
}

// ImageSizer tells the pixel size of an image file named in an article.
// Layout never reads files; the caller supplies this.
type ImageSizer interface {
	ImageSize(path string) (width, height int, err error)
}

// Options control a layout. The zero value lays out Medium on A4 with the
// default margins, Traditional conventions and no footer.
type Options struct {
	Paper   Paper   // zero: A4
	Margins Margins // zero: DefaultMargins
	Preset  Preset  // zero: Medium
	Footer  Footer
	// Simplified selects zh-Hans labels ("第 1 页／共 3 页"); layout's
	// fonts come from the Fonts given to Layout.
	Simplified bool
	// Images sizes figures; nil treats every figure as missing.
	Images ImageSizer
	// Compression of full-width punctuation (compress.go); the zero value
	// compresses Simplified text only.
	Compression Compression
	// KeepHalfWidth prints ASCII , : ; ! ? between Chinese characters as
	// typed; by default they get full-width glyphs (see punctuation.go).
	KeepHalfWidth bool
	// Cache, when set, keeps paragraphs set by the previous layout of the
	// same article (see Cache).
	Cache *Cache

	// firstFit breaks lines greedily instead of by total fit: only the
	// benchmark that prices total fit sets it.
	firstFit bool
}

func (o Options) withDefaults() Options {
	if o.Paper.Width == 0 {
		o.Paper = A4
	}
	if o.Margins == (Margins{}) {
		o.Margins = DefaultMargins
	}
	if o.Preset.Body == 0 {
		o.Preset = Medium
	}
	return o
}
