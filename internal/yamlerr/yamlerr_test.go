package yamlerr

import (
	"errors"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/message"
)

// decodeErr is the error yaml.v3 gives for text.
func decodeErr(t *testing.T, text string) error {
	t.Helper()
	err := decodeAll([]byte(text))
	if err == nil {
		t.Fatalf("%q decodes without an error", text)
	}
	return err
}

func TestLocate(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		line       int
		want       string
	}{
		{"on line 1, which yaml.v3 does not name", "title: 黨建: 基層\n", 1,
			`YAML syntax: mapping values are not allowed in this context in "title: 黨建: 基層" (put quotes around a value that contains ": ")`},
		{"a parser fault yaml.v3 puts a line early", "a: 1\nb: 2\n- c\n", 3,
			`YAML syntax: did not find expected key in "- c"`},
		{"a value ending in a colon", "a: 1\nb: x:\n", 2,
			`YAML syntax: mapping values are not allowed in this context in "b: x:" (put quotes around a value that contains ": ")`},
		{"bad indentation is no quoting matter", "a: 1\nb: x\n c: y\n", 3,
			`YAML syntax: mapping values are not allowed in this context in "c: y"`},
		{"a tab", "a: 1\n\tb: 2\n", 2,
			`YAML syntax: found a tab character that violates indentation in "b: 2" (YAML does not allow tabs for indentation)`},
		{"unclosed quote", "a: 1\nb: \"x\nc: 3\n", 2,
			`YAML syntax: found unexpected end of stream in "b: \"x"`},
		{"in a second document", "a: 1\n---\nb: [x\n", 3,
			`YAML syntax: did not find expected ',' or ']' in "b: [x"`},
		{"CRLF line ends", "a: 1\r\nb: [x\r\n", 2,
			`YAML syntax: did not find expected ',' or ']' in "b: [x"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := decodeErr(t, tc.text)
			e := Locate([]byte(tc.text), err)
			if e.Line != tc.line || e.Error() != tc.want {
				t.Errorf("Locate(%q) = line %d %q\nwant line %d %q", tc.text, e.Line, e.Error(), tc.line, tc.want)
			}
			if !errors.Is(e, err) {
				t.Error("the decoder's error is not wrapped")
			}
		})
	}
}

// Past the bounds the line is yaml.v3's, kept within the text.
func TestLocateBounds(t *testing.T) {
	long := strings.Repeat("a: 1\n", maxRescanLines+10) + "b: [x\n"
	var n yaml.Node
	err := yaml.Unmarshal([]byte(long), &n)
	if err == nil {
		t.Fatal("no error")
	}
	reported, _ := split(err)
	if e := Locate([]byte(long), err); e.Line != reported || e.Line < maxRescanLines {
		t.Errorf("line %d, want yaml.v3's %d", e.Line, reported)
	}
	if e := Locate([]byte("a: 1\nb: 2\n"), errors.New("yaml: line 9: something else")); e.Line != 2 || e.Text != "b: 2" {
		t.Errorf("a line past the end: %d %q, want 2 \"b: 2\"", e.Line, e.Text)
	}
	if e := Locate(nil, errors.New("yaml: something")); e.Line != 1 || e.Error() != "YAML syntax error (something)" {
		t.Errorf("no text: line %d %q", e.Line, e.Error())
	}
}

// Each fault people make is worded in 繁體 and 简体 from the catalogue,
// placed at the first character of its line; a fault of a kind the
// catalogue lacks is a generic "YAML syntax error" with yaml.v3's words in
// parentheses.
func TestWording(t *testing.T) {
	for _, tc := range []struct {
		text      string
		line, col int
		hant      string
		hans      string
	}{
		{"title: 黨建: 基層\n", 1, 1, `YAML 語法錯誤：此處不能有「: 」，位於 "title: 黨建: 基層"（含有「: 」的值請加上引號）`,
			`YAML 语法错误：此处不能有“: ”，位于 "title: 黨建: 基層"（含有“: ”的值请加上引号）`},
		{"a: 1\nkey: - x\n", 2, 1, "YAML 語法錯誤：此處不能有「- 」開頭的清單項目", "YAML 语法错误：此处不能有“- ”开头的列表项"},
		{"- a\nb: 1\n", 2, 1, "缺少清單項目開頭的「-」", "缺少列表项开头的“-”"},
		{"a:\n  b: 1\n  - c\n", 3, 3, "找不到應有的欄位名稱", "找不到应有的字段名称"},
		{"a: 1\nb: 2\n- c\n", 3, 1, "找不到應有的欄位名稱", "找不到应有的字段名称"},
		{"a: `x`\n", 1, 1, "有不能用在開頭的字元", "有不能用在开头的字符"},
		{"a: 1\nb\nc: 2\n", 2, 1, "欄位名稱後面缺少「:」", "字段名称后面缺少“:”"},
		{"a: [x\n", 1, 1, "方括號清單缺少", "方括号列表缺少"},
		{"a: {x: 1\n", 1, 1, "大括號內缺少", "大括号内缺少"},
		{"a: \"x\n", 1, 1, "內容意外結束", "内容意外结束"},
		{"a: 1\n\tb: 2\n", 2, 2, "縮排裡有跳格字元", "缩进里有制表符"},
		{"a: *nope\n", 1, 1, "引用了沒有定義的錨點「nope」", "引用了没有定义的锚点“nope”"},
		{"a: *甲\n", 1, 1, "「&」或「*」後面應該是", "“&”或“*”后面应当是"},
		{"a: \"x\\q\"\n", 1, 1, "無法辨認的「\\」跳脫寫法", "无法识别的“\\”转义写法"},
	} {
		e := Locate([]byte(tc.text), decodeErr(t, tc.text))
		if e.Line != tc.line || e.Col != tc.col {
			t.Errorf("%q: at %d:%d, want %d:%d", tc.text, e.Line, e.Col, tc.line, tc.col)
		}
		if _, ok := Describe(e.Msg); !ok {
			t.Errorf("%q: yaml.v3's %q is not in the catalogue", tc.text, e.Msg)
		}
		for l, want := range map[message.Lang]string{message.Hant: tc.hant, message.Hans: tc.hans} {
			if got := message.In(e, l); !strings.Contains(got, want) {
				t.Errorf("%q in %s: %q, want %q", tc.text, l, got, want)
			}
		}
	}
	e := Locate([]byte("a: 1\n"), errors.New("yaml: line 1: did not find expected <stream-start>"))
	for l, want := range map[message.Lang]string{
		message.En:   `YAML syntax error (did not find expected <stream-start>) in "a: 1"`,
		message.Hant: `YAML 語法錯誤（did not find expected <stream-start>），位於 "a: 1"`,
		message.Hans: `YAML 语法错误（did not find expected <stream-start>），位于 "a: 1"`,
	} {
		if got := e.In(l); got != want {
			t.Errorf("unknown kind in %s: %q, want %q", l, got, want)
		}
	}
}

// A value of the wrong type, which a decode into a Go value reports, is
// worded with the kinds in each language.
func TestTypeError(t *testing.T) {
	text := "a: 1\nb: abc\n"
	var v struct{ B int }
	err := yaml.Unmarshal([]byte(text), &v)
	if err == nil {
		t.Fatal("no error")
	}
	e := Locate([]byte(text), err)
	if e.Line != 2 {
		t.Errorf("line %d, want 2", e.Line)
	}
	for l, want := range map[message.Lang]string{
		message.En:   "cannot unmarshal text \"abc\" into a number",
		message.Hant: "這裡要的是數字，不是文字 \"abc\"",
		message.Hans: "这里要的是数字，不是文本 \"abc\"",
	} {
		if got := e.In(l); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}

// A directive line ("%YAML", "%TAG") that yaml.v3 refuses is worded too,
// its "%" printed as it is.
func TestDirective(t *testing.T) {
	e := Locate([]byte("%!\n"), decodeErr(t, "%!\n"))
	if got := e.In(message.Hant); !strings.Contains(got, "「%」開頭的指令行寫法不對") || strings.Contains(got, "%!」") {
		t.Errorf("%q", got)
	}
}

// Every kind's wording takes no argument: it prints as written in each
// language, its English being yaml.v3's message.
func TestKindsPrint(t *testing.T) {
	for prefix, text := range kinds {
		w, ok := Describe(prefix)
		if !ok {
			t.Errorf("%q: not described", prefix)
			continue
		}
		if w.Error() != prefix {
			t.Errorf("%q in English is %q", prefix, w.Error())
		}
		for _, l := range []message.Lang{message.Hant, message.Hans} {
			if got := message.In(w, l); strings.Contains(got, "%!") || got == "" || got == text[0] {
				t.Errorf("%q in %s: %q", prefix, l, got)
			}
		}
	}
}

// Node names each kind of YAML value one way, in three languages: a list,
// a set of fields, nothing, the text itself (cut at 40 characters), and
// follows an alias to what it names.
func TestNode(t *testing.T) {
	var doc yaml.Node
	src := "a: [1, 2]\nb: {c: d}\nc: ~\nd: 黨建引領\ne: " + strings.Repeat("長", 45) + "\nf: &x 值\ng: *x\n"
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	m := doc.Content[0].Content
	want := map[string][3]string{
		"a": {"a list", "清單", "列表"},
		"b": {"a set of fields", "一組欄位", "一组字段"},
		"c": {"nothing", "空值", "空值"},
		"d": {`the text "黨建引領"`, `文字 "黨建引領"`, `文本 "黨建引領"`},
		"e": {`the text "` + strings.Repeat("長", 40) + `…"`, "", ""},
		"g": {`the text "值"`, `文字 "值"`, `文本 "值"`},
	}
	for i := 0; i+1 < len(m); i += 2 {
		w, ok := want[m[i].Value]
		if !ok {
			continue
		}
		for l, lang := range []message.Lang{message.En, message.Hant, message.Hans} {
			if got := message.In(Node(m[i+1]), lang); w[l] != "" && got != w[l] {
				t.Errorf("%s in %s: %q, want %q", m[i].Value, lang, got, w[l])
			}
		}
	}
}
