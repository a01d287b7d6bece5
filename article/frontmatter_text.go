package article

import (
	"github.com/paiban/paiban/message"
)

// The wordings of the front matter's faults (FrontMatterError), in the
// three languages; a YAML syntax error is worded by internal/yamlerr.
var (
	fmAt          = message.Text{"front matter line %d:%d: %s", "前置資料第 %d 行第 %d 欄：%s", "前置资料第 %d 行第 %d 列：%s"}
	fmNoClose     = message.Text{`no closing "---" line`, "缺少結尾的「---」行", "缺少结尾的“---”行"}
	fmNoCloseList = message.Text{`no closing "---" line after the front matter`, "前置資料之後缺少結尾的「---」行", "前置资料之后缺少结尾的“---”行"}
	fmNotFields   = message.Text{`front matter must be fields like "title: …", not %s`, "前置資料必須是「title: …」這樣的欄位，而不是%s", "前置资料必须是“title: …”这样的字段，而不是%s"}
	fmKeyNotText  = message.Text{"a field name must be plain text", "欄位名稱必須是純文字", "字段名称必须是纯文本"}
	fmTwice       = message.Text{"%s is given twice (first on line %d)", "%s 出現了兩次（第一次在第 %d 行）", "%s 出现了两次（第一次在第 %d 行）"}
	fmNotText     = message.Text{"%s must be text, not %s", "%s 必須是文字，而不是%s", "%s 必须是文本，而不是%s"}
	fmNotDate     = message.Text{"date %q is not a date (want 2018-10-12 or 2018-10-12 09:53)", "date 的 %q 不是日期（請寫成 2018-10-12 或 2018-10-12 09:53）", "date 的 %q 不是日期（请写成 2018-10-12 或 2018-10-12 09:53）"}
	fmNotLang     = message.Text{"lang %q is not one the project typesets (want zh-Hant or zh-Hans; zh-TW, zh-HK, zh-MO, zh-CN and zh-SG are accepted too)", "lang 的 %q 不是可排版的文字（請寫 zh-Hant 或 zh-Hans；也接受 zh-TW、zh-HK、zh-MO、zh-CN、zh-SG）", "lang 的 %q 不是可排版的文字（请写 zh-Hant 或 zh-Hans；也接受 zh-TW、zh-HK、zh-MO、zh-CN、zh-SG）"}
	fmKeywords    = message.Text{"keywords must be a list or text separated by commas, not %s", "keywords 必須是清單或以逗號分隔的文字，而不是%s", "keywords 必须是列表或以逗号分隔的文本，而不是%s"}
	fmKeywordItem = message.Text{"keywords item %d must be text, not %s", "keywords 的第 %d 項必須是文字，而不是%s", "keywords 的第 %d 项必须是文本，而不是%s"}
)
