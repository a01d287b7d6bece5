package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"slices"
	"strconv"
)

// tidy rewrites gopdf's finished file as one clean revision, smaller and
// complete:
//
//   - streams gopdf leaves uncompressed (the pages' contents, the fonts'
//     ToUnicode maps) are Flate-compressed with z;
//   - each CID font's widths become a default width and ranges: gopdf lists
//     every glyph on its own, and nearly every glyph of a Chinese font is
//     one em wide;
//   - the document information becomes an object of its own with every
//     field of info (gopdf writes it into the trailer, without Keywords);
//   - each font's program becomes the subset in programs, by the font's
//     name: gopdf was given the subsets without outlines (addFaces);
//   - the cross-reference table is written anew.
//
// It relies on what gopdf writes: a classic cross-reference table that
// gives every object's offset, and objects in generation 0.
func tidy(in []byte, info Info, programs map[string]fontProgram, z *zlib.Writer) ([]byte, error) {
	offsets, xref, root, err := readXref(in)
	if err != nil {
		return nil, fmt.Errorf("rewriting the PDF: %w", err)
	}
	order := make([]int, 0, len(offsets))
	for n, off := range offsets {
		if off > 0 {
			order = append(order, n)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
	if len(order) == 0 {
		return nil, fmt.Errorf("rewriting the PDF: no objects")
	}

	object := func(i int) []byte {
		end := xref
		if i+1 < len(order) {
			end = offsets[order[i+1]]
		}
		return bytes.TrimRight(in[offsets[order[i]]:end], " \r\n")
	}
	// Which object holds which font's program, from the font descriptors.
	programAt := map[int]fontProgram{}
	for i := range order {
		obj := object(i)
		if !bytes.Contains(obj, []byte("/FontDescriptor")) {
			continue
		}
		m := descriptorRe.FindSubmatch(obj)
		if m == nil {
			continue
		}
		p, ok := programs[string(m[2])]
		if !ok {
			return nil, fmt.Errorf("rewriting the PDF: no font program for %s", m[2])
		}
		n, _ := strconv.Atoi(string(m[1]))
		programAt[n] = p
	}
	if len(programAt) != len(programs) {
		return nil, fmt.Errorf("rewriting the PDF: %d font programs for %d fonts", len(programs), len(programAt))
	}

	var out bytes.Buffer
	// The output is smaller than in: most of in is page contents, which
	// are compressed here.
	out.Grow(len(in) / 4)
	out.Write(in[:offsets[order[0]]]) // the header and its binary comment
	newOffsets := make([]int, len(offsets)+1)
	for i, n := range order {
		newOffsets[n] = out.Len()
		if p, ok := programAt[n]; ok {
			fmt.Fprintf(&out, "%d 0 obj\n<< /Length %d /Filter /FlateDecode /Length1 %d >>\nstream\n", n, len(p.packed), len(p.raw))
			out.Write(p.packed)
			out.WriteString("\nendstream\nendobj\n")
			continue
		}
		out.Write(tidyObject(object(i), z))
		out.WriteString("\n")
	}
	infoNum := len(offsets)
	newOffsets[infoNum] = out.Len()
	fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", infoNum, infoDict(info))

	start := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", infoNum+1)
	for n := 1; n <= infoNum; n++ {
		if newOffsets[n] == 0 {
			out.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&out, "%010d 00000 n \n", newOffsets[n])
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %s /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", infoNum+1, root, infoNum, start)
	return out.Bytes(), nil
}

var (
	startxrefRe = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	xrefHeadRe  = regexp.MustCompile(`^xref\s+0\s+(\d+)\s+`)
	rootRe      = regexp.MustCompile(`/Root\s+(\d+\s+\d+\s+R)`)
)

// readXref reads a classic cross-reference table: each object's offset by
// number (0 for a free entry), where the table starts, and the trailer's
// /Root reference.
func readXref(pdf []byte) (offsets []int, xref int, root string, err error) {
	m := startxrefRe.FindSubmatch(pdf[max(0, len(pdf)-64):])
	if m == nil {
		return nil, 0, "", fmt.Errorf("no startxref")
	}
	xref, _ = strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(pdf) {
		return nil, 0, "", fmt.Errorf("startxref %d out of range", xref)
	}
	table := pdf[xref:]
	h := xrefHeadRe.FindSubmatchIndex(table)
	if h == nil {
		return nil, 0, "", fmt.Errorf("no cross-reference table at %d", xref)
	}
	count, _ := strconv.Atoi(string(table[h[2]:h[3]]))
	rows := table[h[1]:]
	if len(rows) < 20*count {
		return nil, 0, "", fmt.Errorf("cross-reference table cut short")
	}
	offsets = make([]int, count)
	for i := range count {
		row := rows[20*i : 20*i+20]
		if row[17] == 'n' {
			offsets[i], _ = strconv.Atoi(string(row[:10]))
		}
	}
	r := rootRe.FindSubmatch(rows[20*count:])
	if r == nil {
		return nil, 0, "", fmt.Errorf("no /Root in the trailer")
	}
	return offsets, xref, string(r[1]), nil
}

// descriptorRe finds a font descriptor's program and font name, in the
// order gopdf writes them.
var descriptorRe = regexp.MustCompile(`/FontFile2\s+(\d+)\s+0\s+R[^>]*?/FontName\s*/(\S+)`)

var (
	plainStreamRe = regexp.MustCompile(`^(\d+ 0 obj)\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n`)
	widthsRe      = regexp.MustCompile(`/W\s*\[`)
	widthEntryRe  = regexp.MustCompile(`(\d+)\s*\[([\d\s.]*)\]`)
)

// tidyObject compresses an uncompressed stream with z and compacts a CID
// font's widths; other objects are returned as they are.
func tidyObject(obj []byte, z *zlib.Writer) []byte {
	if m := plainStreamRe.FindSubmatchIndex(obj); m != nil {
		n, _ := strconv.Atoi(string(obj[m[4]:m[5]]))
		data := obj[m[1]:]
		if n > len(data) {
			return obj
		}
		var packed bytes.Buffer
		z.Reset(&packed)
		z.Write(data[:n])
		z.Close()
		var b bytes.Buffer
		fmt.Fprintf(&b, "%s\n<< /Length %d /Filter /FlateDecode >>\nstream\n", obj[m[2]:m[3]], packed.Len())
		b.Write(packed.Bytes())
		b.WriteString("\nendstream\nendobj")
		return b.Bytes()
	}
	if bytes.Contains(obj, []byte("/CIDFontType2")) && !bytes.Contains(obj, []byte("/DW")) {
		return compactFontWidths(obj)
	}
	return obj
}

// compactFontWidths rewrites a CID font dictionary's /W array, which gopdf
// writes as "cid [w]" entries, as compactWidths does.
func compactFontWidths(obj []byte) []byte {
	loc := widthsRe.FindIndex(obj)
	if loc == nil {
		return obj
	}
	end := closingBracket(obj[loc[1]:])
	if end < 0 {
		return obj
	}
	widths := map[int]int{}
	for _, e := range widthEntryRe.FindAllSubmatch(obj[loc[1]:loc[1]+end], -1) {
		cid, _ := strconv.Atoi(string(e[1]))
		for i, f := range bytes.Fields(e[2]) {
			w, err := strconv.ParseFloat(string(f), 64)
			if err != nil {
				return obj
			}
			widths[cid+i] = int(w)
		}
	}
	var b bytes.Buffer
	b.Write(obj[:loc[0]])
	b.WriteString(compactWidths(widths))
	b.Write(obj[loc[1]+end+1:])
	return b.Bytes()
}

// closingBracket is the index in b of the "]" that closes an array whose
// "[" comes just before b, nested arrays counted; -1 if it is not there.
func closingBracket(b []byte) int {
	depth := 1
	for i, c := range b {
		switch c {
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// compactWidths writes a CID font's widths as /DW, the most common width,
// and a /W array of ranges "first last width" for the other glyphs.
func compactWidths(widths map[int]int) string {
	count := map[int]int{}
	cids := make([]int, 0, len(widths))
	for cid, w := range widths {
		count[w]++
		cids = append(cids, cid)
	}
	slices.Sort(cids)
	dw, most := 1000, 0
	for w, n := range count {
		if n > most || n == most && w < dw {
			dw, most = w, n
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "/DW %d\n/W [", dw)
	for i := 0; i < len(cids); {
		w := widths[cids[i]]
		j := i + 1
		for j < len(cids) && cids[j] == cids[j-1]+1 && widths[cids[j]] == w {
			j++
		}
		if w != dw {
			fmt.Fprintf(&b, " %d %d %d", cids[i], cids[j-1], w)
		}
		i = j
	}
	b.WriteString(" ]")
	return b.String()
}

// infoDict is the document information dictionary with every field of
// info that is set.
func infoDict(info Info) string {
	var b bytes.Buffer
	b.WriteString("<<")
	for _, kv := range [][2]string{{"Title", info.Title}, {"Author", info.Author}, {"Subject", info.Subject},
		{"Keywords", info.Keywords}, {"Creator", info.Creator}, {"Producer", "Paiban (gopdf)"}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, " /%s %s", kv[0], textString(kv[1]))
		}
	}
	if !info.Created.IsZero() {
		fmt.Fprintf(&b, " /CreationDate (D:%s)", info.Created.Format("20060102150405Z0700"))
	}
	b.WriteString(" >>")
	return b.String()
}
