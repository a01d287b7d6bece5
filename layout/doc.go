// Package layout turns an article into fully positioned pages: the one
// layout that both the PDF writer and the screen preview draw, so that a line
// or page break seen on screen is the one on paper.
//
// Geometry: one fixed-point Unit (a thousandth of a point); the origin is the
// top-left corner of the page; x grows to the right and y grows downward; a
// glyph run's Y is its baseline.
//
//	(0,0) ┌──────────────────────────── page ─┐
//	      │  margin.Top                        │
//	      │   ┌──────── type area ────────┐    │
//	      │   │ title (centred)           │    │
//	      │   │ source · date             │    │
//	      │   │　　body lines on the grid  │    │
//	      │   └───────────────────────────┘    │
//	      │   footer (in the bottom margin)    │
//	      └────────────────────────────────────┘
//
// Inside, a paragraph becomes a list of boxes, glue and penalties (items.go);
// the Chinese rules — 禁則 (kinsoku.go), units that must stay together
// (together.go) and Han–Latin spacing (spacing.go) — decide which items are
// built, and one total-fit breaker (breaker.go) chooses the line breaks.
// The result holds no glue and no pending decisions. A paragraph too long
// to hold whole is set a window at a time (longpara.go); a title longer
// than a page runs on over pages (title.go); a table is fitted across the
// column by its type size, and printed in parts when it cannot be
// (tablefit.go).
//
// Layout is pure and total: it reads no files and never fails; a missing
// glyph, a missing image or an overfull line is a Problem on the result.
// This package must not import fonts, pdf, gopdf or any UI package.
package layout
