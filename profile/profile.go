// Package profile reads and writes the organisation profile: the details an
// organisation prints in the official footer of every exported page (主辦單位,
// 地址, 電話, 網站標識碼, ICP and 公網安備 numbers) plus an optional banner
// slogan. A profile is a small YAML file of "key: value" lines.
//
// The package is plain data and file I/O. It depends only on the standard
// library, gopkg.in/yaml.v3, message (its errors word themselves in
// English, 繁體 and 简体) and the internal packages atomicfile, userfile,
// yamlerr (where a YAML syntax error is placed and worded) and cjk (where
// language tags are read), and must not import layout, fonts, pdf or any UI
// package (Fyne): the layout and the editor call it, never the other way.
package profile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/cjk"
	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/internal/yamlerr"
	"github.com/paiban/paiban/message"
)

// Profile is an organisation's footer and banner details. Every field is
// optional text on a single line; the zero value is an empty profile, which
// prints no footer. Each field's key in the file is in the table fields
// (see Keys), the one place that knows them.
//
// Profile is a plain value: copy it freely and use it from any goroutine.
type Profile struct {
	Organisation string // organisation: 主辦單位, the host organisation
	Address      string // address: 地址
	Phone        string // phone: 電話, kept as written: "021-12366", "(02)2720-8889"
	SiteCode     string // site_code: 網站標識碼, e.g. "bm29090019"
	ICP          string // icp: ICP備案號, e.g. "滬ICP備19025643號-1"
	PSB          string // psb: 公網安備號, e.g. "滬公網安備 31010402005587號"
	Slogan       string // slogan: banner line; not part of the footer
}

// Field is one printed footer field.
type Field struct {
	// Key is the field's key in the profile file, e.g. "site_code".
	Key string
	// Label is the printed label in the article's variety, e.g. "網站標識碼";
	// it is empty for fields whose value names itself (ICP and PSB numbers).
	Label string
	// Value is the field's trimmed text.
	Value string
}

// field describes one key of the file format. The table is the single place
// that knows the keys, their order, their labels and the fields they fill:
// Parse, Marshal, FooterFields, Keys, Get and Set all read it.
type field struct {
	key        string
	hant, hans string // printed labels; empty when the value names itself
	footer     bool   // printed in the footer (the slogan is not)
	get        func(*Profile) *string
}

var fields = [...]field{
	{"organisation", "主辦單位", "主办单位", true, func(p *Profile) *string { return &p.Organisation }},
	{"address", "地址", "地址", true, func(p *Profile) *string { return &p.Address }},
	{"phone", "電話", "电话", true, func(p *Profile) *string { return &p.Phone }},
	{"site_code", "網站標識碼", "网站标识码", true, func(p *Profile) *string { return &p.SiteCode }},
	{"icp", "", "", true, func(p *Profile) *string { return &p.ICP }},
	{"psb", "", "", true, func(p *Profile) *string { return &p.PSB }},
	{"slogan", "", "", false, func(p *Profile) *string { return &p.Slogan }},
}

// knownKeys is the list of keys for error messages, in file order.
var knownKeys = strings.Join(Keys(), ", ")

// Keys returns the keys of the profile file, in the order Marshal writes
// them: organisation, address, phone, site_code, icp, psb, slogan.
func Keys() []string {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.key
	}
	return keys
}

// Get returns the value of the field with the given key, as it is (not
// trimmed), or "" when no field has that key.
func (p Profile) Get(key string) string {
	if f := lookup(key); f != nil {
		return *f.get(&p)
	}
	return ""
}

// Set sets the field with the given key to value, as it is; it reports
// false, changing nothing, when no field has that key.
func (p *Profile) Set(key, value string) bool {
	f := lookup(key)
	if f == nil {
		return false
	}
	*f.get(p) = value
	return true
}

// maxFileSize bounds what Load reads: a profile is a few hundred bytes, so a
// bigger file is the wrong file.
const maxFileSize = 1 << 20

// ParseError is a problem in a profile's text, at a line of it. Parse and
// Load return it (Load with the file's path); use errors.As to get the
// line, for instance to point the editor at it. It words itself in each
// language (message.Localized).
type ParseError struct {
	Path string // the file, when Load read it; "" from Parse
	Line int    // 1-based; 0 when the problem has no single line
	Col  int    // 1-based, in characters, on Line
	Msg  string // one line in English, without a position
	// Note is Msg in each language.
	Note message.Localized
}

// Error returns a one-line message in English: `FILE:LINE:COL: MSG` from
// Load, such as `org.yaml:4:1: unknown field "fax" (known: organisation,
// …)`, and `profile line 4: MSG` from Parse.
func (e *ParseError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *ParseError) In(l message.Lang) string {
	what := e.Msg
	if e.Note != nil {
		what = e.Note.In(l)
	}
	switch {
	case e.Path != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, max(e.Col, 1), what)
	case e.Path != "":
		return fmt.Sprintf(message.At.In(l), e.Path, what)
	case e.Line > 0:
		return fmt.Sprintf(pLine.In(l), e.Line, what)
	}
	return fmt.Sprintf(pNoLine.In(l), what)
}

// errorAt is a *ParseError at line and col worded by t with args.
func errorAt(line, col int, t message.Text, args ...any) error {
	note := message.New(t, args...)
	return &ParseError{Line: line, Col: col, Msg: note.Error(), Note: note}
}

// Parse reads a profile from YAML text (UTF-8, one "key: value" line per
// field). Empty text, or text with only comments, is an empty profile.
//
// Values are trimmed of surrounding white space. A value YAML would read as a
// number or boolean (phone: 12366) is kept exactly as written; a null value
// (slogan: or slogan: ~) is empty. It is an error, reported as a *ParseError
// with its line, when the text is not valid YAML or not UTF-8, when a key is
// unknown or given twice, when a value is not a single piece of text (a list,
// a mapping) or when it spans more than one line or holds control characters.
func Parse(data []byte) (Profile, error) {
	p, err := parse(data)
	if err != nil {
		return Profile{}, err
	}
	return p, nil
}

func parse(data []byte) (Profile, error) {
	var p Profile
	if err := checkText(data); err != nil {
		return p, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return p, nil // nothing but white space and comments
		}
		return p, syntaxError(data, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return p, syntaxError(data, err)
	default:
		return p, errorAt(next.Line, 1, pTwoDocs)
	}

	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	root = resolve(root)
	switch {
	case root.Kind == yaml.ScalarNode && root.Tag == "!!null":
		return p, nil // "---" or "~" alone
	case root.Kind != yaml.MappingNode:
		return p, errorAt(root.Line, root.Column, pNotFields, yamlerr.Node(root))
	}

	seen := make(map[string]int, len(fields)) // key → line it was first given on
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := resolve(root.Content[i]), resolve(root.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return p, errorAt(k.Line, k.Column, pKeyNotWord, yamlerr.Node(k))
		}
		f := lookup(k.Value)
		if f == nil {
			return p, errorAt(k.Line, k.Column, pUnknown, k.Value, knownKeys)
		}
		if first, dup := seen[f.key]; dup {
			return p, errorAt(k.Line, k.Column, pTwice, f.key, first)
		}
		seen[f.key] = k.Line
		if v.Kind != yaml.ScalarNode {
			return p, errorAt(k.Line, k.Column, pNotText, f.key, yamlerr.Node(v))
		}
		value := v.Value
		if v.Tag == "!!null" {
			value = ""
		}
		value = strings.TrimSpace(value)
		if err := checkValue(f.key, value); err != nil {
			return p, &ParseError{Line: k.Line, Col: k.Column, Msg: err.Error(), Note: err}
		}
		*f.get(&p) = value
	}
	return p, nil
}

// Load reads and parses the profile file at path. Errors name the path
// and word themselves in each language; a *ParseError, with Path set,
// gives the line.
func Load(path string) (Profile, error) {
	data, err := userfile.Read(path, "profile", maxFileSize)
	if err != nil {
		return Profile{}, message.New(pLoad, message.File(path, err))
	}
	p, err := Parse(data)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			pe.Path = path
			return Profile{}, pe
		}
		return Profile{}, err
	}
	return p, nil
}

// Marshal returns p as YAML text, one "key: value" line per non-empty field in
// the order of Keys; the zero Profile gives empty text. Values are trimmed as Parse trims them, and
// quoted where YAML would otherwise read them as something else, so that
// Parse(Marshal(p)) gives p back, trimmed. A value with a line break or another
// control character is an error.
func (p Profile) Marshal() ([]byte, error) {
	out := []byte{}
	for i := range fields {
		f := &fields[i]
		value := strings.TrimSpace(*f.get(&p))
		if err := checkValue(f.key, value); err != nil {
			return nil, message.New(pNoLine, err)
		}
		if value == "" {
			continue
		}
		// A mapping of one key is the field's line, its value quoted as
		// YAML needs it (12366 → "12366", a: b → 'a: b') to read it back
		// as text.
		line, err := yaml.Marshal(map[string]string{f.key: value})
		if err != nil {
			return nil, fmt.Errorf("profile: %w", err)
		}
		out = append(out, line...)
	}
	return out, nil
}

// Save writes p to path as Marshal formats it, atomically (see
// internal/atomicfile): it writes a temporary file in the same folder,
// flushes it to disk and renames it over path, so a reader sees either the
// old file or the new one, never a part. On failure — a full disk, a
// read-only folder — the old file is left as it was, the temporary file is
// removed and the error names path. An existing file keeps its permissions
// (a new one gets 0644); when path is a symbolic link, the file it points
// to is replaced.
func (p Profile) Save(path string) error {
	data, err := p.Marshal()
	if err != nil {
		return message.New(pSave, path, err)
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return message.New(pSaveWrite, err)
	}
	return nil
}

// IsZero reports whether every field of p is empty.
func (p Profile) IsZero() bool {
	return p == Profile{}
}

// FooterFields returns the fields to print in the footer, in print order
// (the order of Keys, without the slogan, which is not a footer field),
// leaving out empty ones. Labels are in Simplified Chinese when lang is a
// Simplified tag as cjk.ParseLang reads them (zh-Hans, zh-Hans-CN, zh-CN,
// zh-SG; case does not matter) and in Traditional Chinese otherwise.
func (p Profile) FooterFields(lang string) []Field {
	l, err := cjk.ParseLang(lang)
	hans := err == nil && l == cjk.Hans
	var out []Field
	for i := range fields {
		f := &fields[i]
		value := strings.TrimSpace(*f.get(&p))
		if !f.footer || value == "" {
			continue
		}
		label := f.hant
		if hans {
			label = f.hans
		}
		out = append(out, Field{Key: f.key, Label: label, Value: value})
	}
	return out
}

func lookup(key string) *field {
	for i := range fields {
		if fields[i].key == key {
			return &fields[i]
		}
	}
	return nil
}

// resolve follows an alias (*name) to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// checkValue reports a value of the field key that cannot be printed on
// one footer line.
func checkValue(key, s string) *message.Error {
	if !utf8.ValidString(s) {
		return message.New(pValueUTF8, key)
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			return message.New(pLineBreak, key)
		case unicode.IsControl(r):
			return message.New(pValueControl, key, r)
		}
	}
	return nil
}

// checkText finds what yaml.v3 would reject without saying where: bytes that
// are not UTF-8 and characters YAML does not allow in a file.
func checkText(data []byte) error {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return errorAt(line, col, pNotUTF8)
		case r == '\n':
			line, col = line+1, 0
		case r == '\t' || r == '\r' || r == 0x85:
		case r < 0x20 || r >= 0x7f && r < 0xa0 || r == 0xfffe || r == 0xffff:
			return errorAt(line, col, pControl, r)
		}
		i += size
		col++
	}
	return nil
}

// syntaxError turns a yaml.v3 syntax error into a *ParseError on the line
// at fault, placed and worded in each language by internal/yamlerr as the
// article's front matter errors are.
func syntaxError(data []byte, err error) error {
	e := yamlerr.Locate(data, err)
	return &ParseError{Line: e.Line, Col: e.Col, Msg: e.Error(), Note: e}
}

// The wordings of the profile's errors, in the three languages.
var (
	pLine         = message.Text{"profile line %d: %s", "機構資料第 %d 行：%s", "机构资料第 %d 行：%s"}
	pNoLine       = message.Text{"profile: %s", "機構資料：%s", "机构资料：%s"}
	pLoad         = message.Text{"load profile: %s", "無法讀取機構資料：%s", "无法读取机构资料：%s"}
	pSave         = message.Text{"save profile %s: %s", "無法儲存機構資料 %s：%s", "无法保存机构资料 %s：%s"}
	pSaveWrite    = message.Text{"save profile: %s", "無法儲存機構資料：%s", "无法保存机构资料：%s"}
	pNotUTF8      = message.Text{"the file is not UTF-8 text (save it as UTF-8)", "檔案不是 UTF-8 文字（請存成 UTF-8）", "文件不是 UTF-8 文本（请存为 UTF-8）"}
	pControl      = message.Text{"the control character %U is not allowed", "不允許控制字元 %U", "不允许控制字符 %U"}
	pTwoDocs      = message.Text{`a profile is one YAML document; remove the second "---"`, "機構資料只能是一份 YAML 文件，請刪去第二個「---」", "机构资料只能是一份 YAML 文档，请删去第二个“---”"}
	pNotFields    = message.Text{`expected "key: value" lines such as "organisation: …", found %s`, "應該是「organisation: …」這樣的「欄位: 值」行，這裡卻是%s", "应当是“organisation: …”这样的“字段: 值”行，这里却是%s"}
	pKeyNotWord   = message.Text{"a field name must be a plain word, found %s", "欄位名稱必須是單純的名稱，這裡卻是%s", "字段名称必须是单纯的名称，这里却是%s"}
	pUnknown      = message.Text{"unknown field %q (known: %s)", "沒有 %q 這個欄位（可用的有：%s）", "没有 %q 这个字段（可用的有：%s）"}
	pTwice        = message.Text{"field %q is given twice (first on line %d)", "欄位 %q 出現了兩次（第一次在第 %d 行）", "字段 %q 出现了两次（第一次在第 %d 行）"}
	pNotText      = message.Text{"field %q must be text on one line, found %s", "欄位 %q 必須是一行文字，這裡卻是%s", "字段 %q 必须是一行文本，这里却是%s"}
	pValueUTF8    = message.Text{"field %q is not valid UTF-8 text", "欄位 %q 不是有效的 UTF-8 文字", "字段 %q 不是有效的 UTF-8 文本"}
	pLineBreak    = message.Text{"field %q must fit on one line, but has a line break", "欄位 %q 必須寫在一行之內，卻有換行", "字段 %q 必须写在一行之内，却有换行"}
	pValueControl = message.Text{"field %q has the control character %U", "欄位 %q 有控制字元 %U", "字段 %q 有控制字符 %U"}
)
