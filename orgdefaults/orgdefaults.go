package orgdefaults

import (
	"bytes"
	_ "embed" // baked.yaml
	"errors"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
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
	// Bulletins are the names of the organisation's bulletins (bulletins:
	// [稅務工作動態, …]), the first of them the one a new bulletin starts
	// with.
	Bulletins []string
	// BulletinEditor is the 編印單位 a new bulletin starts with
	// (bulletin_editor).
	BulletinEditor string
}

// IsZero reports whether d has no defaults at all: an ordinary build.
func (d Defaults) IsZero() bool { return reflect.DeepEqual(d, Defaults{}) }

// key is one key the file has besides the profile's, and the field of
// Defaults it sets from its text.
type key struct {
	name string
	set  func(d *Defaults, value string) error
	// list, when set, takes a list of one-line texts instead of one text.
	list func(d *Defaults, values []string) error
}

// keys is the one place that knows the keys beyond the profile's.
var keys = []key{
	{"short_name", func(d *Defaults, v string) error {
		if !shortName.MatchString(v) {
			return message.New(oShortName)
		}
		d.ShortName = v
		return nil
	}, nil},
	{"paper", func(d *Defaults, v string) error {
		p, err := layout.ParsePaper(v)
		d.Paper = p.Name
		return err
	}, nil},
	{"size", func(d *Defaults, v string) error {
		p, err := layout.ParsePreset(v)
		if err == nil && p.Official {
			return message.New(oSizeOfficial)
		}
		d.Size = p.Name
		return err
	}, nil},
	{"preset", func(d *Defaults, v string) error {
		switch strings.ToLower(v) {
		case "gbt9704", "gb/t9704", "公文":
			d.Official = true
		case "", "none":
			d.Official = false
		default:
			return message.New(oPreset, v)
		}
		return nil
	}, nil},
	{"body_font", func(d *Defaults, v string) error { d.BodyFont = v; return nil }, nil},
	{"title_font", func(d *Defaults, v string) error { d.TitleFont = v; return nil }, nil},
	{"quote_font", func(d *Defaults, v string) error { d.QuoteFont = v; return nil }, nil},
	{"heading_font_2", func(d *Defaults, v string) error { d.HeadingFonts[0] = v; return nil }, nil},
	{"heading_font_3", func(d *Defaults, v string) error { d.HeadingFonts[1] = v; return nil }, nil},
	{"heading_font_4", func(d *Defaults, v string) error { d.HeadingFonts[2] = v; return nil }, nil},
	{"heading_font_5", func(d *Defaults, v string) error { d.HeadingFonts[3] = v; return nil }, nil},
	{"system_fonts", func(d *Defaults, v string) error {
		on, err := strconv.ParseBool(v)
		if err != nil {
			return message.New(oBool)
		}
		d.NoSystemFonts = !on
		return nil
	}, nil},
	{"bulletins", nil, func(d *Defaults, names []string) error {
		for _, n := range names {
			if n == "" || slices.Contains(d.Bulletins, n) {
				return message.New(oBulletins)
			}
			d.Bulletins = append(d.Bulletins, n)
		}
		return nil
	}},
	{"bulletin_editor", func(d *Defaults, v string) error { d.BulletinEditor = v; return nil }, nil},
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
			return d, errorAt(k.Line, oUnknown, k.Value, strings.Join(profileKeys, ", ")+", "+strings.Join(Keys(), ", "))
		}
		if keys[j].list != nil {
			values, line, ok := texts(v)
			if !ok {
				return d, errorAt(line, oList, k.Value)
			}
			if err := keys[j].list(&d, values); err != nil {
				return d, errorAt(k.Line, oField, k.Value, err)
			}
		} else {
			if v.Kind != yaml.ScalarNode || v.Line != k.Line || strings.ContainsAny(v.Value, "\r\n") {
				return d, errorAt(k.Line, oOneLine, k.Value)
			}
			value := strings.TrimSpace(v.Value)
			if v.Tag == "!!null" {
				value = ""
			}
			if err := keys[j].set(&d, value); err != nil {
				return d, errorAt(k.Line, oField, k.Value, err)
			}
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

// texts reads a list of one-line texts, flow ([a, b]) or block ("- a"
// lines), or one text alone as a list of one; otherwise it reports false
// and the line at fault.
func texts(n *yaml.Node) ([]string, int, bool) {
	if n.Kind == yaml.ScalarNode {
		n = &yaml.Node{Kind: yaml.SequenceNode, Line: n.Line, Content: []*yaml.Node{n}}
	}
	if n.Kind != yaml.SequenceNode {
		return nil, n.Line, false
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || c.Tag == "!!null" || strings.ContainsAny(c.Value, "\r\n") {
			return nil, c.Line, false
		}
		out = append(out, strings.TrimSpace(c.Value))
	}
	return out, n.Line, true
}

// Load reads and parses the defaults file at path; errors name the path
// (a *profile.ParseError's Path) and word themselves in each language.
func Load(path string) (Defaults, error) {
	data, err := userfile.Read(path, "profile", maxFileSize)
	if err != nil {
		return Defaults{}, message.New(oLoad, message.File(path, err))
	}
	d, err := Parse(data)
	if err != nil {
		var pe *profile.ParseError
		if errors.As(err, &pe) {
			pe.Path = path
			return Defaults{}, pe
		}
		return Defaults{}, message.New(oLoad, message.File(path, err))
	}
	return d, nil
}

// errorAt is a *profile.ParseError at line, worded by t with args, as
// the profile's own errors are.
func errorAt(line int, t message.Text, args ...any) error {
	note := message.New(t, args...)
	return &profile.ParseError{Line: line, Col: 1, Msg: note.Error(), Note: note}
}

// baked is the organisation build's defaults file; empty of keys in an
// ordinary build.
//
//go:embed baked.yaml
var baked []byte

var bakedOnce = sync.OnceValues(func() (Defaults, error) {
	d, err := Parse(baked)
	if err != nil {
		return Defaults{}, message.New(oBaked, err)
	}
	return d, nil
})

// Baked returns the defaults built into this program: the zero Defaults
// in an ordinary build. scripts/dist.sh checks the file before it builds,
// so the error is for a build made some other way.
func Baked() (Defaults, error) { return bakedOnce() }

// The words of the errors, in English, 繁體 and 简体.
var (
	oShortName    = message.Text{"must be 1 to 32 lower-case letters, digits and hyphens (not first or last), such as tpe-it", "必須是 1 至 32 個小寫英文字母、數字或連字號（不可在頭尾），例如 tpe-it", "必须是 1 至 32 个小写英文字母、数字或连字符（不能在首尾），例如 tpe-it"}
	oSizeOfficial = message.Text{`is 大, 中 or 小; the official-document page is "preset: gbt9704"`, "只能是大、中或小；公文版式請寫「preset: gbt9704」", "只能是大、中或小；公文版式请写“preset: gbt9704”"}
	oPreset       = message.Text{"unknown preset %q (want gbt9704 or none)", "不認得的版式 %q（應為 gbt9704 或 none）", "不认识的版式 %q（应为 gbt9704 或 none）"}
	oBool         = message.Text{"is true or false", "只能是 true 或 false", "只能是 true 或 false"}
	oUnknown      = message.Text{"unknown field %q (known: %s)", "不認得的欄位 %q（可用的有：%s）", "不认识的字段 %q（可用的有：%s）"}
	oOneLine      = message.Text{"field %q must be text on one line", "欄位 %q 必須是一行文字", "字段 %q 必须是一行文字"}
	oList         = message.Text{"field %q must be a list of texts on one line each, such as [稅務工作動態, 稅收調研]", "欄位 %q 必須是每項一行文字的清單，例如 [稅務工作動態, 稅收調研]", "字段 %q 必须是每项一行文字的列表，例如 [税务工作动态, 税收调研]"}
	oBulletins    = message.Text{"lists an empty or a repeated name", "有空白或重複的名稱", "有空白或重复的名称"}
	oField        = message.Text{"field %q %s", "欄位 %q：%s", "字段 %q：%s"}
	oLoad         = message.Text{"load organisation defaults: %s", "無法讀取機構預設值：%s", "无法读取机构默认值：%s"}
	oBaked        = message.Text{"the organisation defaults built in: %s", "內建的機構預設值：%s", "内置的机构默认值：%s"}
)
