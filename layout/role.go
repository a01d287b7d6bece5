package layout

import "strconv"

// Roles name kinds of text that a font set may print in faces of their own:
// block quotes in a Kai face, the heading levels of an official document
// each in its face. Text with no role is body text (or the title, by its
// weight).
const (
	RoleQuote = "quote" // block quotes
	RoleTitle = "title" // the article's title
)

// HeadingRole is the role of a heading of a Markdown level (2 for "##", the
// first level of an article's sections).
func HeadingRole(level int) string {
	return "h" + strconv.Itoa(level)
}

// RoleFonts is Fonts that print some roles in faces of their own.
type RoleFonts interface {
	Fonts
	// RoleGlyph is Glyph for text of a role; a role with no face of its
	// own, or a face without r, falls back to Glyph.
	RoleGlyph(r rune, bold bool, role string) (face string, advance int32, ok bool)
}

// lookup finds the face for r in a run of a role.
func (s shaper) lookup(r rune, bold bool, role string) (string, int32, bool) {
	if role != "" {
		if rf, ok := s.fonts.(RoleFonts); ok {
			return rf.RoleGlyph(r, bold, role)
		}
	}
	return s.fonts.Glyph(r, bold)
}
