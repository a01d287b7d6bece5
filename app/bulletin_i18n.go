package app

import "github.com/paiban/paiban/message"

// bulletinStrs are the bulletin pane's labels in the three languages, as
// strs holds the editor's (en, 繁體, 简体).
var bulletinStrs = map[string][3]string{
	"newbulletin":  {"New Bulletin…", "新增簡報…", "新建简报…"},
	"openbulletin": {"Open Bulletin…", "開啟簡報…", "打开简报…"},
	"bulletin":     {"Bulletin", "簡報", "简报"},
	"bname":        {"Name (報頭)", "報頭名稱", "报头名称"},
	"bissue":       {"Issue (第 N 期)", "期號（第 N 期）", "期号（第 N 期）"},
	"btotal":       {"Total (總第 N 期)", "總期號", "总期号"},
	"bsupplement":  {"Supplement (增刊)", "增刊", "增刊"},
	"beditor":      {"Issued by (編印單位)", "編印單位", "编印单位"},
	"bdate":        {"Date (YYYY-MM-DD)", "印發日期（YYYY-MM-DD）", "印发日期（YYYY-MM-DD）"},
	"bclass":       {"Classification", "密級／提示", "密级／提示"},
	"bserial":      {"Serial number", "編號", "编号"},
	"bnote":        {"Editor's note (編者按)", "編者按", "编者按"},
	"barticles":    {"Articles", "文章", "文章"},
	"breport":      {"Report to (報), one a line", "報（每行一個）", "报（每行一个）"},
	"bsend":        {"Send to (送), one a line", "送（每行一個）", "送（每行一个）"},
	"bdistribute":  {"Distribute to (發), one a line", "發（每行一個）", "发（每行一个）"},
	"bcopies":      {"Copies (共印 N 份)", "共印份數", "共印份数"},
	"bmono":        {"Black and white (黑白)", "黑白", "黑白"},
	"bfooter":      {"Organisation footer", "印出主辦單位頁尾", "印出主办单位页脚"},
	"bnewpage":     {"New page", "另起一頁", "另起一页"},
	"badd":         {"Add article…", "加入文章…", "加入文章…"},
	"bremove":      {"Remove", "移除", "移除"},
	"bup":          {"Up", "上移", "上移"},
	"bdown":        {"Down", "下移", "下移"},
	"bsave":        {"Save Bulletin…", "儲存簡報…", "保存简报…"},
	"bexport":      {"Export PDF…", "匯出 PDF…", "导出 PDF…"},
	"bprint":       {"Print", "列印", "打印"},
	"bexported":    {"Exported to %s", "已匯出至 %s", "已导出到 %s"},
	"bpages":       {"%d pages, %d articles", "%d 頁，%d 篇文章", "%d 页，%d 篇文章"},
	"buntitled":    {"New bulletin", "新簡報", "新简报"},
	"bnotitle":     {"(no title)", "（無標題）", "（无标题）"},
	"bautolang":    {"From the articles", "依文章", "依文章"},
	"bbadnumber":   {"not a number", "不是數字", "不是数字"},
	"bbaddate":     {"not a date such as 2024-06-06", "不是日期（例如 2024-06-06）", "不是日期（例如 2024-06-06）"},
	"berror":       {"Error", "錯誤", "错误"},
	"bok":          {"OK", "確定", "确定"},
}

// btr is a bulletin pane label in the UI language l.
func btr(l, key string) string {
	s, ok := bulletinStrs[key]
	if !ok {
		return key
	}
	return wording(s, l)
}

// The bulletin pane's errors.
var (
	noArticlesYet = message.Text{
		"the bulletin has no articles yet: add some with “Add article…”",
		"簡報還沒有文章：請按「加入文章…」加入",
		"简报还没有文章：请按“加入文章…”加入",
	}
)
