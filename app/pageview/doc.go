// Package pageview is the editor's print preview: a Fyne widget that shows
// every page of a laid-out document (layout.Document) in one continuous
// vertical scroll, draws the pages it shows — and only those — off the UI
// goroutine, zooms, turns to the page holding a place in the article's
// source, marks the line being edited, and tells which character a click
// landed on.
//
// The View reads the document's geometry (pages, lines, glyphs with their
// source offsets) and asks its host for page pictures through a RenderFunc;
// it never lays anything out, reads no article and draws no glyph itself.
// It must not import the app package, the PDF writer or
// fyne.io/fyne/v2/app (its tests run on Fyne's test driver, without cgo).
//
// A host wires it as the editor would:
//
//	v := pageview.New()
//	box := pageview.NewPageBox(v) // "3 / 25", and a number to type
//	v.OnTapSource = func(src int) { body.SetCursor(src) }
//	// on each finished layout (on Fyne's goroutine):
//	v.SetDocument(doc, func(ctx context.Context, page int, dpi float64) (image.Image, error) {
//		if err := ctx.Err(); err != nil {
//			return nil, err // scrolled away or replaced already
//		}
//		return raster.Render(&doc.Pages[page], doc.Paper, dpi, raster.Options{Faces: lib, Images: job.Figures(&figures)})
//	})
//	v.MarkLine(cursor)   // the cursor's line: the mark follows into new layouts
//	v.ShowOffset(cursor) // after each SetDocument and cursor move, and for a
//	                     // Find or proofreading result: scrolls only if needed
package pageview
