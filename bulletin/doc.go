// Package bulletin reads and writes a bulletin file: the YAML file that
// names a bulletin's issue (簡報, 工作動態) — its masthead, its articles in
// order and its distribution — for `paiban bulletin` and the editor's
// bulletin pane. Every fault in a file is reported at its place,
// FILE:LINE:COL, in the three languages (package message), an article
// that cannot be read at the line that names it.
//
// The package is plain data and file I/O: it reads files through
// internal/userfile and writes them through internal/atomicfile, and must
// not import layout, fonts, pdf or any UI package.
package bulletin
