package importer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// xnode is an element of an XML part, named by its local name: the
// readers of .docx parts look at w:p, a:blip and v:imagedata alike. An
// attribute in the relationships namespace is keyed r:NAME, others by
// their local name.
type xnode struct {
	name string
	attr []xml.Attr
	kids []*xnode
	text string // the character data directly inside
}

// Bounds on one XML part: how deep elements nest and how many there are.
// A million elements is some 200 MB in memory and ten times the longest
// article the editor opens (2 MB, some 700 000 characters) in Word's
// heaviest formatting.
const (
	maxXMLDepth = 256
	maxXMLNodes = 1_000_000
)

var (
	errXMLTooDeep = errors.New("elements nested too deep")
	errXMLTooMany = fmt.Errorf("more than %d elements", maxXMLNodes)
)

// parseXML reads an XML part into a tree.
func parseXML(data []byte) (*xnode, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	root := &xnode{name: "#document"}
	stack := []*xnode{root}
	nodes := 0
	// The namespaces by prefix, for telling the relationships' r:id from
	// w:id whatever prefix a writer gave them (scopes are not kept:
	// writers declare each prefix once, at the root).
	spaces := map[string]string{}
	for {
		// RawToken: no namespace translation (w:p is Local "p" with Space
		// "w"), and no copies of names the tree does not need.
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			nodes++
			if len(stack) > maxXMLDepth {
				return nil, errXMLTooDeep
			}
			if nodes > maxXMLNodes {
				return nil, errXMLTooMany
			}
			for i, a := range t.Attr {
				if a.Name.Space == "xmlns" {
					spaces[a.Name.Local] = a.Value
				}
				if url, ok := spaces[a.Name.Space]; ok {
					t.Attr[i].Name.Space = url
				}
			}
			n := &xnode{name: t.Name.Local, attr: t.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			// White space between elements is kept only where it is text.
			if len(stack) > 1 && (top.name == "t" || top.name == "instrText" || len(bytes.TrimSpace(t)) > 0) {
				top.text += string(t)
			}
		}
	}
	return root, nil
}

// get returns the attribute named name ("r:id" for the relationships
// namespace's id), "" when absent.
func (n *xnode) get(name string) string {
	if n == nil {
		return ""
	}
	rel := strings.HasPrefix(name, "r:")
	local := strings.TrimPrefix(name, "r:")
	for _, a := range n.attr {
		if a.Name.Local != local {
			continue
		}
		// The namespace, or the prefix as written when it was not declared.
		isRel := a.Name.Space == "r" || strings.Contains(a.Name.Space, "relationships")
		if rel == isRel {
			return a.Value
		}
	}
	return ""
}

// has reports whether the attribute is there.
func (n *xnode) has(name string) bool {
	for _, a := range n.attr {
		if a.Name.Local == name {
			return true
		}
	}
	return false
}

// child is the first child element named name, nil when none.
func (n *xnode) child(name string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// path follows children by name: n.path("pPr", "jc").
func (n *xnode) path(names ...string) *xnode {
	for _, name := range names {
		n = n.child(name)
	}
	return n
}

// find calls f on n and every element below it, depth first, not
// descending into an element for which f returns false.
func (n *xnode) find(f func(*xnode) bool) {
	for _, k := range n.kids {
		if f(k) {
			k.find(f)
		}
	}
}

// descendant is the first element below n named name.
func (n *xnode) descendant(name string) *xnode {
	var found *xnode
	n.find(func(k *xnode) bool {
		if found == nil && k.name == name {
			found = k
		}
		return found == nil
	})
	return found
}

// allText is the character data of every element below n named one of
// names, in order.
func (n *xnode) allText(names ...string) string {
	var b strings.Builder
	n.find(func(k *xnode) bool {
		for _, name := range names {
			if k.name == name {
				b.WriteString(k.text)
			}
		}
		return true
	})
	return b.String()
}

// on reads an OOXML on/off property (w:b, w:i): present and not false.
func on(n *xnode) bool {
	if n == nil {
		return false
	}
	switch n.get("val") {
	case "0", "false", "off", "none":
		return false
	}
	return true
}
