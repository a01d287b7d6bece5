package cli

import "github.com/paiban/paiban/message"

// The command line's own words, in the three languages (message.Text):
// the help, the misuses, the notices. What the packages underneath report
// words itself (message.Localized).

// usage is the help: paiban help, paiban --help, a command's --help, and
// paiban alone (on stderr).
var usage = message.Text{`Paiban 排版 — Chinese news articles as print-ready PDF.

Usage:
  paiban                      open the editor
  paiban export [options] -o OUT.pdf ARTICLE.md
  paiban export [options] -o OUTDIR/ ARTICLE.md… | FOLDER
  paiban print [--printer P] [--copies N] [--pages 1-3,5] [--duplex] [options] ARTICLE.md
  paiban print --list         the printers and their state
  paiban layout --json [options] ARTICLE.md
  paiban render [options] [--page N] [--dpi D] -o PAGE.png ARTICLE.md
  paiban check [--fix] ARTICLE.md
  paiban convert --to s2t|s2tw|s2hk|t2s -o OUT.md ARTICLE.md
  paiban import [-o OUT.md] [--images DIR] DOC.docx|.doc|.html|.txt
  paiban bulletin [options] [--issue N] [--mono] [--footer] -o OUT.pdf BULLETIN.yaml
  paiban fonts [--all]        the installed fonts the font options take
  paiban --version

Every command takes --lang en|zh-Hant|zh-Hans, the language of its
messages (by default the locale's: LANG=zh_TW.UTF-8 gives 繁體).

Options:
  --profile P.yaml   the organisation profile printed in the footer
  --size S           大, 中 or 小 (large, medium, small); default 中
  --paper P          A4, A5, B5 or Letter; default A4
  --allow-missing    print characters no font has as 〓 instead of failing
  --preset gbt9704   the GB/T 9704-2012 official-document page: A4, 22 lines × 28 characters at 16 pt
  --compress C       punctuation compression: auto (zh-Hans only, the default), on or off
  --keep-halfwidth   print , : ; ! ? typed between Chinese characters half-width, as typed
  --body-font F      your own font for body text: a .ttf, or FILE.ttc:N for face N of a collection
  --title-font F     your own font for the title and headings (same forms)
  --quote-font F     your own font for block quotes (same forms)
  --heading-font N=F your own font for heading level N (2 for ##, 3 for ###…); may repeat
  --no-system-fonts  use no installed font: by default an installed Kai (楷體) sets block
                     quotes and, with --preset gbt9704, installed FangSong (仿宋),
                     XiaoBiaoSong (小標宋) and Kai faces set the body, title and headings

An organisation build starts from its organisation's footer, paper, size,
page and fonts where these options are not given (--profile= for no footer).

export -o OUTDIR/ (a trailing slash, or an existing folder) exports many
articles, or a folder's .md files, with the same options on every core:
one line per failure, exit status 1 if any failed.

print sends the article to the printer (the default one unless --printer)
with the export options, and prints the job's number.

render draws page N (from 1; default 1) as the editor's preview shows it,
at D dots per inch (10 to 600; default 96), into a PNG file.

check proofreads the article and prints file:line:col: rule: message for
each finding; it exits 1 when there are any. --lang picks the language of
the messages; --fix makes the safe fixes in place, keeping ARTICLE.md.bak.

fonts lists the installed TrueType faces that cover Chinese (--all: every
one), each as the argument --body-font and the other font options take.

convert turns the article, front matter included, into 繁體 (s2t, s2tw for
Taiwan, s2hk for Hong Kong) or 简体 (t2s), sets its lang, writes OUT.md and
prints the changed lines as a diff.
`, `Paiban 排版 — 把中文新聞稿排成可付印的 PDF。

用法：
  paiban                      開啟編輯器
  paiban export [選項] -o 輸出.pdf 文章.md
  paiban export [選項] -o 輸出資料夾/ 文章.md… | 資料夾
  paiban print [--printer 印表機] [--copies N] [--pages 1-3,5] [--duplex] [選項] 文章.md
  paiban print --list         列出印表機及其狀態
  paiban layout --json [選項] 文章.md
  paiban render [選項] [--page N] [--dpi D] -o 頁面.png 文章.md
  paiban check [--fix] 文章.md
  paiban convert --to s2t|s2tw|s2hk|t2s -o 輸出.md 文章.md
  paiban import [-o 輸出.md] [--images 資料夾] 文件.docx|.doc|.html|.txt
  paiban bulletin [選項] [--issue 期號] [--mono] [--footer] -o 輸出.pdf 簡報.yaml
  paiban fonts [--all]        列出字型選項可用的已安裝字型
  paiban --version

每個命令都接受 --lang en|zh-Hant|zh-Hans，即訊息的語言
（預設依系統的地區設定：LANG=zh_TW.UTF-8 為繁體）。

選項：
  --profile P.yaml   印在頁尾的主辦單位資料
  --size S           大、中或小（也可寫 large、medium、small）；預設為中
  --paper P          A4、A5、B5 或 Letter；預設為 A4
  --allow-missing    沒有字型能印的字印成 〓，而不是停止匯出
  --preset gbt9704   GB/T 9704-2012 公文版面：A4，每頁 22 行、每行 28 字，16 pt
  --compress C       標點擠壓：auto（只用於简体，預設）、on 或 off
  --keep-halfwidth   夾在中文之間的半形 , : ; ! ? 照打字的樣子以半形印出
  --body-font F      內文用你自己的字型：.ttf，或 字型集.ttc:N 指其中第 N 款
  --title-font F     標題與小標用你自己的字型（寫法同上）
  --quote-font F     引文用你自己的字型（寫法同上）
  --heading-font N=F 第 N 級小標用你自己的字型（## 為 2，### 為 3…）；可重複
  --no-system-fonts  不用任何已安裝的字型：預設以已安裝的楷體排引文，加上
                     --preset gbt9704 時另以已安裝的仿宋、小標宋和楷體排
                     內文、標題與小標

機構版在未給這些選項時，採用機構的頁尾、紙張、字號、版面與字型
（--profile= 不寫檔名則不印頁尾）。

export -o 輸出資料夾/（結尾加 /，或已存在的資料夾）以相同選項、用所有
處理器核心匯出多篇文章或資料夾中的 .md 檔：每篇失敗的文章印一行，
只要有一篇失敗，結束狀態就是 1。

print 依匯出選項排版後送到印表機（未加 --printer 時用預設印表機），
並印出列印工作的編號。

render 把第 N 頁（從 1 起算，預設 1）照編輯器預覽的樣子畫成 PNG 圖檔，
解析度為每英寸 D 點（10 到 600，預設 96）。

check 校對文章，每個問題印一行「檔案:行:欄: 規則: 說明」；有問題時結束
狀態為 1。--lang 指定說明的語言；--fix 直接在原檔做安全的修正，原檔留在
文章.md.bak。

fonts 列出涵蓋中文的已安裝 TrueType 字型（--all：全部），每款都寫成
--body-font 等字型選項接受的樣子。

convert 把文章（連同前置資料）轉成繁體（s2t；s2tw 為臺灣用字，s2hk 為
香港用字）或简体（t2s），設好 lang，寫出 輸出.md，並印出改動的行
（統一差異格式）。
`, `Paiban 排版 — 把中文新闻稿排成可付印的 PDF。

用法：
  paiban                      打开编辑器
  paiban export [选项] -o 输出.pdf 文章.md
  paiban export [选项] -o 输出文件夹/ 文章.md… | 文件夹
  paiban print [--printer 打印机] [--copies N] [--pages 1-3,5] [--duplex] [选项] 文章.md
  paiban print --list         列出打印机及其状态
  paiban layout --json [选项] 文章.md
  paiban render [选项] [--page N] [--dpi D] -o 页面.png 文章.md
  paiban check [--fix] 文章.md
  paiban convert --to s2t|s2tw|s2hk|t2s -o 输出.md 文章.md
  paiban import [-o 输出.md] [--images 文件夹] 文件.docx|.doc|.html|.txt
  paiban bulletin [选项] [--issue 期号] [--mono] [--footer] -o 输出.pdf 简报.yaml
  paiban fonts [--all]        列出字体选项可用的已安装字体
  paiban --version

每个命令都接受 --lang en|zh-Hant|zh-Hans，即消息的语言
（默认依系统的区域设置：LANG=zh_CN.UTF-8 为简体）。

选项：
  --profile P.yaml   印在页脚的主办单位资料
  --size S           大、中或小（也可写 large、medium、small）；默认为中
  --paper P          A4、A5、B5 或 Letter；默认为 A4
  --allow-missing    没有字体能印的字印成 〓，而不是停止导出
  --preset gbt9704   GB/T 9704-2012 公文版面：A4，每页 22 行、每行 28 字，16 pt
  --compress C       标点挤压：auto（只用于简体，默认）、on 或 off
  --keep-halfwidth   夹在中文之间的半角 , : ; ! ? 按输入的样子以半角印出
  --body-font F      正文用你自己的字体：.ttf，或 字体集.ttc:N 指其中第 N 款
  --title-font F     标题与小标题用你自己的字体（写法同上）
  --quote-font F     引文用你自己的字体（写法同上）
  --heading-font N=F 第 N 级小标题用你自己的字体（## 为 2，### 为 3…）；可重复
  --no-system-fonts  不用任何已安装的字体：默认以已安装的楷体排引文，加上
                     --preset gbt9704 时另以已安装的仿宋、小标宋和楷体排
                     正文、标题与小标题

机构版在未给这些选项时，采用机构的页脚、纸张、字号、版面和字体
（--profile= 不写文件名则不印页脚）。

export -o 输出文件夹/（末尾加 /，或已存在的文件夹）以相同选项、用所有
处理器核心导出多篇文章或文件夹中的 .md 文件：每篇失败的文章印一行，
只要有一篇失败，退出状态就是 1。

print 按导出选项排版后发送到打印机（未加 --printer 时用默认打印机），
并输出打印任务的编号。

render 把第 N 页（从 1 起算，默认 1）按编辑器预览的样子画成 PNG 图片，
分辨率为每英寸 D 点（10 到 600，默认 96）。

check 校对文章，每个问题印一行“文件:行:列: 规则: 说明”；有问题时退出
状态为 1。--lang 指定说明的语言；--fix 直接在原文件做安全的修正，原文件
留在 文章.md.bak。

fonts 列出涵盖中文的已安装 TrueType 字体（--all：全部），每款都写成
--body-font 等字体选项接受的样子。

convert 把文章（连同前置资料）转成繁体（s2t；s2tw 为台湾用字，s2hk 为
香港用字）或简体（t2s），设好 lang，写出 输出.md，并印出改动的行
（统一差异格式）。
`}

// Misuses: a command given the wrong arguments (exit status 2).
var (
	seeHelp       = message.Text{"run 'paiban help' for usage", "執行「paiban help」可看用法", "运行“paiban help”可看用法"}
	unknownCmd    = message.Text{"unknown command %q", "沒有 %q 這個命令", "没有 %q 这个命令"}
	unknownOption = message.Text{"unknown option %s", "沒有 %s 這個選項", "没有 %s 这个选项"}
	needsValue    = message.Text{"%s needs a value", "%s 後面要接一個值", "%s 后面要接一个值"}
	wantBool      = message.Text{"%s takes true or false, not %q", "%s 只能是 true 或 false，不能是 %q", "%s 只能是 true 或 false，不能是 %q"}
	wantInt       = message.Text{"%s takes a whole number, not %q", "%s 要的是整數，不是 %q", "%s 要的是整数，不是 %q"}
	wantNumber    = message.Text{"%s takes a number, not %q", "%s 要的是數字，不是 %q", "%s 要的是数字，不是 %q"}
	badValue      = message.Text{"%s: bad value %q (%s)", "%s 的值 %q 不對（%s）", "%s 的值 %q 不对（%s）"}
	langNeeds     = message.Text{"--lang needs en, zh-Hant or zh-Hans", "--lang 後面要接 en、zh-Hant 或 zh-Hans", "--lang 后面要接 en、zh-Hant 或 zh-Hans"}
	oneArticle    = message.Text{"%s takes one article file", "%s 只接受一個文章檔", "%s 只接受一个文章文件"}
	noArguments   = message.Text{"%s takes no arguments", "%s 不接受其他引數", "%s 不接受其他参数"}
	needsOut      = message.Text{"%s needs -o %s", "%s 需要 -o %s", "%s 需要 -o %s"}
	needsJSON     = message.Text{"layout needs --json (the only output format)", "layout 需要 --json（目前唯一的輸出格式）", "layout 需要 --json（目前唯一的输出格式）"}
	needsTo       = message.Text{"convert needs --to s2t|s2tw|s2hk|t2s", "convert 需要 --to s2t|s2tw|s2hk|t2s", "convert 需要 --to s2t|s2tw|s2hk|t2s"}
	unknownPreset = message.Text{"unknown preset %q (want gbt9704)", "沒有 %q 這種版面（可用 gbt9704）", "没有 %q 这种版面（可用 gbt9704）"}
	badHeading    = message.Text{"--heading-font wants LEVEL=FONT with LEVEL 2 to 6 (2 for ##), not %q", "--heading-font 要寫成 級別=字型，級別為 2 到 6（## 為 2），不能是 %q", "--heading-font 要写成 级别=字体，级别为 2 到 6（## 为 2），不能是 %q"}
	dpiRange      = message.Text{"--dpi %g: want 10 to %d", "--dpi %g：要在 10 到 %d 之間", "--dpi %g：要在 10 到 %d 之间"}
	noSuchPage    = message.Text{"--page %d: the article has %d page(s)", "--page %d：文章只有 %d 頁", "--page %d：文章只有 %d 页"}
)

// Failures and notices.
var (
	warning      = message.Text{"warning: %s", "警告：%s", "警告：%s"}
	moreWarnings = message.Text{"warning: … and %d more", "警告：……另有 %d 則", "警告：……另有 %d 条"}
	allowMissing = message.Text{"(pass --allow-missing to print them as 〓)", "（加上 --allow-missing 可把這些字印成 〓）", "（加上 --allow-missing 可把这些字印成 〓）"}
	exported     = message.Text{"%s: %d page(s), %s %s", "%s：共 %d 頁，%s %s", "%s：共 %d 页，%s %s"}
	rendered     = message.Text{"%s: page %d of %d, %d × %d pixels at %g dpi", "%s：第 %d 頁（共 %d 頁），%d × %d 像素，每英寸 %g 點", "%s：第 %d 页（共 %d 页），%d × %d 像素，每英寸 %g 点"}
	drawing      = message.Text{"drawing page %d: %s", "無法畫出第 %d 頁：%s", "无法画出第 %d 页：%s"}
	convertDone  = message.Text{"%[1]s: %[2]d of %[3]d line(s) changed, lang %[4]s, written to %[5]s", "%[1]s：%[3]d 行中改了 %[2]d 行，lang 設為 %[4]s，已寫入 %[5]s", "%[1]s：%[3]d 行中改了 %[2]d 行，lang 设为 %[4]s，已写入 %[5]s"}
	writingConv  = message.Text{"writing the converted article: %s", "無法寫入轉換後的文章：%s", "无法写入转换后的文章：%s"}
	fixesBreak   = message.Text{"%s: the fixes would break the article, nothing written (a bug): %s", "%s：修正後文章會無法讀取，所以什麼都沒寫入（這是程式錯誤）：%s", "%s：修正后文章会无法读取，所以什么都没写入（这是程序错误）：%s"}
	keepingCopy  = message.Text{"keeping a copy before fixing: %s", "修正前無法保留副本：%s", "修正前无法保留副本：%s"}
	fixing       = message.Text{"fixing: %s", "無法寫入修正：%s", "无法写入修正：%s"}
	madeFixes    = message.Text{"%s: made %d fix(es); the original is in %s", "%s：做了 %d 處修正；原檔在 %s", "%s：做了 %d 处修正；原文件在 %s"}
)

// Placeholders in the misuses, as the help writes them.
var (
	outPDF = message.Text{"OUT.pdf", "輸出.pdf", "输出.pdf"}
	outMD  = message.Text{"OUT.md", "輸出.md", "输出.md"}
	outPNG = message.Text{"PAGE.png", "頁面.png", "页面.png"}
)
