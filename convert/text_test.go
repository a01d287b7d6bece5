package convert

import (
	"sync"
	"testing"
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

// Conversions may run at once, as the editor and an export may.
func TestTextConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(c Config) {
			defer wg.Done()
			if _, err := Text(c, "改革开放"); err != nil {
				t.Error(err)
			}
		}(Configs()[i%4])
	}
	wg.Wait()
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
