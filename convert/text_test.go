package convert

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	for _, tc := range []struct {
		c        Config
		in, want string
	}{
		{S2T, "党建引领改革，说", "黨建引領改革，說"},
		{S2T, "为众", "爲衆"},  // OpenCC's standard forms
		{S2TW, "为众", "為眾"}, // Taiwan's
		{S2HK, "说税", "説税"}, // Hong Kong's
		{T2S, "黨建引領改革", "党建引领改革"},
		{S2T, "**粗体** [链接](https://example.com/a_b) `代码`\n", "**粗體** [鏈接](https://example.com/a_b) `代碼`\n"},
		{T2S, "", ""},
	} {
		got, err := Text(tc.c, tc.in)
		if err != nil || got != tc.want {
			t.Errorf("%s(%q) = %q, %v; want %q", tc.c, tc.in, got, err, tc.want)
		}
	}
	if _, err := Text("s2x", "字"); err == nil {
		t.Error("an unknown conversion converted")
	}
}

// A phrase in the dictionary wins over the characters it is made of: 发 is
// 發 or 髮, 干 is 幹, 乾 or 干, depending on the word.
func TestTextPhrasesFirst(t *testing.T) {
	for _, tc := range []struct {
		c        Config
		in, want string
	}{
		{S2T, "头发", "頭髮"},
		{S2T, "发展", "發展"},
		{S2T, "干净", "乾淨"},
		{S2T, "干部", "幹部"},
		{S2T, "他的头发很干净，干部们在谈发展。", "他的頭髮很乾淨，幹部們在談發展。"},
		// Longest match from the left: 头发 is taken before 发展 is seen.
		{S2T, "头发展", "頭髮展"},
		{T2S, "他的頭髮很乾淨，幹部們在談發展。", "他的头发很干净，干部们在谈发展。"},
	} {
		if got, err := Text(tc.c, tc.in); err != nil || got != tc.want {
			t.Errorf("%s(%q) = %q, %v; want %q", tc.c, tc.in, got, err, tc.want)
		}
	}
}

// The Taiwan and Hong Kong conversions apply their variants after s2t.
func TestTextVariants(t *testing.T) {
	const in = "为了大众，他着手整理里面的东西。台湾的温度，他说税务部门的人卧床。"
	for _, tc := range []struct {
		c    Config
		want string
	}{
		{S2T, "爲了大衆，他着手整理裏面的東西。臺灣的溫度，他說稅務部門的人臥牀。"},
		{S2TW, "為了大眾，他著手整理裡面的東西。臺灣的溫度，他說稅務部門的人臥床。"},
		{S2HK, "為了大眾，他着手整理裏面的東西。台灣的温度，他説税務部門的人卧牀。"},
	} {
		if got, err := Text(tc.c, in); err != nil || got != tc.want {
			t.Errorf("%s:\n got %s, %v\nwant %s", tc.c, got, err, tc.want)
		}
	}
	// s2tw changes character forms, not words: 软件 is not made 軟體, nor
	// 鼠标 滑鼠 (OpenCC's s2twp, with Taiwan's phrases, would).
	if got, err := Text(S2TW, "鼠标和软件里的数据"); err != nil || got != "鼠標和軟件裡的數據" {
		t.Errorf("s2tw vocabulary: %q, %v", got, err)
	}
}

// What no dictionary knows comes out byte for byte, and nothing comes out
// of nothing.
func TestTextUnchanged(t *testing.T) {
	const in = "Hello, World! 123 4.5% — “quoted” (x) [a](b_c) 😀👍🏽 ①②③ ｆｕｌｌ\t\r\n"
	for _, c := range Configs() {
		for _, s := range []string{in, ""} {
			if got, err := Text(c, s); err != nil || got != s {
				t.Errorf("%s(%q) = %q, %v", c, s, got, err)
			}
		}
	}
	// Bytes that are not UTF-8 come out as U+FFFD, as with the library
	// Paiban used before.
	if got, _ := Text(S2T, "发\xff展"); got != "發\uFFFD展" || !utf8.ValidString(got) {
		t.Errorf("invalid UTF-8: %q", got)
	}
}

// A Simplified paragraph survives the trip to Traditional and back.
func TestRoundTrip(t *testing.T) {
	const para = "在国税地税征管体制改革这场攻坚战中，像这样的党组织还有很多。上海市税务系统以党建为引领，" +
		"紧密结合改革任务，纷纷推出党建工作新举措，为改革注入新动能，为党旗增辉，为事业添彩。"
	for _, to := range []Config{S2T, S2TW, S2HK} {
		trad, err := Text(to, para)
		if err != nil {
			t.Fatal(err)
		}
		if trad == para {
			t.Fatalf("%s changed nothing", to)
		}
		back, err := Text(T2S, trad)
		if err != nil {
			t.Fatal(err)
		}
		if back != para {
			t.Errorf("%s then t2s:\n got %s\nwant %s", to, back, para)
		}
	}
}

// Another paragraph, Traditional this time, survives the trip to
// Simplified and back.
func TestRoundTripTraditional(t *testing.T) {
	const para = "臺北市政府今日公佈新一年的預算，將優先投入公共運輸與長照服務。" +
		"市長在記者會上表示，這些方案經過多次協商，兼顧財政紀律與市民需求。"
	simp, err := Text(T2S, para)
	if err != nil {
		t.Fatal(err)
	}
	if back, err := Text(S2T, simp); err != nil || back != para {
		t.Errorf("t2s then s2t:\n got %s, %v\nwant %s\n(via %s)", back, err, para, simp)
	}
}

// Conversions may run at once, as the editor and an export may, even
// while their dictionaries are being read: each of many concurrent
// conversions gives the serial output, byte for byte.
func TestTextConcurrent(t *testing.T) {
	simp := strings.Repeat("在国税地税征管体制改革这场攻坚战中，上海市税务系统以党建为引领。"+
		"他的头发很干净，干部们在谈发展。为了大众，他着手整理里面的东西。台湾的温度，他说税务部门的人卧床。\n", 20)
	trad := strings.Repeat("臺北市政府今日公佈新一年的預算，將優先投入公共運輸與長照服務。他的頭髮很乾淨，幹部們在談發展。\n", 20)
	in := map[Config]string{S2T: simp, S2TW: simp, S2HK: simp, T2S: trad}
	want := map[Config]string{}
	for _, c := range Configs() {
		out, err := Text(c, in[c])
		if err != nil {
			t.Fatal(err)
		}
		if out == in[c] {
			t.Fatalf("%s changed nothing", c)
		}
		want[c] = out
	}
	if want[S2T] == want[S2TW] || want[S2T] == want[S2HK] || want[S2TW] == want[S2HK] {
		t.Fatal("the three conversions to 繁體 agree: the test would not see outputs swapped")
	}
	unloadDictionaries(t)

	const perConfig = 4
	var (
		wg    sync.WaitGroup
		start = make(chan struct{})
		got   = make([]string, perConfig*len(Configs()))
		errs  = make([]error, len(got))
	)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[i], errs[i] = Text(Configs()[i%4], in[Configs()[i%4]])
		}()
	}
	close(start)
	wg.Wait()
	for i, out := range got {
		c := Configs()[i%4]
		if errs[i] != nil {
			t.Errorf("conversion %d (%s): %v", i, c, errs[i])
		} else if out != want[c] {
			t.Errorf("conversion %d (%s) differs from the serial output at byte %d", i, c, firstDiff(out, want[c]))
		}
	}
}

// unloadDictionaries makes the conversions read their dictionaries again,
// as on their first use, until the test ends.
func unloadDictionaries(t *testing.T) {
	chains, files := loadedChains, dictFiles
	loadedChains, dictFiles = map[Config]*chain{}, map[string]*dictFile{}
	for c := range chains {
		loadedChains[c] = &chain{}
	}
	for name, f := range files {
		dictFiles[name] = &dictFile{name: name, data: f.data}
	}
	t.Cleanup(func() { loadedChains, dictFiles = chains, files })
}

// firstDiff is the offset of the first byte where a and b differ.
func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func TestParseConfig(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Config
		ok   bool
	}{
		{"s2t", S2T, true}, {"S2TW", S2TW, true}, {" s2hk ", S2HK, true}, {"t2s", T2S, true},
		{"s2twp", "", false}, {"", "", false},
	} {
		got, err := ParseConfig(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseConfig(%q) = %q, %v", tc.in, got, err)
		}
	}
	if S2HK.Lang() != "zh-Hant" || T2S.Lang() != "zh-Hans" {
		t.Error("wrong target writings")
	}
}

// benchText is about 200 000 characters of Simplified news text, Markdown
// and Latin included.
func benchText() string {
	const para = "## 改革开放四十年\n\n" +
		"在国税地税征管体制改革这场攻坚战中，上海市税务系统以党建为引领，紧密结合改革任务，" +
		"纷纷推出党建工作新举措。2018 年，全市共办理涉税业务 1,234 万笔，**网上办税率**达到 95.6%；" +
		"详见[国家税务总局](https://www.chinatax.gov.cn)的报告。干部们说，头发白了也要把工作干好，" +
		"为发展注入新动能，为事业添彩。\n\n"
	n := utf8.RuneCountInString(para)
	return strings.Repeat(para, (200_000+n-1)/n)
}

// BenchmarkText converts about 200 000 characters in each conversion
// (t2s converts the s2t output).
func BenchmarkText(b *testing.B) {
	simp := benchText()
	trad, err := Text(S2T, simp)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range Configs() {
		in := simp
		if c == T2S {
			in = trad
		}
		b.Run(string(c), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Text(c, in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
