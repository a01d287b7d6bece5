package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/paiban/paiban/message"
)

// UI languages.
const (
	langHant = "zh-Hant"
	langHans = "zh-Hans"
	langEn   = "en"
)

// systemLanguage picks the UI language from the system locale, read as
// message.Parse reads a language: 繁體 for zh-TW, zh-HK, zh-MO and zh-Hant,
// 简体 for zh-CN, zh-SG and zh-Hans, English otherwise.
func systemLanguage() string {
	l, err := message.Parse(string(lang.SystemLocale()))
	if err != nil {
		return langEn
	}
	return string(l)
}

// strs holds every label of the window in the three languages; a key's
// English text is its first entry. Kept here rather than in Fyne's
// translation files so that the language can be switched while running.
var strs = map[string][3]string{ // en, zh-Hant, zh-Hans
	"app":             {"Paiban", "排版", "排版"},
	"untitled":        {"Untitled", "未命名", "未命名"},
	"title":           {"Title", "標題", "标题"},
	"subtitle":        {"Subtitle", "副標題", "副标题"},
	"source":          {"Source", "來源", "来源"},
	"author":          {"Author", "作者", "作者"},
	"date":            {"Date", "日期", "日期"},
	"lang":            {"Script", "文字", "文字"},
	"keywords":        {"Keywords", "關鍵詞", "关键词"},
	"detect":          {"Detect", "自動", "自动"},
	"writingHant":     {"Traditional zh-Hant", "繁體 zh-Hant", "繁体 zh-Hant"},
	"writingHans":     {"Simplified zh-Hans", "簡體 zh-Hans", "简体 zh-Hans"},
	"size":            {"Size", "字號", "字号"},
	"file":            {"File", "檔案", "文件"},
	"new":             {"New", "新增", "新建"},
	"open":            {"Open…", "開啟…", "打开…"},
	"save":            {"Save", "儲存", "保存"},
	"saveas":          {"Save As…", "另存新檔…", "另存为…"},
	"export":          {"Export PDF…", "匯出 PDF…", "导出 PDF…"},
	"recent":          {"Recent Files", "最近的檔案", "最近的文件"},
	"quit":            {"Quit", "結束", "退出"},
	"edit":            {"Edit", "編輯", "编辑"},
	"undo":            {"Undo", "復原", "撤销"},
	"redo":            {"Redo", "重做", "重做"},
	"find":            {"Find…", "尋找…", "查找…"},
	"view":            {"View", "檢視", "视图"},
	"settings":        {"Settings", "設定", "设置"},
	"profile":         {"Profile, Page and Fonts…", "主辦單位、版面與字型…", "主办单位、版面与字体…"},
	"paper":           {"Paper", "紙張", "纸张"},
	"uilang":          {"Language", "介面語言", "界面语言"},
	"import":          {"Import YAML…", "匯入 YAML…", "导入 YAML…"},
	"exportyaml":      {"Export YAML…", "匯出 YAML…", "导出 YAML…"},
	"organisation":    {"Organisation (主辦單位)", "主辦單位", "主办单位"},
	"address":         {"Address", "地址", "地址"},
	"phone":           {"Telephone", "電話", "电话"},
	"site_code":       {"Site code", "網站標識碼", "网站标识码"},
	"icp":             {"ICP licence", "ICP備案號", "ICP备案号"},
	"psb":             {"Public security filing", "公網安備號", "公网安备号"},
	"slogan":          {"Banner line", "標語", "标语"},
	"page":            {"Page %d of %d", "第 %d 頁／共 %d 頁", "第 %d 页／共 %d 页"},
	"fit":             {"Fit width", "符合寬度", "适合宽度"},
	"fitpage":         {"Whole page", "整頁", "整页"},
	"chars":           {"%d characters", "%d 字", "%d 字"},
	"chars1":          {"%d character", "%d 字", "%d 字"},
	"pages1":          {"%d page", "%d 頁", "%d 页"},
	"missing1":        {"%d character without a glyph", "%d 個字無字形", "%d 个字无字形"},
	"warnings1":       {"%d warning", "%d 個警告", "%d 个警告"},
	"notes1":          {"%d proofreading note", "校對提示 %d 處", "校对提示 %d 处"},
	"pages":           {"%d pages", "%d 頁", "%d 页"},
	"missing":         {"%d characters without a glyph", "%d 個字無字形", "%d 个字无字形"},
	"warnings":        {"%d warnings", "%d 個警告", "%d 个警告"},
	"notes":           {"%d proofreading notes", "校對提示 %d 處", "校对提示 %d 处"},
	"proofpanel":      {"Proofreading", "校對", "校对"},
	"fix":             {"Fix", "修正", "修正"},
	"fixall":          {"Fix All Safe", "全部安全修正", "全部安全修正"},
	"cut":             {"Cut", "剪下", "剪切"},
	"copy":            {"Copy", "複製", "复制"},
	"paste":           {"Paste", "貼上", "粘贴"},
	"pasteplain":      {"Paste Unchanged", "原樣貼上", "原样粘贴"},
	"importmenu":      {"Import…", "匯入…", "导入…"},
	"importfailed":    {"Could not import the document", "無法匯入文件", "无法导入文件"},
	"importwarnings":  {"what could not be carried over", "無法帶過來的內容", "无法带过来的内容"},
	"printmenu":       {"Print…", "列印…", "打印…"},
	"resetorg":        {"Reset to Organisation Defaults", "還原為機構預設值", "恢复为机构默认值"},
	"selectall":       {"Select All", "全選", "全选"},
	"picturesave":     {"Save the article first", "請先儲存文章", "请先保存文章"},
	"picturesavebody": {"An inserted picture is copied into the images folder beside the article, so the article needs a file first.", "插入的圖片會複製到文章旁的 images 資料夾，所以文章要先有檔案。", "插入的图片会复制到文章旁的 images 文件夹，所以文章要先有文件。"},
	"picturefailed":   {"Could not insert the picture", "無法插入圖片", "无法插入图片"},
	"replace":         {"Replace", "取代", "替换"},
	"replaceall":      {"Replace All", "全部取代", "全部替换"},
	"replacewith":     {"Replace with", "取代為", "替换为"},
	"replacemenu":     {"Replace…", "取代…", "替换…"},
	"findnext":        {"Find Next", "找下一個", "查找下一个"},
	"findprev":        {"Find Previous", "找上一個", "查找上一个"},
	"matchcase":       {"Aa", "Aa", "Aa"},
	"matchwidth":      {"，= ,", "，= ,", "，= ,"},
	"matchscript":     {"繁 = 簡", "繁 = 簡", "繁 = 简"},
	"nomatch":         {"No match", "找不到", "找不到"},
	"replaced":        {"%d replaced", "已取代 %d 處", "已替换 %d 处"},
	"replaced1":       {"1 replaced", "已取代 1 處", "已替换 1 处"},
	"pagebox":         {"Page", "頁", "页"},
	"fixrule":         {"Fix these %d", "修正這 %d 處", "修正这 %d 处"},
	"fixrule1":        {"Fix this one", "修正這 1 處", "修正这 1 处"},
	"fixed":           {"%d fixes made (Edit › Undo takes them back)", "已修正 %d 處（編輯 → 復原可還原）", "已修正 %d 处（编辑 → 撤销可还原）"},
	"error":           {"Error", "錯誤", "错误"},
	"fixed1":          {"%d fix made (Edit › Undo takes it back)", "已修正 %d 處（編輯 → 復原可還原）", "已修正 %d 处（编辑 → 撤销可还原）"},
	"stale":           {"The text has changed since the check; the list is being updated. Try again.", "文字在校對後已變更，清單正在更新，請再試一次。", "文字在校对后已更改，列表正在更新，请再试一次。"},
	"tools":           {"Tools", "工具", "工具"},
	"convert":         {"Convert 繁簡…", "繁簡轉換…", "繁简转换…"},
	"convtitle":       {"Convert 繁簡", "繁簡轉換", "繁简转换"},
	"conv.s2t":        {"s2t: 簡體 → 繁體 (OpenCC standard)", "s2t：簡體 → 繁體（OpenCC 標準）", "s2t：简体 → 繁体（OpenCC 标准）"},
	"conv.s2tw":       {"s2tw: 簡體 → 繁體 (Taiwan)", "s2tw：簡體 → 繁體（臺灣）", "s2tw：简体 → 繁体（台湾）"},
	"conv.s2hk":       {"s2hk: 簡體 → 繁體 (Hong Kong)", "s2hk：簡體 → 繁體（香港）", "s2hk：简体 → 繁体（香港）"},
	"conv.t2s":        {"t2s: 繁體 → 簡體", "t2s：繁體 → 簡體", "t2s：繁体 → 简体"},
	"scopeall":        {"The whole article, front matter too; its lang is set.", "整篇文章，含標題等欄位，並設定文字（lang）。", "整篇文章，含标题等字段，并设置文字（lang）。"},
	"scopesel":        {"The selection: %d characters.", "選取的 %d 個字。", "选中的 %d 个字。"},
	"converting":      {"Converting…", "轉換中…", "转换中…"},
	"convertfailed":   {"Conversion failed", "轉換失敗", "转换失败"},
	"nochange":        {"Nothing changes.", "沒有要變更的地方。", "没有要更改的地方。"},
	"changes":         {"%d lines change.", "%d 行有變更。", "%d 行有更改。"},
	"line":            {"Line %d", "第 %d 行", "第 %d 行"},
	"more":            {"… and %d more lines", "……另有 %d 行", "……另有 %d 行"},
	"apply":           {"Apply", "套用", "应用"},
	"unsaved":         {"Save changes to %s?", "要儲存 %s 的變更嗎？", "要保存 %s 的更改吗？"},
	"unsavedbody":     {"Your changes will be lost if you don't save them.", "不儲存的話，變更將會遺失。", "不保存的话，更改将会丢失。"},
	"dontsave":        {"Don't Save", "不儲存", "不保存"},
	"cancel":          {"Cancel", "取消", "取消"},
	"exporting":       {"Exporting PDF…", "正在匯出 PDF…", "正在导出 PDF…"},
	"exported":        {"Exported %s", "已匯出 %s", "已导出 %s"},
	"exportfailed":    {"Export failed", "匯出失敗", "导出失败"},
	"openfailed":      {"Could not open the file (the article open now is unchanged)", "無法開啟檔案（目前開啟的文章沒有變動）", "无法打开文件（当前打开的文章没有变动）"},
	"savefailed":      {"Could not save the file", "無法儲存檔案", "无法保存文件"},
	"heading":         {"Heading", "標題", "标题"},
	"bold":            {"Bold", "粗體", "粗体"},
	"quote":           {"Quote", "引文", "引文"},
	"list":            {"List", "清單", "列表"},
	"image":           {"Image", "圖片", "图片"},
	"rule":            {"Rule", "分隔線", "分隔线"},
	"ok":              {"OK", "確定", "确定"},
	"recover":         {"Restore unsaved article?", "還原未儲存的文章？", "还原未保存的文章？"},
	"recoverbody":     {"%s was not saved when Paiban last stopped. A copy from %s was kept.", "排版上次結束時 %s 尚未儲存，已保留 %s 的副本。", "排版上次结束时 %s 尚未保存，已保留 %s 的副本。"},
	"restore":         {"Restore", "還原", "还原"},
	"discard":         {"Discard", "捨棄", "舍弃"},
	"official":        {"GB/T 9704 official document", "GB/T 9704 公文版式", "GB/T 9704 公文版式"},
	"halfwidth":       {"Print , : ; ! ? in Chinese text full-width", "中文裡的 , : ; ! ? 以全形印出", "中文里的 , : ; ! ? 以全角印出"},
	"bodyfont":        {"Body font", "內文字型", "正文字体"},
	"titlefont":       {"Title font", "標題字型", "标题字体"},
	"embedded":        {"Default", "預設", "默认"},
	"fontfailed":      {"The font cannot be used", "無法使用此字型", "无法使用此字体"},
	"quotefont":       {"Block quote font", "引文字型", "引文字体"},
	"compress":        {"Punctuation compression", "標點擠壓", "标点挤压"},
	"compress-auto":   {"Simplified text only (corner punctuation)", "僅簡體（標點偏左下）", "仅简体（标点偏左下）"},
	"compress-on":     {"Always", "一律擠壓", "一律挤压"},
	"compress-off":    {"Never", "不擠壓", "不挤压"},
	"headingfont":     {"Heading level %d (%s)", "第 %d 級標題（%s）", "第 %d 级标题（%s）"},
	"systemfonts":     {"Use installed Kai, FangSong and XiaoBiaoSong fonts where the article calls for them", "文章需要時，使用已安裝的楷體、仿宋、小標宋字型", "文章需要时，使用已安装的楷体、仿宋、小标宋字体"},
	"tabprofile":      {"Organisation", "主辦單位", "主办单位"},
	"tabpage":         {"Page", "版面", "版面"},
	"tabfonts":        {"Fonts", "字型", "字体"},
	"pickfont":        {"Choose a font", "選擇字型", "选择字体"},
	"fontfile":        {"Font file…", "字型檔案…", "字体文件…"},
	"useembedded":     {"Embedded font", "內建字型", "内置字体"},
	"searchfonts":     {"Search installed fonts", "搜尋已安裝的字型", "搜索已安装的字体"},
	"findingfonts":    {"Looking for installed fonts…", "正在尋找已安裝的字型…", "正在查找已安装的字体…"},
	"nofonts":         {"No installed TrueType font with Chinese was found. Choose a font file instead.", "找不到已安裝、含中文的 TrueType 字型，請改選字型檔案。", "找不到已安装、含中文的 TrueType 字体，请改选字体文件。"},
	"fontdefault":     {"Built-in Noto, or an installed font where the article calls for one (see the box below)", "內建 Noto，或文章需要時已安裝的字型（見下方勾選）", "内置 Noto，或文章需要时已安装的字体（见下方勾选）"},
	"fontunknown":     {"Not a TrueType font file", "不是 TrueType 字型檔", "不是 TrueType 字体文件"},
	"noembed":         {" (its licence forbids embedding)", "（授權不允許嵌入）", "（授权不允许嵌入）"},
	"allfonts":        {"Show fonts without Chinese", "顯示不含中文的字型", "显示不含中文的字体"},
	"recoverlist":     {"Paiban stopped before these articles were saved. Copies were kept:", "排版結束前以下文章尚未儲存，已保留副本：", "排版结束前以下文章尚未保存，已保留副本："},
	"missingtitle":    {"Characters without a glyph", "有字沒有字形", "有字没有字形"},
	"missingbody":     {"%d character(s) below are in none of the fonts. Choose a font that has them, correct the text, or print them as 〓.", "以下 %d 個字在所有字型中都沒有字形。可以改用有這些字的字型、修改文字，或把它們印成〓。", "以下 %d 个字在所有字体中都没有字形。可以改用有这些字的字体、修改文字，或把它们打印成〓。"},
	"printgeta":       {"Print as 〓", "印成〓", "打印成〓"},
	"later":           {"Later", "稍後再說", "稍后再说"},
	"recovered":       {"Unsaved Copies…", "未儲存的副本…", "未保存的副本…"},
	"norecovered":     {"There are no unsaved copies to restore.", "沒有可還原的未儲存副本。", "没有可还原的未保存副本。"},
	"copyfrom":        {"%s — kept %s", "%s — %s 保留", "%s — %s 保留"},
	"changed":         {"%s changed on disk", "%s 已在磁碟上變更", "%s 已在磁盘上更改"},
	"changedsave":     {"Another program or window changed %s after you opened it. Saving now would replace those changes with yours.", "開啟 %s 之後，另一個程式或視窗變更了它。現在儲存會以你的內容取代那些變更。", "打开 %s 之后，另一个程序或窗口更改了它。现在保存会以你的内容替换那些更改。"},
	"changedreload":   {"Another program or window changed %s. Reload it from disk?", "另一個程式或視窗變更了 %s。要從磁碟重新載入嗎？", "另一个程序或窗口更改了 %s。要从磁盘重新载入吗？"},
	"changedlose":     {"Another program or window changed %s. Reload it from disk? Your unsaved changes here would be lost.", "另一個程式或視窗變更了 %s。要從磁碟重新載入嗎？這裡未儲存的變更將會遺失。", "另一个程序或窗口更改了 %s。要从磁盘重新载入吗？这里未保存的更改将会丢失。"},
	"overwrite":       {"Replace", "取代", "替换"},
	"reload":          {"Reload", "重新載入", "重新载入"},
	"exists":          {"%s already exists", "%s 已存在", "%s 已存在"},
	"existsbody":      {"Replace it? The old file stays until the new one is complete.", "要取代它嗎？新檔案完整寫好之前，舊檔案會保留。", "要替换它吗？新文件完整写好之前，旧文件会保留。"},
}

// trn formats a count with the label key in language l: the label
// key+"1" where there is one for a count of one (English "1 page"). A
// wording of one may leave the number out ("Fix this one").
func trn(l, key string, n int) string {
	if _, ok := strs[key+"1"]; ok && n == 1 {
		key += "1"
	}
	format := tr(l, key)
	if !strings.Contains(format, "%") {
		return format
	}
	return fmt.Sprintf(format, n)
}

// wrapping is how text in language l wraps in a label: English at word
// ends, Chinese at any character (a word wrap waits for a space, which
// Chinese text has few of: "以下 1" would stand alone on its line).
func wrapping(l string) fyne.TextWrap {
	if l == langEn {
		return fyne.TextWrapWord
	}
	return fyne.TextWrapBreak
}

// tr returns the label key in language l.
func tr(l, key string) string {
	s, ok := strs[key]
	if !ok {
		return key
	}
	return wording(s, l)
}

// wording is the wording of a label (en, 繁體, 简体) in the UI language l.
func wording(s [3]string, l string) string {
	switch l {
	case langHant:
		return s[1]
	case langHans:
		return s[2]
	}
	return s[0]
}
