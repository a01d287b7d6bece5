package importer

// run is a stretch of text with one style. A run with an image is a
// picture in the text; a run with note > 0 is the mark of note number note.
type run struct {
	text         string
	bold, italic bool
	link         string // the target of a hyperlink, "" for none
	image        *picture
	note         int
	hardBreak    bool // a line break kept inside the paragraph
}

// picture is an image the article refers to.
type picture struct {
	name string // the file name under Options.ImageDir
	alt  string
}

type blockKind int

const (
	paraBlock blockKind = iota
	headingBlock
	itemBlock
	tableBlock
	ruleBlock
)

// block is one paragraph-level piece of the document.
type block struct {
	kind  blockKind
	level int // a heading's level (1 is the topmost below the title), an item's depth from 0
	// ordered items carry their number; others are bullets.
	ordered bool
	number  int
	runs    []run
	rows    [][][]run // a table's rows of cells
	// What the readers know about how the paragraph was set, for the
	// rules in shape.go: centred, every letter bold, a title or subtitle
	// style, set apart as a heading by its style (headingBlock then).
	centred, allBold bool
	titleStyle       bool
	subtitleStyle    bool
	place            int // the paragraph's number in the source, from 1, for warnings
}

// document is what a reader makes of its file.
type document struct {
	meta   meta
	blocks []block
	notes  [][]run // note n is notes[n-1]
	images []Image
	warn   warnings
}

// meta is the front matter the readers find: from the document's
// properties and from the dateline.
type meta struct {
	title, subtitle, source, author string
	date                            string // as the front matter takes it: 2006-01-02 or 2006-01-02 15:04
}

// text is the plain text of runs.
func text(runs []run) string {
	n := 0
	for _, r := range runs {
		n += len(r.text)
	}
	b := make([]byte, 0, n)
	for _, r := range runs {
		b = append(b, r.text...)
	}
	return string(b)
}
