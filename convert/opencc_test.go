package convert

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"
)

// openCCCases is OpenCC's own test cases, copied unchanged (see
// testdata/README.md).
const openCCCases = "testdata/opencc/testcases.json"

// openCCCase is one case: an input and, by OpenCC configuration name, the
// expected output.
type openCCCase struct {
	ID       string            `json:"id"`
	Input    string            `json:"input"`
	Expected map[string]string `json:"expected"`
}

func loadOpenCCCases(t *testing.T) []openCCCase {
	t.Helper()
	b, err := os.ReadFile(openCCCases)
	if err != nil {
		t.Fatal(err)
	}
	// OpenCC's reader allows a comma before a closing brace, and the file
	// has one; encoding/json does not.
	b = regexp.MustCompile(`,(\s*[}\]])`).ReplaceAll(b, []byte("$1"))
	var file struct {
		Cases []openCCCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatalf("%s: %v", openCCCases, err)
	}
	return file.Cases
}

// TestOpenCCCases converts the input of each of OpenCC's cases for s2t,
// s2tw, s2hk and t2s, and expects OpenCC's output, byte for byte — except
// for the cases of newerCases, which are skipped with their reason. A
// listed case that passes fails the test, so that the list shrinks when the
// dictionaries are brought up to date.
func TestOpenCCCases(t *testing.T) {
	newer := map[string]string{}
	for _, g := range newerCases {
		reason := "added with OpenCC commit " + g.commit
		if g.alsoNeeds != "" {
			reason += "; also needs " + g.alsoNeeds + ", which our chains do not have"
		}
		for _, key := range g.cases {
			if _, dup := newer[key]; dup {
				t.Errorf("%s listed twice", key)
			}
			newer[key] = reason
		}
	}
	passed, skipped := 0, 0
	for _, c := range loadOpenCCCases(t) {
		for _, cfg := range Configs() {
			want, ok := c.Expected[string(cfg)]
			if !ok {
				continue
			}
			key := c.ID + "/" + string(cfg)
			reason, isNewer := newer[key]
			delete(newer, key)
			t.Run(key, func(t *testing.T) {
				got, err := Text(cfg, c.Input)
				switch {
				case err != nil:
					t.Fatal(err)
				case isNewer && got == want:
					t.Errorf("now converts as OpenCC expects: take it off newerCases (%s)", reason)
				case isNewer:
					skipped++
					t.Skipf("newer than our dictionaries: %s\n got %s\nwant %s", reason, got, want)
				case got != want:
					t.Errorf("%s(%s):\n got %s\nwant %s", cfg, c.Input, got, want)
				default:
					passed++
				}
			})
		}
	}
	for key := range newer {
		t.Errorf("newerCases lists %s, which %s does not have", key, openCCCases)
	}
	t.Logf("%d of OpenCC's cases pass, %d are skipped as newer than our dictionaries", passed, skipped)
	if passed == 0 {
		t.Error("no case passed")
	}
}

// newerCases are the cases of testcases.json (OpenCC commit 5249273a,
// 2026-08-06) that fail because they test dictionary entries OpenCC added
// or changed after the snapshot ours come from (dict/README.md; their
// files match OpenCC's of 2022), grouped by the
// OpenCC commit that added the case with its entries, all of 2026. With
// OpenCC's six dictionaries of commit 5249273a in place of ours, every
// case here passes except those whose group names alsoNeeds: a dictionary
// OpenCC's configuration has since added to the conversion's chain (the
// Taiwan and Hong Kong variant phrases, TSCharactersExt), which ours lacks.
var newerCases = []struct {
	commit    string // the OpenCC commit, its date and subject
	alsoNeeds string
	cases     []string // id/config
}{
	{"8836bc50 2026-01-13 Fix: 「軟體動物」不應轉換為 「軟件動物」; Add 胚胎发育 -> 胚胎發育 to STPhrases (#1007)", "", []string{
		"case_014/s2t",
		"case_014/s2tw",
		"case_014/s2hk",
	}},
	{"3a9e004c 2026-01-26 Fix TW phrases (#1029)", "", []string{
		"BYVoid_OpenCC_Issue_475/s2t",
		"BYVoid_OpenCC_Issue_475/s2tw",
	}},
	{"fa8f1690 2026-03-26 Add Traditional Chinese translations for distance measurements (#1075)", "", []string{
		"BYVoid_OpenCC_Issue_988/s2t",
	}},
	{"0b3c8aa6 2026-04-11 fix: 控制台 should not convert to 控制檯 in any mode", "", []string{
		"BYVoid_OpenCC_Issue_582/s2t",
		"BYVoid_OpenCC_Issue_582/s2tw",
		"BYVoid_OpenCC_Issue_582/s2hk",
		"console_stays_unchanged/s2t",
		"console_stays_unchanged/s2tw",
		"console_stays_unchanged/s2hk",
	}},
	{"cabd32f5 2026-04-12 Fix incorrect segmentation of 「星露谷物语」 (Stardew Valley) in s2twp mode (#1096)", "", []string{
		"stardew_valley/s2t",
		"stardew_valley/s2tw",
		"stardew_valley/s2hk",
	}},
	{"4b31f07f 2026-04-14 fix: correct HK place names - add 干诺道/干诺道中/干诺道西 to STPhrases, add test cases", "", []string{
		"hk_place_connaught_road/s2t",
		"hk_place_connaught_road/s2tw",
		"hk_place_connaught_road/s2hk",
	}},
	{"1e5f2dce 2026-04-17 Fix incorrect conversion of 背包 → 揹包 in s2t/s2tw (#1122)", "", []string{
		"BYVoid_OpenCC_Issue_backpack/s2t",
		"BYVoid_OpenCC_Issue_backpack/s2tw",
		"BYVoid_OpenCC_Issue_backpack/s2hk",
	}},
	{"56d35172 2026-04-17 dict: Remove incorrect 念佛 → 唸佛 conversion in s2t (#1123)", "", []string{
		"BYVoid_OpenCC_Issue_1001_nian_fo/s2t",
		"BYVoid_OpenCC_Issue_1001_nian_fo/s2tw",
		"BYVoid_OpenCC_Issue_1001_nian_fo/s2hk",
	}},
	{"502e0bbc 2026-04-28 Fix t2s: 乾安縣/乾安鎮/乾州/乾佑縣 conversions (#1155)", "", []string{
		"t2s_place_name_qian_an_xian/t2s",
	}},
	{"86c71f90 2026-05-08 Correct 拉链 / 拉鏈 traditional mapping (#1189)", "", []string{
		"zipper_s2t/s2t",
		"zipper_s2t/s2tw",
		"zipper_s2t/s2hk",
	}},
	{"d34001e2 2026-05-10 Correct `内卷` conversion to `內捲` in S→T/TW/HK pipelines (#1203)", "", []string{
		"BYVoid_OpenCC_Issue_neijuan_s2t/s2t",
		"BYVoid_OpenCC_Issue_neijuan_s2t/s2tw",
		"BYVoid_OpenCC_Issue_neijuan_s2t/s2hk",
	}},
	{"8c6cc50d 2026-05-11 fix(dictionary): use 釐 in agreed STPhrases entries", "", []string{
		"BYVoid_OpenCC_Issue_943_s2t/s2t",
		"BYVoid_OpenCC_Issue_943_s2t/s2tw",
		"BYVoid_OpenCC_Issue_943_s2t/s2hk",
	}},
	{"53bbafeb 2026-05-14 Replace 血症/血癥 mapping with 血症/血症 in s2t", "", []string{
		"BYVoid_OpenCC_Issue_645/s2t",
		"BYVoid_OpenCC_Issue_645/s2tw",
		"BYVoid_OpenCC_Issue_645/s2hk",
	}},
	{"0f421ad6 2026-05-20 增加多种水果干、冻干、榴莲(梿)等词语繁简对照 (#1233)", "", []string{
		"fruit_dried_phrases_s2t/s2t",
		"fruit_dried_phrases_s2t/s2tw",
		"fruit_dried_phrases_s2t/s2hk",
	}},
	{"820b6053 2026-05-27 Fix 丁當 related phrases (#1036)", "", []string{
		"BYVoid_OpenCC_PR_1036_s2x/s2t",
	}},
	{"82d6f583 2026-05-27 Map 想象 to 想像 in STPhrases.txt (#1035)", "", []string{
		"BYVoid_OpenCC_PR_1035_s2t/s2t",
	}},
	{"32c4b7b2 2026-05-28 Fix 喫茶小舖/純喫茶 for s2tw (#1027)", "HKVariantsPhrases, TWVariantsPhrases", []string{
		"BYVoid_OpenCC_PR_447_s2x/s2tw",
		"BYVoid_OpenCC_PR_447_s2x/s2hk",
	}},
	{"a1cf95d7 2026-05-28 Reconfigure conversion behaviors for 牛驥同皁 and related phrases (#1248)", "", []string{
		"BYVoid_OpenCC_PR_1248_niu_ji_tong_zao/s2t",
	}},
	{"a1cf95d7 2026-05-28 Reconfigure conversion behaviors for 牛驥同皁 and related phrases (#1248)", "HKVariantsPhrases, TWVariantsPhrases", []string{
		"BYVoid_OpenCC_PR_1248_niu_ji_tong_zao/s2tw",
		"BYVoid_OpenCC_PR_1248_niu_ji_tong_zao/s2hk",
	}},
	{"dc5aaf19 2026-05-29 修正香港有線、無綫新聞頻道用字 (#1256)", "HKVariantsPhrases", []string{
		"BYVoid_OpenCC_PR_1256_HK_news_channels/s2hk",
	}},
	{"05bed0de 2026-05-30 Add 貍 -> 狸 conversion in t2s paths. (#1257)", "", []string{
		"BYVoid_OpenCC_Issue_930/t2s",
	}},
	{"3ab70c8f 2026-05-31 修复「擡／抬」在繁简与港台异体转换中的候选顺序 (#1255)", "", []string{
		"BYVoid_OpenCC_Issue_722/s2tw",
		"BYVoid_OpenCC_Issue_722/s2hk",
		"BYVoid_OpenCC_Issue_722/t2s",
		"BYVoid_OpenCC_Issue_722_preexisting_s2t/s2t",
		"BYVoid_OpenCC_Issue_722_preexisting_t2s_1/t2s",
	}},
	{"3d33957a 2026-06-07 修正 #1282 相關簡繁轉換問題 (#1288)", "", []string{
		"BYVoid_OpenCC_Issue_767_solace/t2s",
	}},
	{"6dce35d1 2026-06-07 s2twp / tw2sp 加入 20 種基本胺基酸 (#1289)", "", []string{
		"BYVoid_OpenCC_Issue_1275_amino_acid_s2x/s2t",
		"BYVoid_OpenCC_Issue_1275_amino_acid_s2x/s2tw",
	}},
	{"108a4548 2026-06-08 修正涉及「里」的錯誤轉換的詞彙 (#736)", "", []string{
		"BYVoid_OpenCC_PR_736_reviewed_phrases/s2t",
	}},
	{"a8b9a773 2026-06-08 修復常見麪食的 s2t 轉換（面→麪）與乾炒類詞語（干→乾） (#1297)", "", []string{
		"s2t_dry_cooking_gan/s2t",
	}},
	{"f1e3d25c 2026-06-12 Fix t2s: preserve 乾 in Buddhist term 乾闥婆 → 乾闼婆 (#1307)", "", []string{
		"BYVoid_OpenCC_Issue_790_qian_ta_po/t2s",
	}},
	{"b5904fb0 2026-06-13 Handle 甦 conversion with phrase exceptions (#1310)", "", []string{
		"su_variant_preserve/t2s",
	}},
	{"43be1d8a 2026-06-14 調整簡繁轉換：碱/硷=>鹼/礆 (#461)", "", []string{
		"BYVoid_OpenCC_PR_461_jian_s2t/s2t",
		"BYVoid_OpenCC_PR_461_jian_s2t/s2tw",
		"BYVoid_OpenCC_PR_461_jian_s2t/s2hk",
	}},
	{"97afc82a 2026-06-14 繁轉簡一對多 (#464)", "", []string{
		"BYVoid_OpenCC_PR_464_ke_vs_ke/t2s",
		"BYVoid_OpenCC_PR_464_sheng_vs_sheng/t2s",
		"BYVoid_OpenCC_PR_464_fan_vs_fan/t2s",
		"BYVoid_OpenCC_PR_464_su_vs_su/t2s",
		"BYVoid_OpenCC_PR_464_mi_vs_mi/t2s",
		"BYVoid_OpenCC_PR_464_xiu_vs_xiu/t2s",
		"BYVoid_OpenCC_PR_464_sou_vs_sou/t2s",
		"BYVoid_OpenCC_PR_464_li_vs_li/t2s",
		"BYVoid_OpenCC_PR_464_zha_vs_zha/s2t",
		"BYVoid_OpenCC_PR_464_zha_vs_zha/t2s",
		"BYVoid_OpenCC_PR_464_han_vs_han/t2s",
		"BYVoid_OpenCC_PR_464_ning_vs_ning/s2t",
		"BYVoid_OpenCC_PR_464_ning_vs_ning/t2s",
		"BYVoid_OpenCC_PR_464_jia_vs_jia/t2s",
		"BYVoid_OpenCC_PR_464_xi_vs_xi/s2t",
		"BYVoid_OpenCC_PR_464_jing_vs_jing_s2t/s2t",
	}},
	{"97afc82a 2026-06-14 繁轉簡一對多 (#464)", "TSCharactersExt", []string{
		"BYVoid_OpenCC_PR_464_xi_vs_xi/t2s",
	}},
	{"d14094f5 2026-06-14 新增香港專有名詞 (#1267)", "HKVariantsPhrases", []string{
		"BYVoid_OpenCC_PR_1267_HK_proper_noun_variants_s2hk/s2hk",
		"BYVoid_OpenCC_PR_1267_HK_proper_noun_variants_heng_lines/s2hk",
	}},
	{"61019898 2026-06-16 Add ST phrase exceptions for 一出", "", []string{
		"BYVoid_OpenCC_Issue_175_yi_chu_phrase_exceptions_s2t/s2t",
	}},
	{"8ae65e33 2026-06-19 據 #941 討論結果調整 s2t 「铲 -> 鏟/剷」的轉換結果 (#1319)", "", []string{
		"BYVoid_OpenCC_Issue_941_chan_s2t/s2t",
		"BYVoid_OpenCC_Issue_941_chan_s2t/s2tw",
	}},
	{"fae77361 2026-06-22 Fix 去干扰 → 去干擾 (was incorrectly 去幹擾) (#1325)", "", []string{
		"BYVoid_OpenCC_Issue_580/s2t",
		"BYVoid_OpenCC_Issue_580/s2tw",
		"BYVoid_OpenCC_Issue_580/s2hk",
	}},
	{"7451dc46 2026-06-23 Add TSPhrases entry for 幷州 → 并州 (Issue #1335)", "", []string{
		"BYVoid_OpenCC_Issue_1335/t2s",
	}},
	{"8657d0f1 2026-06-25 Fix 妆发 incorrectly converting to 妝發 instead of 妝髮 (#1326)", "", []string{
		"BYVoid_OpenCC_Issue_585/s2t",
		"BYVoid_OpenCC_Issue_585/s2tw",
		"BYVoid_OpenCC_Issue_585/s2hk",
	}},
	{"95120cb4 2026-06-25 Add merged ST phrase dictionary across configs (#1349)", "", []string{
		"s2t_ximian/s2t",
		"s2t_ximian/s2tw",
		"s2t_ximian/s2hk",
	}},
	{"a0cfbe5c 2026-06-29 調整「批覆 / 批复」，含「陞」「钜」字人名，「陞 / 升」，「锺繇」，「魏徵」，「搧 / 扇」，「沈厚 / 沉厚」，「芝柏表」，「U+20F24」等轉換 (#1365)", "", []string{
		"case_053/t2s",
	}},
	{"51aee6b1 2026-06-30 订正了一些含“台”字的人名；今周刊；爱丽舍[宫]；舖 / 铺；取消“沈厚”同形映射 (#1369)", "", []string{
		"BYVoid_OpenCC_PR_1369_s2x/s2t",
		"BYVoid_OpenCC_PR_1369_s2x/s2tw",
		"BYVoid_OpenCC_PR_1369_s2x/s2hk",
		"BYVoid_OpenCC_PR_1369_t2x/t2s",
	}},
	{"38548b7c 2026-07-01 Correct  别强 default conversion as 別強 (#1378)", "", []string{
		"BYVoid_OpenCC_Issue_914/s2t",
		"BYVoid_OpenCC_Issue_914/s2tw",
		"BYVoid_OpenCC_Issue_914/s2hk",
	}},
	{"13a060d3 2026-07-02 Add HK conversion for soufflé (舒芙蕾 / 梳芙厘) (#1387)", "", []string{
		"case_055_s2t/s2t",
	}},
	{"c501f191 2026-07-02 Preserve simplified 坏 in t2s conversion (#1391)", "", []string{
		"t2s_huai_and_pi_phrases/t2s",
	}},
	{"9382dd33 2026-07-06 Fix 托/託 candidate priority so 托 stays unconverted in s2t (#1405)", "", []string{
		"BYVoid_OpenCC_Issue_1397/s2t",
		"BYVoid_OpenCC_Issue_1397/s2tw",
		"BYVoid_OpenCC_Issue_1397/s2hk",
	}},
	{"d8729d12 2026-07-06 t2s: add 遶 -> 绕 conversion (#1399)", "", []string{
		"rao_variant/t2s",
	}},
	{"338a16c4 2026-07-12 Add Taiwan regional mappings for 樑／梁 (#1407)", "", []string{
		"case_057_s2x/s2t",
		"case_057_s2x/s2hk",
	}},
	{"338a16c4 2026-07-12 Add Taiwan regional mappings for 樑／梁 (#1407)", "TWVariantsPhrases", []string{
		"case_057_s2x/s2tw",
	}},
	{"c8763c52 2026-07-13 s2t: 「小丑」不應預設轉換為「小醜」 (#1423)", "", []string{
		"case_060_s2x/s2t",
		"case_060_s2x/s2tw",
		"case_060_s2x/s2hk",
	}},
	{"0137a24b 2026-07-14 t2s: 乾斷食 → 干断食, 乾紅 → 干红 (#1429)", "", []string{
		"BYVoid_OpenCC_Issue_621_qian_duan_shi/t2s",
		"BYVoid_OpenCC_Issue_621_qian_hong/t2s",
	}},
	{"2c913be2 2026-07-14 s2t: 新增「这周／那周／若干周／周线 → 週」及 周围／周边／周遭 分詞保護詞條 (#1428)", "", []string{
		"case_065_s2x/s2t",
		"case_065_s2x/s2tw",
		"case_067_s2x/s2t",
		"case_067_s2x/s2tw",
	}},
	{"d2988adf 2026-07-14 Add explicit STPhrases entry 复盘 -> 復盤 with test coverage (#1427)", "", []string{
		"case_063_s2x/s2t",
		"case_063_s2x/s2tw",
	}},
}
