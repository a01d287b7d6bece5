package convert

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestParseDictionary(t *testing.T) {
	const data = "ab\tX\n" +
		"abc\tY Z\n" + // several candidates: the first counts
		"abcdefghijk\tLONG\n" + // longer than maxKey: never matched
		"no tab here\n" +
		"k\tA\tB\n" + // candidates separated by tabs
		"dup\tfirst\n" +
		"dup\tlast\n" + // a key listed twice keeps its last entry
		"  汉字\t漢字  \r\n" +
		"end\tno line end"
	d, err := parseDictionary("test", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"abcd", 3, "Y"},
		{"abx", 2, "X"},
		{"a", 0, ""},
		{"abcdefghijk", 3, "Y"},
		{"k", 1, "A"},
		{"dup", 3, "last"},
		{"汉字们", len("汉字"), "漢字"},
		{"end", 3, "no"},
		{"no tab here", 0, ""},
	} {
		r := []rune(tc.s)[0]
		if n, to := d.match(tc.s, r); n != tc.n || to != tc.want {
			t.Errorf("match(%q) = %d, %q; want %d, %q", tc.s, n, to, tc.n, tc.want)
		}
	}
	if _, err := parseDictionary("empty", "no entries\n"); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("an empty dictionary: %v", err)
	}
	if _, err := parseDictionary("bad", "ok\tfine\n\xff\tx\n"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a dictionary that is not UTF-8: %v", err)
	}
}

// Every embedded dictionary reads, and each conversion loads the
// dictionaries of its chain. The log gives the cost of the first load.
func TestEmbeddedDictionaries(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	ds := map[string]*dictionary{}
	for name, f := range dictFiles {
		d, err := parseDictionary(name, *f.data)
		if err != nil {
			t.Fatal(err)
		}
		ds[name] = d
	}
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	entries := 0
	for _, d := range ds {
		entries += len(d.to)
	}
	t.Logf("read %d dictionaries, %d entries, in %v; %.1f MB live", len(ds), entries, took,
		float64(after.HeapAlloc-before.HeapAlloc)/1e6)
	runtime.KeepAlive(ds)
	if ds["STPhrases"].to["头发"] != "頭髮" || ds["TSCharacters"].to["發"] != "发" {
		t.Error("the dictionaries do not read as expected")
	}
	for c := range chains {
		if _, err := chainOf(c); err != nil {
			t.Error(err)
		}
	}
	if _, err := loadDictionary("TWPhrases"); err == nil {
		t.Error("a dictionary that is not embedded loaded")
	}
}

// BenchmarkLoad reads the dictionaries of each conversion afresh, as its
// first use does (s2tw and s2hk share s2t's, read only once).
func BenchmarkLoad(b *testing.B) {
	for _, c := range Configs() {
		b.Run(string(c), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, names := range chains[c] {
					for _, name := range names {
						if _, err := parseDictionary(name, *dictFiles[name].data); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
		})
	}
}
