package article

import "strings"

// langPairs is a compact table of common characters whose Traditional and
// Simplified forms differ, as Traditional–Simplified pairs. A pair is left
// out when its Simplified form is also in ordinary Traditional use (于 余
// 里 台 干 面 只 系 松 云 志 游 准 范 制 斗 板 著…), so that counting cannot
// mistake Traditional text for Simplified; the reverse is rare enough.
const langPairs = "" +
	"們们 個个 這这 來来 說说 時时 會会 為为 對对 國国 過过 學学 後后 與与 發发 " +
	"經经 關关 開开 還还 實实 點点 體体 現现 電电 話话 當当 機机 長长 應应 該该 " +
	"種种 認认 讓让 見见 議议 務务 區区 書书 東东 車车 語语 門门 問问 題题 錢钱 " +
	"買买 賣卖 級级 線线 網网 號号 圖图 樣样 稅税 黨党 動动 業业 員员 產产 從从 " +
	"將将 進进 頭头 軍军 聲声 無无 萬万 氣气 歲岁 報报 場场 變变 兒儿 師师 麼么 " +
	"邊边 頁页 紙纸 處处 總总 條条 記记 計计 設设 許许 論论 識识 證证 請请 讀读 " +
	"調调 談谈 護护 達达 運运 選选 遠远 連连 鐵铁 銀银 錯错 鐘钟 間间 聞闻 陽阳 " +
	"陰阴 際际 隊队 難难 雙双 離离 風风 飛飞 飯饭 館馆 馬马 魚鱼 鳥鸟 齊齐 龍龙 " +
	"億亿 價价 優优 傳传 備备 創创 勞劳 勢势 協协 單单 嚴严 園园 團团 圍围 壓压 " +
	"壞坏 夠够 寫写 專专 導导 屬属 幫帮 廣广 廳厅 戰战 擊击 據据 擔担 擴扩 斷断 " +
	"歷历 歸归 殺杀 漢汉 灣湾 爭争 獨独 獲获 環环 療疗 盡尽 監监 眾众 確确 禮礼 " +
	"積积 穩稳 筆笔 節节 簡简 納纳 組组 結结 給给 統统 絕绝 續续 維维 緊紧 織织 " +
	"舉举 華华 藝艺 蘭兰 術术 衛卫 補补 裝装 規规 覺觉 觀观 訂订 訊讯 試试 詳详 " +
	"誤误 課课 負负 財财 責责 貨货 費费 資资 賽赛 購购 輕轻 輸输 辦办 農农 鄉乡 " +
	"醫医 錄录 陳陈 陸陆 隨随 雜杂 響响 項项 順顺 須须 預预 領领 顧顾 類类 顯显 " +
	"養养 驗验 黃黄 聯联 職职 聽听 腦脑 興兴 舊旧 藥药 轉转 鎮镇 雖虽 靈灵 頻频 " +
	"驚惊 歡欢 濟济 減减 測测 溫温 滿满 營营 獎奖 畫画 稱称 紀纪 約约 紅红 細细 " +
	"終终 練练 績绩 羅罗 義义 習习 葉叶 蘇苏 親亲 評评 詞词 訪访 誰谁 講讲 謝谢 " +
	"譯译 質质 載载 適适 釋释 鋼钢 階阶 靜静 願愿 顏颜 騎骑 鬧闹 鹽盐"

// langTable maps each character of langPairs to the variety it marks.
type langTable map[rune]Lang

// newLangTable builds the lookup table from langPairs.
func newLangTable() langTable {
	t := langTable{}
	for _, pair := range strings.Fields(langPairs) {
		r := []rune(pair)
		t[r[0]], t[r[1]] = Hant, Hans
	}
	return t
}

// DetectLang guesses whether Chinese text is written in Traditional or
// Simplified characters by counting the characters of a built-in table of
// nearly 300 common pairs that exist in only one of the two writings. More
// Simplified-only than Traditional-only characters gives Hans; anything else
// (more Traditional, a tie, no Chinese at all) gives Hant.
func DetectLang(text string) Lang {
	table := newLangTable()
	var hant, hans int
	for _, r := range text {
		switch table[r] {
		case Hant:
			hant++
		case Hans:
			hans++
		}
	}
	if hans > hant {
		return Hans
	}
	return Hant
}
