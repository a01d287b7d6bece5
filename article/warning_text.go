package article

import "github.com/paiban/paiban/message"

// The wordings of the reader's warnings (Warning.Note) and of a link
// printed as text (LinkError), in the three languages.
var (
	wImageAsText   = message.Text{"image %q %s is kept as its text", "圖片 %q %s，只保留其說明文字", "图片 %q %s，只保留其说明文字"}
	inImageDesc    = message.Text{"in an image description", "位於圖片說明中", "位于图片说明中"}
	inHeading      = message.Text{"in a heading", "位於標題中", "位于标题中"}
	inTable        = message.Text{"in a table", "位於表格中", "位于表格中"}
	wComment       = message.Text{"HTML comment dropped", "已略去 HTML 註解", "已略去 HTML 注释"}
	wRawHTML       = message.Text{"raw HTML %s dropped", "已略去 HTML 標籤 %s", "已略去 HTML 标签 %s"}
	wRawHTMLWith   = message.Text{"raw HTML %s dropped with its content", "已略去 HTML 標籤 %s 及其內容", "已略去 HTML 标签 %s 及其内容"}
	wDropped       = message.Text{"unsupported Markdown %s dropped", "不支援的 Markdown %s 已略去", "不支持的 Markdown %s 已略去"}
	wTextKept      = message.Text{"unsupported Markdown %s: only its text is kept", "不支援的 Markdown %s：只保留文字", "不支持的 Markdown %s：只保留文字"}
	wUnknownField  = message.Text{"unknown front matter field %q ignored (known: %s)", "略過不認得的前置資料欄位 %q（可用：%s）", "略过不认识的前置资料字段 %q（可用：%s）"}
	lPlainText     = message.Text{"link to %s printed as plain text: %s", "連結 %s 只印出文字：%s", "链接 %s 只打印文字：%s"}
	lEmpty         = message.Text{"the address is empty", "網址是空的", "网址是空的"}
	lTooLong       = message.Text{"the address is %d bytes long, more than the %d a link may have", "網址長 %d 位元組，超過連結上限 %d", "网址长 %d 字节，超过链接上限 %d"}
	lRelative      = message.Text{"a relative address has nothing to resolve against in a printed article (write the whole address, with https://)", "相對網址在印出的文章裡無從解析（請寫出完整網址，含 https://）", "相对网址在打印的文章里无从解析（请写出完整网址，含 https://）"}
	lNoHost        = message.Text{"the address has no host", "網址沒有主機名稱", "网址没有主机名"}
	lNoMail        = message.Text{"the mailto: address has no e-mail address", "mailto: 網址沒有電子郵件地址", "mailto: 网址没有电子邮件地址"}
	lNotPhone      = message.Text{"the tel: address is not a telephone number", "tel: 網址不是電話號碼", "tel: 网址不是电话号码"}
	lSchemeRefused = message.Text{"only http, https, mailto and tel links are kept, not %s:", "只保留 http、https、mailto 和 tel 連結，不接受 %s:", "只保留 http、https、mailto 和 tel 链接，不接受 %s:"}
)
