package importer

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paiban/paiban/message"
)

// docxReader reads one .docx package into a document.
type docxReader struct {
	pkg       *docxPackage
	opt       Options
	styles    docxStyles
	numbering *docxNumbering
	rels      map[string]relation
	notes     map[string]*xnode // footnotes and endnotes by "f"+id / "e"+id
	noteRels  map[string]map[string]relation
	noteNum   map[string]int
	pictures  map[string]string // part name → picture name
	picBytes  int64
	doc       *document
	place     int   // the paragraph being read
	dropCap   []run // a drop cap waiting for its paragraph
	// A complex field being read: inside its instructions, or showing a
	// hyperlink's result.
	fields []docxField
}

type docxField struct {
	instr     strings.Builder
	separated bool
	link      string
}

// readDocx reads a .docx (Word, WPS, LibreOffice).
func readDocx(data []byte, opt Options) (*document, error) {
	pkg, err := openPackage(data)
	if err != nil {
		return nil, err
	}
	main := "word/document.xml"
	top, err := pkg.rels("")
	if err != nil {
		return nil, err
	}
	for _, r := range top {
		if r.kind == "officeDocument" && !r.external {
			main = r.target
		}
	}
	body, err := pkg.xml(main)
	if err != nil {
		return nil, err
	}
	if body == nil {
		return nil, message.New(notDocx, message.Text{"it has no document part", "沒有文件內容部分", "没有文档内容部分"})
	}
	d := &docxReader{pkg: pkg, opt: opt, doc: &document{}, noteNum: map[string]int{}, pictures: map[string]string{}, notes: map[string]*xnode{}, noteRels: map[string]map[string]relation{}}
	if d.rels, err = pkg.rels(main); err != nil {
		return nil, err
	}
	for _, r := range d.rels {
		if r.external {
			continue
		}
		switch r.kind {
		case "styles":
			n, err := pkg.xml(r.target)
			if err != nil {
				return nil, err
			}
			d.styles = readStyles(n)
		case "numbering":
			n, err := pkg.xml(r.target)
			if err != nil {
				return nil, err
			}
			d.numbering = readNumbering(n)
		case "footnotes", "endnotes":
			if err := d.readNotes(r); err != nil {
				return nil, err
			}
		}
	}
	if d.styles == nil {
		d.styles = docxStyles{}
	}
	if d.numbering == nil {
		d.numbering = readNumbering(nil)
	}
	if err := d.readProperties(top); err != nil {
		return nil, err
	}
	if b := body.descendant("body"); b != nil {
		d.blocks(b, d.rels)
	}
	return d.doc, nil
}

// readNotes keeps the footnotes or endnotes of a part, by id.
func (d *docxReader) readNotes(r relation) error {
	n, err := d.pkg.xml(r.target)
	if err != nil || n == nil {
		return err
	}
	rels, err := d.pkg.rels(r.target)
	if err != nil {
		return err
	}
	prefix := r.kind[:1]
	d.noteRels[prefix] = rels
	n.find(func(k *xnode) bool {
		if k.name == "footnote" || k.name == "endnote" {
			if t := k.get("type"); t == "" || t == "normal" {
				d.notes[prefix+k.get("id")] = k
			}
			return false
		}
		return true
	})
	return nil
}

// readProperties takes the title, the author and the created date from
// docProps/core.xml. A machine's default author is no author.
func (d *docxReader) readProperties(top map[string]relation) error {
	part := "docProps/core.xml"
	for _, r := range top {
		if r.kind == "core-properties" && !r.external {
			part = r.target
		}
	}
	n, err := d.pkg.xml(part)
	if err != nil || n == nil {
		return err
	}
	m := &d.doc.meta
	if t := n.descendant("title"); t != nil && !defaultTitle(t.text) {
		m.title = strings.TrimSpace(t.text)
	}
	if c := n.descendant("creator"); c != nil && !defaultAuthor(c.text) {
		m.author = strings.TrimSpace(c.text)
	}
	if c := n.descendant("created"); c != nil {
		if t, err := time.Parse(time.RFC3339, strings.TrimSpace(c.text)); err == nil && t.Year() > 1990 {
			m.date = t.In(time.FixedZone("CST", 8*3600)).Format("2006-01-02")
		}
	}
	return nil
}

var untitled = regexp.MustCompile(`(?i)^(?:document|doc|文档|文件|文檔|新建|新增|未命名|无标题|無標題|untitled)\s*\d*$|microsoft word|wps 文字|wps文字`)

// defaultTitle reports whether a document's title property is what Word
// or WPS gave a new document (新建 Microsoft Word 文档, Document1), not
// the article's.
func defaultTitle(t string) bool {
	t = strings.TrimSpace(t)
	return t == "" || untitled.MatchString(t)
}

// defaultAuthor reports whether name is what programs and machines put as
// a document's author when nobody typed one.
func defaultAuthor(name string) bool {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "python-docx", "administrator", "admin", "user", "owner", "author", "unknown", "microsoft office user",
		"windows user", "windows 用户", "windows 使用者", "微软用户", "微軟使用者", "dell", "lenovo", "hp", "pc", "sky123.org", "系统管理员", "系統管理員":
		return true
	}
	return false
}

// blocks reads the block-level content of a body, a cell or a note.
func (d *docxReader) blocks(parent *xnode, rels map[string]relation) {
	for _, n := range parent.kids {
		switch n.name {
		case "p":
			d.paragraph(n, rels)
		case "tbl":
			d.table(n, rels)
		case "sdt":
			if c := n.child("sdtContent"); c != nil {
				d.blocks(c, rels)
			}
		case "customXml", "ins", "moveTo":
			d.blocks(n, rels)
		case "altChunk":
			d.doc.warn.add(d.place, &wAltChunk)
		}
	}
}

// paragraph reads a w:p. A drop cap — the first letter of the next
// paragraph, framed apart — goes back to the start of that paragraph.
func (d *docxReader) paragraph(p *xnode, rels map[string]relation) {
	d.place++
	b := d.paraBlock(p, rels)
	if dc := p.path("pPr", "framePr").get("dropCap"); dc != "" && dc != "none" {
		d.dropCap = append(d.dropCap, b.runs...)
		return
	}
	if len(d.dropCap) > 0 {
		b.runs = append(d.dropCap, b.runs...)
		d.dropCap = nil
	}
	d.doc.blocks = append(d.doc.blocks, b)
}

// paraBlock reads a w:p into a block: its runs, how its style and its
// properties set it, and its numbering.
func (d *docxReader) paraBlock(p *xnode, rels map[string]relation) block {
	ppr := p.child("pPr")
	style := ppr.child("pStyle").get("val")
	b := block{kind: paraBlock, place: d.place}
	level, title, subtitle := d.styles.role(style)
	// An outline level set on the paragraph itself makes a heading of a
	// short line only: Word lets any paragraph have one.
	if o := ppr.child("outlineLvl"); o != nil {
		if v, err := strconv.Atoi(o.get("val")); err == nil && v >= 0 && v < 9 && utf8.RuneCountInString(strings.TrimSpace(p.allText("t"))) <= maxHeadingRunes {
			level = v + 1
		}
	}
	b.titleStyle, b.subtitleStyle = title, subtitle
	if level > 0 {
		b.kind, b.level = headingBlock, level
	}
	if jc := ppr.child("jc"); jc != nil {
		b.centred = jc.get("val") == "center"
	} else {
		b.centred = d.styles.flag(style, func(s *docxStyle) *bool { return s.centred })
	}
	if dc := ppr.path("framePr").get("dropCap"); ppr.child("framePr") != nil && (dc == "" || dc == "none") {
		d.doc.warn.add(d.place, &wFrame)
	}
	b.runs = d.inlines(p, rels, style, runStyle{})
	b.allBold = allBold(b.runs)

	numID, ilvl := ppr.path("numPr", "numId").get("val"), ppr.path("numPr", "ilvl").get("val")
	if numID == "" {
		numID, ilvl = d.styles.numbering(style)
	}
	if numID != "" {
		d.number(&b, numID, ilvl)
	}
	return b
}

// number makes a numbered paragraph a list item, or writes its label
// before its text when Markdown has no such list (一、 （一） a)).
func (d *docxReader) number(b *block, numID, ilvl string) {
	lv, depth, n, label, ok := d.numbering.next(numID, ilvl)
	if !ok {
		return
	}
	switch {
	case b.kind == paraBlock && lv.format == "bullet":
		b.kind, b.level = itemBlock, depth
	case b.kind == paraBlock && lv.format == "decimal" && (lv.text == "%"+strconv.Itoa(depth+1)+"." || lv.text == "%"+strconv.Itoa(depth+1)+")"):
		b.kind, b.level, b.ordered, b.number = itemBlock, depth, true, n
	case lv.format != "bullet" && label != "":
		b.runs = append([]run{{text: label + " ", bold: b.allBold}}, b.runs...)
	}
}

func allBold(runs []run) bool {
	seen := false
	for _, r := range runs {
		if strings.TrimFunc(r.text, blank) == "" {
			continue
		}
		if !r.bold {
			return false
		}
		seen = true
	}
	return seen
}

// runStyle is what encloses runs: a hyperlink.
type runStyle struct {
	link string
}

// inlines reads the runs of a paragraph or of what groups runs in it.
func (d *docxReader) inlines(parent *xnode, rels map[string]relation, pstyle string, rs runStyle) []run {
	var out []run
	for _, n := range parent.kids {
		switch n.name {
		case "r":
			out = append(out, d.run(n, rels, pstyle, rs)...)
		case "hyperlink":
			inner := rs
			if r, ok := rels[n.get("r:id")]; ok && r.external {
				inner.link = r.target
			}
			out = append(out, d.inlines(n, rels, pstyle, inner)...)
		case "ins", "moveTo", "smartTag", "customXml", "bdo", "dir":
			out = append(out, d.inlines(n, rels, pstyle, rs)...)
		case "sdt":
			if c := n.child("sdtContent"); c != nil {
				out = append(out, d.inlines(c, rels, pstyle, rs)...)
			}
		case "fldSimple":
			inner := rs
			if u := hyperlinkField(n.get("instr")); u != "" {
				inner.link = u
			}
			out = append(out, d.inlines(n, rels, pstyle, inner)...)
		case "oMath", "oMathPara":
			d.doc.warn.add(d.place, &wEquation)
			out = append(out, run{text: n.allText("t")})
		case "commentRangeStart":
			d.doc.warn.add(d.place, &wComments)
		}
	}
	return out
}

var hyperlinkInstr = regexp.MustCompile(`^\s*HYPERLINK\s+"([^"]*)"`)

// hyperlinkField is the target of a HYPERLINK field, "" for another field
// or a link inside the document (\l).
func hyperlinkField(instr string) string {
	m := hyperlinkInstr.FindStringSubmatch(instr)
	if m == nil || strings.Contains(instr, `\l`) {
		return ""
	}
	return m[1]
}

// run reads a w:r: its text, breaks, pictures and note marks, as its
// properties and its styles set them. The instructions of fields are
// left out: a field shows its result.
func (d *docxReader) run(r *xnode, rels map[string]relation, pstyle string, rs runStyle) []run {
	rpr := r.child("rPr")
	cstyle := rpr.child("rStyle").get("val")
	prop := func(name string, get func(*docxStyle) *bool) bool {
		if n := rpr.child(name); n != nil {
			return on(n)
		}
		if cstyle != "" {
			found, v := false, false
			d.styles.chain(cstyle, func(s *docxStyle) bool {
				if p := get(s); p != nil {
					found, v = true, *p
				}
				return found
			})
			if found {
				return v
			}
		}
		return d.styles.flag(pstyle, get)
	}
	// Hidden text: Word neither shows nor prints it.
	hidden := on(rpr.child("vanish")) || on(rpr.child("webHidden"))
	base := run{bold: prop("b", func(s *docxStyle) *bool { return s.bold }), italic: prop("i", func(s *docxStyle) *bool { return s.italic }), link: rs.link}
	d.runWarnings(rpr)
	var out []run
	add := func(x run) {
		if hidden {
			return
		}
		if len(d.fields) > 0 {
			f := &d.fields[len(d.fields)-1]
			if !f.separated {
				return // the field's instructions, not its result
			}
			if f.link != "" && x.link == "" {
				x.link = f.link
			}
		}
		out = append(out, x)
	}
	for _, k := range r.kids {
		x := base
		switch k.name {
		case "t":
			x.text = k.text
			add(x)
		case "tab", "ptab":
			x.text = "\t"
			add(x)
		case "br", "cr":
			if t := k.get("type"); t == "page" || t == "column" {
				continue
			}
			x.hardBreak = true
			add(x)
		case "noBreakHyphen":
			x.text = "-"
			add(x)
		case "sym":
			d.doc.warn.add(d.place, &wSymbol)
		case "drawing", "pict", "object":
			for _, pic := range d.pictureRuns(k, rels) {
				pic.link = x.link
				add(pic)
			}
		case "footnoteReference", "endnoteReference":
			x.note = d.noteNumber(k.name[:1] + k.get("id"))
			if x.note > 0 {
				add(x)
			}
		case "fldChar":
			switch k.get("fldCharType") {
			case "begin":
				d.fields = append(d.fields, docxField{})
			case "separate":
				if len(d.fields) > 0 {
					f := &d.fields[len(d.fields)-1]
					f.separated = true
					f.link = hyperlinkField(f.instr.String())
				}
			case "end":
				if len(d.fields) > 0 {
					d.fields = d.fields[:len(d.fields)-1]
				}
			}
		case "instrText":
			if len(d.fields) > 0 && d.fields[len(d.fields)-1].instr.Len() < 4096 {
				d.fields[len(d.fields)-1].instr.WriteString(k.text)
			}
		}
	}
	return out
}

// runWarnings notes the formatting of a run that an article cannot carry:
// colours, highlighting, underlining, strikethrough.
func (d *docxReader) runWarnings(rpr *xnode) {
	if rpr == nil {
		return
	}
	if c := rpr.child("color"); c != nil {
		if v := strings.ToLower(c.get("val")); v != "" && v != "auto" && v != "000000" {
			d.doc.warn.add(d.place, &wColour)
		}
	}
	if h := rpr.child("highlight"); h != nil && h.get("val") != "none" {
		d.doc.warn.add(d.place, &wHighlight)
	}
	if s := rpr.child("shd"); s != nil {
		if f := strings.ToLower(s.get("fill")); f != "" && f != "auto" && f != "ffffff" {
			d.doc.warn.add(d.place, &wHighlight)
		}
	}
	if u := rpr.child("u"); u != nil && u.get("val") != "none" && rpr.child("rStyle").get("val") != "Hyperlink" {
		d.doc.warn.add(d.place, &wUnderline)
	}
	if on(rpr.child("strike")) || on(rpr.child("dstrike")) {
		d.doc.warn.add(d.place, &wStrike)
	}
}

// noteNumber is the number of the note key ("f3" for footnote 3), given
// in the order the text refers to them; 0 when there is no such note.
func (d *docxReader) noteNumber(key string) int {
	if n, ok := d.noteNum[key]; ok {
		return n
	}
	note := d.notes[key]
	if note == nil {
		return 0
	}
	n := len(d.doc.notes) + 1
	d.noteNum[key] = n
	d.doc.notes = append(d.doc.notes, nil)
	// A note's paragraphs, one after another; its own mark left out.
	var runs []run
	rels := d.noteRels[key[:1]]
	for i, p := range note.kids {
		if p.name != "p" {
			continue
		}
		if i > 0 && len(runs) > 0 {
			runs = append(runs, run{text: " "})
		}
		runs = append(runs, d.inlines(p, rels, p.path("pPr", "pStyle").get("val"), runStyle{})...)
	}
	d.doc.notes[n-1] = runs
	return n
}

// The warnings of the .docx reader.
var (
	wComments      = message.Text{"comments are not carried over", "註解沒有匯入", "批注没有导入"}
	wAltChunk      = message.Text{"an embedded document is not carried over", "內嵌的文件沒有匯入", "嵌入的文档没有导入"}
	wFrame         = message.Text{"a framed paragraph is imported as an ordinary one", "框架中的段落以一般段落匯入", "图文框中的段落以普通段落导入"}
	wEquation      = message.Text{"an equation is imported as plain text", "方程式以純文字匯入", "公式以纯文本导入"}
	wSymbol        = message.Text{"a symbol character (Symbol or Wingdings font) is not carried over", "符號字元（Symbol 或 Wingdings 字型）沒有匯入", "符号字符（Symbol 或 Wingdings 字体）没有导入"}
	wColour        = message.Text{"text colours are not carried over", "文字顏色沒有匯入", "文字颜色没有导入"}
	wHighlight     = message.Text{"highlighting and shading are not carried over", "醒目提示與網底沒有匯入", "突出显示和底纹没有导入"}
	wUnderline     = message.Text{"underlining is not carried over", "底線沒有匯入", "下划线没有导入"}
	wStrike        = message.Text{"strikethrough is not carried over (the text is kept)", "刪除線沒有匯入（文字保留）", "删除线没有导入（文字保留）"}
	wTextBox       = message.Text{"a text box is not carried over: %q", "文字方塊沒有匯入：%q", "文本框没有导入：%q"}
	wChart         = message.Text{"a chart is not carried over", "圖表沒有匯入", "图表没有导入"}
	wObject        = message.Text{"an embedded object is not carried over", "內嵌物件沒有匯入", "嵌入对象没有导入"}
	wLinkedPicture = message.Text{"a linked picture (%s) is not in the document and is not carried over", "連結的圖片（%s）不在文件中，沒有匯入", "链接的图片（%s）不在文档中，没有导入"}
	wPictureUnread = message.Text{"the picture %s cannot be read and is left out", "圖片 %s 無法讀取，已略去", "图片 %s 无法读取，已略去"}
	wPictureFormat = message.Text{"the picture %s is in a format Paiban cannot print; convert it to PNG or JPEG", "圖片 %s 的格式無法列印，請轉成 PNG 或 JPEG", "图片 %s 的格式无法打印，请转成 PNG 或 JPEG"}
	wNestedTable   = message.Text{"a table inside a table is imported as text", "表格中的表格以文字匯入", "表格中的表格以文字导入"}
)
