package importer

import (
	"regexp"
	"strconv"
	"strings"
)

// docxStyle is what the import needs of one style of styles.xml.
type docxStyle struct {
	name, basedOn string
	outline       int // the outline level 0–8 it gives, -1 for none
	centred       *bool
	bold, italic  *bool
	numID, ilvl   string
}

// docxStyles are a document's styles by id.
type docxStyles map[string]*docxStyle

func readStyles(root *xnode) docxStyles {
	out := docxStyles{}
	if root == nil {
		return out
	}
	root.find(func(n *xnode) bool {
		if n.name != "style" {
			return true
		}
		s := &docxStyle{name: n.child("name").get("val"), basedOn: n.child("basedOn").get("val"), outline: -1}
		if o := n.path("pPr", "outlineLvl"); o != nil {
			if v, err := strconv.Atoi(o.get("val")); err == nil {
				s.outline = v
			}
		}
		if jc := n.path("pPr", "jc"); jc != nil {
			c := jc.get("val") == "center"
			s.centred = &c
		}
		if b := n.path("rPr", "b"); b != nil {
			v := on(b)
			s.bold = &v
		}
		if i := n.path("rPr", "i"); i != nil {
			v := on(i)
			s.italic = &v
		}
		if np := n.path("pPr", "numPr"); np != nil {
			s.numID, s.ilvl = np.child("numId").get("val"), np.child("ilvl").get("val")
		}
		out[n.get("styleId")] = s
		return false
	})
	return out
}

// chain calls f on the style id and the styles it is based on, nearest
// first, until f returns true.
func (ss docxStyles) chain(id string, f func(*docxStyle) bool) {
	for range 32 { // a loop of basedOn ends here too
		s := ss[id]
		if s == nil || f(s) {
			return
		}
		id = s.basedOn
	}
}

var (
	headingName  = regexp.MustCompile(`^(?:heading|標題|标题|titre|überschrift|kop|título|titolo|rubrik|otsikko|nagłówek|заголовок|見出し)\s*(\d)$`)
	titleName    = map[string]bool{"title": true, "標題": true, "标题": true, "titel": true, "titre": true, "título": true, "titolo": true, "文章標題": true, "文章标题": true}
	subtitleName = map[string]bool{"subtitle": true, "副標題": true, "副标题": true, "untertitel": true, "sous-titre": true}
)

// role is what a paragraph style makes a paragraph: a heading level from
// 1 (0 for none), the title or the subtitle. A style based on a heading
// style is that heading; an outline level in the chain counts too.
func (ss docxStyles) role(id string) (level int, title, subtitle bool) {
	ss.chain(id, func(s *docxStyle) bool {
		name := strings.ToLower(strings.TrimSpace(s.name))
		switch {
		case titleName[name]:
			title = true
		case subtitleName[name]:
			subtitle = true
		case headingName.MatchString(name):
			level, _ = strconv.Atoi(headingName.FindStringSubmatch(name)[1])
			level = max(level, 1) // some templates have a Heading 0 above Heading 1
		case s.outline >= 0 && s.outline < 9:
			level = s.outline + 1
		default:
			return false
		}
		return true
	})
	return level, title, subtitle
}

// flag is a boolean paragraph or run property through the chain.
func (ss docxStyles) flag(id string, get func(*docxStyle) *bool) bool {
	v := false
	ss.chain(id, func(s *docxStyle) bool {
		if p := get(s); p != nil {
			v = *p
			return true
		}
		return false
	})
	return v
}

// numbering is the list numbering a style gives.
func (ss docxStyles) numbering(id string) (numID, ilvl string) {
	ss.chain(id, func(s *docxStyle) bool {
		if s.numID != "" {
			numID, ilvl = s.numID, s.ilvl
			return true
		}
		return false
	})
	return numID, ilvl
}
