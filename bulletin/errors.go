package bulletin

import (
	"fmt"

	"github.com/paiban/paiban/message"
)

// Error is a fault in a bulletin file, at its place: Path:Line:Col.
// Parse and Load return it; use errors.As to get the place, for instance
// to point the editor at it.
type Error struct {
	Path      string // "" for text not read from a file
	Line, Col int    // 1-based; 0 when the fault has no single place
	Err       error  // what is wrong: a message.Localized
}

func (e *Error) Error() string { return e.In(message.En) }

// In implements message.Localized: "FILE:LINE:COL: message", worded in l.
func (e *Error) In(l message.Lang) string {
	return message.In(message.New(message.At, e.place(), e.Err), l)
}

func (e *Error) place() string {
	p := e.Path
	if p == "" {
		p = "bulletin"
	}
	if e.Line > 0 {
		p = fmt.Sprintf("%s:%d:%d", p, e.Line, max(e.Col, 1))
	}
	return p
}

// Unwrap returns what is wrong.
func (e *Error) Unwrap() error { return e.Err }

func errAt(line, col int, t message.Text, args ...any) *Error {
	return &Error{Line: line, Col: col, Err: message.New(t, args...)}
}

// The wordings of the faults a bulletin file can have.
var (
	errSyntax = message.Text{"%s", "YAML 語法錯誤：%s", "YAML 语法错误：%s"}
	errNotMap = message.Text{
		"a bulletin file is \"key: value\" lines such as \"name: …\", found %s",
		"簡報檔應是「鍵: 值」的行，例如「name: …」，這裡是%s",
		"简报文件应是“键: 值”的行，例如“name: …”，这里是%s",
	}
	errTwoDocs = message.Text{
		"a bulletin file is one YAML document; remove the second \"---\"",
		"簡報檔只能有一份 YAML 文件；請刪去第二個「---」",
		"简报文件只能有一份 YAML 文档；请删去第二个“---”",
	}
	errUnknownKey = message.Text{
		"unknown key %q (known: %s)",
		"不認得的鍵「%s」（可用的有：%s）",
		"不认识的键“%s”（可用的有：%s）",
	}
	errTwice = message.Text{
		"key %q is given twice (first on line %d)",
		"鍵「%s」出現了兩次（第一次在第 %d 行）",
		"键“%s”出现了两次（第一次在第 %d 行）",
	}
	errMissingKey = message.Text{
		"the bulletin has no %q: add a line \"%s: …\"",
		"簡報缺少「%s」：請加上一行「%s: …」",
		"简报缺少“%s”：请加上一行“%s: …”",
	}
	errNotText = message.Text{
		"%q must be text on one line, found %s",
		"「%s」應是一行文字，這裡是%s",
		"“%s”应是一行文字，这里是%s",
	}
	errNotNumber = message.Text{
		"%q must be a whole number from %d up, not %q",
		"「%s」應是不小於 %d 的整數，不是「%s」",
		"“%s”应是不小于 %d 的整数，不是“%s”",
	}
	errNotBool = message.Text{
		"%q must be true or false, not %q",
		"「%s」應是 true 或 false，不是「%s」",
		"“%s”应是 true 或 false，不是“%s”",
	}
	errNotDate = message.Text{
		"%q must be a date such as 2024-06-06, not %q",
		"「%s」應是日期，例如 2024-06-06，不是「%s」",
		"“%s”应是日期，例如 2024-06-06，不是“%s”",
	}
	errNotLang = message.Text{
		"lang %q is not one the project typesets (want zh-Hant or zh-Hans)",
		"lang 的「%s」不是可排版的文字（請寫 zh-Hant 或 zh-Hans）",
		"lang 的“%s”不是可排版的文字（请写 zh-Hant 或 zh-Hans）",
	}
	errNotList = message.Text{
		"%q must be a list such as [a, b], found %s",
		"「%s」應是清單，例如 [a, b]，這裡是%s",
		"“%s”应是列表，例如 [a, b]，这里是%s",
	}
	errNoArticles = message.Text{
		"the bulletin lists no articles: give them as \"articles: [a.md, b.md]\"",
		"簡報沒有列出文章：請寫成「articles: [a.md, b.md]」",
		"简报没有列出文章：请写成“articles: [a.md, b.md]”",
	}
	errBadEntry = message.Text{
		"an article is a file name, or {file: a.md, new_page: true}; found %s",
		"文章應是檔名，或 {file: a.md, new_page: true}；這裡是%s",
		"文章应是文件名，或 {file: a.md, new_page: true}；这里是%s",
	}
	errTooMany = message.Text{
		"a bulletin holds at most %d articles",
		"一期簡報最多收 %d 篇文章",
		"一期简报最多收 %d 篇文章",
	}
	errTooLong = message.Text{
		"the articles come to more than %s of text, the most a bulletin holds",
		"文章合計超過 %s，超出一期簡報的上限",
		"文章合计超过 %s，超出一期简报的上限",
	}
	errEntryKey = message.Text{
		"unknown key %q in an article (known: file, new_page)",
		"文章中不認得的鍵「%s」（可用的有：file、new_page）",
		"文章中不认识的键“%s”（可用的有：file、new_page）",
	}
)
