package app

import (
	"errors"
	"strconv"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

// This file holds the choices the Settings dialog edits, as they are
// stored, and the export settings they make in the editor's session. It
// is free of Fyne: the dialog is in settings.go.

// prefStore is where the choices and the recent files are kept: Fyne's
// preferences (fyne.Preferences) in the window, a map in tests.
type prefStore interface {
	Bool(key string) bool
	SetBool(key string, value bool)
	String(key string) string
	StringWithFallback(key, fallback string) string
	SetString(key string, value string)
	StringList(key string) []string
	SetStringList(key string, value []string)
}

// Preference keys. Everything is kept with Fyne's preferences, under the
// app ID in FyneApp.toml (a prefStore).
const (
	prefPaper     = "paper"
	prefSize      = "size"
	prefUILang    = "uilang"
	prefRecent    = "recent"
	prefOfficial  = "official"
	prefBodyFont  = "bodyfont"
	prefTitleFont = "titlefont"
	prefQuoteFont = "quotefont"
	prefHeadFont  = "headingfont." // + the Markdown level, 2 to 5
	prefNoSystem  = "nosystemfonts"
	prefCompress  = "compress" // punctuation compression: auto, on, off
	prefHalfWidth = "keephalfwidth"
	prefProof     = "proofpanel" // the proofreading panel is shown
)

// loadProfile reads the organisation profile from the preferences, each
// field under "profile." and its key in the profile file (profile.Keys).
func loadProfile(pr prefStore) profile.Profile {
	var p profile.Profile
	for _, k := range profile.Keys() {
		p.Set(k, pr.String("profile."+k))
	}
	return p
}

// storeProfile writes the organisation profile to the preferences.
func storeProfile(pr prefStore, p profile.Profile) {
	for _, k := range profile.Keys() {
		pr.SetString("profile."+k, p.Get(k))
	}
}

// preferences are the choices the Settings dialog edits.
type preferences struct {
	Profile     profile.Profile
	Paper, Size string
	UILang      string
	Official    bool   // the GB/T 9704 official-document page
	BodyFont    string // the user's font, "PATH" or "PATH:INDEX"; "" for the embedded one
	TitleFont   string
	QuoteFont   string
	// HeadingFonts are the fonts of the heading levels "##" to "#####"
	// (一、 （一） 1. （1） in an official document).
	HeadingFonts [headingLevels]string
	// NoSystemFonts turns off the installed Kai, FangSong and XiaoBiaoSong
	// faces (export.Settings.NoSystemFonts).
	NoSystemFonts bool
	KeepHalfWidth bool
	// Compress is punctuation compression: "auto" (简体 only), "on" or "off".
	Compress string
}

// compressions are the choices of punctuation compression, in the order
// the Settings dialog lists them.
var compressions = []string{"auto", "on", "off"}

// headingLevels is how many heading levels have a font of their own: the
// four levels of an official document.
const headingLevels = 4

// loadPreferences reads the stored choices; lang is the UI language to
// assume when none is stored.
func loadPreferences(pr prefStore, lang string) preferences {
	p := preferences{
		Profile:       loadProfile(pr),
		Paper:         pr.StringWithFallback(prefPaper, "A4"),
		Size:          pr.StringWithFallback(prefSize, "中"),
		UILang:        pr.StringWithFallback(prefUILang, lang),
		Official:      pr.Bool(prefOfficial),
		BodyFont:      pr.String(prefBodyFont),
		TitleFont:     pr.String(prefTitleFont),
		QuoteFont:     pr.String(prefQuoteFont),
		NoSystemFonts: pr.Bool(prefNoSystem),
		KeepHalfWidth: pr.Bool(prefHalfWidth),
		Compress:      pr.StringWithFallback(prefCompress, "auto"),
	}
	for i := range p.HeadingFonts {
		p.HeadingFonts[i] = pr.String(prefHeadFont + strconv.Itoa(i+2))
	}
	return p
}

// storeOrganisation writes the choices an organisation build sets
// (withOrganisation): the profile, the paper, the size, the official page
// and the fonts.
func (p preferences) storeOrganisation(pr prefStore) {
	storeProfile(pr, p.Profile)
	pr.SetString(prefPaper, p.Paper)
	pr.SetString(prefSize, p.Size)
	pr.SetBool(prefOfficial, p.Official)
	pr.SetString(prefBodyFont, p.BodyFont)
	pr.SetString(prefTitleFont, p.TitleFont)
	pr.SetString(prefQuoteFont, p.QuoteFont)
	for i, f := range p.HeadingFonts {
		pr.SetString(prefHeadFont+strconv.Itoa(i+2), f)
	}
	pr.SetBool(prefNoSystem, p.NoSystemFonts)
}

// store writes the choices to the preferences.
func (p preferences) store(pr prefStore) {
	p.storeOrganisation(pr)
	pr.SetString(prefUILang, p.UILang)
	pr.SetBool(prefHalfWidth, p.KeepHalfWidth)
	pr.SetString(prefCompress, p.Compress)
}

// useSettings turns the stored choices into export settings (through
// export.Choices, as the command line does) and loads the user's fonts
// into the session's library. The size chosen in the window is kept,
// unless the official page replaces it; leaving the official page goes
// back to the default size.
func (s *session) useSettings() error {
	p := s.prefs
	size := s.settings.Preset.Name
	if size == "" || size == layout.GBT9704.Name {
		size = p.Size
	}
	headings := map[int]string{}
	for i, spec := range p.HeadingFonts {
		if spec != "" {
			headings[i+2] = spec
		}
	}
	ch := export.Choices{Size: size, Paper: p.Paper, Official: p.Official, Compress: p.Compress,
		Profile: p.Profile, BodyFont: p.BodyFont, TitleFont: p.TitleFont, QuoteFont: p.QuoteFont,
		HeadingFonts: headings, NoSystemFonts: p.NoSystemFonts, KeepHalfWidth: p.KeepHalfWidth}
	st, err := ch.Settings(s.lib)
	var bad *export.ChoiceError
	if errors.As(err, &bad) {
		// Stored choices the settings no longer offer: start from the defaults.
		st, err = export.Choices{Profile: p.Profile}.Settings(s.lib)
	}
	s.settings = st
	return err
}

// choose stores new choices and makes the export settings from them; the
// error tells of a font that could not be loaded. The interface's
// language is changed apart (setLanguage), once the window has said what
// it has to say in the old one.
func (s *session) choose(p preferences) error {
	p.store(s.pr)
	s.prefs = p
	return s.useSettings()
}

// setLanguage makes l the interface's language, and reports whether it
// changed (the window is then built again in it).
func (s *session) setLanguage(l string) bool {
	if l == s.ui {
		return false
	}
	s.ui = l
	return true
}

// setSize uses the 字號 called name (大, 中 or 小), and reports whether it
// changed the settings.
func (s *session) setSize(name string) bool {
	p, err := layout.ParsePreset(name)
	if err != nil || p.Name == s.settings.Preset.Name {
		return false
	}
	s.settings.Preset = p
	s.useSettings()
	return true
}

// sizeShown is what the 字號 selector shows: the size in use, or nothing
// (and disabled) on the official page, which has its own size (三號).
func (s *session) sizeShown() (name string, enabled bool) {
	if s.prefs.Official {
		return "", false
	}
	return s.settings.Preset.Name, true
}
