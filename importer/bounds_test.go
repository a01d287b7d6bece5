package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"testing"

	"github.com/paiban/paiban/message"
)

// A package of too many parts is refused before any is read.
func TestDocxTooManyEntries(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range maxEntries + 1 {
		if _, err := zw.Create(fmt.Sprintf("p%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	zw.Close()
	_, err := readDocx(buf.Bytes(), Options{})
	if !message.Is(err, tooManyEntries) {
		t.Fatalf("error %v", err)
	}
}

// A package whose parts say they unpack to more than the bound is refused
// before any is read; a part that unpacks to more than it says is cut at
// the bound, never read whole.
func TestDocxZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, UncompressedSize64: 1 << 40, CompressedSize64: 2})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte{3, 0})
	zw.Close()
	if _, err := readDocx(buf.Bytes(), Options{}); !message.Is(err, tooBigUnpacked) {
		t.Errorf("declared 1 TB: error %v", err)
	}

	// 64 MB of zeros that say they are 100 bytes.
	var zeros bytes.Buffer
	fw, _ := flate.NewWriter(&zeros, flate.BestCompression)
	chunk := make([]byte, 1<<20)
	for range 64 {
		fw.Write(chunk)
	}
	fw.Close()
	buf.Reset()
	zw = zip.NewWriter(&buf)
	w, err = zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, UncompressedSize64: 100, CompressedSize64: uint64(zeros.Len())})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(zeros.Bytes())
	zw.Close()
	if _, err := readDocx(buf.Bytes(), Options{}); err == nil {
		t.Error("a part longer than it says was read")
	}
}

func TestDocxNotAZip(t *testing.T) {
	_, err := readDocx([]byte("<html>not a document</html>"), Options{})
	if !message.Is(err, notDocx) {
		t.Fatalf("error %v", err)
	}
}

// Elements nested past the bound are refused, not recursed into.
func TestXMLTooDeep(t *testing.T) {
	var b bytes.Buffer
	for range maxXMLDepth + 2 {
		b.WriteString("<a>")
	}
	if _, err := parseXML(b.Bytes()); err != errXMLTooDeep {
		t.Fatalf("error %v", err)
	}
}

// A part of more elements than the bound is refused with the reason.
func TestDocxTooManyElements(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte("<w:document><w:body>"))
	for range maxXMLNodes / 2 {
		w.Write([]byte("<w:p><w:r/></w:p>"))
	}
	w.Write([]byte("</w:body></w:document>"))
	zw.Close()
	_, err := readDocx(buf.Bytes(), Options{})
	if !message.Is(err, partTooMany) {
		t.Fatalf("error %v", err)
	}
}

// The relationships' id is told from w:id by its namespace, whatever its
// prefix.
func TestRelationshipPrefix(t *testing.T) {
	n, err := parseXML([]byte(`<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships" w:id="7" rel:id="rId3"/>`))
	if err != nil {
		t.Fatal(err)
	}
	h := n.kids[0]
	if h.get("r:id") != "rId3" || h.get("id") != "7" {
		t.Errorf("r:id %q, id %q", h.get("r:id"), h.get("id"))
	}
}
