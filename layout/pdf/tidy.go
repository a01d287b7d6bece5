package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"slices"
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
// It reads the file with a parser of PDF's object syntax (syntax.go), not
// by gopdf's exact bytes: what it needs is a classic cross-reference table
// (xref.go) that gives every object's offset; the objects' dictionaries
// may have their keys in any order, other keys besides, and any white
// space. Objects are written in the order they come in the file, and what
// tidy does not change is copied byte for byte.
func tidy(in []byte, info Info, programs map[string]fontProgram, z *zlib.Writer) ([]byte, error) {
	out, err := rewrite(in, info, programs, z)
	if err != nil {
		return nil, fmt.Errorf("rewriting the PDF: %w", err)
	}
	return out, nil
}

// rewrite is tidy, its errors without their context.
func rewrite(in []byte, info Info, programs map[string]fontProgram, z *zlib.Writer) ([]byte, error) {
	x, err := readXref(in)
	if err != nil {
		return nil, err
	}
	objs, err := readObjects(in, x)
	if err != nil {
		return nil, err
	}
	programAt, err := fontPrograms(objs, programs)
	if err != nil {
		return nil, err
	}

	var out bytes.Buffer
	// The output is smaller than in: most of in is page contents, which
	// are compressed here.
	out.Grow(len(in) / 4)
	out.Write(in[:objs[0].start]) // the header and its binary comment
	// The information takes the first number past the table's.
	infoNum := len(x.objects)
	newOffsets := make([]int, infoNum+1)
	gens := make([]int, infoNum+1)
	var scratch bytes.Buffer
	for i := range objs {
		o := &objs[i]
		newOffsets[o.num], gens[o.num] = out.Len(), o.gen
		if p, ok := programAt[o.num]; ok {
			fmt.Fprintf(&out, "%d %d obj\n<< /Length %d /Filter /FlateDecode /Length1 %d >>\nstream\n", o.num, o.gen, len(p.packed), len(p.raw))
			out.Write(p.packed)
			out.WriteString("\nendstream\nendobj\n")
			continue
		}
		tidyObject(&out, &scratch, in, o, z)
		out.WriteString("\n")
	}
	newOffsets[infoNum] = out.Len()
	fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", infoNum, infoDict(info))

	start := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", infoNum+1)
	for n := 1; n <= infoNum; n++ {
		if newOffsets[n] == 0 {
			out.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&out, "%010d %05d n \n", newOffsets[n], gens[n])
	}
	root, _ := x.trailer.get("Root")
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d %d R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", infoNum+1, root.num, root.gen, infoNum, start)
	return out.Bytes(), nil
}

// fontPrograms finds, from the font descriptors, which object holds which
// font's program: /FontFile2 in the descriptor whose /FontName is the
// font's name. Every font in programs must have one.
func fontPrograms(objs []indirect, programs map[string]fontProgram) (map[int]fontProgram, error) {
	at := map[int]fontProgram{}
	for i := range objs {
		d := &objs[i].value
		if t, ok := d.get("Type"); !ok || !t.isName("FontDescriptor") {
			continue
		}
		file, ok := d.get("FontFile2")
		if !ok {
			continue
		}
		name, ok := d.get("FontName")
		if !ok || name.kind != kindName || file.kind != kindRef {
			return nil, fmt.Errorf("font descriptor %d: no /FontName and /FontFile2 reference", objs[i].num)
		}
		p, ok := programs[name.name]
		if !ok {
			return nil, fmt.Errorf("no font program for %s", name.name)
		}
		at[file.num] = p
	}
	if len(at) != len(programs) {
		return nil, fmt.Errorf("%d font programs for %d fonts", len(programs), len(at))
	}
	for n := range at {
		if !slices.ContainsFunc(objs, func(o indirect) bool { return o.num == n }) {
			return nil, fmt.Errorf("a font descriptor's /FontFile2, object %d, is no object of the file", n)
		}
	}
	return at, nil
}

// tidyObject writes o to out: an uncompressed stream compressed with z
// (through scratch), a CID font's widths compacted, any other object as it
// is. A stream's dictionary keeps its other keys, after /Length and
// /Filter; a stream with /DecodeParms but no /Filter, or with its data in
// a file of its own (/F), is left alone.
func tidyObject(out, scratch *bytes.Buffer, in []byte, o *indirect, z *zlib.Writer) {
	d := &o.value
	if o.stream {
		if d.find("Filter") != nil || d.find("DecodeParms") != nil || d.find("F") != nil {
			out.Write(in[o.start:o.end])
			return
		}
		scratch.Reset()
		z.Reset(scratch)
		z.Write(in[o.dataStart:o.dataEnd])
		z.Close()
		fmt.Fprintf(out, "%d %d obj\n<< /Length %d /Filter /FlateDecode", o.num, o.gen, scratch.Len())
		for _, e := range d.entries {
			if e.key != "Length" {
				out.WriteByte(' ')
				out.Write(in[e.keyStart:e.value.end])
			}
		}
		out.WriteString(" >>\nstream\n")
		out.Write(scratch.Bytes())
		out.WriteString("\nendstream\nendobj")
		return
	}
	if t, ok := d.get("Subtype"); ok && t.isName("CIDFontType2") {
		if _, ok := d.get("DW"); !ok {
			if e := d.find("W"); e != nil {
				if widths, ok := cidWidths(in, &e.value); ok {
					out.Write(in[o.start:e.keyStart])
					out.WriteString(compactWidths(widths))
					out.Write(in[e.value.end:o.end])
					return
				}
			}
		}
	}
	out.Write(in[o.start:o.end])
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
