package pdf

import (
	"bytes"
	"fmt"
	"slices"
)

// xref is what a file's cross-reference table and trailer say.
type xref struct {
	// at is where the table begins: the "xref" keyword.
	at int
	// objects holds, by object number, where each object in use begins
	// and its generation; an offset of 0 marks a free or absent entry.
	objects []xrefEntry
	// trailer is the trailer dictionary.
	trailer value
}

// xrefEntry is one object's entry in a cross-reference table.
type xrefEntry struct{ offset, gen int }

// readXref reads the cross-reference table that startxref, at the end of
// src, points to, and the trailer after it. It reads a classic table (7.5.4)
// in one or more subsections, its rows separated by any white space; it
// refuses what it cannot rewrite as it stands: a cross-reference stream, a
// file updated incrementally (/Prev) or encrypted.
func readXref(src []byte) (xref, error) {
	kw := bytes.LastIndex(src, []byte("startxref"))
	if kw < 0 {
		return xref{}, fmt.Errorf("no startxref")
	}
	p := parser{src: src, pos: kw + len("startxref")}
	at, ok := parseInt(p.token())
	if !ok || at <= 0 || at >= len(src) {
		return xref{}, fmt.Errorf("startxref: no offset within the file")
	}
	x := xref{at: at}
	p.pos = at
	if tok := p.token(); string(tok) != "xref" {
		if _, ok := parseInt(tok); ok {
			return xref{}, fmt.Errorf("startxref %d: a cross-reference stream; only a classic table is read", at)
		}
		return xref{}, fmt.Errorf("startxref %d: no cross-reference table there", at)
	}
	for {
		tok := p.token()
		if string(tok) == "trailer" {
			break
		}
		first, ok1 := parseInt(tok)
		count, ok2 := parseInt(p.token())
		// Each row takes more than one byte: a count beyond the file's
		// size is damage, not a table to make room for.
		if !ok1 || !ok2 || first < 0 || count < 0 || first+count > len(src) {
			return xref{}, fmt.Errorf("cross-reference table at %d: %w", at, p.errorf("no subsection header"))
		}
		if n := first + count; n > len(x.objects) {
			x.objects = append(x.objects, make([]xrefEntry, n-len(x.objects))...)
		}
		for i := range count {
			offset, ok1 := parseInt(p.token())
			gen, ok2 := parseInt(p.token())
			state := string(p.token())
			if !ok1 || !ok2 || state != "n" && state != "f" {
				return xref{}, fmt.Errorf("cross-reference table at %d: %w", at, p.errorf("entry %d is not \"offset generation n|f\"", first+i))
			}
			if state == "n" {
				x.objects[first+i] = xrefEntry{offset: offset, gen: gen}
			} else {
				x.objects[first+i] = xrefEntry{}
			}
		}
	}
	trailer, err := p.value(0)
	if err != nil {
		return xref{}, fmt.Errorf("trailer: %w", err)
	}
	if trailer.kind != kindDict {
		return xref{}, fmt.Errorf("trailer: no dictionary")
	}
	for _, key := range []string{"Prev", "XRefStm", "Encrypt"} {
		if _, ok := trailer.get(key); ok {
			return xref{}, fmt.Errorf("trailer: /%s: only a single, unencrypted revision with a classic table is read", key)
		}
	}
	if root, ok := trailer.get("Root"); !ok || root.kind != kindRef {
		return xref{}, fmt.Errorf("trailer: no /Root reference")
	}
	x.trailer = trailer
	for n, e := range x.objects {
		if e.offset < 0 || e.offset >= at && e.offset != 0 {
			return xref{}, fmt.Errorf("cross-reference table: object %d at %d, outside the objects", n, e.offset)
		}
	}
	return x, nil
}

// readObjects parses every object the cross-reference table lists, in the
// order they come in the file.
func readObjects(in []byte, x xref) ([]indirect, error) {
	order := make([]int, 0, len(x.objects))
	for n, e := range x.objects {
		if n > 0 && e.offset > 0 {
			order = append(order, n)
		}
	}
	if len(order) == 0 {
		return nil, fmt.Errorf("no objects")
	}
	slices.SortFunc(order, func(a, b int) int { return x.objects[a].offset - x.objects[b].offset })
	p := parser{src: in, length: func(ref *value) (int, error) { return readLength(in, x, ref) }}
	objs := make([]indirect, len(order))
	for i, n := range order {
		e := x.objects[n]
		o, err := p.indirect(e.offset)
		if err != nil {
			return nil, fmt.Errorf("object %d: %w", n, err)
		}
		if o.num != n || o.gen != e.gen {
			return nil, fmt.Errorf("the cross-reference table puts object %d %d at %d, where object %d %d begins", n, e.gen, e.offset, o.num, o.gen)
		}
		if i+1 < len(order) && o.end > x.objects[order[i+1]].offset || o.end > x.at {
			return nil, fmt.Errorf("object %d at %d runs into the next object", n, e.offset)
		}
		objs[i] = o
	}
	return objs, nil
}

// readLength reads a stream's length kept in an object of its own: an
// integer, "num gen obj n endobj".
func readLength(in []byte, x xref, ref *value) (int, error) {
	if ref.num >= len(x.objects) || x.objects[ref.num].offset == 0 || x.objects[ref.num].gen != ref.gen {
		return 0, fmt.Errorf("no such object")
	}
	// A parser without lengths: the object is to be an integer, not a
	// stream with a length of its own to look up.
	p := parser{src: in}
	o, err := p.indirect(x.objects[ref.num].offset)
	if err != nil {
		return 0, err
	}
	if o.num != ref.num || o.value.kind != kindInt || o.stream {
		return 0, fmt.Errorf("object %d is no integer", ref.num)
	}
	return o.value.num, nil
}
