package pdf

import (
	"maps"
	"testing"
)

func TestCompactWidths(t *testing.T) {
	cases := []struct {
		widths map[int]int
		want   string
	}{
		{map[int]int{1: 1000, 2: 1000, 7: 1000}, "/DW 1000\n/W [ ]"},
		{map[int]int{1: 1000, 2: 500, 3: 500, 4: 1000, 5: 500, 9: 1000, 10: 1000}, "/DW 1000\n/W [ 2 3 500 5 5 500 ]"},
		{map[int]int{1: 1000, 2: 500, 3: 500, 4: 1000, 5: 500}, "/DW 500\n/W [ 1 1 1000 4 4 1000 ]"},
		{map[int]int{3: 250, 4: 250, 5: 600}, "/DW 250\n/W [ 5 5 600 ]"},
	}
	for _, c := range cases {
		if got := compactWidths(c.widths); got != c.want {
			t.Errorf("%v: got %q, want %q", c.widths, got, c.want)
		}
	}
}

// Both forms of a /W array, as gopdf writes it and as the standard allows
// it; anything else is not read.
func TestCIDWidths(t *testing.T) {
	for _, c := range []struct {
		in   string
		want map[int]int
	}{
		{"[]", map[int]int{}},
		{"[13[1000]19[1000]18[500]]", map[int]int{13: 1000, 19: 1000, 18: 500}},
		{"[ 1 [ 500 600.7 700 ] 10 12 1000 20 [250] ]", map[int]int{1: 500, 2: 600, 3: 700, 10: 1000, 11: 1000, 12: 1000, 20: 250}},
		{"[5 5 333.9]", map[int]int{5: 333}},
		{"[1[1000]1[500]]", map[int]int{1: 500}},
	} {
		p := parser{src: []byte(c.in)}
		v, err := p.value(0)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := cidWidths(p.src, &v)
		if !ok || !maps.Equal(got, c.want) {
			t.Errorf("%s: got %v %v, want %v", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{"7 0 R", "[1]", "[1 2]", "[/A [1]]", "[1 [(a)]]", "[3 2 500]", "[1 2 /A]", "[1 70000 5]", "[1.5 [1000]]"} {
		p := parser{src: []byte(in)}
		v, err := p.value(0)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := cidWidths(p.src, &v); ok {
			t.Errorf("%s: read as %v", in, got)
		}
	}
}
