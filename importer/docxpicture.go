package importer

import (
	"path"
	"strconv"
	"strings"
)

// pictureRuns reads a w:drawing, w:pict or w:object: its pictures, and a
// warning for text boxes, charts, shapes and embedded objects.
func (d *docxReader) pictureRuns(n *xnode, rels map[string]relation) []run {
	var out []run
	alt := ""
	if dp := n.descendant("docPr"); dp != nil {
		alt = strings.TrimSpace(dp.get("descr"))
		if alt == "" {
			alt = strings.TrimSpace(dp.get("title"))
		}
	}
	n.find(func(k *xnode) bool {
		switch k.name {
		case "txbxContent":
			d.doc.warn.add(d.place, &wTextBox, abbreviate(k.allText("t")))
			return false
		case "chart":
			d.doc.warn.add(d.place, &wChart)
		case "blip":
			if pic := d.picture(k.get("r:embed"), k.get("r:link"), rels, alt); pic != nil {
				out = append(out, run{image: pic})
			}
		case "imagedata":
			if pic := d.picture(k.get("r:id"), "", rels, alt); pic != nil {
				out = append(out, run{image: pic})
			}
		case "OLEObject":
			d.doc.warn.add(d.place, &wObject)
		}
		return true
	})
	return out
}

// picture extracts the picture of the relationship id; a picture linked
// from outside the document (link, or an external id) is only warned
// about.
func (d *docxReader) picture(id, link string, rels map[string]relation, alt string) *picture {
	r, ok := rels[id]
	if !ok || r.external {
		if !ok {
			r, ok = rels[link]
		}
		if ok && r.external {
			d.doc.warn.add(d.place, &wLinkedPicture, r.target)
		}
		return nil
	}
	if name, ok := d.pictures[r.target]; ok {
		return &picture{name: name, alt: alt}
	}
	data, ok, err := d.pkg.read(r.target, min(maxPicture, maxAllPicture-d.picBytes))
	if err != nil || !ok {
		d.doc.warn.add(d.place, &wPictureUnread, path.Base(r.target))
		return nil
	}
	d.picBytes += int64(len(data))
	name := pictureName(d.opt.ImagePrefix, len(d.doc.images)+1, r.target)
	d.pictures[r.target] = name
	d.doc.images = append(d.doc.images, Image{Name: name, Data: data})
	switch strings.ToLower(path.Ext(r.target)) {
	case ".emf", ".wmf", ".tif", ".tiff", ".svg":
		d.doc.warn.add(d.place, &wPictureFormat, name)
	}
	return &picture{name: name, alt: alt}
}

// pictureName names the nth picture of a document: the prefix and n, or
// the name the document gave it, with its extension.
func pictureName(prefix string, n int, part string) string {
	ext := strings.ToLower(path.Ext(part))
	if len(ext) > 6 || strings.ContainsAny(ext, `/\ `) {
		ext = ""
	}
	if prefix == "" {
		return "image" + strconv.Itoa(n) + ext
	}
	return prefix + "-" + strconv.Itoa(n) + ext
}

// abbreviate is the start of s, for a message.
func abbreviate(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}
