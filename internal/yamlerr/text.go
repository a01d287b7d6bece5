package yamlerr

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/paiban/paiban/message"
)

// The wordings of a YAML syntax error, in the three languages: the frame,
// the hints, and each kind of fault yaml.v3 reports (kinds). The English
// of a kind is yaml.v3's own, which people search the web for.
var (
	syntaxIn  = message.Text{"YAML syntax: %s in %q", "YAML 語法錯誤：%s，位於 %q", "YAML 语法错误：%s，位于 %q"}
	syntax    = message.Text{"YAML syntax: %s", "YAML 語法錯誤：%s", "YAML 语法错误：%s"}
	unknownIn = message.Text{"YAML syntax error (%s) in %q", "YAML 語法錯誤（%s），位於 %q", "YAML 语法错误（%s），位于 %q"}
	unknown   = message.Text{"YAML syntax error (%s)", "YAML 語法錯誤（%s）", "YAML 语法错误（%s）"}
	hintQuote = message.Text{` (put quotes around a value that contains ": ")`, "（含有「: 」的值請加上引號）", "（含有“: ”的值请加上引号）"}
	hintTab   = message.Text{" (YAML does not allow tabs for indentation)", "（YAML 不允許用跳格字元縮排）", "（YAML 不允许用制表符缩进）"}
)

// kinds maps the start of yaml.v3's message to its wording. A message is
// matched by the longest prefix listed.
var kinds = map[string]message.Text{
	"mapping values are not allowed in this context":               {"mapping values are not allowed in this context", "此處不能有「: 」", "此处不能有“: ”"},
	"mapping keys are not allowed in this context":                 {"mapping keys are not allowed in this context", "此處不能有「? 」開頭的欄位名稱", "此处不能有“? ”开头的字段名称"},
	"block sequence entries are not allowed in this context":       {"block sequence entries are not allowed in this context", "此處不能有「- 」開頭的清單項目", "此处不能有“- ”开头的列表项"},
	"did not find expected key":                                    {"did not find expected key", "找不到應有的欄位名稱（縮排是否對齊？）", "找不到应有的字段名称（缩进是否对齐？）"},
	"could not find expected ':'":                                  {"could not find expected ':'", "欄位名稱後面缺少「:」", "字段名称后面缺少“:”"},
	"found character that cannot start any token":                  {"found character that cannot start any token", "有不能用在開頭的字元（例如 ` 或 @，請給值加上引號）", "有不能用在开头的字符（例如 ` 或 @，请给值加上引号）"},
	"did not find expected ',' or ']'":                             {"did not find expected ',' or ']'", "方括號清單缺少「,」或結尾的「]」", "方括号列表缺少“,”或结尾的“]”"},
	"did not find expected ',' or '}'":                             {"did not find expected ',' or '}'", "大括號內缺少「,」或結尾的「}」", "大括号内缺少“,”或结尾的“}”"},
	"found unexpected end of stream":                               {"found unexpected end of stream", "內容意外結束（引號或括號沒有關上？）", "内容意外结束（引号或括号没有闭合？）"},
	"found a tab character that violates indentation":              {"found a tab character that violates indentation", "縮排裡有跳格字元", "缩进里有制表符"},
	"found a tab character where an indentation space is expected": {"found a tab character where an indentation space is expected", "縮排應該用空格，這裡卻是跳格字元", "缩进应当用空格，这里却是制表符"},
	"did not find expected alphabetic or numeric character":        {"did not find expected alphabetic or numeric character", "「&」或「*」後面應該是由字母或數字組成的名稱", "“&”或“*”后面应当是由字母或数字组成的名称"},
	"did not find expected node content":                           {"did not find expected node content", "缺少應有的值", "缺少应有的值"},
	"did not find expected '-' indicator":                          {"did not find expected '-' indicator", "缺少清單項目開頭的「-」", "缺少列表项开头的“-”"},
	"did not find expected comment or line break":                  {"did not find expected comment or line break", "值後面多了內容（這裡只能是「#」開頭的註解或換行）", "值后面多了内容（这里只能是“#”开头的注释或换行）"},
	"found unexpected document indicator":                          {"found unexpected document indicator", "引號內的值中間出現了「---」或「...」行", "引号内的值中间出现了“---”或“...”行"},
	"found unknown escape character":                               {"found unknown escape character", "雙引號內有無法辨認的「\\」跳脫寫法", "双引号内有无法识别的“\\”转义写法"},
	"found invalid Unicode character escape code":                  {"found invalid Unicode character escape code", "雙引號內的「\\u」寫法不是有效的字元", "双引号内的“\\u”写法不是有效的字符"},
	"control characters are not allowed":                           {"control characters are not allowed", "不允許控制字元", "不允许控制字符"},
	"found incompatible YAML document":                             {"found incompatible YAML document", "不相容的 YAML 版本", "不兼容的 YAML 版本"},
	"found undefined tag handle":                                   {"found undefined tag handle", "「!」標記沒有定義", "“!”标记没有定义"},
	"did not find expected tag URI":                                {"did not find expected tag URI", "「!」標記的寫法不對", "“!”标记的写法不对"},
	"did not find expected '!'":                                    {"did not find expected '!'", "「!」標記的寫法不對", "“!”标记的写法不对"},
	"found an indentation indicator equal to 0":                    {"found an indentation indicator equal to 0", "「|」或「>」後的縮排數字不能是 0", "“|”或“>”后的缩进数字不能是 0"},
	"document contains excessive aliasing":                         {"document contains excessive aliasing", "別名（*）引用太多", "别名（*）引用太多"},
	"invalid leading UTF-8 octet":                                  {"invalid leading UTF-8 octet", "不是有效的 UTF-8 文字", "不是有效的 UTF-8 文本"},
	"invalid trailing UTF-8 octet":                                 {"invalid trailing UTF-8 octet", "不是有效的 UTF-8 文字", "不是有效的 UTF-8 文本"},
	"incomplete UTF-8 octet sequence":                              {"incomplete UTF-8 octet sequence", "不是有效的 UTF-8 文字", "不是有效的 UTF-8 文本"},
	"could not find expected directive name":                       {"could not find expected directive name", "「%%」開頭的指令行寫法不對", "“%%”开头的指令行写法不对"},
	"found unknown directive name":                                 {"found unknown directive name", "「%%」開頭的指令行寫法不對", "“%%”开头的指令行写法不对"},
	"did not find expected version number":                         {"did not find expected version number", "「%%」開頭的指令行寫法不對", "“%%”开头的指令行写法不对"},
	"did not find expected digit or '.' character":                 {"did not find expected digit or '.' character", "「%%」開頭的指令行寫法不對", "“%%”开头的指令行写法不对"},
	"did not find expected whitespace":                             {"did not find expected whitespace", "少了應有的空格", "少了应有的空格"},
	"invalid Unicode character":                                    {"invalid Unicode character", "有無效的 Unicode 字元", "有无效的 Unicode 字符"},
}

// The kinds whose message carries a value: an anchor's name, a depth, and
// a value of the wrong type (which only a decode into a Go value reports).
var (
	anchorRE    = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
	anchorText  = message.Text{"unknown anchor '%s' referenced", "引用了沒有定義的錨點「%s」", "引用了没有定义的锚点“%s”"}
	depthRE     = regexp.MustCompile(`^exceeded max depth of (\d+)$`)
	depthText   = message.Text{"exceeded max depth of %d", "層次太深（超過 %d 層）", "层次太深（超过 %d 层）"}
	typeRE      = regexp.MustCompile("^cannot unmarshal !!(\\w+) (?:`(.*)` )?into (\\S+)$")
	typeText    = message.Text{"cannot unmarshal %[2]s%[3]s into %[1]s", "這裡要的是%[1]s，不是%[2]s%[3]s", "这里要的是%[1]s，不是%[2]s%[3]s"}
	kindText    = message.Text{"text", "文字", "文本"}
	kindNumber  = message.Text{"a number", "數字", "数字"}
	kindBool    = message.Text{"true or false", "是非值（true 或 false）", "是非值（true 或 false）"}
	kindList    = message.Text{"a list", "清單", "列表"}
	kindFields  = message.Text{"a set of fields", "一組欄位", "一组字段"}
	kindTime    = message.Text{"a date", "日期", "日期"}
	kindNothing = message.Text{"nothing", "空值", "空值"}
)

// kindOf names a YAML tag (str, int, seq…) or a Go type (string, int,
// []string, map[string]string…) for a message; ok is false for one it
// does not know.
func kindOf(s string) (t message.Text, ok bool) {
	switch {
	case s == "str" || s == "string" || s == "binary":
		return kindText, true
	case s == "int" || s == "float" || strings.HasPrefix(s, "int") || strings.HasPrefix(s, "uint") || strings.HasPrefix(s, "float"):
		return kindNumber, true
	case s == "bool":
		return kindBool, true
	case s == "seq" || strings.HasPrefix(s, "[]"):
		return kindList, true
	case s == "map" || strings.HasPrefix(s, "map[") || strings.HasPrefix(s, "struct") || strings.Contains(s, "."):
		return kindFields, true
	case s == "timestamp" || s == "time.Time":
		return kindTime, true
	case s == "null":
		return kindNothing, true
	}
	return t, false
}

// Describe words msg, yaml.v3's description of a fault (without its
// "yaml: line N: " prefix), in each language: the catalogue's wording of
// its kind; ok is false, and the error nil, for a kind not in the
// catalogue.
func Describe(msg string) (what error, ok bool) {
	best := ""
	for prefix := range kinds {
		if strings.HasPrefix(msg, prefix) && len(prefix) > len(best) {
			best = prefix
		}
	}
	if best != "" {
		return message.New(kinds[best]), true
	}
	if m := anchorRE.FindStringSubmatch(msg); m != nil {
		return message.New(anchorText, m[1]), true
	}
	if m := depthRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return message.New(depthText, n), true
	}
	if m := typeRE.FindStringSubmatch(msg); m != nil {
		got, ok1 := kindOf(m[1])
		want, ok2 := kindOf(m[3])
		if ok1 && ok2 {
			value := ""
			if m[2] != "" {
				value = " " + strconv.Quote(m[2])
			}
			return message.New(typeText, want, got, value), true
		}
	}
	return nil, false
}
