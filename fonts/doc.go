// Package fonts holds the typefaces Paiban prints with: the embedded Noto
// CJK faces, a light parser that reads only what layout needs from a font
// (the character map, advance widths and the em box), and the regional
// fallback chains that choose a face for every character.
//
// Parsing is deliberately shallow: a full parse of a 10 MB CJK font takes
// about 200 ms; finding its cmap and hmtx tables, which are then searched
// in place (cmap.go), about 1 ms, and layout needs nothing else. Faces are parsed on first use, so an article loads only the
// faces it needs.
//
// Fonts are untrusted input. A font file is read only if it is a regular
// file of at most MaxFontFile bytes (fontfile.go); every count and length
// a font gives is checked against its size before anything is allocated
// (tables.go, cmapfallback.go, outline.go, subset.go), so what a parse
// allocates is bounded by the file's size (fuzz_test.go measures it).
//
// This package must not import article, layout, pdf or any UI package; the
// layout sees it only through the small interface it declares itself.
package fonts
