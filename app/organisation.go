package app

import (
	"github.com/paiban/paiban/orgdefaults"
	"github.com/paiban/paiban/profile"
)

// This file holds the organisation build's defaults (package orgdefaults)
// as the editor uses them: a new user starts with them, a new bulletin
// with the organisation's first bulletin name and 編印單位, and
// organisationDefaults is "reset to organisation defaults". It is free of
// Fyne, as the session's files are.

// organisationDefaults returns p with the organisation's defaults in place
// of the profile, the paper, the size, the official page and the fonts —
// what Settings ▸ Reset to organisation defaults puts back. The interface
// language and the punctuation choices stay the user's. In an ordinary
// build the defaults are the program's own: an empty profile, A4, 中, the
// embedded fonts. It changes nothing stored: the caller shows the result
// and stores it as the Settings dialog's OK does (preferences.store).
func organisationDefaults(p preferences) (preferences, error) {
	d, err := orgdefaults.Baked()
	if err != nil {
		return p, err
	}
	return withOrganisation(p, d), nil
}

// withOrganisation is organisationDefaults with the defaults d.
func withOrganisation(p preferences, d orgdefaults.Defaults) preferences {
	p.Profile = d.Profile
	p.Paper, p.Size = d.Paper, d.Size
	if p.Paper == "" {
		p.Paper = "A4"
	}
	if p.Size == "" {
		p.Size = "中"
	}
	p.Official = d.Official
	p.BodyFont, p.TitleFont, p.QuoteFont = d.BodyFont, d.TitleFont, d.QuoteFont
	p.HeadingFonts = d.HeadingFonts
	p.NoSystemFonts = d.NoSystemFonts
	return p
}

// seedOrganisation gives a new user — one with no paper and no profile
// stored — the organisation build's defaults, storing them as their own
// settings, which they can then change. It does nothing in an ordinary
// build, and nothing for a user who has settings already.
func seedOrganisation(pr prefStore) error {
	d, err := orgdefaults.Baked()
	if err != nil {
		return err
	}
	seedWith(pr, d)
	return nil
}

// seedWith is seedOrganisation with the defaults d.
func seedWith(pr prefStore, d orgdefaults.Defaults) {
	if d.IsZero() || !newUser(pr) {
		return
	}
	withOrganisation(loadPreferences(pr, ""), d).storeOrganisation(pr)
}

// newUser reports whether pr holds neither a paper nor any profile field:
// the Settings dialog has never been saved.
func newUser(pr prefStore) bool {
	const unset = "\x00unset"
	if pr.StringWithFallback(prefPaper, unset) != unset {
		return false
	}
	for _, k := range profile.Keys() {
		if pr.StringWithFallback("profile."+k, unset) != unset {
			return false
		}
	}
	return true
}

// organisationBulletin starts the new bulletin of s with the organisation
// build's first bulletin name (its issue number suggested anew for it)
// and its 編印單位; what s has already is kept. The bulletin is not marked
// changed. An ordinary build changes nothing.
func organisationBulletin(s *bulletinState) {
	d, err := orgdefaults.Baked()
	if err == nil {
		bulletinWith(s, d)
	}
}

// bulletinWith is organisationBulletin with the defaults d.
func bulletinWith(s *bulletinState, d orgdefaults.Defaults) {
	if s.b.Name == "" && len(d.Bulletins) > 0 {
		s.b.Name = d.Bulletins[0]
		s.suggestIssue()
	}
	if s.b.Editor == "" {
		s.b.Editor = d.BulletinEditor
	}
}
