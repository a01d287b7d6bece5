package layout

// Grey is the ink a line or rule prints in: 0 is black, 255 white (the
// paper). Both renderers, the PDF writer and the preview, draw with it and
// decide no colour of their own.
type Grey uint8

// The inks of a page: text in black; the running header and footer, the
// page number, the date and source line and captions in a dark grey, so
// that they stand back from the text; rules in a lighter grey.
const (
	InkText  Grey = 0
	InkMuted Grey = 64
	InkRule  Grey = 96
)

// inkOf is the ink of a line of kind k: the one home of which lines print
// grey.
func inkOf(k LineKind) Grey {
	switch k {
	case KindHeader, KindFooter, KindPageNo, KindMeta, KindCaption:
		return InkMuted
	}
	return InkText
}

// ink puts the ink on every line and rule of the document.
func (d *Document) ink() {
	for i := range d.Pages {
		p := &d.Pages[i]
		for j := range p.Lines {
			p.Lines[j].Ink = inkOf(p.Lines[j].Kind)
		}
		for j := range p.Rules {
			p.Rules[j].Ink = InkRule
		}
	}
}
