package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/message"
)

// Bounds on a .docx package, against zip bombs: how many entries, how
// much they may unpack to together, and each XML part and picture alone.
const (
	maxEntries    = 10_000
	maxUnpacked   = 400 << 20
	maxXMLPart    = 64 << 20
	maxPicture    = 50 << 20
	maxAllPicture = 200 << 20
)

// docxPackage is an opened .docx (an OPC zip package).
type docxPackage struct {
	files    map[string]*zip.File
	unpacked int64 // bytes unpacked so far
}

func openPackage(data []byte) (*docxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, message.New(notDocx, err)
	}
	if len(zr.File) > maxEntries {
		return nil, message.New(tooManyEntries, len(zr.File), maxEntries)
	}
	p := &docxPackage{files: map[string]*zip.File{}}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		p.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	if total > maxUnpacked {
		return nil, message.New(tooBigUnpacked, userfile.Size(int64(min(total, 1<<62))), userfile.Size(maxUnpacked))
	}
	return p, nil
}

// read unpacks the part name, at most limit bytes; ok is false when the
// package has no such part.
func (p *docxPackage) read(name string, limit int64) (data []byte, ok bool, err error) {
	f := p.files[strings.TrimPrefix(name, "/")]
	if f == nil {
		return nil, false, nil
	}
	limit = min(limit, maxUnpacked-p.unpacked)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, true, message.New(partTooBig, name, userfile.Size(limit))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, true, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(rc, limit+1))
	p.unpacked += int64(len(data))
	if err != nil {
		return nil, true, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, true, message.New(partTooBig, name, userfile.Size(limit))
	}
	return data, true, nil
}

// xml reads and parses an XML part; nil without error when absent.
func (p *docxPackage) xml(name string) (*xnode, error) {
	data, ok, err := p.read(name, maxXMLPart)
	if err != nil || !ok {
		return nil, err
	}
	n, err := parseXML(data)
	switch {
	case errors.Is(err, errXMLTooMany):
		return nil, message.New(partTooMany, name, maxXMLNodes)
	case errors.Is(err, errXMLTooDeep):
		return nil, message.New(partTooDeep, name, maxXMLDepth)
	case err != nil:
		return nil, message.New(badPart, name, err)
	}
	return n, nil
}

// relation is one relationship of a part: its type's last word
// (officeDocument, image, hyperlink, footnotes…), its target and whether
// that is outside the package.
type relation struct {
	kind, target string
	external     bool
}

// rels reads the relationships of the part name, by id. Targets inside
// the package are resolved to part names.
func (p *docxPackage) rels(name string) (map[string]relation, error) {
	dir, file := path.Split(name)
	n, err := p.xml(dir + "_rels/" + file + ".rels")
	if err != nil || n == nil {
		return map[string]relation{}, err
	}
	out := map[string]relation{}
	n.find(func(k *xnode) bool {
		if k.name != "Relationship" {
			return true
		}
		typ := k.get("Type")
		r := relation{kind: typ[strings.LastIndex(typ, "/")+1:], target: k.get("Target"), external: k.get("TargetMode") == "External"}
		if !r.external {
			if strings.HasPrefix(r.target, "/") {
				r.target = strings.TrimPrefix(r.target, "/")
			} else {
				r.target = path.Join(dir, r.target)
			}
		}
		out[k.get("Id")] = r
		return false
	})
	return out, nil
}

var (
	notDocx = message.Text{
		"not a Word document (.docx): %s",
		"不是 Word 文件（.docx）：%s",
		"不是 Word 文档（.docx）：%s",
	}
	tooManyEntries = message.Text{
		"the document package has %d parts; the most accepted is %d",
		"文件套件有 %d 個部分，上限是 %d",
		"文档包有 %d 个部分，上限是 %d",
	}
	tooBigUnpacked = message.Text{
		"the document unpacks to %s; the most accepted is %s",
		"文件解壓後有 %s，上限是 %s",
		"文档解压后有 %s，上限是 %s",
	}
	partTooBig = message.Text{
		"the document's part %s is larger than %s",
		"文件的部分 %s 超過 %s",
		"文档的部分 %s 超过 %s",
	}
	partTooMany = message.Text{
		"the document's part %s has more than %d elements, more than an article can hold; split the document",
		"文件的部分 %s 有超過 %d 個元素，超出一篇文章所能容納；請分割文件",
		"文档的部分 %s 有超过 %d 个元素，超出一篇文章所能容纳；请拆分文档",
	}
	partTooDeep = message.Text{
		"the document's part %s nests elements more than %d deep",
		"文件的部分 %s 的元素巢狀超過 %d 層",
		"文档的部分 %s 的元素嵌套超过 %d 层",
	}
	badPart = message.Text{
		"the document's part %s is damaged: %s",
		"文件的部分 %s 已損壞：%s",
		"文档的部分 %s 已损坏：%s",
	}
)
