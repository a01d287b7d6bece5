package importer

import "strconv"

// table reads a w:tbl: each row's cells, a cell's paragraphs joined by
// line breaks (shown as spaces in the table), merged cells as empty ones.
func (d *docxReader) table(t *xnode, rels map[string]relation) {
	b := block{kind: tableBlock, place: d.place + 1}
	for _, tr := range rowsOf(t) {
		var row [][]run
		for _, tc := range cellsOf(tr) {
			var cell []run
			for _, p := range blockKids(tc) {
				switch p.name {
				case "p":
					d.place++
					pb := d.paraBlock(p, rels)
					runs := trimRuns(pb.runs)
					if len(runs) == 0 {
						continue
					}
					if len(cell) > 0 {
						cell = append(cell, run{hardBreak: true})
					}
					cell = append(cell, runs...)
				case "tbl":
					d.doc.warn.add(d.place, &wNestedTable)
					cell = append(cell, run{text: " " + p.allText("t")})
				}
			}
			row = append(row, cell)
			span, _ := strconv.Atoi(tc.path("tcPr", "gridSpan").get("val"))
			for i := 1; i < span && i < 64; i++ {
				row = append(row, nil)
			}
		}
		b.rows = append(b.rows, row)
	}
	if len(b.rows) > 0 {
		d.doc.blocks = append(d.doc.blocks, b)
	}
}

// rowsOf and cellsOf find rows and cells, through content controls.
func rowsOf(t *xnode) []*xnode { return kidsThrough(t, "tr") }

func cellsOf(tr *xnode) []*xnode {
	return kidsThrough(tr, "tc")
}

// blockKids are the paragraphs and tables of a cell, through content
// controls and custom XML.
func blockKids(n *xnode) []*xnode {
	var out []*xnode
	for _, k := range n.kids {
		switch k.name {
		case "p", "tbl":
			out = append(out, k)
		case "sdt", "customXml", "sdtContent":
			out = append(out, blockKids(k)...)
		}
	}
	return out
}

func kidsThrough(n *xnode, name string) []*xnode {
	var out []*xnode
	for _, k := range n.kids {
		switch k.name {
		case name:
			out = append(out, k)
		case "sdt", "customXml":
			c := k
			if s := k.child("sdtContent"); s != nil {
				c = s
			}
			out = append(out, kidsThrough(c, name)...)
		}
	}
	return out
}
