package layout

import "github.com/paiban/paiban/message"

// The wordings of the layout's problems, in the three languages (see
// Problem.Note). One home: the layout says what it could not do, and the
// command line and the editor show it in their user's language.
var (
	unknownPaper = message.Text{
		"unknown paper %q (want A4, A5, B5 or Letter)",
		"沒有 %q 這種紙張（可用 A4、A5、B5 或 Letter）",
		"没有 %q 这种纸张（可用 A4、A5、B5 或 Letter）",
	}
	unknownSize = message.Text{
		"unknown size %q (want 大, 中 or 小, or large, medium or small)",
		"沒有 %q 這種字號（可用 大、中、小，或 large、medium、small）",
		"没有 %q 这种字号（可用 大、中、小，或 large、medium、small）",
	}
	noteMissingGlyph = message.Text{
		"no embedded font has the character 「%c」 (U+%04X)",
		"內嵌字型都沒有「%c」（U+%04X）",
		"内嵌字体都没有“%c”（U+%04X）",
	}
	noteImage = message.Text{
		"image %q cannot be used: %s",
		"圖片 %q 無法使用：%s",
		"图片 %q 无法使用：%s",
	}
	noteFooterWide = message.Text{
		"footer field is wider than the page's type area",
		"頁尾欄位比版心還寬",
		"页脚字段比版心还宽",
	}
	noteLineWide = message.Text{
		"line is %.1f pt wider than the column: a unit of text is wider than the column",
		"這一行比欄寬多出 %.1f pt：有一段不可拆開的文字比欄還寬",
		"这一行比栏宽多出 %.1f pt：有一段不可拆开的文字比栏还宽",
	}
	noteBrokenWhole = message.Text{
		"line broken at a word, number or ID that should stay whole: the column is too narrow for the text",
		"在應保持完整的詞、數字或編號中間換行：欄寬容不下這段文字",
		"在应保持完整的词、数字或编号中间换行：栏宽容不下这段文字",
	}
	noteBrokenKinsoku = message.Text{
		"line broken at a place 禁則 forbids: the column is too narrow for the text",
		"在禁則不允許的地方換行：欄寬容不下這段文字",
		"在禁则不允许的地方换行：栏宽容不下这段文字",
	}
	noteMoreLines = message.Text{
		"%s (and %d more lines of this paragraph)",
		"%s（本段另有 %d 行也是如此）",
		"%s（本段另有 %d 行也是如此）",
	}
	noteTableParts = message.Text{
		"the table's %d columns do not fit across the page even at %.4g pt: it is printed in %d parts of at most %d columns, one below the other, each repeating the first column",
		"表格的 %d 欄即使縮到 %.4g pt 也排不進版心：分成 %d 段上下排列，每段至多 %d 欄，各段重複第一欄",
		"表格的 %d 栏即使缩到 %.4g pt 也排不进版心：分成 %d 段上下排列，每段至多 %d 栏，各段重复第一栏",
	}
	noteTooManyLines = message.Text{
		"the %s takes %d lines, more than %d: it is printed in full, but a shorter %s would read better",
		"這個%s佔了 %d 行，超過 %d 行：已完整印出，但短一點會更好讀%.0s",
		"这个%s占了 %d 行，超过 %d 行：已完整印出，但短一点会更好读%.0s",
	}
	// What a too-long line of text is.
	noteTitle    = message.Text{"title", "標題", "标题"}
	noteSubtitle = message.Text{"subtitle", "副標題", "副标题"}
	noteHeading  = message.Text{"heading", "小標", "小标"}
)

// note records a problem with its wording: Message is the English, Note
// words it in each language.
func note(kind ProblemKind, src int, text string, t message.Text, args ...any) Problem {
	n := message.New(t, args...)
	return Problem{Kind: kind, Src: src, Text: text, Message: n.Error(), Note: n}
}
