package printing

import (
	"bytes"
	"fmt"
	"image"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/raster"
)

// Prepare makes the Document of job's layout doc with settings s: the PDF
// an export would write, encoded in memory, and the pages drawn by the
// preview renderer with the job's fonts and figures. It refuses what an
// export refuses (export.Job.Check: characters no font has unless allowed,
// pictures that cannot be used), so a printout is never what an export
// would not have been.
func Prepare(job *export.Job, doc *layout.Document, s export.Settings) (*Document, error) {
	if err := job.Check(doc, s); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := job.Encode(&buf, doc, s); err != nil {
		return nil, fmt.Errorf("making the PDF to print: %w", err)
	}
	figures := job.Figures(new(export.ImageCache))
	draw := func(n int, dpi float64) (image.Image, error) {
		if n < 1 || n > len(doc.Pages) {
			return nil, fmt.Errorf("page %d of %d", n, len(doc.Pages))
		}
		img, err := raster.Render(&doc.Pages[n-1], doc.Paper, dpi, raster.Options{Faces: job.Fonts, Images: figures})
		if img == nil {
			return nil, fmt.Errorf("drawing page %d: %w", n, err)
		}
		return img, nil // what could not be drawn was refused by Check above
	}
	return &Document{PDF: buf.Bytes(), Pages: len(doc.Pages), Paper: doc.Paper, Draw: draw}, nil
}
