package orgdefaults

import (
	"bytes"
	_ "embed" // baked.yaml
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

// HeadingLevels is how many heading levels have a font of their own:
// "##" to "#####", the four levels of an official document.
const HeadingLevels = 4

// Defaults are an organisation's defaults. Empty text means the program's
// own default: A4, 中, the embedded fonts.
type Defaults struct {
	// ShortName names the organisation in the package files of its build
	// (paiban-tpe-0.1.0-windows-amd64-setup.exe): lower-case letters,
	// digits and inner hyphens, at most 32.
	ShortName string
	// Profile is the footer and the slogan.
	Profile profile.Profile
	// Paper is a name of layout.Papers: A4, A5, B5 or Letter.
	Paper string
	// Size is the default 字號: 大, 中 or 小.
	Size string
	// Official sets the GB/T 9704 official-document page (preset: gbt9704).
	Official bool
	// BodyFont, TitleFont and QuoteFont are fonts as the editor's settings
	// and the command line take them: "PATH" or "PATH:INDEX".
	BodyFont, TitleFont, QuoteFont string
	// HeadingFonts are the fonts of "##" to "#####".
	HeadingFonts [HeadingLevels]string
	// NoSystemFonts turns off the installed Kai, FangSong and XiaoBiaoSong
	// faces (system_fonts: false).
	NoSystemFonts bool
}

// IsZero reports whether d has no defaults at all: an ordinary build.
func (d Defaults) IsZero() bool { return d == Defaults{} }

// key is one key the file has besides the profile's, and the field of
// Defaults it sets from its text.
type key struct {
	name string
	set  func(d *Defaults, value string) error
}

// keys is the one place that knows the keys beyond the profile's.
var keys = []key{
	{"short_name", func(d *Defaults, v string) error {
		if !shortName.MatchString(v) {
			return errors.New("must be 1 to 32 lower-case letters, digits and hyphens (not first or last), such as tpe-it")
		}
		d.ShortName = v
		return nil
	}},
	{"paper", func(d *Defaults, v string) error {
		p, err := layout.ParsePaper(v)
		d.Paper = p.Name
		return err
	}},
	{"size", func(d *Defaults, v string) error {
		p, err := layout.ParsePreset(v)
		if err == nil && p.Official {
			return errors.New("is 大, 中 or 小; the official-document page is \"preset: gbt9704\"")
		}
		d.Size = p.Name
		return err
	}},
	{"preset", func(d *Defaults, v string) error {
		switch strings.ToLower(v) {
		case "gbt9704", "gb/t9704", "公文":
			d.Official = true
		case "", "none":
			d.Official = false
		default:
			return fmt.Errorf("unknown preset %q (want gbt9704 or none)", v)
		}
		return nil
	}},
	{"body_font", func(d *Defaults, v string) error { d.BodyFont = v; return nil }},
	{"title_font", func(d *Defaults, v string) error { d.TitleFont = v; return nil }},
	{"quote_font", func(d *Defaults, v string) error { d.QuoteFont = v; return nil }},
	{"heading_font_2", func(d *Defaults, v string) error { d.HeadingFonts[0] = v; return nil }},
	{"heading_font_3", func(d *Defaults, v string) error { d.HeadingFonts[1] = v; return nil }},
	{"heading_font_4", func(d *Defaults, v string) error { d.HeadingFonts[2] = v; return nil }},
	{"heading_font_5", func(d *Defaults, v string) error { d.HeadingFonts[3] = v; return nil }},
	{"system_fonts", func(d *Defaults, v string) error {
		on, err := strconv.ParseBool(v)
		if err != nil {
			return errors.New("is true or false")
		}
		d.NoSystemFonts = !on
		return nil
	}},
}

var shortName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$`)

// Keys returns the keys a defaults file has beyond the profile's, in the
// order of the documentation.
func Keys() []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.name
	}
	return out
}

// maxFileSize bounds what Load reads, as for a profile.
const maxFileSize = 1 << 20

// Parse reads an organisation's defaults: a profile file (package
// profile's keys: organisation, address, …, slogan), with the keys of
// Keys besides, each "key: value" on one line. Profile keys are read and
// checked as profile.Parse reads them, and a *profile.ParseError gives the
// line of a problem with any key.
func Parse(data []byte) (Defaults, error) {
	var d Defaults
	var doc yaml.Node
	err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc)
	if errors.Is(err, io.EOF) {
		return d, nil // comments only
	}
	if err != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		// Not a mapping of keys: the profile's reader says why, with the
		// line.
		if _, perr := profile.Parse(data); perr != nil {
			return d, perr
		}
		return d, nil // "---" or "~" alone
	}
	// The lines of the keys beyond the profile's are blanked for
	// profile.Parse, which then reads the rest with every line where it was.
	lines := bytes.SplitAfter(data, []byte("\n"))
	root := doc.Content[0].Content
	profileKeys := profile.Keys()
	for i := 0; i+1 < len(root); i += 2 {
		k, v := root[i], root[i+1]
		if slices.Contains(profileKeys, k.Value) {
			continue
		}
		j := slices.IndexFunc(keys, func(x key) bool { return x.name == k.Value })
		if k.Kind != yaml.ScalarNode || j < 0 {
			return d, &profile.ParseError{Line: k.Line, Msg: fmt.Sprintf("unknown field %q (known: %s, %s)",
				k.Value, strings.Join(profileKeys, ", "), strings.Join(Keys(), ", "))}
		}
		if v.Kind != yaml.ScalarNode || v.Line != k.Line || strings.ContainsAny(v.Value, "\r\n") {
			return d, &profile.ParseError{Line: k.Line, Msg: fmt.Sprintf("field %q must be text on one line", k.Value)}
		}
		value := strings.TrimSpace(v.Value)
		if v.Tag == "!!null" {
			value = ""
		}
		if err := keys[j].set(&d, value); err != nil {
			return d, &profile.ParseError{Line: k.Line, Msg: fmt.Sprintf("field %q %v", k.Value, err)}
		}
		// The key's own line, and the comments up to the next key.
		end := len(lines)
		if i+2 < len(root) {
			end = root[i+2].Line - 1
		}
		for l := k.Line - 1; l < end && l < len(lines); l++ {
			if bytes.HasSuffix(lines[l], []byte("\n")) {
				lines[l] = []byte("\n")
			} else {
				lines[l] = nil
			}
		}
	}
	p, err := profile.Parse(bytes.Join(lines, nil))
	if err != nil {
		return Defaults{}, err
	}
	d.Profile = p
	return d, nil
}

// Load reads and parses the defaults file at path; errors name the path.
func Load(path string) (Defaults, error) {
	data, err := userfile.Read(path, "organisation defaults", maxFileSize)
	if err != nil {
		return Defaults{}, fmt.Errorf("load organisation defaults: %w", err)
	}
	d, err := Parse(data)
	if err != nil {
		return Defaults{}, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// baked is the organisation build's defaults file; empty of keys in an
// ordinary build.
//
//go:embed baked.yaml
var baked []byte

var bakedOnce = sync.OnceValues(func() (Defaults, error) {
	d, err := Parse(baked)
	if err != nil {
		return Defaults{}, fmt.Errorf("the organisation defaults built in: %w", err)
	}
	return d, nil
})

// Baked returns the defaults built into this program: the zero Defaults
// in an ordinary build. scripts/dist.sh checks the file before it builds,
// so the error is for a build made some other way.
func Baked() (Defaults, error) { return bakedOnce() }
