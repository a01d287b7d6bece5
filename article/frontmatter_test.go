package article

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestFrontMatterFields(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		name string
		src  string
		want Meta
	}{
		{
			name: "all fields",
			src: "---\ntitle: 黨建引領改革:基層戰鬥堡壘強起來\nsubtitle: 副題\nsource: 澎湃新聞\nauthor: 王小明\n" +
				"date: 2018-10-12 09:53\nlang: zh-Hant\nkeywords: [稅務, 黨建]\n---\n正文\n",
			want: Meta{Title: "黨建引領改革:基層戰鬥堡壘強起來", Subtitle: "副題", Source: "澎湃新聞", Author: "王小明",
				Date: time.Date(2018, 10, 12, 9, 53, 0, 0, cst), DateHasTime: true, Lang: Hant, Keywords: []string{"稅務", "黨建"}},
		},
		{
			name: "date only, unquoted (YAML would make it a timestamp)",
			src:  "---\ndate: 2018-10-12\nlang: zh-Hans\n---\n",
			want: Meta{Date: time.Date(2018, 10, 12, 0, 0, 0, 0, cst), Lang: Hans},
		},
		{
			name: "date with T",
			src:  "---\ndate: 2018-10-12T09:53\nlang: zh-Hant\n---\n",
			want: Meta{Date: time.Date(2018, 10, 12, 9, 53, 0, 0, cst), DateHasTime: true, Lang: Hant},
		},
		{
			name: "date with slashes, quoted",
			src:  "---\ndate: \"2018/10/12\"\nlang: zh-Hant\n---\n",
			want: Meta{Date: time.Date(2018, 10, 12, 0, 0, 0, 0, cst), Lang: Hant},
		},
		{
			name: "CRLF line ends",
			src:  "---\r\ntitle: 標題\r\nlang: zh-TW\r\n---\r\n正文\r\n",
			want: Meta{Title: "標題", Lang: Hant},
		},
		{
			name: "BOM before the front matter",
			src:  utf8BOM + "---\ntitle: 標題\nlang: zh-cn\n---\n",
			want: Meta{Title: "標題", Lang: Hans},
		},
		{
			name: "keywords as a string with Chinese separators",
			src:  "---\nlang: zh-Hant\nkeywords: 稅務、黨建，改革；上海, Shanghai ;\n---\n",
			want: Meta{Lang: Hant, Keywords: []string{"稅務", "黨建", "改革", "上海", "Shanghai"}},
		},
		{
			name: "keywords as a block list",
			src:  "---\nlang: zh-Hant\nkeywords:\n  - 稅務\n  - 2018\n---\n",
			want: Meta{Lang: Hant, Keywords: []string{"稅務", "2018"}},
		},
		{
			name: "null and empty values",
			src:  "---\ntitle: ~\nauthor:\ndate: \"\"\nlang: zh-Hant\n---\n",
			want: Meta{Lang: Hant},
		},
		{
			name: "a number stays text",
			src:  "---\ntitle: 2024\nlang: zh-Hant\n---\n",
			want: Meta{Title: "2024", Lang: Hant},
		},
		{
			name: "keys are case-insensitive",
			src:  "---\nTitle: 標題\nLang: ZH-HANT\n---\n",
			want: Meta{Title: "標題", Lang: Hant},
		},
		{
			name: "empty front matter",
			src:  "---\n---\n這是正文\n",
			want: Meta{Lang: Hant, LangDetected: true},
		},
		{
			name: "no front matter",
			src:  "# 这是标题\n",
			want: Meta{Lang: Hans, LangDetected: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, tt.src)
			a.Meta.TitleSpan, a.Meta.SubtitleSpan = Span{}, Span{} // TestFrontMatterSpans
			if !reflect.DeepEqual(a.Meta, tt.want) {
				t.Errorf("Meta = %+v\nwant   %+v", a.Meta, tt.want)
			}
			if !a.Meta.Date.IsZero() && a.Meta.Date.Location().String() != "CST" {
				t.Errorf("date in %v, want CST (UTC+8) regardless of the local zone", a.Meta.Date.Location())
			}
		})
	}
}

// The title's and subtitle's spans start at their values, quoted or not,
// after a byte order mark or CRLF line ends; an empty value has none.
func TestFrontMatterSpans(t *testing.T) {
	for _, tt := range []struct {
		src             string
		title, subtitle string // the source at the span, "" for none
	}{
		{"---\ntitle: 標題\nsubtitle: 副題  \n---\n", "標題", "副題"},
		{"\xEF\xBB\xBF---\r\nsubtitle: '副 題'\r\ntitle: \"標題\"\r\n---\r\n", `"標題"`, "'副 題'"},
		{"---\ntitle:\nsubtitle: ~\n---\n", "", ""},
	} {
		a := mustParse(t, tt.src)
		at := func(s Span) string { return tt.src[s.Start:s.End] }
		if got := at(a.Meta.TitleSpan); got != tt.title {
			t.Errorf("%q: title span holds %q, want %q", tt.src, got, tt.title)
		}
		if got := at(a.Meta.SubtitleSpan); got != tt.subtitle {
			t.Errorf("%q: subtitle span holds %q, want %q", tt.src, got, tt.subtitle)
		}
	}
}

func TestFrontMatterBodyOffset(t *testing.T) {
	for _, src := range []string{
		"---\ntitle: 標題\n---\n正文",
		"---\r\ntitle: 標題\r\n---\r\n正文",
		utf8BOM + "---\ntitle: 標題\n---  \n正文",
		utf8BOM + "正文",
	} {
		a := mustParse(t, src)
		p := a.Blocks[0].(*Paragraph)
		if in := p.Inlines[0]; src[in.Span.Start:in.Span.End] != "正文" || !in.Exact {
			t.Errorf("%q: body text at %v is %q (exact %v)", src, in.Span, src[in.Span.Start:in.Span.End], in.Exact)
		}
	}
}

func TestFrontMatterClosedAtEOF(t *testing.T) {
	a := mustParse(t, "---\ntitle: 標題\n---")
	if a.Meta.Title != "標題" || len(a.Blocks) != 0 {
		t.Errorf("meta %+v, blocks %s", a.Meta, dump(a.Blocks))
	}
}

func TestFrontMatterUnknownFieldWarns(t *testing.T) {
	src := "---\ntitle: 標題\ntags: [a]\nlang: zh-Hant\n---\n正文\n"
	a := mustParse(t, src)
	if a.Meta.Title != "標題" {
		t.Errorf("title %q", a.Meta.Title)
	}
	if len(a.Warnings) != 1 {
		t.Fatalf("warnings %v, want one", a.Warnings)
	}
	w := a.Warnings[0]
	if got := src[w.Span.Start:w.Span.End]; got != "tags" {
		t.Errorf("warning span holds %q, want tags", got)
	}
	if line, col := Position([]byte(src), w.Span.Start); !strings.Contains(w.Message, `field "tags"`) || line != 3 || col != 1 {
		t.Errorf("warning %q at %d:%d, want one naming the field at 3:1", w.Message, line, col)
	}
}

func TestFrontMatterErrors(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		want   string // the whole message
		field  string
		atText string // what the error's span starts with
	}{
		{
			name:   "bad date",
			src:    "---\ntitle: 標題\ndate: 12/10\n---\n",
			want:   `front matter line 3:7: date "12/10" is not a date (want 2018-10-12 or 2018-10-12 09:53)`,
			field:  "date",
			atText: "12/10",
		},
		{
			name:   "title is a list",
			src:    "---\ntitle: [a, b]\n---\n",
			want:   "front matter line 2:8: title must be text, not a list",
			field:  "title",
			atText: "[a, b]",
		},
		{
			name:   "source is a mapping",
			src:    "---\nsource:\n  name: x\n---\n",
			want:   "front matter line 3:3: source must be text, not a set of fields",
			field:  "source",
			atText: "name: x",
		},
		{
			name:   "unknown lang",
			src:    "---\nlang: en-US\n---\n",
			want:   `front matter line 2:7: lang "en-US" is not one the project typesets (want zh-Hant or zh-Hans; zh-TW, zh-HK, zh-MO, zh-CN and zh-SG are accepted too)`,
			field:  "lang",
			atText: "en-US",
		},
		{
			name:   "keywords item is a list",
			src:    "---\nkeywords:\n  - a\n  - [b]\n---\n",
			want:   "front matter line 4:5: keywords item 2 must be text, not a list",
			field:  "keywords",
			atText: "[b]",
		},
		{
			name:   "positions count characters and the BOM is not one",
			src:    utf8BOM + "---\n標題: x\ntitle: {a: 1}\n---\n",
			want:   "front matter line 3:8: title must be text, not a set of fields",
			field:  "title",
			atText: "{a: 1}",
		},
		{
			name:   "given twice",
			src:    "---\ntitle: a\nTitle: b\n---\n",
			want:   "front matter line 3:1: title is given twice (first on line 2)",
			field:  "title",
			atText: "Title: b",
		},
		{
			name:   "not a mapping",
			src:    "---\n- a\n- b\n---\n",
			want:   `front matter line 2:1: front matter must be fields like "title: …", not a list`,
			atText: "- a",
		},
		{
			name:   "unquoted colon on the first line (yaml.v3 gives no line)",
			src:    "---\ntitle: 黨建: 基層\ndate: 2018-10-12\n---\n",
			want:   `front matter line 2:1: YAML syntax: mapping values are not allowed in this context in "title: 黨建: 基層" (put quotes around a value that contains ": ")`,
			field:  "title",
			atText: "title: 黨建: 基層",
		},
		{
			name:   "bad indentation on a later line (yaml.v3 gives the line before)",
			src:    "---\ntitle: a\nsource: b\n- c\n---\n",
			want:   `front matter line 4:1: YAML syntax: did not find expected key in "- c"`,
			atText: "- c",
		},
		{
			name:   "tab indentation",
			src:    "---\ntitle: a\nsource:\n\tx: 1\n---\n",
			want:   `front matter line 4:2: YAML syntax: found character that cannot start any token in "x: 1" (YAML does not allow tabs for indentation)`,
			atText: "x: 1",
		},
		{
			name:   "unclosed flow list",
			src:    "---\nkeywords: [a, b\n---\n",
			want:   `front matter line 2:1: YAML syntax: did not find expected ',' or ']' in "keywords: [a, b"`,
			field:  "keywords",
			atText: "keywords",
		},
		{
			name:   "no closing line",
			src:    "---\ntitle: 標題\n\n正文\n",
			want:   `front matter line 1:1: no closing "---" line after the front matter`,
			atText: "---",
		},
		{
			name:   "only an opening line",
			src:    "---",
			want:   `front matter line 1:1: no closing "---" line`,
			atText: "---",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.src))
			if err == nil {
				t.Fatalf("no error; article %+v", a.Meta)
			}
			if a != nil {
				t.Errorf("an article came with the error")
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %s\nwant %s", err, tt.want)
			}
			var fe *FrontMatterError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T is not a *FrontMatterError", err)
			}
			if fe.Field != tt.field {
				t.Errorf("Field = %q, want %q", fe.Field, tt.field)
			}
			if got := tt.src[fe.Span.Start:fe.Span.End]; !strings.HasPrefix(got, tt.atText) {
				t.Errorf("span holds %q, want it to start with %q", got, tt.atText)
			}
			if line, col := Position([]byte(tt.src), fe.Span.Start); line != fe.Line || col != fe.Col {
				t.Errorf("Line:Col = %d:%d but the span starts at %d:%d", fe.Line, fe.Col, line, col)
			}
		})
	}
}

func TestYAMLErrorIsWrapped(t *testing.T) {
	_, err := Parse([]byte("---\ntitle: [a\n---\n"))
	var fe *FrontMatterError
	if !errors.As(err, &fe) || fe.Err == nil || errors.Unwrap(err) != fe.Err {
		t.Fatalf("error %v does not wrap the YAML error", err)
	}
}

func TestParseDate(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		in      string
		want    time.Time
		hasTime bool
		ok      bool
	}{
		{"2018-10-12 09:53", time.Date(2018, 10, 12, 9, 53, 0, 0, cst), true, true},
		{"2018-10-12", time.Date(2018, 10, 12, 0, 0, 0, 0, cst), false, true},
		{"2018-10-12T09:53", time.Date(2018, 10, 12, 9, 53, 0, 0, cst), true, true},
		{"2018/10/12", time.Date(2018, 10, 12, 0, 0, 0, 0, cst), false, true},
		{"2018-1-5", time.Date(2018, 1, 5, 0, 0, 0, 0, cst), false, true},
		{" 2018-10-12 ", time.Date(2018, 10, 12, 0, 0, 0, 0, cst), false, true},
		{"2018年10月12日", time.Date(2018, 10, 12, 0, 0, 0, 0, cst), false, true},
		{"12/10", time.Time{}, false, false},
		{"2018-13-01", time.Time{}, false, false},
		{"2018-10-12 25:00", time.Time{}, false, false},
		{"yesterday", time.Time{}, false, false},
	}
	for _, tt := range tests {
		got, hasTime, err := parseDate(tt.in)
		if (err == nil) != tt.ok || !got.Equal(tt.want) || hasTime != tt.hasTime {
			t.Errorf("parseDate(%q) = %v, %v, %v; want %v, %v, ok %v", tt.in, got, hasTime, err, tt.want, tt.hasTime, tt.ok)
		}
	}
}

func TestParseLang(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
	}{
		{"zh-Hant", Hant}, {"zh-hant", Hant}, {"ZH-HANT", Hant}, {"zh-TW", Hant}, {"zh-hk", Hant},
		{"zh-MO", Hant}, {"zh_TW", Hant}, {"zh-Hant-TW", Hant},
		{"zh-Hans", Hans}, {"zh-CN", Hans}, {"zh-sg", Hans}, {"zh-Hans-CN", Hans},
		{"zh", ""}, {"en", ""}, {"zh-Hantx", ""}, {"", ""},
	}
	for _, tt := range tests {
		got, err := ParseLang(tt.in)
		if got != tt.want || (err == nil) != (tt.want != "") {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestSplitKeywords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"稅務,黨建", []string{"稅務", "黨建"}},
		{"稅務、黨建，改革；上海;x", []string{"稅務", "黨建", "改革", "上海", "x"}},
		{" a ,, b 　", []string{"a", "b"}},
		{"", nil},
		{"單一", []string{"單一"}},
	}
	for _, tt := range tests {
		if got := splitKeywords(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitKeywords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
