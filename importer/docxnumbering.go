package importer

import (
	"fmt"
	"strconv"
	"strings"
)

// listLevel is one level of a list's numbering in numbering.xml.
type listLevel struct {
	format string // numFmt: decimal, bullet, chineseCounting…
	text   string // lvlText: "%1." "（%1）"
	start  int
}

// docxNumbering is a document's numbering: each w:num's levels, and the
// counters as the paragraphs go by.
type docxNumbering struct {
	levels   map[string]*[9]listLevel // by numId
	counters map[string]*[9]int
}

func readNumbering(root *xnode) *docxNumbering {
	n := &docxNumbering{levels: map[string]*[9]listLevel{}, counters: map[string]*[9]int{}}
	if root == nil {
		return n
	}
	abstract := map[string]*[9]listLevel{}
	readLevels := func(parent *xnode, into *[9]listLevel) {
		for _, l := range parent.kids {
			if l.name != "lvl" {
				continue
			}
			i, err := strconv.Atoi(l.get("ilvl"))
			if err != nil || i < 0 || i > 8 {
				continue
			}
			lv := listLevel{format: l.child("numFmt").get("val"), text: l.child("lvlText").get("val"), start: 1}
			if s, err := strconv.Atoi(l.child("start").get("val")); err == nil {
				lv.start = s
			}
			into[i] = lv
		}
	}
	for _, k := range root.kids {
		for _, a := range k.kids {
			if a.name == "abstractNum" {
				var lv [9]listLevel
				readLevels(a, &lv)
				abstract[a.get("abstractNumId")] = &lv
			}
		}
	}
	for _, k := range root.kids {
		for _, num := range k.kids {
			if num.name != "num" {
				continue
			}
			base := abstract[num.child("abstractNumId").get("val")]
			if base == nil {
				continue
			}
			lv := *base
			for _, o := range num.kids {
				if o.name != "lvlOverride" {
					continue
				}
				i, err := strconv.Atoi(o.get("ilvl"))
				if err != nil || i < 0 || i > 8 {
					continue
				}
				if l := o.child("lvl"); l != nil {
					var over [9]listLevel
					readLevels(o, &over)
					lv[i] = over[i]
				}
				if s, err := strconv.Atoi(o.child("startOverride").get("val")); err == nil {
					lv[i].start = s
				}
			}
			n.levels[num.get("numId")] = &lv
		}
	}
	return n
}

// next counts a paragraph numbered numID at level ilvl and returns its
// level's numbering and label ("3." "（二）"), ok false when numID names no
// numbering.
func (n *docxNumbering) next(numID, ilvl string) (lv listLevel, depth int, number int, label string, ok bool) {
	levels := n.levels[numID]
	depth, _ = strconv.Atoi(ilvl)
	if levels == nil || numID == "0" || depth < 0 || depth > 8 {
		return lv, 0, 0, "", false
	}
	c := n.counters[numID]
	if c == nil {
		c = &[9]int{}
		for i := range c {
			c[i] = levels[i].start - 1
		}
		n.counters[numID] = c
	}
	c[depth]++
	for i := depth + 1; i < 9; i++ {
		c[i] = levels[i].start - 1
	}
	lv = levels[depth]
	label = lv.text
	for i := 0; i <= depth; i++ {
		label = strings.ReplaceAll(label, fmt.Sprintf("%%%d", i+1), formatNumber(c[i], levels[i].format))
	}
	return lv, depth, c[depth], label, true
}

// formatNumber writes n as the numbering format f shows it.
func formatNumber(n int, f string) string {
	switch f {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital":
		return chineseNumber(n)
	case "ideographTraditional":
		if n >= 1 && n <= 10 {
			return string([]rune("甲乙丙丁戊己庚辛壬癸")[n-1])
		}
	case "lowerLetter", "upperLetter":
		if n >= 1 {
			s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
			if f == "upperLetter" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "lowerRoman", "upperRoman":
		s := roman(n)
		if f == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		var b strings.Builder
		for _, r := range strconv.Itoa(n) {
			b.WriteRune(r - '0' + '０')
		}
		return b.String()
	case "none":
		return ""
	}
	return strconv.Itoa(n)
}

// chineseNumber writes 1 to 99 as offices number headings: 一 … 十 十一 … 九十九.
func chineseNumber(n int) string {
	digits := []rune("〇一二三四五六七八九")
	switch {
	case n < 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return string(digits[n])
	case n < 20:
		s := "十"
		if n > 10 {
			s += string(digits[n-10])
		}
		return s
	}
	s := string(digits[n/10]) + "十"
	if n%10 != 0 {
		s += string(digits[n%10])
	}
	return s
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
