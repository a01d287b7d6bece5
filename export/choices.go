package export

import (
	"errors"
	"strings"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/profile"
)

var unknownCompress = message.Text{
	"unknown punctuation compression %q (want auto, on or off)",
	"沒有 %q 這種標點擠壓設定（可用 auto、on 或 off）",
	"没有 %q 这种标点挤压设置（可用 auto、on 或 off）",
}

// Choices are the user's choices for an export as the command line's
// options and the editor's settings both give them: names and file specs,
// not yet checked or loaded. Settings turns them into Settings; it is the
// one place where options become settings. The zero value is A4, 中, the
// embedded fonts, no footer.
type Choices struct {
	// Size is 大, 中 or 小 (or large, medium, small); "" is 中.
	Size string
	// Paper is A4, A5, B5 or Letter; "" is A4.
	Paper string
	// Official chooses the GB/T 9704 page: A4, its margins and its grid at
	// 三號, whatever Size and Paper say.
	Official bool
	// Compress is punctuation compression: "auto" or "" (简体 only), "on"
	// or "off".
	Compress string
	// Profile is the organisation's footer; ProfileFile, when set, is the
	// file it was read from (an input an export must not write over).
	Profile     profile.Profile
	ProfileFile string
	// BodyFont, TitleFont and QuoteFont are the user's fonts ("PATH" or
	// "PATH:INDEX"; "" for the defaults), HeadingFonts one for each heading
	// level it keys (2 for "##").
	BodyFont, TitleFont, QuoteFont string
	HeadingFonts                   map[int]string
	NoSystemFonts                  bool
	KeepHalfWidth                  bool
	AllowMissing                   bool
}

// ChoiceError is a choice that is not one of those offered: the command
// line reports it as a misuse.
type ChoiceError struct{ error }

// In implements message.Localized.
func (e *ChoiceError) In(l message.Lang) string { return message.In(e.error, l) }

func (e *ChoiceError) Unwrap() error { return e.error }

// Settings checks the choices and loads the chosen fonts into lib. A
// choice not offered is a *ChoiceError, returned before anything is
// loaded. A font that cannot be used is left out (the defaults print that
// text) and reported in the error, which joins every font's; the Settings
// returned are usable either way.
func (c Choices) Settings(lib *fonts.Library) (Settings, error) {
	var s Settings
	var err error
	if s.Preset, err = layout.ParsePreset(c.Size); err != nil {
		return s, &ChoiceError{err}
	}
	paper := c.Paper
	if paper == "" {
		paper = layout.A4.Name
	}
	if s.Paper, err = layout.ParsePaper(paper); err != nil {
		return s, &ChoiceError{err}
	}
	if c.Official {
		s.Preset, s.Paper, s.Margins = layout.GBT9704, layout.A4, layout.GBT9704Margins
	}
	switch strings.ToLower(c.Compress) {
	case "auto", "":
	case "on":
		s.Compression = layout.CompressOn
	case "off":
		s.Compression = layout.CompressOff
	default:
		return s, &ChoiceError{message.New(unknownCompress, c.Compress)}
	}
	s.Profile, s.AllowMissing, s.KeepHalfWidth, s.NoSystemFonts = c.Profile, c.AllowMissing, c.KeepHalfWidth, c.NoSystemFonts
	if c.ProfileFile != "" {
		s.Inputs = append(s.Inputs, c.ProfileFile)
	}
	var errs []error
	font := func(spec string) string {
		if spec == "" {
			return ""
		}
		name, err := AddFont(lib, spec)
		if err != nil {
			errs = append(errs, err)
			return ""
		}
		s.Inputs = append(s.Inputs, FontFile(spec))
		return name
	}
	s.BodyFont, s.TitleFont, s.QuoteFont = font(c.BodyFont), font(c.TitleFont), font(c.QuoteFont)
	for level, spec := range c.HeadingFonts {
		if name := font(spec); name != "" {
			if s.HeadingFonts == nil {
				s.HeadingFonts = map[int]string{}
			}
			s.HeadingFonts[level] = name
		}
	}
	return s, errors.Join(errs...)
}
