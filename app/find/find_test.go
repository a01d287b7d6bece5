package find

import (
	"reflect"
	"testing"
)

func TestAll(t *testing.T) {
	const text = "發展，發展,发展。Tax TAX tax"
	// Byte offsets: 發 0, 展 3, ， 6, 發 9, 展 12, , 15, 发 16, 展 19, 。22,
	// T 25.
	for _, c := range []struct {
		query string
		o     Options
		want  []Span
	}{
		{"發展", Options{MatchCase: true}, []Span{{0, 6}, {9, 15}}},
		{"发展", Options{MatchCase: true}, []Span{{16, 22}}},
		{"发展", Options{MatchCase: true, Script: true}, []Span{{0, 6}, {9, 15}, {16, 22}}},
		{"發展", Options{Script: true}, []Span{{0, 6}, {9, 15}, {16, 22}}},
		{",", Options{MatchCase: true}, []Span{{15, 16}}},
		{",", Options{MatchCase: true, Width: true}, []Span{{6, 9}, {15, 16}}},
		{"，", Options{Width: true}, []Span{{6, 9}, {15, 16}}},
		{"展,发", Options{Width: true}, []Span{{12, 19}}},
		{"展,发", Options{Width: true, Script: true}, []Span{{3, 12}, {12, 19}}},
		{"tax", Options{}, []Span{{25, 28}, {29, 32}, {33, 36}}},
		{"tax", Options{MatchCase: true}, []Span{{33, 36}}},
		{"", Options{}, nil},
		{"不在", Options{Script: true, Width: true}, nil},
	} {
		if got := All(text, c.query, c.o); !reflect.DeepEqual(got, c.want) {
			t.Errorf("All(%q, %+v) = %v, want %v", c.query, c.o, got, c.want)
		}
	}
}

// Matches do not overlap: "aa" in "aaaa" is found twice.
func TestAllDoesNotOverlap(t *testing.T) {
	for _, o := range []Options{{MatchCase: true}, {}} {
		if got := All("aaaa", "aa", o); !reflect.DeepEqual(got, []Span{{0, 2}, {2, 4}}) {
			t.Errorf("%+v: %v", o, got)
		}
	}
}

func TestNextAndPrevious(t *testing.T) {
	const text = "一二一二一" // 一 at 0, 6, 12
	o := Options{}
	for _, c := range []struct {
		from int
		want Span
	}{{0, Span{0, 3}}, {1, Span{6, 9}}, {7, Span{12, 15}}, {13, Span{0, 3}}} {
		if got, ok := Next(text, "一", c.from, o); !ok || got != c.want {
			t.Errorf("Next from %d = %v %v, want %v", c.from, got, ok, c.want)
		}
	}
	for _, c := range []struct {
		before int
		want   Span
	}{{15, Span{12, 15}}, {14, Span{6, 9}}, {9, Span{6, 9}}, {2, Span{12, 15}}} {
		if got, ok := Previous(text, "一", c.before, o); !ok || got != c.want {
			t.Errorf("Previous before %d = %v %v, want %v", c.before, got, ok, c.want)
		}
	}
	if _, ok := Next(text, "三", 0, o); ok {
		t.Error("Next found a query the text lacks")
	}
}

func TestReplaceAll(t *testing.T) {
	got, n := ReplaceAll("發展,发展，", "发展，", "进步、", Options{Script: true, Width: true})
	if got != "进步、进步、" || n != 2 {
		t.Errorf("got %q, %d", got, n)
	}
	got, n = ReplaceAll("甲乙", "丙", "丁", Options{})
	if got != "甲乙" || n != 0 {
		t.Errorf("got %q, %d", got, n)
	}
}

func BenchmarkAll200k(b *testing.B) {
	text := ""
	for len(text) < 600_000 {
		text += "國家稅務總局上海市稅務局，發展改革,服務納稅人。"
	}
	for b.Loop() {
		All(text, "发展", Options{Script: true, Width: true})
	}
}
