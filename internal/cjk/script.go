package cjk

import (
	_ "embed" // the table is compiled into the program
	"fmt"
	"strings"
	"sync"
)

// scriptFile lists the characters of only one writing, each followed by
// its counterparts in the other. It is generated from the OpenCC
// dictionaries that convert/dict holds; TestScriptTable keeps it so (run it
// with -update after updating them).
//
//go:embed data/script.txt
var scriptFile string

// entry is a character of only one writing.
type entry struct {
	lang         Lang   // the writing it belongs to
	counterparts string // its forms in the other writing, most usual first
}

var (
	scriptOnce  sync.Once
	scriptTable map[rune]entry
)

// table returns the parsed script table. The file is part of the program,
// so a fault in it is a bug: it panics, and the tests catch it.
func table() map[rune]entry {
	scriptOnce.Do(func() {
		t, err := parseScript(scriptFile)
		if err != nil {
			panic(err)
		}
		scriptTable = t
	})
	return scriptTable
}

// parseScript reads the format of data/script.txt: "# comment" lines, the
// section lines [simplified] and [traditional], and under them one line per
// character, the character first and then its counterparts.
func parseScript(text string) (map[rune]entry, error) {
	t := make(map[rune]entry, 8000)
	var lang Lang
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "[simplified]":
			lang = Hans
		case line == "[traditional]":
			lang = Hant
		case lang == "":
			return nil, fmt.Errorf("cjk: data/script.txt:%d: %q comes before any [section]", n+1, line)
		default:
			rs := []rune(line)
			if _, dup := t[rs[0]]; dup {
				return nil, fmt.Errorf("cjk: data/script.txt:%d: %c is listed twice", n+1, rs[0])
			}
			t[rs[0]] = entry{lang: lang, counterparts: string(rs[1:])}
		}
	}
	return t, nil
}

// Only returns the writing that r alone belongs to: Hans for 们 or 发, Hant
// for 們 or 發. It returns "" for a character both writings use (于 台 里 后
// 面 干 …, by OpenCC's dictionaries) and for anything that is not Chinese.
func Only(r rune) Lang { return table()[r].lang }

// Counterparts returns the forms in the other writing of a character of
// only one writing, most usual first (Traditional forms as Taiwan writes
// them): "們" for 们, "發髮" for 发. It returns "" when Only(r) is "".
func Counterparts(r rune) string { return table()[r].counterparts }

// Tally counts the characters of a text that belong to only one writing, as
// Only tells them. DetectLang and the proofreader both decide by it, so they
// cannot disagree on a text's writing. The zero value is an empty count.
type Tally struct {
	Hant, Hans int
}

// Add counts r and returns the writing it alone belongs to, or "" (and
// counts nothing) for a character both writings use.
func (t *Tally) Add(r rune) Lang {
	l := Only(r)
	switch l {
	case Hant:
		t.Hant++
	case Hans:
		t.Hans++
	}
	return l
}

// AddText counts every character of text.
func (t *Tally) AddText(text string) {
	for _, r := range text {
		t.Add(r)
	}
}

// Of returns how many characters belonging only to l were counted.
func (t Tally) Of(l Lang) int {
	switch l {
	case Hant:
		return t.Hant
	case Hans:
		return t.Hans
	}
	return 0
}

// Prevails reports whether more of the counted characters belong only to l
// than only to the other writing.
func (t Tally) Prevails(l Lang) bool { return t.Of(l) > t.Of(l.Other()) }

// Lang returns the writing the count points to: Hans when more characters
// are Simplified-only than Traditional-only, Hant otherwise (more
// Traditional, a tie, nothing counted).
func (t Tally) Lang() Lang {
	if t.Prevails(Hans) {
		return Hans
	}
	return Hant
}

// DetectLang guesses whether Chinese text is written in Traditional or
// Simplified characters by counting the characters that belong to only one
// of the two writings (see Tally.Lang): Hans when the Simplified-only ones
// are more, Hant otherwise (more Traditional, a tie, no Chinese at all).
func DetectLang(text string) Lang {
	var t Tally
	t.AddText(text)
	return t.Lang()
}
