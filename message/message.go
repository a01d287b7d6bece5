// Package message holds the words of the errors and questions a user
// reads, in the three languages Paiban speaks: English, 繁體中文 and 简体中文.
// A package that reports something to the user returns an error that can
// word itself in each (Localized); the command line prints it in the
// language of --lang or of the locale, the editor in the language of its
// interface. Every Text carries all three wordings (a test checks every
// Text literal in the module).
//
// It must not import any UI package.
package message

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/paiban/paiban/internal/cjk"
)

// Lang is a language messages are worded in, tagged as the editor tags its
// interface languages.
type Lang string

// The languages; the Chinese ones are tagged as cjk.Lang tags them.
const (
	En   Lang = "en"
	Hant Lang = Lang(cjk.Hant)
	Hans Lang = Lang(cjk.Hans)
)

// Parse reads a language: en (or a regional English tag such as en-GB),
// or a Chinese tag as cjk.ParseLang reads them (zh-Hant, zh-TW, zh-HK,
// zh-MO for 繁體; zh-Hans, zh-CN, zh-SG for 简体).
func Parse(s string) (Lang, error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"))
	if t == "en" || strings.HasPrefix(t, "en-") {
		return En, nil
	}
	if l, err := cjk.ParseLang(s); err == nil {
		return Lang(l), nil
	}
	return En, New(unknownLang, s)
}

var unknownLang = Text{"unknown language %q (want en, zh-Hant or zh-Hans)", "沒有 %q 這種語言（可用 en、zh-Hant 或 zh-Hans）", "没有 %q 这种语言（可用 en、zh-Hant 或 zh-Hans）"}

// FromEnv is the language of the POSIX locale (LC_ALL, LC_MESSAGES,
// LANG): zh_TW.UTF-8 gives 繁體, zh_CN.UTF-8 简体, anything else English.
func FromEnv() Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		loc := os.Getenv(v)
		if loc == "" {
			continue
		}
		loc, _, _ = strings.Cut(loc, ".")
		loc, _, _ = strings.Cut(loc, "@")
		if l, err := Parse(loc); err == nil {
			return l
		}
		return En
	}
	return En
}

// At is a message about a place: the place (a file, file:line:col), then
// what is there, joined by the language's colon.
var At = Text{"%s: %s", "%s：%s", "%s：%s"}

// Text is one message in the three languages, as fmt format strings taking
// the same arguments in the same order: English, 繁體, 简体.
type Text [3]string

// In returns the wording of t in l.
func (t Text) In(l Lang) string {
	switch l {
	case Hant:
		return t[1]
	case Hans:
		return t[2]
	}
	return t[0]
}

// Localized is an error that can word itself in each language; its Error
// is the English.
type Localized interface {
	error
	In(Lang) string
}

// In words err in l: a Localized error in its own words, errors joined by
// errors.Join one to a line, anything else as its Error says.
func In(err error, l Lang) string {
	if err == nil {
		return ""
	}
	if loc, ok := err.(Localized); ok {
		return loc.In(l)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var lines []string
		for _, e := range j.Unwrap() {
			lines = append(lines, In(e, l))
		}
		return strings.Join(lines, "\n")
	}
	return err.Error()
}

// Error is a Localized error made of a Text and its arguments. An argument
// that is an error or a Text is worded in the same language (see In);
// Unwrap gives the first error among them.
type Error struct {
	Text Text
	Args []any
}

// New returns an Error.
func New(t Text, args ...any) *Error { return &Error{Text: t, Args: args} }

func (e *Error) Error() string { return e.In(En) }

// In implements Localized.
func (e *Error) In(l Lang) string {
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		switch v := a.(type) {
		case error:
			a = In(v, l)
		case Text:
			a = v.In(l)
		}
		args[i] = a
	}
	return fmt.Sprintf(e.Text.In(l), args...)
}

// Unwrap returns the first argument that is an error.
func (e *Error) Unwrap() error {
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// Is reports whether err, or an error it wraps, is a Localized error worded
// by t; for tests and for callers that must tell one case from another.
func Is(err error, t Text) bool {
	var e *Error
	for err != nil {
		if errors.As(err, &e) && e.Text == t {
			return true
		}
		if e == nil {
			return false
		}
		err = e.Unwrap()
		e = nil
	}
	return false
}
