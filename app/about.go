package app

import (
	"fmt"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/export"
)

// oflURL is where the SIL Open Font License and its FAQ are published.
const oflURL = "https://openfontlicense.org"

// The About dialog's labels, added to strs (en, zh-Hant, zh-Hans). Their
// keys start with "about." so that they cannot clash with the window's.
func init() {
	for k, v := range map[string][3]string{
		"about.help":    {"Help", "說明", "帮助"},
		"about.item":    {"About Paiban", "關於排版", "关于排版"},
		"about.title":   {"About", "關於", "关于"},
		"about.version": {"Version %s", "版本 %s", "版本 %s"},
		"about.build":   {"Version %s (build %d)", "版本 %s（建置 %d）", "版本 %s（构建 %d）"},
		"about.what": {
			"Typesets Chinese news articles as print-ready PDFs.",
			"將中文新聞稿排成可直接付印的 PDF。",
			"将中文新闻稿排成可直接付印的 PDF。",
		},
		"about.fonts": {
			"Fonts built in: Noto Serif TC and SC (body text), Noto Sans TC and SC Bold (titles), " +
				"Noto Sans TC and SC Regular, cut to Big5 and GB 2312 (this window). Noto Serif CJK: Copyright 2012 Google Inc.; " +
				"Noto Sans CJK: Copyright 2014–2021 Adobe, with Reserved Font Name 'Source'. " +
				"Both are licensed under the SIL Open Font License 1.1; its full text is installed " +
				"with Paiban as OFL.txt. The licence allows the fonts to be embedded in the PDFs " +
				"you export, and it does not cover those documents. Fonts you add yourself " +
				"keep their own licences.",
			"內建字型：Noto Serif TC、SC（內文明體／宋體）、Noto Sans TC、SC Bold（標題黑體）、" +
				"Noto Sans TC、SC Regular 取 Big5、GB 2312 字集（本視窗）。Noto Serif CJK：Copyright 2012 Google Inc.；" +
				"Noto Sans CJK：Copyright 2014–2021 Adobe，保留字型名稱「Source」。" +
				"兩者皆以 SIL Open Font License 1.1 授權，全文隨排版安裝為 OFL.txt。" +
				"此授權允許將字型嵌入您匯出的 PDF，且不及於這些文件本身。您自行加入的字型依其各自的授權。",
			"内置字体：Noto Serif TC、SC（正文宋体／明体）、Noto Sans TC、SC Bold（标题黑体）、" +
				"Noto Sans TC、SC Regular 取 Big5、GB 2312 字集（本窗口）。Noto Serif CJK：Copyright 2012 Google Inc.；" +
				"Noto Sans CJK：Copyright 2014–2021 Adobe，保留字体名称“Source”。" +
				"两者均以 SIL Open Font License 1.1 授权，全文随排版安装为 OFL.txt。" +
				"此授权允许将字体嵌入您导出的 PDF，且不涉及这些文件本身。您自行添加的字体遵循其各自的授权。",
		},
		"about.ofl": {"SIL Open Font License 1.1", "SIL Open Font License 1.1", "SIL Open Font License 1.1"},
		"about.opencc": {
			"繁簡 conversion uses OpenCC's dictionaries (Carbo Kuo and the OpenCC contributors), " +
				"licensed under the Apache License 2.0; its text is installed with Paiban as LICENSE-OpenCC.txt.",
			"繁簡轉換使用 OpenCC 的詞典（Carbo Kuo 與 OpenCC 貢獻者），以 Apache License 2.0 授權，" +
				"全文隨排版安裝為 LICENSE-OpenCC.txt。",
			"繁简转换使用 OpenCC 的词典（Carbo Kuo 与 OpenCC 贡献者），以 Apache License 2.0 授权，" +
				"全文随排版安装为 LICENSE-OpenCC.txt。",
		},
	} {
		strs[k] = v
	}
}

// helpMenu is the Help menu: one item, About.
func (e *Editor) helpMenu() *fyne.Menu {
	return fyne.NewMenu(tr(e.ui, "about.help"), fyne.NewMenuItem(tr(e.ui, "about.item"), e.aboutDialog))
}

// versionText is "Version 0.1.0", with the build number when the fyne tool
// built the program (it records FyneApp.toml's Build in the app metadata).
func versionText(l string, build int) string {
	if build > 0 {
		return fmt.Sprintf(tr(l, "about.build"), export.Version, build)
	}
	return fmt.Sprintf(tr(l, "about.version"), export.Version)
}

// aboutDialog shows the program's name, version and the licences of the
// fonts and dictionaries it embeds.
func (e *Editor) aboutDialog() {
	l := e.ui
	meta := e.app.Metadata()
	name := widget.NewLabelWithStyle("Paiban 排版", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head := container.NewVBox(name, widget.NewLabel(versionText(l, meta.Build)))
	top := fyne.CanvasObject(head)
	if res := e.app.Icon(); res != nil {
		icon := canvas.NewImageFromResource(res)
		icon.FillMode = canvas.ImageFillContain
		icon.SetMinSize(fyne.NewSize(64, 64))
		top = container.NewBorder(nil, nil, icon, nil, head)
	}
	what := widget.NewLabel(tr(l, "about.what"))
	what.Wrapping = fyne.TextWrapWord
	fontsText := widget.NewLabel(tr(l, "about.fonts"))
	fontsText.Wrapping = fyne.TextWrapWord
	link, _ := url.Parse(oflURL)
	opencc := widget.NewLabel(tr(l, "about.opencc"))
	opencc.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(top, what, widget.NewSeparator(), fontsText,
		widget.NewHyperlink(tr(l, "about.ofl"), link), opencc)
	d := dialog.NewCustom(tr(l, "about.title"), tr(l, "ok"), content, e.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}
