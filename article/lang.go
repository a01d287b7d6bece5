package article

import "github.com/paiban/paiban/internal/cjk"

// DetectLang guesses whether Chinese text is written in Traditional or
// Simplified characters by counting the characters that exist in only one
// of the two writings, by the table derived from OpenCC's dictionaries that
// the proofreader checks with too (cjk.DetectLang). More Simplified-only
// than Traditional-only characters gives Hans; anything else (more
// Traditional, a tie, no Chinese at all) gives Hant.
func DetectLang(text string) Lang { return cjk.DetectLang(text) }
