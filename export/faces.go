package export

import (
	"sync"
	"unicode"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// Chain builds the fonts the layout prints with: the embedded faces of the
// article's region, the faces the user chose, and — unless the settings
// turn it off — faces found installed on this system where the article
// calls for a style no embedded font has: Kai (楷體) for block quotes, and
// for an official (GB/T 9704) page FangSong (仿宋) body text, a XiaoBiaoSong
// (小標宋) title, a Kai second heading level and FangSong third and fourth
// levels. Where no such font is installed, the embedded faces print it.
func (j *Job) Chain(s Settings) *fonts.Chain {
	region := Region(j.Article)
	body, title := s.BodyFont, s.TitleFont
	roles := map[string]string{layout.RoleQuote: s.QuoteFont}
	official := s.Preset.Official
	if official {
		// The first heading level is set in 黑體: the embedded bold sans.
		roles[layout.HeadingRole(2)] = fonts.SansBoldTC
		if region == fonts.Simplified {
			roles[layout.HeadingRole(2)] = fonts.SansBoldSC
		}
	}
	for level, face := range s.HeadingFonts {
		roles[layout.HeadingRole(level)] = face
	}
	if !s.NoSystemFonts {
		texts := roleTexts(j.Article, official)
		// An installed face is used for a role only if it has every
		// ideograph the role prints: a face missing some would mix two
		// designs in one line.
		sys := func(style fonts.Style, text string) string {
			if text == "" {
				return ""
			}
			return systemFace(j.Fonts, style, region, text)
		}
		if roles[layout.RoleQuote] == "" {
			roles[layout.RoleQuote] = sys(fonts.Kai, texts[layout.RoleQuote])
		}
		if official {
			if body == "" {
				body = sys(fonts.FangSong, texts[""])
			}
			if roles[layout.RoleTitle] = title; title == "" {
				roles[layout.RoleTitle] = sys(fonts.XiaoBiaoSong, texts[layout.RoleTitle])
			}
			for level, style := range map[int]fonts.Style{3: fonts.Kai, 4: fonts.FangSong, 5: fonts.FangSong} {
				if role := layout.HeadingRole(level); roles[role] == "" {
					roles[role] = sys(style, texts[role])
				}
			}
		}
	}
	c := fonts.NewChain(j.Fonts, region).WithFaces(body, title)
	for role, face := range roles {
		c = c.WithRole(role, face)
	}
	return c
}

// roleTexts gathers the text the article prints in each role (layout's
// roles), and under "" all of it when whole is set: only the official page
// asks for a body face, and the editor lays out at every pause in typing.
func roleTexts(a *article.Article, whole bool) map[string]string {
	texts := map[string]string{layout.RoleTitle: a.Meta.Title}
	if whole {
		texts[""] = a.Text()
	}
	var walk func(blocks []article.Block)
	walk = func(blocks []article.Block) {
		for _, b := range blocks {
			switch b := b.(type) {
			case *article.Quote:
				texts[layout.RoleQuote] += (&article.Article{Blocks: b.Blocks}).Text()
			case *article.Heading:
				texts[layout.HeadingRole(b.Level)] += (&article.Article{Blocks: []article.Block{b}}).Text()
			case *article.List:
				for _, it := range b.Items {
					walk(it.Blocks)
				}
			}
		}
	}
	walk(a.Blocks)
	return texts
}

// covers reports whether face has every ideograph of text.
func covers(face *fonts.Face, text string) bool {
	for _, r := range text {
		if unicode.Is(unicode.Han, r) && !face.Has(r) {
			return false
		}
	}
	return true
}

// systemFonts remembers, for the life of the process, which installed font
// holds each style and region, and its bytes once read: looking through the
// font folders and reading a large collection are done once, not at every
// layout the editor makes.
var systemFonts struct {
	mu     sync.Mutex
	loaded map[systemKey]loadedFont
}

type systemKey struct {
	style  fonts.Style
	region fonts.Region
}

type loadedFont struct {
	name string
	data []byte
}

// systemFace adds to lib the installed font of style for region, and
// returns its name there; "" when none is installed, when it cannot be used
// (a CFF font, a licence that forbids embedding), or when it lacks an
// ideograph of text.
func systemFace(lib *fonts.Library, style fonts.Style, region fonts.Region, text string) string {
	k := systemKey{style, region}
	systemFonts.mu.Lock()
	defer systemFonts.mu.Unlock()
	f, seen := systemFonts.loaded[k]
	if !seen {
		if spec := fonts.FindSystem(fonts.SystemDirs(), style, region); spec != "" {
			if path, index, err := fonts.ParseSpec(spec); err == nil {
				if name, data, err := fonts.LoadFile(path, index); err == nil {
					f = loadedFont{name, data}
				}
			}
		}
		if systemFonts.loaded == nil {
			systemFonts.loaded = map[systemKey]loadedFont{}
		}
		systemFonts.loaded[k] = f
	}
	if f.name == "" {
		return ""
	}
	if !lib.Has(f.name) {
		lib.Add(f.name, f.data)
	}
	if face, err := lib.Face(f.name); err != nil || !covers(face, text) {
		return ""
	}
	return f.name
}
